"""Who said a headline's quotation when no clause after its colon has that speaker for its subject:
the speaker named before 'on' or 'about' ("'We were too slow': Veltro CEO on the recall") and the
owner of the words, feeling or judgement the headline names ("'Send them back': minister's remarks
spark row", "'I was sent home three times': mother's anguish over son's death")."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .lexicon import active_lexicon

_NAMED = ("PERSON", "ORG", "NORP")


@cache
def _judgements() -> frozenset[str]:
    """Nouns of a judgement given ('verdict')."""
    return word_set("attribution/decision_nouns")


def speaker_on(sent: Span, colon: Token, speaker_noun: Callable[[Token], bool] | None) -> Span | None:
    """"Veltro CEO on the recall", "Tomasz Wren on his new memoir", "a nurse about the night":
    no clause, up to five words naming a person or a body (or ending in a noun of a speaker),
    then 'on' or 'about' and the topic, or nothing."""
    doc = sent.doc
    stop = next((t.i for t in doc[colon.i + 1 : sent.end] if t.lower_ in ("on", "about")), sent.end)
    while stop > colon.i + 1 and doc[stop - 1].is_punct:
        stop -= 1
    named = doc[colon.i + 1 : stop]
    if not 1 <= len(named) <= 5 or any(t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PART", "NUM") for t in named):
        return None
    head = named[-1]
    if head.pos_ not in ("NOUN", "PROPN") or not (
            any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in named)
            or speaker_noun is not None and speaker_noun(head)):
        return None
    return named


def owner_of_words(sent: Span, colon: Token, speaker_noun: Callable[[Token], bool] | None) -> Span | None:
    """The person or body that owns ('s) the noun phrase opening the words after the colon when that
    phrase names something said, believed or felt ('minister's remarks', 'survivors' anger', "MP's
    verdict"): what the headline quotes is the owner's. Not a thing owned ("hospital's maternity
    unit"), which says nothing."""
    doc = sent.doc
    owner = next((t for t in doc[colon.i + 1 : sent.end] if not t.is_punct and t.pos_ != "DET"), None)
    if owner is None or owner.dep_ != "poss" or owner.pos_ not in ("NOUN", "PROPN") or not (
            owner.pos_ == "PROPN" or owner.ent_type_ in _NAMED or speaker_noun is not None and speaker_noun(owner)):
        return None
    lex = active_lexicon()
    owned = [t for t in doc[owner.i + 1 : owner.head.i + 1] if t.pos_ == "NOUN"] if owner.head.i > owner.i else []
    if not any(t.lemma_.lower() in lex.speech_nouns or t.lemma_.lower() in lex.belief_nouns
               or t.lemma_.lower() in lex.attitude_nouns or t.lemma_.lower() in _judgements() for t in owned):
        return None
    start = min(owner.left_edge.i, owner.i)
    return doc[max(start, colon.i + 1) : owner.i + 1]

