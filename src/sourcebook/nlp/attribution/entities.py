"""Entities as the article names them, mended where the small model's NER errs: bodies a group
noun introduces ('Consumer group Fair Deal', 'The UN refugee agency, UNHCR,'), names set beside
a person's role, the votes of the article's mentions (short names: ``short_names``).
``index.ArticleIndex`` reads these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, is_known_organisation
from .affiliations import HONORIFICS
from .aged_kinds import kind_before_age
from .given_names import called_word, name_given_as, under_naming_words
from .lone_given_names import lone_given_name
from .people import gender_of_first_name, given_first_name, known_given_name
from .short_names import LINKS
from .syntax import PARTICLES, PERSON_SUFFIXES
from .tables import positions, text_of, words_of

if TYPE_CHECKING:
    from .index import ArticleIndex

#: titles written short that the NER takes into a name ('Cllr', 'DSP', 'Engr.')
RANKS = frozenset(["cllr", "engr", "eng", "dsp", "asp", "acp", "dcp", "sho", "atty", "hon", "dci", "dcs", "dsi", "ds", "pcso",
                   # and the ranks of forces written short ('Cal Fire Capt. Luis Serrano', 'Sgt Amy Cole')
                   "capt", "lt", "lieut", "sgt", "cpl", "col", "maj", "brig", "cmdr", "adm", "insp", "supt", "const"])
#: the words of a title opening a name, honorifics and ranks ('Dr', 'Sgt')
TITLED = HONORIFICS | RANKS
#: entity types of a name the NER may give a body ('Software maker Tessaly' as a GPE)
NAME_LABELS = frozenset(["PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"])
#: the relations of a name a naming verb or phrase gives (``called_word``, ``name_given_as``)
_NAMED_DEPS = frozenset(["oprd", "dobj", "attr", "pobj", "appos", "compound"])


def bare(name: str) -> str:
    return name.lower().removesuffix("'s").removesuffix("\u2019s")


def label_votes(ents: list[Span]) -> dict[str, dict[str, int]]:
    """How often the NER took each name for a person or an organisation in the article; a
    person's surname counts for them too ('Diego Salas' votes PERSON for 'Salas')."""
    votes: dict[str, dict[str, int]] = {}
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG"):
            # (its text and its last word's read from the article's: Span.text makes a Token of each word)
            text, last = text_of(ent.doc)[ent.start_char : ent.end_char], words_of(ent.doc).text[ent.end - 1]
            for name in {bare(text), bare(last) if ent.label_ == "PERSON" else ""} - {""}:
                counts = votes.setdefault(name, {})
                counts[ent.label_] = counts.get(ent.label_, 0) + 1
    return votes


def role_beside(index: ArticleIndex, ent: Span) -> bool:
    """A person's role set beside the name or right before it ('the nurse, X', 'nurse X'),
    not a body's noun ('the charity, X')."""
    root = ent.root
    before = index.doc[ent.start - 1] if ent.start > 0 else None
    role = root.head if root.dep_ == "appos" and root.head.i < ent.start else (
        before if before is not None and before.dep_ == "compound" and before.head.i == root.i else None)
    lemma = role.lemma_.lower() if role is not None else ""
    return role is not None and role.pos_ == "NOUN" and lemma in index.lex.role_nouns and lemma not in index._group_words


