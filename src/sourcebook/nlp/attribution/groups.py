"""Sources of more than one person: two people named together ('Gerald Oakes and Ruth Pell
said'), one of a group named before ('Two former officers described the scheme. One said') and
the people a plural pronoun stands for ('The chair and the patron spoke. They said'). The
reader of these is ``speakers.SpeakerResolver`` (and ``anaphora.pronoun``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, is_known_organisation
from . import anaphora
from .affiliations import _text, _without_article
from .couples import titled_couple
from .descriptions import group_nouns
from .former_latter import former_or_latter
from .given_names import called_word
from .index import DESCRIPTION, GROUP, ORG, PERSON, Resolved
from .named_pairs import named_together
from .one_of_people import people_words
from .people import gender_of_first_name, gender_of_word
from .syntax import PEOPLE_ENDINGS

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

#: counts opening a group's name, in lower case inside 'one of the ...'
#: the fractions a share of a group is written with ('two-thirds of small exporters')
_FRACTIONS = frozenset(["half", "halves", "third", "thirds", "quarter", "quarters", "fifths", "sixths", "tenths"])
_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
                     "dozens", "hundreds", "both"])
#: a count of a group named before, as the source ('two of them said')
NUMBERS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])


def joined(resolver: SpeakerResolver, span: Span, head: Token, first: Resolved) -> Resolved | None:
    """'Gerald Oakes and Ruth Pell said', 'Oakes and his neighbour, Ruth Pell, said': two people
    named as one source speak together (a group of the two, by name); ``first`` is the person
    ``head`` names."""
    if (couple := titled_couple(resolver, span)) is not None:  # 'Mr and Mrs Hale said': a title is no name
        return couple
    before = _named_before(resolver, span, head) if first.kind == PERSON else None
    if before is not None:  # 'Lena Tjaden and fellow organizer Wes Akande said' (the first name read as a modifier)
        return Resolved(f"{before.name} and {first.name}", GROUP, plural=True)
    # ('Neither Cruz nor Christie responded': the two, as with 'and')
    cc = next((c for c in head.rights if c.dep_ == "cc" and c.lower_ in ("and", "nor") and c.i < span.end), None)
    other = next((c for c in head.rights if c.dep_ == "conj" and cc is not None and c.i > cc.i
                  and (c.right_edge.i < span.end or c.right_edge.i == span.end and c.right_edge.is_punct)), None)
    if cc is None or other is None or first.kind not in (PERSON, ORG) or not first.name:
        return None
    if any(e.label_ == "ORG" and e.start <= min(head.i, other.left_edge.i) and other.i < e.end
           for e in resolver.ents_in(head.i, other.i + 1)):
        return None  # 'Kent Fire and Rescue Service': one body's name, an 'and' inside it
    second = resolver._named_person(resolver.doc[other.left_edge.i : other.right_edge.i + 1], other)
    if second is None and other.pos_ == "PROPN" and other.is_title and other.left_edge.i == other.right_edge.i == other.i \
            and other.ent_type_ not in ("GPE", "LOC", "NORP") and not is_known_organisation(other.text) \
            and other.lower_ not in TITLES:  # ('X, co-founder and President of Y': a second title, no one)
        second = Resolved(other.text, PERSON)  # 'Cole and Adams both said': a surname the NER took for a body
    words = list(resolver.doc[other.left_edge.i : other.i + 1])
    if second is None and first.kind == PERSON and 2 <= len(words) <= 3 and all(
            t.pos_ == "PROPN" and t.is_title for t in words) and gender_of_first_name(words[0].text) is not None:
        second = Resolved(_text(words), PERSON)  # 'Jonas Feld and Eda Brun', the second name tagged a NORP
    name = next((e for e in resolver.ents_in(other.i + 1, other.i + 2) if e.label_ == "PERSON" and e.start == other.i + 1
                 and e.end <= span.end), None) if other.lower_.rstrip(".") in TITLES else None
    # 'Tom Birtles and Liberal MP Sarah Kwan': the name after the title; 'X and his co-author, Y,': the
    # name the parser hung on the first one after the second's role; 'the chair, Ruth Ade, and the
    # finance director, Paul Vane,': the name set off after the second's role
    name = name or next((e for c in (*head.rights, *other.rights) if c.dep_ == "appos" and c.i > other.i
                         for e in resolver.ents_in(c.i, c.i + 1) if e.label_ == "PERSON" and e.end <= span.end), None)
    if second is None and name is not None:
        second = resolver._named_person(resolver.doc[name.start : name.end], name.root)
    if second is None and not (head.dep_ == "appos" and head.pos_ == "NOUN"):
        # (not a second role of the one named: 'X, a biologist and the study's lead author')
        second = _other_party(resolver, other, span, first.kind == PERSON)
    if second is None or second.kind not in (PERSON, ORG, DESCRIPTION) or not second.name:
        return None
    if f" {second.name} " in f" {first.name} ":  # 'the Ports and Harbours Authority': one name
        titled = any(w.lower().rstrip(".") in TITLES for w in first.name.split())
        return Resolved(first.name, GROUP, plural=True) if titled else None  # 'Mr and Mrs Patel': the couple
    # 'The party's co-leaders, A and B,': the role they share, not the first one's own
    role = head.head if head.dep_ == "appos" else None
    # (a role of one, 'the chair, X, and its finance director, Y', is not the pair's)
    plural = role is not None and role.tag_ in ("NNS", "NNPS")
    shared = first.affiliation if plural and role is not None and role.text in (first.affiliation or "").split() else None
    if role is not None and shared is None and (first.affiliation or "").endswith(" " + role.lemma_) and role.tag_ == "NNS":
        shared = (first.affiliation or "")[: -len(role.lemma_)] + role.text  # 'Board members': each one's 'Board member'
    # 'Ann Ruiz, Tom Lee and Mia Cho': the name the parser set beside the first is the list's middle
    middle = resolver._named_person(resolver.doc[head.left_edge.i : head.i + 1], head) if (
        role is not None and role.dep_ != "appos" and head.ent_type_ == "PERSON" and role.ent_type_ == "PERSON") else None
    if middle is not None and middle.kind == PERSON and middle.name not in (first.name, second.name):
        return Resolved(f"{first.name}, {middle.name} and {second.name}", GROUP, None, plural=True)
    return Resolved(f"{first.name} and {second.name}", GROUP, shared, plural=True)


def listed_bodies(resolver: SpeakerResolver, span: Span) -> Resolved | None:
    """Two or more bodies' names, each of two words or more that a body's word ends ('Clinic',
    'Hospital'), making the whole source with 'and' and commas between them: the bodies together,
    whatever the NER made one name of and the parser hung the 'and' on ('Northside Clinic and
    Valley General Hospital'; not 'Kent Fire and Rescue Service', nor 'the Food and Drug Administration')."""
    words = _without_article([t for t in span if not (t.is_punct and t.i in (span.start, span.end - 1))])
    parts: list[list[Token]] = [[]]
    for t in words:
        if t.lower_ == "and" or t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 2 or not any(t.lower_ == "and" for t in words):
        return None
    for part in parts:
        part[:] = _without_article(part)
        if len(part) < 2 or part[-1].lower_ not in resolver.lex.organisation_words or not all(
                t.is_alpha and t.text[:1].isupper() for t in (part[0], part[-1])) or not all(
                t.text[:1].isupper() or t.lower_ in ("of", "for", "the", "&") for t in part):
            return None
    named = [_text(p) for p in parts]
    return Resolved(f"{', '.join(named[:-1])} and {named[-1]}", GROUP, plural=True)


def _named_before(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """A person named before the head's name, with 'and' between them, whom the parser hung on
    the head as a modifier: the first of two who speak together."""
    for ent in resolver.ents_in(span.start, head.i):
        if ent.label_ == "PERSON" and ent.root.head.i == head.i and ent.root.dep_ in ("nmod", "compound") and any(
                t.lower_ == "and" and t.head.i == ent.root.i for t in resolver.doc[ent.end : head.i]):
            return resolver._named_person(resolver.doc[ent.start : ent.end], ent.root)
    return None


def _other_party(resolver: SpeakerResolver, other: Token, span: Span, person: bool) -> Resolved | None:
    """The second of two that speak together, not named as a person: a body the NER named
    ('Ann Reyes and Harbour Bank'); after a person, one named by a role of theirs ('Jan Morek
    and his sister'); after a body, a body's name or noun ('The Farmers' Union and the county
    council', 'Pexford and Morrow')."""
    ent = next((e for e in resolver.ents_in(other.i, other.i + 1) if e.label_ == "ORG" and e.end <= span.end), None)
    if ent is not None:  # (after a person too: 'Ann Reyes and Harbour Bank said')
        return Resolved(_text(_without_article(list(ent))), ORG)
    if person:
        lemma = other.lemma_.lower()
        # (or theirs, in the plural: 'He and several colleagues')
        if other.pos_ == "NOUN" and (other.tag_ == "NNS" or other.tag_ == "NN" and any(c.dep_ == "poss" for c in other.lefts)) \
                and (lemma in resolver._kin_words or lemma in resolver.lex.role_nouns):
            return Resolved(_text(list(resolver.doc[other.left_edge.i : other.i + 1])), DESCRIPTION)
        return None
    if other.pos_ == "PROPN" and other.is_title and other.left_edge.i == other.i and not other.ent_type_:
        return Resolved(other.text, ORG)
    if other.pos_ == "NOUN" and other.tag_ == "NN" and other.lemma_.lower() in group_nouns():
        return Resolved(_text(_without_article(list(resolver.doc[other.left_edge.i : other.i + 1]))), ORG)
    return None


def named_after(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """'"We waited," said one of them, Keisha Dunn, 28.': the person named after the source and a
    comma, whom the parser made a second subject of the cue (or an apposition to the source)."""
    doc = resolver.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    ent = next((e for e in resolver.ents_in(span.end + 1, span.end + 2) if e.start == span.end + 1 and e.label_ == "PERSON"),
               None)
    if ent is None or not (ent.root.dep_ == "nsubj" and ent.root.head.i == head.head.i or ent.root.dep_ == "appos"
                           and ent.root.head.i == head.i):
        return None
    person = resolver.person_for(resolver._name_tokens(ent))
    return Resolved(person.name, PERSON, person.affiliation, person.gender) if person is not None else None


def one_described(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """'One of those companies, Brightline Media Holdings, denied': the body set beside 'one';
    'Some residents are worried. One, a retired surveyor who lives opposite, said': the one the
    noun set beside a bare 'one' describes (with 'of', 'one of the residents' says who it is; not
    'one of them', 'One of them, a veteran delegate, said': the delegate)."""
    body = resolver._named_body(span, head)
    if body is not None or any(c.dep_ == "prep" and not (c.lower_ == "of" and all(g.pos_ == "PRON" for g in c.children))
                               for c in head.children):
        return body
    noun = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and span.start <= c.i < span.end), None)
    if noun is None or not (noun.lemma_.lower() in resolver.lex.role_nouns or noun.lower_.endswith(PEOPLE_ENDINGS)
                            or (lemma := noun.lemma_.lower()) in resolver.lex.speaking_nouns
                            or lemma in resolver.lex.passerby_nouns):
        return None
    named = resolver._named_person(span, noun)  # (or the one a clause on it names: 'One, a driver I'll call Teresa,')
    called = next((g for c in noun.rights if c.dep_ == "acl" for g in c.children if called_word(g)), None)
    if named is None and called is not None:  # 'One of them, a retired teacher named Howard Lisle,': that person
        from .untagged import unlabelled_name

        name = unlabelled_name(resolver, resolver.doc[called.left_edge.i : called.i + 1], called, called=True)
        named = name if name is not None and name.kind == PERSON else None
    phrase = resolver.phrase(resolver.doc[noun.left_edge.i : min(noun.right_edge.i + 1, span.end)], noun)
    return named or Resolved(phrase, DESCRIPTION, gender=gender_of_word(noun.text))


def the_other(resolver: SpeakerResolver, span: Span) -> Resolved | None:
    """'Two negotiators have seen the text. One of them said X. The other said Y': the other of
    the people counted as a subject in the last sentences ('other of the two negotiators'); 'the
    former', 'the latter': one of the last two people named (``former_latter``)."""
    if [t.lower_ for t in span if not t.is_punct] != ["the", "other"]:
        return former_or_latter(resolver, span)
    sentence = resolver.sentence_of(span.start_char)
    start = resolver.sent_starts[max(0, sentence - _OTHER_WINDOW)]
    # (a subject, or the root the parser made of one: 'Two negotiators who saw it confirmed it')
    found = [t for t in resolver.doc[: span.start] if t.idx >= start and t.tag_ == "NNS" and t.dep_ in (
        "nsubj", "nsubjpass", "ROOT") and any(c.dep_ == "nummod" for c in t.children) and anaphora._person_token(resolver, t)
             and not resolver.in_quote(t.idx)]
    if not found:
        return None
    name = resolver.phrase(resolver.doc[found[-1].left_edge.i : found[-1].right_edge.i + 1], found[-1])
    return Resolved(f"other of the {name[0].lower() + name[1:] if not name.split()[0].isupper() else name}", DESCRIPTION)


_OTHER_WINDOW = 3  # sentences back to the people 'the other' is one of


def one_for_many(head: Token, ent: Span) -> bool:
    """'The architects, Studio Fennimore, have said': one name set beside a plural noun with an
    article is a body's, the firm or group those people are (not 'The brothers, Karl and Jon Wendt',
    nor a count: 'Two officials, Ana Ruiz and ...')."""
    doc = head.doc
    return (head.tag_ == "NNS" and ent.root.dep_ == "appos" and ent.root.head.i == head.i
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            and not any(c.dep_ == "nummod" for c in head.children)
            and not any(t.lower_ == "and" or t.dep_ == "conj" for t in doc[head.i + 1 : ent.root.right_edge.i + 1]))


def fraction(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """'One in five said', 'Nearly two-thirds of small exporters in Tessaly say': a share of those
    asked written as a ratio with 'in', or as a fraction the parser split ('two' the head, 'thirds'
    its modifier, the group on it), is that share of them, as written."""
    ratio = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.like_num for g in c.children) for c in head.children)
    split = next((c for c in head.children if c.dep_ in ("quantmod", "compound", "nmod") and c.lower_ in _FRACTIONS), None)
    group = split is not None and any(p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in p.children)
                                      for p in split.children)
    if not (ratio or group) or not span.start <= head.i < span.end:
        return None
    return Resolved(resolver.phrase(span, head) if group else span.text.strip(" ,"), GROUP, plural=True)


