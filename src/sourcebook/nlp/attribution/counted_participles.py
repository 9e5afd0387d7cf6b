"""A count read as the subject of a past participle after 'has', 'have' or 'had': 'The club has 60
registered players', 'She had 12 promised votes'. The parser may read the possessive 'has' as an
auxiliary, the number after it as the subject and the participle that modifies the noun after the
number as the verb, so a verb of the lexicon ('pledged', 'promised', 'signed') becomes a cue whose
source is the number. A number that is the whole subject, right between such a 'has' and the
participle, with a noun or a pronoun right before the 'has', counts things the first noun has and
speaks for no one. Not a count with no subject before its auxiliary, which may name people who spoke
('Two have said they will run', 'Forty said they would strike'). For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: the forms of 'have' the parser reads as the auxiliary of the participle
_HAVE = frozenset(["has", "have", "had"])


def count_read_as_subject(verb: Token) -> bool:
    """Whether past participle ``verb`` has for subject a bare number right after a 'has', 'have' or
    'had' that itself follows a noun or a pronoun: things counted, no speaker."""
    if verb.tag_ != "VBN":
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.right_edge.i + 1 != verb.i:
        return False
    words = list(subject.subtree)
    if not all(t.tag_ == "CD" or t.like_num for t in words):
        return False
    start = words[0].i
    if start < 2:
        return False
    doc = verb.doc
    have, before = doc[start - 1], doc[start - 2]
    return have.lower_ in _HAVE and before.pos_ in ("NOUN", "PROPN", "PRON") and before.tag_ not in ("WP", "WDT")
