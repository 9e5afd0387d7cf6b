"""Whether a record is evidence heard on the record by a body that hears it, from no one named: 'X, an
inquest heard', 'The court heard that Y', 'Z, the tribunal has heard', a headline's 'W, inquest hears' and
'V, jury told' (``audience_nouns.txt``, read by ``heard``).

The ranker's threshold does not judge these: the training data (political news) has no court reporting, so
its features know 'heard' only as hearsay ('I heard that X'), and the form scores about the line ('X, an
inquest has heard' 0.51, 'X, an inquest heard' under it), though a court report says nothing else by it. Not
a record with a source ('The inquiry heard from Dr Moss that X': judged as any report is)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .lexicon import Lexicon
from .record_cues import cue_words

#: the cue words of evidence heard: 'heard', a headline's 'hears' and its passive with 'was' dropped, 'X, inquest told'
_HEARD = frozenset(["heard", "hears", "told"])


def heard_evidence(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is 'heard' with an audience noun for its hearer and no source."""
    if record.source is not None:
        return False
    span = cue_words(doc, record)
    heard = next((t for t in span if t.lower_ in _HEARD), None) if span is not None else None
    return heard is not None and _audience(lex, heard)


def _audience(lex: Lexicon, heard: Token) -> bool:
    # the verb's subject, or the noun right before it when the parser read 'an inquest heard' as a noun phrase
    subject = next((c for c in reversed(list(heard.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None and heard.i > heard.sent.start:
        subject = heard.doc[heard.i - 1]
    return subject is not None and (subject.lower_ in lex.audience_nouns or subject.lemma_.lower() in lex.audience_nouns)
