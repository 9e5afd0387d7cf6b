"""Pronouns, relative pronouns and role phrases resolved to a speaker named elsewhere.

Pronouns ('he', 'she', 'they', 'it'):
1. first person ('I', 'we') inside a quotation is the quotation's own speaker (filled in by
   the resolver once every speaker is known); outside one it is the author: no name;
2. 'he'/'she': a person of that gender (or unknown gender) who is the subject of an earlier
   clause of the same sentence ('Trump made the remark as he ...'), else the last such
   speaker of the last few sentences, else the last such person named; the person then
   takes the pronoun's gender (a pronoun chain);
3. 'they': the last plural speaker or organisation of the last two sentences, else a plural
   subject of this or the previous sentence, kept as its description;
4. 'it': the last organisation quoted or named.

Role phrases: a definite singular description ('the president', 'the agency', 'the Republican
nominee', 'his spokesman') goes to the person whose title or apposition carries that role,
else to the last person (or organisation, for 'the agency') quoted in the last sentences. An
indefinite or plural one ('a senior official', 'tax experts'), one tied to another named
organisation with no person holding the role ('the FBI director') or one complete in itself
('the mayor of Brask'), stays a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .people import FEMALE, MALE, gender_of_word

if TYPE_CHECKING:
    from .speakers import Resolved, SpeakerResolver

FIRST_PERSON = "first_person"
_FIRST = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "themselves"})
_POSSESSIVE_DETS = frozenset({"his", "her", "its", "their"})
SPEAKER_WINDOW = 5  # sentences a speaker stays salient for 'he'/'she'
ROLE_WINDOW = 4
GROUP_WINDOW = 2


class Salience:
    """The top-level speakers so far, in text order: (offset, sentence, resolved)."""

    def __init__(self) -> None:
        self.entries: list[tuple[int, int, Resolved]] = []

    def add(self, offset: int, sentence: int, res: Resolved) -> None:
        if res.name and res.kind not in (FIRST_PERSON, "unknown", "reports"):
            self.entries.append((offset, sentence, res))

    def last(self, sentence: int, window: int, accept) -> Resolved | None:
        for _, where, res in reversed(self.entries):
            if sentence - where > window:
                return None
            if accept(res):
                return res
        return None


def _compatible(gender: str | None, wanted: str | None) -> bool:
    return gender is None or wanted is None or gender == wanted


def pronoun(resolver: SpeakerResolver, lower: str, offset: int, salience: Salience) -> Resolved:
    from .speakers import ORG, PERSON, UNKNOWN, Resolved

    sentence = resolver.sentence_of(offset)
    if lower in _FIRST:
        if resolver.in_quote(offset):
            return Resolved(None, FIRST_PERSON)
        turn = resolver.turn_at(offset)  # 'GRANT: I will ...'
        return turn if turn is not None else Resolved(None, UNKNOWN)  # else the author's own
    if lower in ("you", "your", "one"):
        return Resolved(None, UNKNOWN)
    if lower not in _MALE | _FEMALE | _PLURAL | {"it", "its", "itself"}:
        from .speakers import GROUP

        return Resolved(lower, GROUP, plural=True)  # 'everyone', 'someone', 'nobody': as written
    if lower in _MALE or lower in _FEMALE:
        wanted = MALE if lower in _MALE else FEMALE
        res = _subject_before(resolver, offset, wanted)
        if res is None:
            res = _salient_or_named(resolver, offset, sentence, wanted, salience)
        if res is None:
            return Resolved(None, UNKNOWN)
        person = resolver.people.find(res.name.split()) if res.name else None
        if person is not None and person.gender is None:
            person.gender = wanted  # the chain: later pronouns agree with this one
        return Resolved(res.name, PERSON, res.affiliation, wanted)
    if lower in _PLURAL:
        res = salience.last(sentence, GROUP_WINDOW, lambda r: r.plural or r.kind in (ORG, "outlet"))
        if res is not None:
            return Resolved(res.name, res.kind, res.affiliation, plural=True)
        group = _plural_subject(resolver, offset)
        if group is not None:
            return group
        name = resolver.last_mention(ORG, offset)
        return Resolved(name, ORG if name else UNKNOWN, plural=True)
    # 'it', 'its'
    res = salience.last(sentence, ROLE_WINDOW, lambda r: r.kind in (ORG, "outlet") or r.kind == "description")
    if res is not None:
        return Resolved(res.name, res.kind, res.affiliation)
    name = resolver.last_mention(ORG, offset)
    return Resolved(name, ORG if name else UNKNOWN)


def _gender_of(resolver: SpeakerResolver, name: str | None) -> str | None:
    person = resolver.people.find(name.split()) if name else None
    return person.gender if person is not None else None


def _subject_before(resolver: SpeakerResolver, offset: int, wanted: str) -> Resolved | None:
    """The first person named as a subject earlier in the pronoun's own sentence."""
    from .speakers import PERSON, Resolved

    doc = resolver.doc
    sent_start = resolver.sent_starts[resolver.sentence_of(offset)]
    span = doc.char_span(sent_start, offset, alignment_mode="contract")
    if span is None:
        return None
    for token in span:
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass") or resolver.in_quote(token.idx):
            continue
        person = resolver.person_for([token])
        if person is not None and _compatible(person.gender, wanted):
            return Resolved(person.name, PERSON, person.affiliation, person.gender)
        if person is None and token.ent_type_ in ("PERSON", "") and token.lower_ not in resolver.lex.organisation_words:
            return Resolved(token.text, PERSON)  # a name the NER missed ('Sanders said that he')
    return None