def bare_one(written: str) -> bool:
    """'one' as the whole source, or before a clause set off by a comma ('"...," said one, who asked
    not to be named'): one of the group named before, as 'said one' is."""
    return written.lower().split(",")[0].strip() == "one"


def one_of(resolver: SpeakerResolver, head: Token, salience: anaphora.Salience) -> Resolved | None:
    """'Two former officers described the scheme. One said', 'two employees told the Ledger. One
    of them said': one of the group named before ('one of the employees'); a count of them is that
    many of it ('Instructors learned of it by email, two of them said': 'two of the instructors')."""
    group = anaphora.pronoun(resolver, "they", head.idx, salience)
    if not group.name or group.kind not in (GROUP, DESCRIPTION):
        return None
    words = group.name.split()
    if words[0].lower() in _COUNTS:
        words[0] = words[0].lower()  # 'Two employees' opening a sentence -> 'one of the two employees'
    elif group.kind == GROUP and len(words) == 1 and not words[0].isupper():
        words[0] = words[0].lower()  # 'Instructors' opening a sentence -> 'two of the instructors'
    words, article = people_words(resolver.lex, words)  # (not 'one of the letters from four tenants')
    the = "the " if article else ""
    if head.lower_ != "one":
        return Resolved(f"{head.lower_} of {the}{' '.join(words)}", GROUP, plural=True)
    return Resolved(f"one of {the}{' '.join(words)}", DESCRIPTION)


