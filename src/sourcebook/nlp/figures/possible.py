"""A figure in a hypothetical is no count: "the toll could reach 10,000 if the dam fails".

A verb with a modal of possibility (the words of the ``possible`` happening in the measures
table: "could", "might", "may") speaks of what might happen, not of what did. ``predicate_text``
writes the modal before the predicate ("could kill"), and ``reconcile.measures`` reads it as a
happening of nature ``target``: the figure takes part in no verdict, as "wants to evacuate 10,000"
does. A perfect ("may have killed 300") is an estimate of the past and stays a count.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import happenings

__all__ = ["possibility"]

_MODALS = frozenset(happenings()["possible"]["words"])


def possibility(verb: Token) -> str | None:
    """The modal of possibility on ``verb`` ("could" in "could kill 500"), else None."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lemma_.lower() == "have" for c in auxes):
        return None  # "may have killed 300": the past, estimated
    # (not the month the parser hangs there as a modal: "May sales fell 2%")
    return next((c.lower_ for c in auxes if c.lower_ in _MODALS and c.ent_type_ != "DATE"), None)
