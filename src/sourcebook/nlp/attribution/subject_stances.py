"""A report noun with its 'that' clause heading a sentence's subject, held by nobody named: 'The announcement
that the plant would close came as a shock', 'The claim that the vote was rigged has been repeated for
months', 'Rumours that the firm was for sale lifted its shares'.

``nouns.noun_cue`` builds these (the noun the cue, the clause the content, no source), and the ranker's
threshold drops them, as it drops the impersonal frames (``impersonal_stances``): its features read a noun
cue with no source and a clause after it, whose weight was learnt on nouns that some named holder has. A
record the ranker does not judge when: it has no source; its cue is one noun of saying or of an internal
state (``speech_nouns``, ``belief_nouns``) that is the subject of the sentence's verb, with no possessive nor
a holder's 'of', 'by', 'from' or 'among' phrase; and its content is a clause opened by 'that' after the noun
with a subject of its own (not a relative clause, 'the claims that have been made'). Not 'The fact that X'
nor 'The idea that X' (the writer's framing: neither noun is of the lexicon's saying or states)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Attribution
from .lexicon import Lexicon
from .record_cues import cue_words

#: the phrases after the noun that name who holds it, which ``nouns`` reads as the source
_HOLDERS = frozenset(["among", "of", "by", "from"])


def subject_stance(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is a report noun's clause heading the subject, held by nobody named (see the module)."""
    if record.source is not None or not record.contents:
        return False
    span = cue_words(doc, record)
    if span is None or len(span) != 1:
        return False
    noun = span.root
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.lower_ not in lex.speech_nouns and noun.lower_ not in lex.belief_nouns:
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _HOLDERS for c in noun.children):
        return False
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")), None)
    if clause is None or record.contents[0].start < noun.idx + len(noun.text):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("that", "which", "who") for c in clause.children)