#: parts of a group named before: 'Local businesses are split. Some backed the strike'
_PARTS = frozenset(["some", "many", "most", "several", "few", "others"])


def share(resolver: SpeakerResolver, lower: str, span: Span, head: Token, salience: anaphora.Salience) -> Resolved | None:
    """A quantifier as the source ('some', 'Many in the party'): alone, part of the group named
    just before (``part_of``) or the word itself; with a phrase saying whose part it is ('Some in
    the industry', 'Several of the workers', 'Few on Wall Street'), the whole phrase as written.
    None for a part of people named by a pronoun or a relative ('some of them', 'most of whom')."""
    if head.pos_ not in ("PRON", "DET", "ADJ", "NUM", "NOUN"):
        return None
    # (an adjective after it says whose part too: 'Those close to the coach', 'those familiar with the plan')
    preps = [c for c in head.children if c.dep_ == "prep" or c.dep_ == "amod" and c.i > head.i]
    if not preps and head.pos_ == "NOUN":
        return None  # ('Others' tagged a noun, alone: as any noun)
    if not preps:
        return part_of(resolver, lower, head, salience) or Resolved(lower, GROUP, plural=True)
    if any(p.i >= span.end for p in preps):
        return None  # a phrase the source leaves out
    if any(g.pos_ == "PRON" for p in preps for g in p.children if g.dep_ == "pobj") or any(
            t.lower_ in resolver.lex.relative_pronouns for t in span):
        return None
    return Resolved(resolver.phrase(span, head), GROUP, plural=True)