def introducer(index: ArticleIndex, ent: Span) -> Token | None:
    """The group noun that introduces a name as a body: right before it ('Consumer group Fair
    Deal', 'Software maker Tessaly', 'regulator ProductSafe'; not 'union leader Ann Lee',
    where the noun before the name is a role) or set beside it ('The UN refugee agency,
    UNHCR,', 'John Lewis, the retailer,')."""
    # (the words before it read from the words' lists: a Token made for a group noun only)
    table, groups = words_of(index.doc), index._group_words
    k = ent.start - 1
    before = index.doc[k] if k >= 0 and table.pos[k] == "NOUN" and table.lemma[k].lower() in groups else None
    root = ent.root
    # set beside a group noun, after a comma ('The UN refugee agency, UNHCR,') or before one
    # ('UNHCR, the UN refugee agency,')
    beside = root.head if root.dep_ == "appos" and root.head.i < ent.start else next(
        (c for c in root.rights if c.dep_ == "appos" and c.i >= ent.end), None)
    if beside is not None and beside.pos_ == "NOUN" and beside.lemma_.lower() in index._group_words:
        return beside
    if (k >= 1 and table.text[k] == "," and table.pos[k - 1] == "NOUN" and table.lemma[k - 1].lower() in groups
            and gender_of_first_name(table.text[ent.start]) is None):
        return index.doc[k - 1]  # 'a spokesperson for the promoter, Crestline Live,': the parser set it beside the spokesperson
    # the noun modifies the name, the parser set the name beside it, or a noun phrase of its own
    # runs into the name ('by the rights group Open Cell says', the name read as the subject)
    if before is not None and (before.dep_ in ("compound", "appos") and before.head.i == root.i or (
            root.dep_ == "appos" and root.head.i == before.i) or (
            before.tag_ == "NN" and any(c.dep_ == "det" for c in before.lefts) and root.dep_ != "poss"
            and not (len(ent) > 1 and gender_of_first_name(ent[0].text)))):  # 'told the council Ann Lee had
        return before
    return None


def with_introduced_bodies(index: ArticleIndex, ents: list[Span]) -> list[Span]:
    """The entities with the bodies a group noun introduces that the NER missed ('regulator
    ProductSafe') and without a name's modifier it took for one ('Software' of 'Software
    maker Tessaly')."""
    doc, added, table = index.doc, [], words_of(index.doc)
    covered = {i for e in ents for i in range(e.start, e.end)}
    for i in positions(table.pos, "PROPN", 1, len(doc)):  # (found in C: the names only)
        if table.pos[i] == "PROPN" and i not in covered and table.text[i][:1].isupper() and table.dep[i] != "compound":
            token = doc[i]
            run = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i not in covered]
            start = min([t.i for t in run if all(k not in covered for k in range(t.i, token.i))], default=token.i)
            span = Span(doc, start, token.i + 1, label="ORG")
            if not (len(span) > 1 and gender_of_first_name(table.text[start])) and introducer(index, span) is not None:
                added.append(span)
    kept = [e for e in ents if not (e.label_ == "ORG" and (root := e.root).dep_ == "compound"
                                    and (noun := root.head).pos_ == "NOUN" and noun.lemma_.lower() in index._group_words
                                    and noun.head.pos_ == "PROPN" and noun.dep_ == "compound")]
    # a Title-Cased run right after a definite group noun that the NER left untagged or tagged in
    # part ('The medical charity Doctors Beyond Borders', 'Doctors' a plural noun)
    at = {i: e for e in ents for i in range(e.start, e.end)}
    absorbed: set[int] = set()
    for i in positions(table.tag, "NN", 0, len(doc)):
        if table.tag[i] != "NN" or table.lemma[i].lower() not in index._group_words:
            continue  # (only a group noun: no Token made)
        noun = doc[i]
        if noun.pos_ != "NOUN" or not any(
                c.dep_ == "det" for c in noun.lefts) or noun.i + 1 >= len(doc) or noun.i + 1 in covered and not (
                _cut_short(doc, at[noun.i + 1]) and at[noun.i + 1].start == noun.i + 1):
            continue
        end, inside = noun.i + 1, []
        while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or (
                doc[end].lower_ in LINKS and end + 1 < len(doc) and doc[end + 1].is_title and end > noun.i + 1)):
            if end in covered:  # a name the NER tagged in part ('Beyond Borders', a PERSON; 'Art' of 'Art for All')
                part = at.get(end)
                if part is None or part.label_ not in NAME_LABELS and part.start != noun.i + 1:
                    break
                inside.append(part)
                end = part.end
                continue
            end += 1
        end -= doc[end - 1].lower_ in LINKS  # (a link before a word that breaks the run: 'Hope Across Borders | on Saturday')
        # (a first name opens no body's name, unless the name runs on with 'for', 'the': 'Art for All')
        if end - noun.i - 1 >= 2 and (not gender_of_first_name(doc[noun.i + 1].text) or any(
                t.lower_ in LINKS for t in doc[noun.i + 2 : end])):
            added = [e for e in added if not noun.i < e.start < end]  # 'Save' of 'Save the Fens'
            added.append(Span(doc, noun.i + 1, end, label="ORG"))
            covered.update(range(noun.i + 1, end))
            absorbed.update(e.start for e in inside)
    kept = [e for e in kept if e.start not in absorbed]
    # the body's other mentions too, whatever the NER made of them ('a spokesperson for Tessaly')
    text = text_of(doc)  # (the names read from the article's text: Span.text makes a Token of each word)
    names = {text[e.start_char : e.end_char] for e in kept if e.label_ in NAME_LABELS}  # (those a body's name relabels)
    introduced = {n for e in kept + added if e.label_ == "ORG" and (n := text[e.start_char : e.end_char]) in names
                  and introducer(index, e) is not None}
    kept = [Span(doc, e.start, e.end, label="ORG") if e.label_ in NAME_LABELS and text[e.start_char : e.end_char] in introduced
            else e for e in kept]
    return sorted(kept + added, key=lambda e: e.start)


