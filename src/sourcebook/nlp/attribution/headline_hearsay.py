"""'Vessant Pharma said to weigh sale of consumer unit', 'Dravo Bank expected to cut jobs': a headline drops
the passive's auxiliary of hearsay ('Vessant Pharma is said to weigh X') as it drops that of 'Banks urged to
act' (``tails.headline_passive``). The parser reads the bare past as the firm's own verb, so the firm became
the source of what is said about it; it is what the report is about, a report with no source named, its
subject and the infinitive the content, as 'is said to' and 'is expected to' are. Only a verb of hearsay
(``headline_hearsay_verbs.txt``; not 'Vessant agreed to sell unit', 'Council voted to close pool'), with 'to'
right after it, no auxiliary, in a headline (``sentences.in_headline``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from ..sentences import in_headline
from .kids import children_of


def headline_hearsay(verb: Token, subject: Token | None) -> bool:
    """Whether ``verb`` is a headline's bare past of hearsay with its subject before it and a to-infinitive
    right after it ('Firm said to weigh sale'): a passive with no source."""
    doc = verb.doc
    if (verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in word_set("attribution/headline_hearsay_verbs")
            or subject is None or subject.dep_ != "nsubj" or subject.head.i != verb.i or subject.i > verb.i):
        return False
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].tag_ != "TO" or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in children_of(verb)):
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i for c in children_of(verb)) and in_headline(verb)
