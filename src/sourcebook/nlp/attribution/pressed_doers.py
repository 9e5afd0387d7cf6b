"""The doer of an infinitive cue that is someone the verb before it acts on, not the verb's subject, for
``verbs.verb_cue`` where ``verbs._controller`` (an object and a complement: 'urged officials to warn X') finds none:

- 'The firm relies on users to report abuse', 'counts on its donors to demand a recount': the one after 'on';
- 'The ruling increases the pressure on her to say whether X': the one a noun of pressure is on;
- 'drove thousands of people to demand Y', 'forced the minister to admit Z': the one driven, when the parser read
  the infinitive as one of purpose (advcl), which gives it the driver's subject (not a verb of sending or hiring,
  whose infinitive may be the sender's purpose: 'Many countries send their people to Israel to learn about X');
- 'giving them leverage to insist on X': the one given what the infinitive hangs on.

The verbs and nouns are tagged in ``pressing_words.txt``. Only someone (a name, a pronoun, a noun of people or a
count of them) is a doer: 'relied on precedent and articles to defend X' stays the subject's, and so do 'summoned
reporters to announce X' and 'called a briefing to say Y' (no word of the list). Such a record is a form the
ranker's training data hardly has: its threshold does not judge it (``verbs`` sets ``Candidate.unjudged``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged
from .kids import children_of
from .lexicon import Lexicon
from .syntax import source_like

_ON = tagged("attribution/pressing_words", "on")
_PRESSURE = tagged("attribution/pressing_words", "pressure")
_DRIVE = tagged("attribution/pressing_words", "drive")
_GIVE = tagged("attribution/pressing_words", "give")
#: counts whose 'of' phrase names the people ('hundreds of thousands of Armenians')
_COUNTS = frozenset(["dozens", "hundreds", "thousands", "millions", "scores", "tens"])
_NO_ONE = frozenset(["it", "this", "that", "which", "what", "these", "those"])


def pressed_doer(lex: Lexicon, verb: Token) -> Token | None:
    """The one the verb above the infinitive ``verb`` relies on, presses, sends or gives to; None otherwise."""
    if verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl", "relcl", "acl") or verb.head.i >= verb.i:
        return None  # (the rare test first: most cues are no bare infinitive after their head)
    kids = children_of(verb)
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids):
        return None
    head = verb.head
    if verb.dep_ in ("relcl", "acl"):
        if head.lemma_.lower() in _PRESSURE:  # ('has increased the pressure on the mayor to explain X')
            return _on_whom(lex, [c for c in children_of(head) if c.i < verb.i], people=False)
        # 'giving them leverage to insist on X': the infinitive on what a verb of giving gives
        giver = head.head
        if head.dep_ != "dobj" or giver.pos_ != "VERB" or giver.lemma_.lower() not in _GIVE:
            return None
        given = next((c for c in children_of(giver) if c.dep_ == "dative" and c.i < head.i), None)
        return given if given is not None and _someone(lex, given) else None
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    before = [c for c in children_of(head) if c.i < verb.i]
    if lemma in _ON:  # (people only, not one relied on: 'relied on precedent and articles to defend X')
        return _on_whom(lex, before, people=True)
    obj = next((c for c in before if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in _PRESSURE:  # ('put pressure on the governor to explain X': 'on' hung on either)
        return _on_whom(lex, [c for c in (*children_of(obj), *before) if c.i < verb.i], people=False)
    if verb.dep_ == "advcl" and lemma in _DRIVE and _someone(lex, obj):
        return obj
    return None


def _on_whom(lex: Lexicon, kids: list[Token], people: bool) -> Token | None:
    """The object of the first 'on' among ``kids`` when it is someone (a common noun in the plural if ``people``)."""
    on = next((c for c in kids if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    whom = next((c for c in children_of(on) if c.dep_ == "pobj"), None) if on is not None else None
    if whom is None or people and whom.pos_ == "NOUN" and whom.tag_ != "NNS":
        return None
    return whom if _someone(lex, whom) else None


def _someone(lex: Lexicon, token: Token) -> bool:
    """Whether ``token`` names someone who can say something: a pronoun of a person, a name, a noun of
    people, or a count of them ('thousands of Armenians')."""
    if token.lower_ in _NO_ONE:
        return False
    if token.pos_ == "PRON" or token.ent_type_ == "NORP" or token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG"):
        return True  # (not a common noun inside a name: 'Supreme Court precedent')
    if token.lower_ in _COUNTS:
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        return people is not None and _someone(lex, people)
    words = (token.lemma_.lower(), token.lower_)
    return token.pos_ == "NOUN" and not token.ent_type_ and source_like(lex, token) and not any(
        w in lex.speech_nouns or w in lex.document_nouns or w in lex.measure_nouns for w in words)