def merged(ents: list[Span], added: list[Span], replaced: set[int] | frozenset[int] = frozenset()) -> list[Span]:
    """``ents`` without those starting at ``replaced``, with ``added``, in text order (``ents``
    itself when nothing was added)."""
    if not added:
        return ents
    return sorted([e for e in ents if e.start not in replaced] + added, key=lambda e: e.start)


def _cut_short(doc, ent: Span) -> bool:
    """Whether a name goes on past the entity with a short word and a capitalised one ('Art'
    of 'Art for All')."""
    return ent.end + 1 < len(doc) and doc[ent.end].lower_ in LINKS and doc[ent.end + 1].is_title


def with_titled_people(doc, ents: list[Span], organisation_words: frozenset[str], roles: frozenset[str]) -> list[Span]:
    """The entities with the people a title names that the NER missed ('The minister, Dame
    Rosalind Okafor,', 'Prof Ade Bankole', 'Fire Chief Ramona Ellis'): the capitalised names right
    after an honorific, or after a capitalised role noun (``roles``, or a word for a person that is
    no first name itself) when they open with a first name, that no entity covers; the title left
    out as the NER leaves it out of 'Sir Roland Okafor'."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    people = {e.start: e for e in ents if e.label_ == "PERSON"}
    added, replaced = [], set()
    table = words_of(doc)
    for i in [k for k, form in enumerate(table.text[: len(doc) - 1]) if form[:1].isupper()]:  # (capitalised words)
        # (only a title read from the words' lists: no Token made for other words)
        text, lower = table.text[i], table.lower[i]
        if not text[:1].isupper() or lower.rstrip(".") not in TITLED and not (
                (lower in roles or text.isalpha() and lower.endswith(PERSON_SUFFIXES)
                 and gender_of_first_name(text) is None)  # ('City Councilmember Rosa Delgado')
                and gender_of_first_name(table.text[i + 1]) is not None):
            continue
        if table.lower[i + 1].rstrip(".") in TITLED:
            continue  # 'Minister Shri Harendra Mishrikar': the name is the honorific's
        token = doc[i]
        end = token.i + 1
        while end < len(doc) and end not in covered and end - token.i <= 5 and (
                doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha
                and doc[end].lower_ not in organisation_words
                or doc[end].text == "-" and not doc[end - 1].whitespace_ and end > token.i + 1):  # 'Yusuf-Oladele'
            end += 1
        while doc[end - 1].text == "-":
            end -= 1
        if end > token.i + 1 and end in people:  # 'Dr. Emeka Adeyinka' with only 'Adeyinka' a PERSON
            replaced.add(end)
            end = people[end].end
        if end > token.i + 1 and (end >= len(doc) or end not in covered or end - 1 in covered):
            added.append(Span(doc, token.i + 1, end, label="PERSON"))
            covered.update(range(token.i, end))
    return _joined_by_particles(doc, merged(ents, added, replaced))


def _joined_by_particles(doc, ents: list[Span]) -> list[Span]:
    """A person's entity and the capitalised names before it joined by a name's particles are one
    name ('Ramon' and 'Paz-Villanueva' of 'Ramon dela Paz-Villanueva'; 'Amina' (a GPE) of 'Amina
    bint Saleh'; 'Dona Ines van' (an ORG) of 'Dona Ines van der Berg Ochoa'), whatever the NER
    made of the first part."""
    out: list[Span] = []
    table = words_of(doc)  # (the words read from its lists: no Token made)
    text, lower, pos = table.text, table.lower, table.pos
    for ent in ents:
        last = out[-1] if out else None
        if (last is not None and ent.label_ == "PERSON" and last.end <= ent.start <= last.end + 2
                and lower[ent.start - 1] in PARTICLES and text[last.start].istitle() and all(
                    lower[k] in PARTICLES or text[k].istitle() and pos[k] == "PROPN" for k in range(last.start, ent.start))):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        start = ent.start
        while ent.label_ == "PERSON" and start >= 2 and lower[start - 1] in PARTICLES and text[start - 1].islower() and (
                text[start - 2].istitle() and pos[start - 2] == "PROPN") and (last is None or last.end <= start - 2):
            start -= 2  # ('Sultan bin' of 'Sultan bin Salem Al Habsi', no entity of its own)
        out.append(Span(doc, start, ent.end, label="PERSON") if start < ent.start else ent)
    return out


def with_given_name(doc, ent: Span) -> Span:
    """'Ana Castell' of which the small model took only 'Castell' (an ORG, a PERSON or a place, 'Leyla Tamasi'): a known
    first name outside any entity, hung on it as a compound, is part of it, with up to two names between ('Ana María Quispe')."""
    table = words_of(doc)  # (only a name compounded on another word may be one: no Token made for others)
    start = found = ent.start
    while (ent.label_ in ("ORG", "PERSON", "GPE") and start > 0 and ent.start - start < 3 and table.pos[start - 1] == "PROPN"
           and table.dep[start - 1] == "compound"):
        first = doc[start - 1]
        if first.ent_type_ or not first.text[:1].isupper() or not start <= first.head.i < ent.end or (
                first.lower_.rstrip(".") in TITLES or first.lower_.rstrip(".") in TITLED):  # (not 'Vice Adm.', a rank)
            break
        start, found = start - 1, start - 1 if gender_of_first_name(first.text) is not None else found
    return Span(doc, found, ent.end, label=ent.label) if found < ent.start else ent


def rest_of_name(index: ArticleIndex, ent: Span) -> Span:
    """A name after a title that the NER cut short: the capitalised names right after it, without
    an honorific that says no role ('Shri Harendra' of 'Shri Harendra Prasad Mishrikar'; 'Cllr'
    stays, the councillor's role)."""
    if ent.label_ != "PERSON" or ent[0].lower_.rstrip(".") not in TITLED:
        return ent
    doc, end = index.doc, ent.end
    while (end < len(doc) and end - ent.start < 5 and doc[end].pos_ == "PROPN" and doc[end].is_title
           and doc[end].is_alpha and doc[end].lower_ not in index.lex.organisation_words and not doc[end].ent_type_):
        end += 1
    start = ent.start + 1 if ent[0].lower_.rstrip(".") in HONORIFICS and end - ent.start > 2 else ent.start
    return Span(doc, start, end, label=ent.label_)


def with_aged_people(doc, ents: list[Span], organisation_words: frozenset[str]) -> list[Span]:
    """The entities with the people an age names ('Maria, 34, a nurse', 'Leyla, 63,'): a name and an age set off after
    it are a person, as news gives a private person's age, whatever the NER made of the name (a place, a body, nothing)."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    replaced, added = set(), []
    table = words_of(doc)
    for i in (k - 1 for k in positions(table.text, ",", 1, len(doc) - 2)):  # (none in a text of three tokens or fewer)
        if table.text[i + 1] != "," or table.pos[i] != "PROPN":
            continue  # (no Token made)
        token = doc[i]
        after = doc[token.i + 1 : token.i + 4]
        if not (token.pos_ == "PROPN" and token.is_title and token.lower_ not in organisation_words
                and after[0].text == "," and after[1].like_num and after[1].text.isdigit() and int(after[1].text) < 120
                and after[2].text in (",", ".", ";")) or kind_before_age(token):
            continue  # (not 'Grandmother, 71,': aged_kinds)
        ent = at.get(token.i)
        if ent is not None and (ent.label_ == "PERSON" or ent.end != token.i + 1 or len(ent) > 3):
            continue
        start = ent.start if ent is not None else token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in at:
            start -= 1  # 'Gwen Hale, 58,'
        if ent is not None:
            replaced.add(ent.start)
        added.append(Span(doc, start, token.i + 1, label="PERSON"))
    return merged(ents, added, replaced)


def with_called_people(doc, ents: list[Span], organisation_words: frozenset[str], roles: frozenset[str]) -> list[Span]:
    """The entities with the people a noun of a person introduces by name ('a volunteer named
    Farhad', 'a nurse called Aisha Bello'): the capitalised words 'named' or 'called' takes
    after a role noun (``roles``), or that one gives as a name ('who gave her name only as Mo'),
    are a person's name, one word or more, whatever the NER made of them."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    replaced: set[int] = set()
    added: list[Span] = []
    table = words_of(doc)
    for i in under_naming_words(doc):  # (only a word under 'as', 'call' or 'name' is one either rule gives)
        if table.dep[i] not in _NAMED_DEPS or not table.text[i].istitle():
            continue  # (no Token made: only a capitalised word of these relations is a name either rule gives)
        token = doc[i]
        given = name_given_as(token) is not None  # 'who gave her name as Mo'
        if not (called_word(token) and token.is_title
                and token.head.lemma_.lower() in ("name", "call") and token.head.dep_ == "acl"
                and token.head.tag_ == "VBN" and token.head.head.pos_ == "NOUN" and token.head.head.lower_ in roles
                or given and token.is_title) or token.lower_ in organisation_words:
            continue
        start = token.i
        while start > token.head.i + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if any(at[i].label_ == "PERSON" for i in range(start, token.i + 1) if i in at):
            continue
        replaced.update(at[i].start for i in range(start, token.i + 1) if i in at)
        added.append(Span(doc, start, token.i + 1, label="PERSON"))
    return merged(ents, added, replaced)


def with_described_people(doc, ents: list[Span], organisation_words: frozenset[str], roles: frozenset[str]) -> list[Span]:
    """The entities with the people a role set beside them names ('We spoke to Emeka Adeyinka, a
    volcanologist,'): two or three capitalised words no entity covers, with a role noun after a
    comma and an article as their apposition, are a person's name; so are two or three opening
    with a known first name after a role with an article or a possessive and a comma ('Her
    lawyer, Ana Ruiz,') or right after a plural role ('Council members Ana Ruiz and ...')."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    table = words_of(doc)
    for i in positions(table.dep, "appos", 0, len(doc)):
        if table.dep[i] != "appos" or table.pos[i] != "NOUN":
            continue  # (no Token made)
        token = doc[i]
        name = token.head
        if not (token.dep_ == "appos" and token.pos_ == "NOUN" and name.pos_ == "PROPN" and name.i < token.i
                and (token.lemma_.lower() in roles or token.lower_.endswith(PERSON_SUFFIXES))
                and any(c.dep_ == "det" for c in token.children) and doc[name.i + 1].text == ","):
            continue
        start = name.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        words = doc[start : name.i + 1]
        if 2 <= len(words) <= 3 and all(t.is_title and t.i not in covered and t.lower_ not in organisation_words for t in words):
            added.append(Span(doc, start, name.i + 1, label="PERSON"))
            covered.update(range(start, name.i + 1))
    for i in positions(table.pos, "NOUN", 0, len(doc) - 3):  # and 'Her lawyer, Ana Ruiz, said'; 'Council members Ana Ruiz'
        if table.pos[i] != "NOUN" or table.lower[i] not in roles and not (table.tag[i] == "NNS" and table.lemma[i] in roles):
            continue  # (no Token made)
        token = doc[i]
        comma = doc[token.i + 1].text == "," and any(c.dep_ in ("det", "poss") for c in token.children)
        if not (token.pos_ == "NOUN" and (comma and token.lower_ in roles or token.tag_ == "NNS" and token.lemma_ in roles)):
            continue
        end = token.i + 1 + comma
        while end < len(doc) and end - token.i <= 4 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha:
            end += 1
        words = doc[token.i + 1 + comma : end]
        if (given_first_name(words, organisation_words)  # (each of the words capitalised: the walk above took only those)
                and (end == len(doc) or doc[end].text in (",", ".", ";") or doc[end].lower_ == "and")
                and all(t.i not in covered for t in words)):
            added.append(Span(doc, words.start, words.end, label="PERSON"))
            covered.update(range(words.start, words.end))
    return merged(ents, added)


def shared_surname(doc, ent: Span, ents: list[Span]) -> str:
    """' Moss' for the 'Erin' of 'Erin and Cara Moss': a first name alone joined by 'and' to a
    first name and surname shares that surname; '' otherwise."""
    words = words_of(doc)  # (its words and the one after it read from the lists: no Token made)
    if ent.end + 2 >= len(doc) or words.lower[ent.end] != "and" or gender_of_first_name(words.text[ent.end - 1]) is None:
        return ""
    if not (len(ent) == 1 or len(ent) == 2 and gender_of_first_name(words.text[ent.start]) is None):  # ('Twins Erin')
        return ""
    other = next((e for e in ents if e.start == ent.end + 1 and e.label_ == "PERSON" and len(e) == 2), None)
    return " " + other[-1].text if other is not None and gender_of_first_name(other[0].text) is not None else ""


#: the marks a nickname is set in inside a name (guillemets too: 'Marie «La Rouge» Dubois')
NICKNAME_MARKS = frozenset(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"])


def with_nicknames(doc, ents: list[Span]) -> list[Span]:
    """The entities with a person named with a nickname in quotation marks ('Declan "Dizzy" Oakes')
    as one name, whatever the NER made of its parts; ``index.ArticleIndex._name_tokens`` drops it."""
    added = []
    table = words_of(doc)
    for i in positions(table.pos, "PROPN", 0, len(doc) - 4):
        if table.pos[i] != "PROPN" or not table.text[i].istitle() or table.text[i + 1] not in NICKNAME_MARKS:
            continue
        token = doc[i]
        close = next((k for k in range(token.i + 2, min(token.i + 6, len(doc) - 1)) if doc[k].text in NICKNAME_MARKS), None)
        if (close is None or close == token.i + 2 or not all(t.is_title for t in doc[token.i + 2 : close])
                or not (doc[close + 1].pos_ in ("PROPN", "NOUN") and doc[close + 1].is_title)  # ('Reyes' a plural noun)
                or gender_of_first_name(token.text) is None):
            continue
        added.append(Span(doc, token.i, close + 2, label="PERSON"))
    if not added:
        return ents
    taken = {i for e in added for i in range(e.start, e.end)}
    return sorted([e for e in ents if not any(i in taken for i in range(e.start, e.end))] + added, key=lambda e: e.start)


def person_like(index: ArticleIndex, ent: Span) -> bool:
    """An ORG the small model made of a person's name ('Helena Sato'): two or three
    capitalised proper nouns, no organisation word, no known organisation."""
    if ent.label_ != "ORG":
        return False
    words = [t for t in ent if t.text != "-"]
    if not 1 <= len(words) <= 4 or len(words) == 1 and not lone_given_name(index.lex, words[0]):
        return False  # (one word only as 'Sandra, a nurse,': lone_given_names.py)
    if not all(
        t.is_alpha and (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper or t.lower_ in index.lex.name_particles)
        for t in words
    ) or words[-1].lower_ in index.lex.name_particles:
        return False
    if any(t.lower_ in index.lex.organisation_words for t in ent):
        return False
    if introducer(index, ent) is not None:  # (after the tests of its words, which most bodies fail)
        return False  # 'Consumer group Fair Deal' (whatever a name list says of 'Fair')
    if is_known_organisation(ent.text) or ent.text.lower() in index.lex.outlets:
        return False
    # a first name no name list knows ('Wells Fargo'): a person only if the surname stands
    # alone elsewhere ('Amelize Joseph' ... 'Joseph said')
    if gender_of_first_name(words[0].text) is not None or words[-1].text in index._lone_names():
        return True
    # a given name of either sex, the surname alone elsewhere whatever the NER made of it ('Jordan Leclair' ... 'Leclair said')
    table, surname = words_of(index.doc), words[-1].text  # (the words' lists: no Token made; the surname's places found in C)
    text, pos, n = table.text, table.pos, len(table.pos)
    return known_given_name(words[0].text) and any(
        not ent.start <= i < ent.end and pos[i] == "PROPN"
        and (i + 1 == n or pos[i + 1] != "PROPN") and (i == 0 or pos[i - 1] != "PROPN") for i in positions(text, surname, 0, n))


def _ended_at_breaks(doc, ents: list[Span]) -> list[Span]:
    """The entities, each ending before a line break it ran over ('The Long Road Home\n\n'), none left empty."""
    text, forms = text_of(doc), words_of(doc).text  # (Span.text makes a Token of each word)
    ended = (Span(doc, e.start, next(t.i for t in e if "\n" in t.text), label=e.label_)
             if "\n" in text[e.start_char : e.end_char].strip() or "\n" in forms[e.end - 1] else e for e in ents)
    return [e for e in ended if len(e)]


def with_untagged_people(doc, ents: list[Span], organisation_words: frozenset[str], place_nouns: frozenset[str]) -> list[Span]:
    """The entities, ended at a paragraph break (``_ended_at_breaks``), with a person the NER left
    untagged as a clause's subject ('Rosalind Achterberg is 71' under a title line): two or three
    capitalised names no entity covers, with a known first name and no organisation's or place's word last."""
    ents = _ended_at_breaks(doc, ents)
    covered = {i for e in ents for i in range(e.start, e.end)}
    added = []
    table = words_of(doc)
    for i in positions(table.pos, "PROPN", 0, len(doc)):
        if table.dep[i] not in ("nsubj", "nsubjpass") or table.pos[i] != "PROPN" or not table.text[i].istitle() or i in covered:
            continue
        token = doc[i]
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i and (
                doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in covered):
            start -= 1
        words = doc[start : token.i + 1]
        if (2 <= len(words) <= 3 and gender_of_first_name(words[0].text) is not None
                and token.lower_ not in organisation_words and token.lower_ not in place_nouns):
            added.append(Span(doc, start, token.i + 1, label="PERSON"))
    return merged(ents, added)


#: the pronouns that show who a name stands for: a person or a thing
_PERSONAL = frozenset(["he", "she", "his", "her", "him"])
_IMPERSONAL = frozenset(["it", "its", "they", "their", "them"])
_PRONOUNS = _PERSONAL | _IMPERSONAL


def named_by_its(ent: Span, surnames: set[str]) -> bool:
    """A name the NER took for a person, with no first name, title or namesake named in full (``surnames``: not
    'Dr Smith said its findings were clear', 'President Hale said it would open'), the subject of its clause, that
    an 'its' or 'it' takes up after it ('Merrow AI said its model would launch'): a body."""
    if ent.label_ != "PERSON" or len(ent) > 3:
        return False
    root = ent.root
    before = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    if root.dep_ != "nsubj" or gender_of_first_name(ent[0].text) is not None or (
            before in TITLED or before in TITLES or bare(ent.text) in surnames):
        return False
    return first_pronoun(root) in ("it", "its")


def named_by_a_personal_pronoun(ent: Span, organisation_words: frozenset[str]) -> bool:
    """A one-word name the NER took for an organisation or a place, the subject of its clause, that a 'he'
    or 'she' takes up after it ('Greer said he had not decided', 'Brandt, for his part, said';
    not 'Apple said its sales rose'): the first such pronoun after it in its clause says which."""
    if ent.label_ not in ("ORG", "GPE") or len(ent) != 1:
        return False
    root = ent.root
    if root.pos_ != "PROPN" or root.dep_ != "nsubj" or (
            root.lower_ in organisation_words or is_known_organisation(ent.text) or root.is_upper):
        return False
    return first_pronoun(root) in _PERSONAL


def taken_up_by_a_person(root: Token) -> bool:
    """Whether the first pronoun after a subject in its clause is a person's ('Sarah Mills said she lost')."""
    return first_pronoun(root) in _PERSONAL


def first_pronoun(root: Token) -> str | None:
    """The first pronoun after a subject in its clause that can stand for it: a subject or a
    possessor ('said he', 'said its'), not an object ('put it', 'thanked her')."""
    return next((t.lower_ for t in root.head.subtree if t.i > root.i and t.lower_ in _PRONOUNS
                 and t.dep_ in ("nsubj", "nsubjpass", "poss")), None)