def _salient_or_named(resolver: SpeakerResolver, offset: int, sentence: int, wanted: str,
                      salience: Salience) -> Resolved | None:
    """The last speaker of that gender, unless a person of that gender was named in a later
    sentence than that speaker's (then the person named last)."""
    from .speakers import PERSON

    found = None
    for _, where, res in reversed(salience.entries):
        if sentence - where > SPEAKER_WINDOW:
            break
        if res.kind == PERSON and _compatible(res.gender or _gender_of(resolver, res.name), wanted):
            found = (where, res)
            break
    named = _last_person_named(resolver, offset, wanted)
    if found is None:
        return named[1] if named else None
    if named is not None and resolver.sentence_of(named[0]) > found[0]:
        return named[1]
    return found[1]


def _last_person_named(resolver: SpeakerResolver, offset: int, wanted: str) -> tuple[int, Resolved] | None:
    from .speakers import PERSON, Resolved

    best = None
    for person in resolver.people.values():
        before = [o for o in person.offsets if o < offset and not resolver.in_quote(o) and o not in resolver.possessives]
        if before and _compatible(person.gender, wanted) and (best is None or before[-1] > best[0]):
            best = (before[-1], person)
    if best is None:
        return None
    return best[0], Resolved(best[1].name, PERSON, best[1].affiliation, best[1].gender)


def _plural_subject(resolver: SpeakerResolver, offset: int) -> Resolved | None:
    """A plural noun subject of this sentence before the pronoun, or of the previous one."""
    from .speakers import GROUP, Resolved

    doc = resolver.doc
    sentence = resolver.sentence_of(offset)
    first = resolver.sent_starts[max(0, sentence - 1)]
    span = doc.char_span(first, offset, alignment_mode="contract")
    if span is None:
        return None
    for token in reversed(span):
        if (token.dep_ in ("nsubj", "dobj", "pobj") and token.tag_ == "NNS" and _people_noun(resolver, token)
                and not resolver.in_quote(token.idx)):
            phrase = resolver.phrase(doc[token.left_edge.i : token.i + 1], token)
            return Resolved(phrase, GROUP, plural=True)
    return None


_PEOPLE_SUFFIXES = ("ers", "ists", "ants", "ents", "ians", "ans", "ees")


def _people_noun(resolver: SpeakerResolver, token: Token) -> bool:
    """A plural noun for people ('insiders', 'members', 'officials'), not things ('figures')."""
    lemma = token.lemma_.lower()
    return lemma in resolver.lex.role_nouns or token.lower_ in resolver.lex.role_nouns or token.lower_.endswith(_PEOPLE_SUFFIXES)