def part_of(resolver: SpeakerResolver, lower: str, head: Token, salience: anaphora.Salience) -> Resolved | None:
    """'Local businesses are split. Some backed the strikers; others condemned the walkout':
    part of the group named just before ('some of the local businesses', 'other local
    businesses'), when a group was named as a subject in the sentence before."""
    if lower not in _PARTS:
        return None
    group = anaphora.pronoun(resolver, "they", head.idx, salience)
    if not group.name or group.kind not in (GROUP, DESCRIPTION) or " and " in group.name or group.name.split()[0].lower() in (
            _PARTS | {"not", "no", "all", "both", "one"}) or resolver.sentence_of(
            head.idx) - resolver.sentence_of(resolver.text.rfind(group.name, 0, head.idx)) > 1:
        return None
    name = group.name
    if name[:1].isupper() and not name.split()[0].isupper():
        name = name[0].lower() + name[1:]  # 'Two former officers' opening a sentence
    return Resolved(f"other {name}" if lower == "others" else f"{lower} of the {name}", GROUP, plural=True)


def joined_subject(resolver: SpeakerResolver, head: Token) -> Resolved | None:
    """The group two people named as a subject make ('Imani Ross and Kara Valdez both ran'), for
    a 'they' or 'the pair' after them."""
    doc = resolver.doc
    first = resolver._named_person(doc[head.left_edge.i : head.i + 1], head)
    if first is None:  # ('Ana and Tom Ruiz opened X. They said': a lone given name, untagged, sharing the surname)
        return named_together(resolver, head.right_edge.idx + len(head.right_edge)) if head.left_edge.i == head.i else None
    group = joined(resolver, doc[head.left_edge.i : head.right_edge.i + 1], head, first)
    return group if group is not None and group.kind == GROUP else None


