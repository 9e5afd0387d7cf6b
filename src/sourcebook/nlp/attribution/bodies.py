"""Bodies' names as the article writes them, mended where the small model's NER cut them short
or missed them: capitalised words ending in an organisation's word ('Castlegate Homes'), words
left out before an 'and' ('the Transport and Maritime Union'), a name's words before the entity
or a name split in two ('The Mines Inspectorate' tagged 'Inspectorate', "St Aldric's" and
'Church', 'Payments Forum' and 'UK'). ``index.ArticleIndex`` reads these, after ``entities``'
menders."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set
from .entities import merged
from .people import gender_of_first_name
from .tables import positions, words_of

#: nations ending a body's name ('Historic England', 'Audit Scotland', 'Met Éireann')
NATIONS = word_set("attribution/nation_names")


def with_named_bodies(doc, ents: list[Span], organisation_words: frozenset[str]) -> list[Span]:
    """The entities with the bodies named by capitalised words ending in an organisation's word
    that the NER left untagged ('Castlegate Homes submitted its plans', 'Brightforge Games'):
    two to five such words, the first no first name, none inside another entity (or ending in a
    nation's name the NER left out: 'Audit Scotland said'; or closed by its own mark: 'Which? said'); and the names'
    words the NER left out before an 'and' (``with_joined_bodies``)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    added = []
    table = words_of(doc)
    # (only a name or a word before a '?' or '!' may be one: found in C, no walk over every word)
    marked = (k - 1 for mark in ("?", "!") for k in positions(table.text, mark, 1, len(doc)))
    for i in sorted({*positions(table.pos, "PROPN", 0, len(doc)), *marked}):
        if not table.text[i].istitle() or not (i + 1 < len(doc) and table.text[i + 1] in ("?", "!") or (
                table.pos[i] == "PROPN" and (table.lower[i] in organisation_words or table.lower[i] in NATIONS))):
            continue  # (no Token made: a name's mark after it, or an organisation's word or a nation's name)
        token = doc[i]
        if (token.is_title and token.i + 2 < len(doc) and doc[token.i + 1].text in ("?", "!") and not token.whitespace_
                and doc[token.i + 2].is_lower and token.i not in covered and doc[token.i + 2].pos_ in ("VERB", "AUX")):
            added.append(Span(doc, token.i, token.i + 2, label="ORG"))  # 'Which? said', 'Yahoo! reported': a name's mark
            continue
        nation = token.lower_ in NATIONS and token.i not in covered and token.i > 0 and doc[token.i - 1].dep_ == "compound"
        if (token.pos_ != "PROPN" or not token.is_title or token.lower_ not in organisation_words and not nation
                or token.i in covered
                or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title):
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and doc[start - 1].is_title and start - 1 not in covered and (
                doc[start - 1].pos_ == "PROPN" or doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "NOUN"):
            start -= 1  # (a plural the tagger took for a noun: 'Payments Forum')
        if start < token.i and gender_of_first_name(doc[start].text) is None and doc[start].lower_ not in organisation_words:
            added.append(Span(doc, start, token.i + 1, label="ORG"))
    return with_joined_bodies(doc, merged(ents, added), organisation_words)


def with_listed_remits(doc, ents: list[Span], organisation_words: frozenset[str], common_words: frozenset[str]) -> list[Span]:
    """A body named for what it is for or of, its remit a list the NER cut at a comma or an
    'and' ('The Department for Energy Security | and Net Zero', 'the Department for Culture |,
    Media | and Sport'): capitalised words of the language (``common_words``, or an organisation's:
    not 'and Barclays'), commas and one 'and' after it, ending on a word that is no organisation's
    ('and Home Office officials' is another body) and that no name follows ('and Attorney General
    Merrick Garland'); the one-word entities inside it go."""
    by_start = {e.start: e for e in ents}
    added: list[Span] = []
    replaced: set[int] = set()
    for ent in ents:
        if ent.label_ != "ORG" or not any(t.lower_ in ("for", "of") for t in ent[1:]) or ent.start in replaced:
            continue
        end, joined, last = ent.end, False, None
        while end < len(doc):
            token, inner = doc[end], by_start.get(end)
            if token.text == "," and not joined or token.lower_ == "and" and not joined:
                joined = token.lower_ == "and"
            elif token.is_title and token.pos_ in ("PROPN", "NOUN") and gender_of_first_name(token.text) is None and (
                    {token.lemma_.lower(), token.lower_} & common_words or token.lower_ in organisation_words) and (
                    not token.ent_type_ or inner is not None and len(inner) == 1 and inner.label_ == "ORG"):
                last = end
            else:
                break
            end += 1
        nxt = doc[last + 1] if last is not None and last + 1 < len(doc) else None
        if (not joined or last is None or last < end - 1 or doc[last].lower_ in organisation_words
                or nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"):
            continue
        replaced |= {ent.start, *(i for i in range(ent.end, last + 1) if i in by_start)}
        added.append(Span(doc, ent.start, last + 1, label="ORG"))
    return merged(ents, added, replaced)


def with_joined_bodies(doc, ents: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """A body's name whose first words the NER left out before an 'and' ('the Transport and
    Maritime Union', tagged 'Maritime Union'): the capitalised words before the 'and' that no
    entity covers, or one body's entity, after 'the', or an entity the NER ran into the 'and'
    ('Kent Fire and | Rescue Service'), are the name's; so are the words of a body
    (``words``) before a country's name ('Universities UK'), and a body's entity the parser
    joined to the country (or one word) after it ('FoodWatch UK')."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        if ent.label_ == "ORG" and start >= 3 and doc[start - 1].lower_ == "and" and start - 2 not in covered:
            first = start - 2
            while first > 0 and doc[first].pos_ == "PROPN" and doc[first].is_title and first - 1 not in covered:
                first -= 1
            # (or opening its sentence: 'Greater Manchester Fire and Rescue Service said')
            begin = first if first == 0 and doc[0].is_title and doc[0].pos_ == "PROPN" else first + 1
            if (doc[first].lower_ == "the" or begin == first or doc[first].is_space or doc[first].text in ".!?:") and (
                    begin < start - 1):
                ent = Span(doc, begin, ent.end, label="ORG")
        elif (ent.label_ == "ORG" and out and out[-1].label_ == "ORG" and out[-1].end == start - 1 >= 2
              and doc[start - 1].lower_ == "and" and doc[out[-1].start - 1].lower_ == "the"
              and all(t.pos_ == "PROPN" and t.is_title for t in out[-1])):
            ent = Span(doc, out.pop().start, ent.end, label="ORG")  # ('Transport' tagged a body of its own)
        elif (ent.label_ == "ORG" and out and out[-1].end == start and start >= 2 and doc[start - 1].lower_ == "and"
              and len(out[-1]) > 1 and all(t.pos_ == "PROPN" and t.is_title for t in out[-1][:-1])):
            ent = Span(doc, out.pop().start, ent.end, label="ORG")  # ('Kent Fire and' a person: the 'and' is no name's)
        elif (ent.label_ in ("GPE", "ORG") and len(ent) == 1 and out and out[-1].label_ == "ORG" and out[-1].end == start
              and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == start):
            ent = Span(doc, out.pop().start, ent.end, label="ORG")  # ('FoodWatch UK': the body's name runs into its country)
        elif ent.label_ == "GPE" and len(ent) == 1:
            first = start  # 'Universities UK', 'Cancer Charities Scotland': a body's words before a country
            while first > 0 and first - 1 not in covered and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title and (
                    doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == ent.root.i):
                first -= 1
            if first < start and any(_body_word(t.lower_, words) for t in doc[first:start]):
                ent = Span(doc, first, ent.end, label="ORG")
        out.append(ent)
    return out


def _body_word(word: str, organisation_words: frozenset[str]) -> bool:
    """An organisation's word or its plural ('universities')."""
    return word in organisation_words or word.endswith("s") and (
        word[:-1] in organisation_words or word.endswith("ies") and word[:-3] + "y" in organisation_words)


def with_whole_body_names(doc, ents: list[Span], organisation_words: frozenset[str]) -> list[Span]:
    """A body's entity with the name's words the NER left out before it ('Mines' of 'The Mines
    Inspectorate', tagged 'Inspectorate'): capitalised proper nouns no entity covers that hang on
    a name ending in an organisation's word, the first no first name (not 'Priya Lanchester' of
    'Priya Lanchester KC'); and a name the NER split in two, the second part a lone organisation's word after
    a possessive ("St Aldric's" and 'Church', "The Postal Workers'" and 'Alliance') or a country's
    initials after it ('Payments Forum' and 'UK'); a name the NER ended at 'of' or 'for' runs on
    over the capitalised words after it ('The Independent Reviewer of' and 'Terrorism
    Legislation'), and one with 'of' over 'and' and a second plural ('The Society of Motor
    Manufacturers' and 'and Traders')."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    ran_on = 0
    for ent in ents:
        last = out[-1] if out else None
        if (last is not None and ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in organisation_words
                and last.end == ent.start and last.label_ != "DATE" and _possessive(doc[last.end - 1])):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        if (last is not None and last.label_ == "ORG" and last.end == ent.start and ent.label_ in ("GPE", "ORG") and len(ent) == 1
                and ent[0].is_upper and len(ent[0]) <= 3 and last[-1].lower_ in organisation_words):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")  # 'Payments Forum UK', 'Amnesty International UK'
            continue
        if (last is not None and ent.label_ == "ORG" and ent[-1].lower_ in organisation_words and last.end == ent.start
                and len(last) == 1 and last.label_ in ("ORG", "GPE") and last[0].dep_ == "compound"
                and ent.start <= last[0].head.i < ent.end):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")  # 'Tarsia' and "Manufacturers' Association"
            continue
        if (last is not None and last.label_ == ent.label_ == "ORG" and last.end + 1 == ent.start
                and doc[last.end].lower_ in ("for", "of") and last[-1].lower_ in organisation_words and ent[-1].is_title):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")  # 'The UN Office' for 'the Coordination of ...'
            continue
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in ("of", "for") and ent.end < len(doc) and (
                doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN"):
            end = ent.end  # 'The Independent Reviewer of' and 'Terrorism Legislation': the name runs on
            while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") and (
                    "\n" not in doc[end - 1].whitespace_):
                end += 1
            ent = Span(doc, ent.start, end, label="ORG")
            covered |= set(range(ent.start, end))
            ran_on = end
        elif (ent.label_ == "ORG" and any(t.lower_ == "of" for t in ent[1:-1]) and ent.end + 1 < len(doc)
              and doc[ent.end].lower_ == "and" and doc[ent.end + 1].is_title and doc[ent.end + 1].pos_ == "PROPN"
              and ent.end + 1 not in covered and ent[-1].lower_.endswith("s") and doc[ent.end + 1].lower_.endswith("s")):
            end = ent.end + 1  # 'The Society of Motor Manufacturers' and 'and Traders' (two plurals: one body's members)
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in covered:
                end += 1
            ent = Span(doc, ent.start, end, label="ORG")
        elif ent.start < ran_on:
            continue  # (a part of the name run on before)
        if ent.label_ == "ORG" and ent[-1].lower_ in organisation_words:
            start = ent.start
            while (start > 0 and start - 1 not in covered and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
                   and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end
                   and not doc[start - 1].is_sent_start):
                start -= 1
            if start < ent.start and gender_of_first_name(doc[start].text) is None:
                ent = Span(doc, start, ent.end, label="ORG")
        out.append(ent)
    return out


def _possessive(token) -> bool:
    """"'s" or a plural's apostrophe ("Workers'")."""
    return token.tag_ == "POS" or token.text.endswith(("'", "\u2019")) and token.text[:1].isupper()


def with_whole_name_phrases(doc, ents: list[Span], organisation_words: frozenset[str]) -> list[Span]:
    """A body's name the NER cut where its noun phrase goes on before it: the words the parse
    hangs on the name's head (an organisation's word: 'Foundation', 'Court') back to its article,
    when they are capitalised words, a plural's apostrophe ("The Reporters' Shield Foundation",
    tagged 'Reporters' and 'Shield Foundation'; "the Parents' Network", untagged), an 'and' between
    capitalised words ('the Irish Nursing and Midwifery Alliance', tagged 'Irish' alone) or an
    ordinal opening it ('The 9th U.S. Circuit Court of Appeals': the circuit's number is its name's);
    not over a person, an "'s" ("the Election Commission of India's website") or a lowercase word,
    nor over a nation's or a place's word alone ('Chinese' of 'the Chinese Foreign Ministry' stays as tagged)."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    replaced: set[int] = set()
    taken: set[int] = set()
    table = words_of(doc)
    for i in positions(table.pos, "PROPN", 0, len(doc)):  # (found in C: the names only)
        if table.pos[i] != "PROPN" or table.lower[i] not in organisation_words:
            continue  # (no Token made)
        head = doc[i]
        ent = at.get(head.i)
        if (head.pos_ != "PROPN" or not head.is_title or head.lower_ not in organisation_words or head.i in taken
                or head.dep_ == "compound" and head.head.i > head.i  # ('Review' of 'Pay Review Body': 'Body' heads it)
                or ent is not None and (ent.label_ != "ORG" or ent.root.i != head.i)):
            continue
        start = _phrase_start(doc, head)
        inside = {at[i].start: at[i] for i in range(start, head.i) if i in at and at[i] is not ent}
        first = ent.start if ent is not None else head.i
        if ent is not None and ent.start < start:
            first = start if doc[ent.start].dep_ == "det" and ent.start + 1 == start else ent.start
        if start >= first or any(e.label_ not in ("ORG", "NORP", "GPE", "ORDINAL") or e.start < start and not (
                e.start + 1 == start and doc[e.start].dep_ == "det") for e in inside.values()):  # ('the Unified Engineering')
            continue
        if all(i in at and at[i].label_ in ("NORP", "GPE") for i in range(start, first)):
            continue  # ('the Chinese Foreign Ministry' tagged 'Foreign Ministry': as tagged)
        end = max(head.i + 1, ent.end if ent is not None else 0)
        replaced |= set(inside) | ({ent.start} if ent is not None else set())
        taken |= set(range(start, end))
        added.append(Span(doc, start, end, label="ORG"))
    return merged(ents, added, replaced)


def _phrase_start(doc, head) -> int:
    """Where a body's name opens in the words its head's noun phrase has before it: after the
    article, from the first of a run of capitalised words, plurals' apostrophes, 'and's between
    capitalised words and an ordinal first ('9th')."""
    lefts = [t for t in head.subtree if t.i < head.i]
    start = head.i
    for token in reversed(lefts):
        if token.i != start - 1:
            break
        previous = doc[token.i - 1] if token.i > 0 else None
        name_word = token.is_title and token.pos_ in ("PROPN", "NOUN", "ADJ") and not token.is_sent_start or (
            token.is_title and token.pos_ == "PROPN")
        apostrophe = token.text in ("'", "\u2019") and previous is not None and (
            previous.is_title and previous.lower_.endswith("s"))
        link = token.lower_ in ("and", "&") and previous is not None and previous.is_title and start < head.i
        ordinal = token.text[:1].isdigit() and token.lower_.endswith(("st", "nd", "rd", "th")) and (
            previous is None or previous.dep_ == "det" or previous.is_punct)
        if not (name_word or apostrophe or link or ordinal) or token.ent_type_ == "PERSON":
            break
        start = token.i
        if ordinal:
            break
    while start < head.i and (doc[start].lower_ in ("and", "&") or doc[start].text in ("'", "\u2019")):
        start += 1
    return start


def with_nations_opening(doc, ents: list[Span], state_words: frozenset[str]) -> list[Span]:
    """A body's name the NER cut after a nation's or a people's word opening it, the article
    before that word ('the Hispanic Voter Project' tagged 'Hispanic' and 'Voter Project'): the
    whole name; not a state's body, whose nation says whose it is ('the Chinese Foreign
    Ministry' stays as tagged), nor a word hung elsewhere than on the name."""
    by_start = {e.start: e for e in ents}
    added: list[Span] = []
    replaced: set[int] = set()
    for ent in ents:
        body = by_start.get(ent.end)
        if (ent.label_ != "NORP" or len(ent) != 1 or body is None or body.label_ != "ORG" or ent.start == 0
                or doc[ent.start - 1].lower_ != "the" or not ent[0].is_title or ent[0].dep_ not in ("compound", "amod")
                or not body.start <= ent[0].head.i < body.end or body.root.lower_ in state_words
                or any(t.lower_ in state_words for t in body)):
            continue
        replaced |= {ent.start, body.start}
        added.append(Span(doc, ent.start, body.end, label="ORG"))
    return merged(ents, added, replaced)


def with_described_bodies(doc, ents: list[Span], group_words: frozenset[str]) -> list[Span]:
    """The entities with the bodies a group noun and a name before it describe ('The UN human
    rights office', 'the Gaza health ministry'): a singular group noun (``group_words``) whose
    modifiers run from a capitalised name (or one the NER tagged) are one body, which 'the office'
    later stands for; the NER tags the name alone or nothing; with the body it is of when that is
    set before it ("The FBI's Detroit field office"). Not over a person ('the Clinton
    campaign' keeps Clinton a person)."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    replaced: set[int] = set()
    added: list[Span] = []
    table = words_of(doc)
    for i in positions(table.pos, "NOUN", 0, len(doc)):
        if table.pos[i] != "NOUN" or table.tag[i] != "NN" or table.lemma[i].lower() not in group_words or i in at:
            continue
        head = doc[i]
        start = head.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "nmod") and doc[start - 1].head.i >= start \
                and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[start - 1].text[:1].isalnum():
            start -= 1
        names = [t for t in doc[start : head.i]
                 if t.pos_ == "PROPN" and t.text[:1].isupper() or t.ent_type_ in ("ORG", "NORP", "GPE")]
        owner = at.get(start - 2) if start > 1 and doc[start - 1].tag_ == "POS" else None
        if names and owner is not None and owner.label_ == "ORG" and owner.end == start - 1 and owner.root.head.i == head.i:
            start = owner.start + (owner[0].lower_ == "the")  # "The FBI's Detroit field office": the body's own office
        inside = {at[i].start: at[i] for i in range(start, head.i) if i in at}
        if not names or any(e.label_ == "PERSON" or e.start < start for e in inside.values()) or (
                head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN") or (  # 'the agency Frontex': its name follows
                head.dep_ == "appos" and head.head.i in at or doc[max(0, start - 1)].lower_ in ("a", "an")):  # ('Harwell,
            continue  # the Scandinavian operator': Harwell; 'a major British gallery': none in particular)
        replaced.update(inside)
        added.append(Span(doc, start, head.i + 1, label="ORG"))
    return merged(ents, added, replaced)
