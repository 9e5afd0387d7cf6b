"""A participle of saying on the noun that says it: 'voters saying X', 'a petition calling on Y to Z',
'the share of farmers saying X', 'a chorus of critics urging him to quit'.

The participle's noun is its speaker, but when that noun is a subject or a preposition's object the
parser gives the participle no subject to borrow, so the cue had no source and was dropped. The noun
must name people (a role, a group, a body, an entity, a plural of people: 'members', 'voters') or a
document ('a petition', 'guidelines'); a document only where no one in the clause made it ('Despite
notices urging calm' is the notices', 'she spoke with a statement urging calm' hers, left as it was).
Only a participle with a complement of its own counts (a clause, an object, an infinitive or the
preposition of a phrasal cue), so a bare 'officials speaking in Ohio' stays no report; one set off by
a comma after a name ('Ruiz, speaking in Ohio, said') is the name's own aside, and a caller in a call
answered ('answered a call from a man claiming X') is kept out as ``money_senses`` decided. The source is the
whole noun phrase before the participle (``noun_phrase_before``), as PolNeAR marks it: 'the share of
Republicans saying X'.
"""

from __future__ import annotations

from spacy.tokens import Token

from .findings import finding_noun
from .lexicon import Lexicon
from .money_senses import money_sense
from .syntax import PEOPLE_PLURALS, span_of

#: the dependencies of a complement: what a participle of saying says
_COMPLEMENTS = frozenset(["ccomp", "dobj", "xcomp", "dative"])
#: entities that can say something
_SPEAKERS = frozenset(["PERSON", "ORG", "NORP"])
#: the tags of a finite verb, a clause of its own between a noun and a participle
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: the prepositions of a means: 'replied with a note', 'in an op-ed', 'on the story'
_MEANS = frozenset(["with", "in", "on", "through", "via", "by"])
#: the dependencies a noun phrase holds inside a clause, climbed to find who made a document
_INSIDE = frozenset(["pobj", "prep", "dobj", "compound", "pcomp", "poss"])


def _people(lex: Lexicon, noun: Token) -> bool:
    """'voters', 'the campaign', 'staff members', 'detractors', an entity: a noun that names people."""
    if noun.ent_type_ in _SPEAKERS:
        return True
    words = (noun.lemma_.lower(), noun.lower_)
    return any(w in lex.role_nouns or w in lex.organisation_words for w in words) or (
        noun.tag_ == "NNS" and noun.lower_.endswith(PEOPLE_PLURALS))


def _document(lex: Lexicon, noun: Token) -> bool:
    """'a petition', 'the statement', 'stories', 'a sign': a thing that can say something."""
    words = (noun.lemma_.lower(), noun.lower_)
    return any(w in lex.document_nouns or w in lex.speech_nouns or w in lex.speaking_nouns for w in words)


def _of_people(lex: Lexicon, noun: Token) -> bool:
    """'the share of farmers', 'a chorus of critics': a part or a number of people."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _people(lex, g) for g in c.children) for c in noun.children)


def _unmade(lex: Lexicon, noun: Token) -> bool:
    """A document no one in its clause made or handed out: 'Guidelines telling schools X', 'Despite
    notices urging calm, ...' (not 'ran ads praising X', 'replied with a note on the story saying Y':
    the one who made it, through a phrase the parser hung away from them, is its speaker)."""
    if not _document(lex, noun):
        return False
    made = False
    head = noun
    while head.dep_ in _INSIDE and head.head.i != head.i:
        made = made or head.dep_ == "dobj" or head.dep_ == "pobj" and head.head.lower_ in _MEANS
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return not (made and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))
    return True


def _answered(noun: Token) -> bool:
    """Whether ``noun`` is in what a verb in a sense of money answers ('answered a call from a woman claiming X')."""
    head = noun
    while head.dep_ in _INSIDE and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return money_sense(head)
    return False


def speaking_noun(lex: Lexicon, verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a participle of saying whose noun, before it, is its speaker."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or lemma not in lex.speech:
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= verb.i:
        return False
    if noun.pos_ == "PROPN" and verb.doc[verb.i - 1].text == ",":
        return False  # 'Ruiz, speaking in Ohio, said X': an aside of the name, not a report of its own
    if not (_people(lex, noun) or _of_people(lex, noun) or _unmade(lex, noun)):
        return False
    if any(t.tag_ in _FINITE for t in verb.doc[noun.i + 1 : verb.i]):
        return False  # 'Trump, who took to the shows to answer Bush's calling him X': hung on a noun a clause away
    if _answered(noun):
        return False  # 'answered a call from a woman claiming to be X': an advert's or a caller's words (``money_senses``)
    particles = lex.phrasal.get(lemma, frozenset())
    return any(c.dep_ in _COMPLEMENTS or c.dep_ == "prep" and c.lower_ in particles for c in verb.children)


def noun_says(lex: Lexicon, verb: Token, lemma: str) -> bool:
    """Whether the noun ``verb`` hangs on is its source: a poll's finding ('a new poll showing X',
    ``findings.finding_noun``) or a speaker's saying (``speaking_noun``)."""
    return finding_noun(lex, verb, lemma) or speaking_noun(lex, verb, lemma)


def noun_phrase_span(verb: Token, noun: Token) -> tuple[int, int]:
    """The source span of a participle cue on ``noun``: from the phrase's first word to its last before the
    participle ('the PAC backing Bush', 'the share of farmers saying X')."""
    first = next(t for t in noun.subtree if not t.is_punct)
    return span_of([first, noun_phrase_before(verb, noun) or noun])


def noun_phrase_before(verb: Token, noun: Token) -> Token | None:
    """The last word of the noun phrase a participle cue hangs on, before the participle: 'the share of
    farmers' of 'the share of farmers saying X', 'a family of super PACs' of 'a family of super PACs backing
    X' (None when the participle follows the noun, or a clause of its own comes between)."""
    between = [t for t in verb.doc[noun.i + 1 : verb.i] if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in between) or not all(
            noun.is_ancestor(t) for t in between):
        return None  # (not across a clause: 'Guidelines issued by X, telling Y': the guidelines)
    return between[-1] if between else None
