"""People described, not named, as the subjects a pronoun may stand for ('the 34-year-old
mother', 'my father', 'the spokeswoman'), for ``anaphora``: which descriptions an article has,
the person or description each stands for, and whether a description is of one person; and
the person a source by age or nation stands for ('the 41-year-old said', 'the Welshman')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import word_set
from . import epithet_holders
from .aged_named import named_after_age
from .generations import compared as compared  # (read by ``speakers``: the elder or younger of two)
from .people import gender_of_word
from .reported_genders import reported_gender
from .syntax import PERSON_SUFFIXES
from .tables import positions, words_of

#: a state's forces and its government, bodies by a common noun ('the army', 'the navy')
FORCES = frozenset(["army", "military", "police", "government", "navy", "coastguard"])

if TYPE_CHECKING:
    from .anaphora import Salience
    from .index import Resolved
    from .speakers import SpeakerResolver

DESCRIPTION = "description"


def described(resolver: SpeakerResolver) -> list[Token]:
    """Definite singular descriptions of a person as subjects, outside quotations ('the
    34-year-old mother', 'my father', 'the GOP candidate'), in text order (once per article)."""
    known = getattr(resolver, "_described_cache", None)
    if known is not None:
        return known
    out = []
    groups = group_nouns() | word_set("collective_nouns")
    table = words_of(resolver.doc)
    n = len(table.dep)  # (the subjects found in C, in text order: not every word walked in Python)
    for i in sorted((*positions(table.dep, "nsubj", 0, n), *positions(table.dep, "nsubjpass", 0, n))):
        if table.tag[i] not in ("NN", "JJ"):
            continue  # (no Token made: only a singular noun, or one met in passing, tagged NN or JJ, is one)
        token = resolver.doc[i]
        # ('Another diplomat was less hopeful. He warned ...': one introduced as a subject, too;
        # so one met in passing, 'Another passer-by was less forgiving', 'A regular disagreed')
        new = token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and indefinite(token)  # (not 'until a new auditor was named')
        met = new and token.tag_ in ("NN", "JJ") and noun_word(token) in resolver.lex.passerby_nouns
        if not met and (token.pos_ != "NOUN" or token.tag_ != "NN"):
            continue
        lemma = token.lemma_.lower()
        if lemma in groups or token.lower_ in resolver.lex.organisation_words:
            continue
        if not (gender_of_word(token.text) or lemma in resolver.lex.role_nouns or met) or not (definite(token) or new):
            continue
        if not resolver.in_quote(token.idx):
            out.append(token)
    resolver._described_cache = out  # type: ignore[attr-defined]
    return out


def description_of(resolver: SpeakerResolver, token: Token, salience: Salience) -> Resolved:
    """A described person: the person the role phrase stands for, else the description."""
    from .agreement import shown_gender
    from .naming import named_before, named_source
    from .roles import role
    from .speakers import Resolved

    # 'My neighbor, a retired bus driver named Lou Carrera, told me he X'; 'an account called @Tallyho ... it'
    called = named_source(resolver, resolver.doc[token.left_edge.i : token.right_edge.i + 1], token) or named_before(
        resolver, token)
    if called is not None:
        return called

    # the parser may hang the name on the role's body: 'The foreign minister of Kelmar, Sunniva Abebe,'
    bodies = [g for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
              for g in c.children if g.dep_ == "pobj"]
    # (a name the NER took for a body is a person when the article's index says so: 'Sophie Lang', an ORG)
    named = next((c for t in (token, *bodies) for c in t.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and (t.i == token.i or c.doc[c.left_edge.i - 1].text == ",")), None)
    if named is not None:  # 'The state's campaign chairman, Phil Lovas, said he'
        person = resolver.person_for([t for t in named.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [named])
        if person is not None:
            return Resolved(person.name, "person", person.affiliation, person.gender)
    span = resolver.doc[token.left_edge.i : max(token.i + 1, word_bounds(token)[1])]  # (all of 'passer-by')
    found = role(resolver, span, token, token.idx, salience)
    if found is not None:
        return found
    phrase = resolver.phrase(span, token)
    if span[0].tag_ == "WP$" and len(span) > 1 and token.head.dep_ == "relcl":  # ('X, whose brother is held,': X's brother)
        owner = token.head.head
        person = resolver.person_for([t for t in owner.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [owner])
        phrase = f"{person.name}'s {resolver.phrase(span[1:], token)}" if person is not None else resolver.phrase(span[1:], token)
    # (or as its own clause shows: 'A critic for the Courier titled his review X')
    return Resolved(phrase, DESCRIPTION, gender=gender_of_word(token.text) or shown_gender(resolver, token))


def head_word(res: Resolved) -> str:
    """The head of a description: 'spokesman' of 'spokesman for the ministry', 'husband' of 'Her late
    husband, a cellist' (an apposition after a comma describes the same person again)."""
    words = (res.name or "").lower().split()
    cut = next((k for k, w in enumerate(words) if k and (w in _AFTER_HEAD or words[k - 1].endswith(","))), len(words))
    return words[cut - 1].rstrip(",") if cut else ""


def person_description(resolver: SpeakerResolver, res: Resolved) -> bool:
    """A description of one person ('the spokeswoman', 'a senior official'), not a thing."""
    words = (res.name or "").lower().split()
    word = head_word(res)
    lex = resolver.lex
    # a noun of a person by its ending ('a market trader', 'one analyst'), not of a document
    person_noun = word.endswith(PERSON_SUFFIXES) and words != ["one"] and not (  # (not the bare 'one' of 'was one of 19')
        word in lex.poll_nouns or word in lex.report_nouns or word in lex.speech_nouns or word in lex.written_nouns)
    return not res.plural and (gender_of_word(word) is not None or (word in lex.role_nouns or person_noun
                                                                    or word in lex.passerby_nouns)
                               and word not in group_nouns() | word_set("collective_nouns"))


#: (and the adjectives and participles set after it: 'sources close to X', 'people familiar with X', 'one person briefed on X')
_AFTER_HEAD = frozenset(["of", "for", "to", "at", "in", "from", "with", "on", "who", "that", "whose", "close", "familiar",
                         "briefed", "involved"])


def indefinite(head: Token) -> bool:
    """A noun introducing someone: 'a', 'an', 'another' or 'one' before it ('one Chilean negotiator')."""
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE or c.dep_ == "nummod" and c.lower_ == "one" for c in head.lefts):
        return True
    # (the parser may hang the article beside the noun: 'Another passer-by', both subjects of 'was')
    before = head.doc[head.left_edge.i - 1] if head.left_edge.i else None
    return before is not None and before.lower_ in _INDEFINITE and before.head.i == head.head.i != head.i


_INDEFINITE = frozenset(["another", "a", "an"])


def noun_word(token: Token) -> str:
    """The word ``token`` is part of, whole where the tokenizer split it at a hyphen ('passer-by')."""
    start, end = word_bounds(token)
    return token.doc[start:end].text.lower()


def word_bounds(token: Token) -> tuple[int, int]:
    """The tokens of the word ``token`` is part of, joined by hyphens with no space."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end - 1].text, doc[end].text):
        end += 1
    return start, end


def definite(head: Token) -> bool:
    for child in head.lefts:
        if child.dep_ == "det":
            return child.lower_ in ("the", "this", "that")
        if child.dep_ == "poss":
            return True
    return False


def group_nouns() -> frozenset[str]:
    return word_set("group_role_nouns")


_AGED = re.compile(r"the (\d{1,3})-year-old(?: ([a-z]+))?", re.IGNORECASE)
#: 'the teenager', 'the octogenarian': a person by the span of years their age falls in
_AGE_CLASSES = {"teenager": (13, 19), "teen": (13, 19), "octogenarian": (80, 89), "nonagenarian": (90, 99),
                "centenarian": (100, 120)}
#: 'the Welshman', 'the Frenchwoman': a person by nationality (or 'the Italian', a NORP to the NER)
#: (the capital marks the nation: 'the spokesman', 'the chairwoman' are roles)
_NATIONAL = re.compile(r"[Tt]he [A-Z][a-z]+?(woman|man)")  # (lazy: a Frenchwoman is no man)
#: ', who ran the second leg': a clause set off after the epithet, which names no one else
_SET_OFF = re.compile(r"(?<=[a-z]), (?:who|whose) [^,]+,?$")
#: '19-year-old forward Pim Ardenne': the age, then up to five words of a role and the given names before the
#: surname (no 'of' nor 'and': 'the 19-year-old son of X' is someone else)
ROLE_THEN_NAME = r"(?: (?!of\b|and\b|with\b|for\b|to\b|by\b)[\w'’.-]+){0,5}? "


def aged(resolver: SpeakerResolver, text: str, offset: int, salience: Salience,
         said: Sequence[tuple[int, int]] = ()) -> Resolved | None:
    """'the 41-year-old said', 'the 34-year-old mother': the person the article gave that age
    ('Sarah Quinn, 41,'), else the last speaker of a fitting gender; so for one named by a
    nationality ('the Welshman', 'The Finn'); None for any other source. A relative clause set off
    by commas adds to the person, not to whom it is ('The Colombian, who ran the second leg, said')."""
    text = _SET_OFF.sub("", text.strip())
    match = _AGED.fullmatch(text.strip())
    words = text.strip().lower().split()
    years = _AGE_CLASSES.get(words[-1]) if match is None and len(words) == 2 and words[0] == "the" else None
    if years is not None:
        return _by_years(resolver, offset, years, salience)
    national = _NATIONAL.fullmatch(text.strip()) if match is None else None
    if national is not None and text.strip().split()[-1].lower() in resolver.lex.role_nouns:
        national = None  # 'The Chairman', as some house styles write a role
    span = resolver.doc.char_span(offset, offset + len(text.rstrip()), alignment_mode="expand") if (
        match is None and national is None) else None
    if match is None and national is None and not (  # 'The Finn said', 'the Italian added'
            span is not None and len(span) == 2 and span[0].lower_ == "the" and span[1].is_title and (
                span[1].ent_type_ == "NORP" and span[1].tag_ == "NNP" and not span[1].text.endswith("s")
                or span[1].lower_ in word_set("attribution/person_epithets"))):  # ('The Briton', tagged a name)
        return None  # (a plural is a party or a people: 'The Greens said', 'The Swiss said')
    from .anaphora import SPEAKER_WINDOW, _compatible, _last_person_named
    from .speakers import PERSON, Resolved

    age, noun = (match.group(1), match.group(2)) if match is not None else ("", national.group(1) if national else None)
    wanted = gender_of_word(noun) if noun else reported_gender(resolver.doc, said)  # ('The 36-year-old said she')
    given = _given_age(resolver, offset, (int(age), int(age)), wanted) if age else None
    if given is not None:
        return given
    holder = epithet_holders.described(resolver, text.split()[-1], offset) if not age else None
    if holder is not None:  # 'Jane Hale, a Republican,' ... 'The Republican said'
        return Resolved(holder.name, PERSON, holder.affiliation, holder.gender)
    # the same age is the same person all through, when no one was given it ('The 36-year-old said X.
    # Her agent, Ana Ruiz, said Y. The 36-year-old said Z': not Ruiz)
    ages = resolver.ages_said  # (and one nation's: 'The Briton said X. Her coach said Y. The Briton said Z')
    key = (age, noun) if age else ("", text.strip().lower())
    earlier = ages.get(key)
    if earlier is not None and earlier[0] < offset:
        return earlier[1]
    found = salience.last_entry(resolver.sentence_of(offset), SPEAKER_WINDOW,
                                lambda r: r.kind == PERSON and _compatible(r.gender, wanted))
    last = found[1] if found is not None else None
    # 'Tom Baxter has joined City ... The 26-year-old said', 'X said Y. Another resident, Bridget
    # Cole, agreed. The 67-year-old said': the person named last, when named after the last speaker
    named = _last_person_named(resolver, offset, wanted, no_oblique=True)
    if named is not None and (found is None or resolver.sentence_of(named[0]) > found[0]):
        last = named[1]
    if last is None:
        return None
    res = Resolved(last.name, PERSON, last.affiliation, last.gender)
    if earlier is None or offset < earlier[0]:
        ages[key] = (offset, res)
    return res


def _given_age(resolver: SpeakerResolver, offset: int, years: tuple[int, int], wanted: str | None) -> Resolved | None:
    """The person of a fitting gender the article gave, before ``offset``, an age in ``years``
    ('Sarah Quinn, 41,', 'the 19-year-old Brandt', '19-year-old forward Pim Ardenne'); None when it gave none."""
    from .anaphora import _compatible
    from .speakers import PERSON, Resolved

    before = resolver.text[:offset]
    for person in resolver.people.values():
        if not _compatible(person.gender, wanted):
            continue
        surname = re.escape(person.name.split()[-1])
        if len(resolver.people.holders(person.surname)) > 1:  # 'Raj Patel ... their daughter, Asha Patel, 19'
            surname = re.escape(person.name)  # (a surname others bear too: the age follows the full name)
        for found in re.finditer(rf"\b{surname}, (\d{{1,3}})\b|\b(\d{{1,3}})-year-old{ROLE_THEN_NAME}{surname}\b", before):
            if years[0] <= int(found.group(1) or found.group(2)) <= years[1]:
                return Resolved(person.name, PERSON, person.affiliation, person.gender)
    named = named_after_age(resolver, offset, years, wanted)  # ('A 14-year-old boy was hurt. He was named as Jake Farrell.')
    return Resolved(named.name, PERSON, named.affiliation, named.gender) if named is not None else None


def _by_years(resolver: SpeakerResolver, offset: int, years: tuple[int, int], salience: Salience) -> Resolved | None:
    """'the teenager said': the person the article gave an age in ``years`` ('Leo Brandt, 19,'),
    else the last speaker who is a person."""
    from .anaphora import SPEAKER_WINDOW
    from .speakers import PERSON, Resolved

    given = _given_age(resolver, offset, years, None)
    if given is not None:
        return given
    last = salience.last_entry(resolver.sentence_of(offset), SPEAKER_WINDOW, lambda r: r.kind == PERSON)
    return Resolved(last[1].name, PERSON, last[1].affiliation, last[1].gender) if last is not None else None