def relative(resolver: SpeakerResolver, head: Token, salience: Salience) -> Resolved:
    """'X, who said ...': the antecedent of the relative pronoun."""
    from .speakers import GROUP, PERSON, UNKNOWN, Resolved

    doc = resolver.doc
    verb = head.head
    antecedent = verb.head if verb.dep_ == "relcl" and verb.head.i < head.i else None
    if antecedent is None:
        i = head.i - 1
        while i >= 0 and (doc[i].is_punct or doc[i].lower_ in ("of", "most", "some", "many", "all", "both")):
            i -= 1
        antecedent = doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") else None
    if antecedent is None:
        return Resolved(None, UNKNOWN)
    if head.lower_ in ("who", "whom"):
        antecedent = _person_antecedent(resolver, antecedent, head)
    ents = [e for e in resolver.ents_in(antecedent.i, antecedent.i + 1) if e.label_ == "PERSON"]
    person = None
    if ents:
        person = resolver.person_for(resolver._name_tokens(ents[0]))
    elif antecedent.pos_ == "PROPN":
        person = resolver.person_for([antecedent])
    if person is not None:
        return Resolved(person.name, PERSON, person.affiliation, person.gender)
    if antecedent.pos_ == "PROPN":
        words = [t for t in antecedent.subtree if t.i <= antecedent.i and not t.is_punct and t.lower_ not in ("the", "a", "an")]
        return Resolved(" ".join(t.text for t in words[-6:]), UNKNOWN)
    left = min(t.i for t in antecedent.subtree if t.i <= antecedent.i)
    phrase = resolver.phrase(doc[left : antecedent.i + 1], antecedent)
    plural = antecedent.tag_ == "NNS"
    return Resolved(phrase, GROUP if plural else "description", plural=plural)


def _person_antecedent(resolver: SpeakerResolver, antecedent: Token, who: Token) -> Token:
    """'who' is said of people: the nearest person or people noun before it in its clause
    ('a focal point for demonstrators here, who'; 'listeners to his radio program who';
    'Will Smith and Stevie Wonder, who'), else the parser's antecedent; a role in apposition
    to a name is that person ('John Bentel, a tech staffer at the State Department who')."""
    doc = resolver.doc
    chosen = None
    i = who.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    closing = {")": "(", "--": "--", "\u2014": "\u2014", "\u2013": "\u2013"}.get(doc[i].text if i >= 0 else "")
    if closing is not None:  # 'generals -- most of whom had ... -- who': the aside skipped
        j = next((k for k in range(i - 1, max(-1, i - 30), -1) if doc[k].text == closing), None)
        i = j - 1 if j is not None else i
    while i >= 0 and who.i - i <= 15 and not doc[i].is_sent_end:
        token = doc[i]
        if token.pos_ in ("VERB", "AUX", "SCONJ") and token.dep_ not in ("amod", "compound"):
            break
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "poss", "nmod") and _person_token(
            resolver, token
        ):
            chosen = token
            break
        i -= 1
    if chosen is None:
        return antecedent
    if chosen.ent_type_ != "PERSON" and chosen.dep_ == "appos" and chosen.head.ent_type_ == "PERSON":
        return chosen.head
    return chosen