#: the singular nouns of a household a 'they' stands for ('The Adeyemi family has farmed here for decades, and they say X')
_KIN_GROUPS = frozenset(["family", "couple", "household"])


def plural_subject(resolver: SpeakerResolver, offset: int,
                    said: Sequence[tuple[int, int]] = ()) -> tuple[int, Resolved] | None:
    """A plural people noun (subject or object) of this sentence before the pronoun, or of
    the previous one, and its sentence; not one inside what the pronoun's speaker said."""
    doc = resolver.doc
    sentence = resolver.sentence_of(offset)
    first = resolver.sent_starts[max(0, sentence - 1)]
    span = doc.char_span(first, offset, alignment_mode="contract")
    if span is None:
        return None
    pronoun = doc.char_span(offset, offset + 1, alignment_mode="expand")
    verb = pronoun[0].head if pronoun is not None and len(pronoun) else None
    found = [t for t in span if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and (  # ('Residents were evacuated. They')
                t.tag_ == "NNS" and anaphora._people_noun(resolver, t) or t.dep_ == "nsubj" and (
                    _joined_names(t) or _joined_roles(resolver, t) or t.tag_ == "NN" and t.lower_ in _KIN_GROUPS))
             and not resolver.in_quote(t.idx) and not any(a <= t.idx < b for a, b in said)
             and not (verb is not None and _fronted_phrase(t, verb))]
    if not found:
        return None
    # within the sentence named last, its subject before an object ('The analysts wrote to their
    # clients. In a letter, they said')
    last = resolver.sentence_of(found[-1].idx)
    token = next((t for t in reversed(found) if t.dep_ in ("nsubj", "nsubjpass") and resolver.sentence_of(t.idx) == last),
                 found[-1])
    if _joined_names(token):  # 'Imani Ross and Kara Valdez both ran under 51 seconds. They said'
        group = joined_subject(resolver, token)
        if group is not None:
            return last, group
    end = token.right_edge.i + 1 if _joined_roles(resolver, token) else token.i + 1  # 'the chair and the patron'
    while end - 1 > token.i and doc[end - 1].lower_ in ("both", "all", "each"):
        end -= 1  # ('The chair and the patron both said'): not 'both'
    phrase = resolver.phrase(doc[token.left_edge.i : end], token)
    return last, Resolved(phrase, GROUP, plural=True)


