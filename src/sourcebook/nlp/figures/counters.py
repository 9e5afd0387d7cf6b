"""Who counted a figure they saw: 'Nurses at Kellbrook Hospital saw 212 cases last week', 'Kellbrook Hospital saw 212
cases'. A verb of seeing (``figures/counter_verbs``) is no verb of saying, so ``sources`` found no one unless the
attribution records made the verb a cue (PolNeAR marks 'saw' with an object as one, not always found); but its
subject is the one who kept the count, as a subject of 'recorded' or 'counted' is, when it is someone who can count:
a person, a body or a facility the NER named, or a person's noun (``attribution/role_nouns``,
``figures/counter_nouns``). Not a place, a time or a happening that only had them ('The city saw 300 homicides',
'March saw 40 storms', 'The match saw 40,000 fans', 'The hospital in Norwick saw 312 people'), nor a deed of care
('The clinic treated 2,150 patients': what the writer reports, no one's count)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["counter"]

_COUNTERS = frozenset(["PERSON", "ORG", "FAC"])
_SUBJECTS = ("nsubj",)


def counter(anchor: Token, clip: tuple[int, int], directory: str | Path | None = None) -> Token | None:
    """The subject of the verb of seeing whose object holds the figure at ``anchor`` (within ``clip``),
    when it can count; else None."""
    tok = anchor
    for _ in range(3):
        head = tok.head
        if head.i == tok.i or not clip[0] <= head.idx < clip[1]:
            return None
        if head.pos_ == "VERB":
            if tok.dep_ != "dobj" or head.lemma_.lower() not in word_set("figures/counter_verbs", directory):
                return None
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            return subject if subject is not None and _counts(subject, directory) else None
        tok = head
    return None


def _counts(subject: Token, directory: str | Path | None) -> bool:
    """Whether ``subject`` is someone who can keep a count (not a place, a time or a happening)."""
    if subject.ent_type_:
        return subject.ent_type_ in _COUNTERS
    lemma = subject.lemma_.lower()
    return lemma in word_set("attribution/role_nouns", directory) or lemma in word_set("figures/counter_nouns", directory)