def _person_token(resolver: SpeakerResolver, token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_ or token.pos_ == "PROPN":
        return False
    lemma = token.lemma_.lower()
    return (_people_noun(resolver, token) or lemma in resolver.lex.role_nouns or token.lower_ in resolver.lex.role_nouns
            or gender_of_word(token.text) is not None or token.tag_ == "NNS" and token.lower_.endswith("ors"))


def _definite(head: Token) -> bool:
    for child in head.lefts:
        if child.dep_ == "det":
            return child.lower_ in ("the", "this", "that")
        if child.dep_ == "poss":
            return True
    return False


def role(resolver: SpeakerResolver, span: Span, head: Token, offset: int, salience: Salience) -> Resolved | None:
    """A definite singular role phrase resolved to the person or organisation it stands
    for; None keeps the description."""
    from .speakers import ORG, OUTLET, PERSON, Resolved

    lex = resolver.lex
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    sentence = resolver.sentence_of(offset)
    qualifiers = [t for t in head.lefts if t.dep_ in ("compound", "poss", "nmod", "amod")]
    named = [
        t for t in qualifiers
        if t.ent_type_ in ("ORG", "PERSON")
        or t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC") and not _parties({t.lower_})
    ]
    if lemma in word_set("kin_nouns"):
        kin = _kin(resolver, head)
        if kin is not None:
            return kin
    if lemma in _group_nouns():
        if not _definite(head) or named or any(t.dep_ == "poss" and t.lower_ not in _POSSESSIVE_DETS for t in qualifiers):
            return None  # 'the Trump campaign', "Clinton's team": the description names it
        outlet = lemma in ("newspaper", "paper", "network")
        if outlet:
            res = salience.last(sentence, ROLE_WINDOW, lambda r: r.kind == OUTLET)
            return Resolved(res.name, res.kind, res.affiliation) if res is not None else None
        # 'the agency' is an organisation whose name says agency ('the Regional Emergency Agency');
        # the last organisation of another kind ('the Residents' Union') is someone else
        res = salience.last(sentence, ROLE_WINDOW, lambda r: r.kind in (ORG, OUTLET) and _names(r.name, lemma))
        if res is not None:
            return Resolved(res.name, res.kind, res.affiliation)
        name = resolver.last_mention(ORG, offset)
        return Resolved(name, ORG) if name and _names(name, lemma) else None
    if not (lemma in lex.role_nouns or head.lower_ in lex.role_nouns or gender_of_word(head.text)):
        return None
    words = resolver._role_words(span)
    organised = any(w.startswith("org:") and not _parties({w}) for w in words)
    parties = _parties(words)
    matches = []
    for person in resolver.people.values():
        shared = len(words & person.roles)
        same_organisation = any(w.startswith("org:") and not _parties({w}) for w in words & person.roles)
        if lemma not in person.roles and head.lower_ not in person.roles and not same_organisation:
            continue
        if person.first > offset and not (
            organised and same_organisation and (shared >= 2 or resolver.sentence_of(person.first) - sentence <= 3)
        ):
            continue  # a role named before its person only with its organisation ('UN's chief')
        if parties and _parties(person.roles) - parties:
            continue  # 'the Democratic nominee' is not the Republican one
        distance = min(abs(o - offset) for o in person.offsets) if person.offsets else 10**6
        matches.append((shared - min(distance, 10**6) / 10**6, person))
    wanted = gender_of_word(head.text)
    last = salience.last(sentence, ROLE_WINDOW, lambda r: r.kind == PERSON and _compatible(r.gender, wanted))
    top = max((int(score) for score, _ in matches), default=0)
    if last is not None and any(p.name == last.name and score >= top for score, p in matches):
        return Resolved(last.name, PERSON, last.affiliation, last.gender)
    if matches:
        best = max(matches, key=lambda m: m[0])[1]
        return Resolved(best.name, PERSON, best.affiliation, best.gender)
    if named or any(t.dep_ == "poss" and t.lower_ not in _POSSESSIVE_DETS for t in qualifiers):
        return None  # 'the FBI director', "Connecticut's tax commissioner": someone else
    if not _definite(head) or last is None or any(t.dep_ == "poss" for t in qualifiers):
        return None  # 'a spokesman', 'his spokesman': not the last speaker
    if any(t.dep_ == "prep" for t in head.rights):
        return None  # 'the mayor of Brask': a description complete in itself, no one named holds it
    speaker = resolver.people.find(last.name.split()) if last.name else None
    if parties and speaker is not None and _parties(speaker.roles) - parties:
        return None
    return Resolved(last.name, PERSON, last.affiliation, last.gender)


_PARTY_WORDS = {"democratic": "d", "democrat": "d", "democrats": "d", "republican": "r", "republicans": "r", "gop": "r"}


def _names(name: str | None, noun: str) -> bool:
    """Whether an organisation's name fits the noun a description calls it by: it holds that
    noun, or both are nouns of public bodies ('the agency' for the Congressional Budget Office)."""
    words = {word.strip(".,'\u2019").lower() for word in (name or "").split()}
    bodies = word_set("public_body_nouns")
    return noun in words or (noun in bodies and bool(words & bodies))


def _parties(words: set[str]) -> set[str]:
    out = set()
    for word in words:
        party = _PARTY_WORDS.get(word.removeprefix("org:").lower())
        if party:
            out.add(party)
    return out


def _kin(resolver: SpeakerResolver, head: Token) -> Resolved | None:
    """"X's wife": the one other person of the article who bears X's surname (and fits)."""
    from .speakers import PERSON, Resolved

    owner_token = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner_token is None:
        return None
    owner = resolver.person_for([owner_token])
    if owner is None:
        return None
    wanted = gender_of_word(head.text)
    kin = [p for p in resolver.people.by_surname.get(owner.surname, ()) if p is not owner and _compatible(p.gender, wanted)]
    if len(kin) != 1:
        return None
    return Resolved(kin[0].name, PERSON, kin[0].affiliation, kin[0].gender)


def _group_nouns() -> frozenset[str]:
    return word_set("group_role_nouns")


__all__ = ["FIRST_PERSON", "Salience", "pronoun", "relative", "role"]