def _joined_roles(resolver: SpeakerResolver, token: Token) -> bool:
    """'The chair and the patron of the trust', 'the mayor and the council': one by a role and
    another by a noun."""
    return token.tag_ == "NN" and token.lemma_.lower() in resolver.lex.role_nouns and any(
        c.dep_ == "conj" and c.tag_ == "NN" for c in token.children)


def _joined_names(token: Token) -> bool:
    """'Ana Ruiz and Tom Hale', 'Ana Ruiz and her brother, Tom Ruiz,': a name joined to a name, or
    to a noun for a person with a name set beside it."""
    return token.pos_ == "PROPN" and any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(
        a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON" for a in c.children)) for c in token.children)


def _fronted_phrase(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in a phrase of ``verb``'s own clause set before it ('In a note to
    clients, they said')."""
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ == "prep" and token.i < verb.i


def the_two(resolver: SpeakerResolver, offset: int, salience: anaphora.Salience) -> Resolved | None:
    """'Both said', 'The two agreed': the pair a plural pronoun there would stand for, or else
    the last two people named within the three sentences before, whether or not named together
    ('X spoke alongside Y. Both urged Z'), unless they split two named together ('X and his nephew,
    Y, were rescued. The coxswain, Z, said W. Both men said': X and Y)."""
    pair = anaphora.pronoun(resolver, "they", offset, salience)
    if pair is not None and " and " in (pair.name or ""):
        return pair
    last = resolver.last_mention(PERSON, offset, within=3)
    other = resolver.last_mention(PERSON, offset, within=3, fits=lambda key: _named(resolver, key) != last)
    if last is None or other is None:
        return None
    together = named_together(resolver, offset)  # (the two named together, when the last two split them: 'X and his
    if together is not None and len({last, other} & set((together.name or "").split(" and "))) == 1:  # nephew, Y ...
        return together  # The coxswain, Z, said X. Both men said': not Y and Z)
    return Resolved(f"{other} and {last}", GROUP, plural=True)


def the_pair(resolver: SpeakerResolver, head: Token, offset: int, salience: anaphora.Salience,
             said: Sequence[tuple[int, int]]) -> Resolved:
    """'The pair said', 'The couple told X': the two people just named (``the_two``: not a body a
    plural pronoun there might stand for, 'They wrote on Instagram'); 'The trio said', or no two
    named: whom 'they' stands for."""
    two = (the_two(resolver, offset, salience) or named_together(resolver, offset)) if head.lemma_.lower() != "trio" else None
    return two or anaphora.pronoun(resolver, "they", offset, salience, said=said)


def _named(resolver: SpeakerResolver, key: str) -> str:
    """The name of the person the index keeps under ``key``."""
    person = resolver.people.by_key.get(key)
    return person.name if person is not None else key

