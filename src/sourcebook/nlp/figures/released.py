"""A verb of releasing reports a figure only through a report: 'The agency released figures showing 4,200 evictions',
'the ministry published its count of 312 dead'. What it lets out or sets free is no report of it: 'Methane leaks at
the site released 120,000 tonnes of gas', 'the rebels released 42 hostages'; the leaks are no source of the figure.
So a verb of ``figures/release_verbs`` whose object holds the figure is a cue only when that object is a report's
noun (``figures/cue_nouns``)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["released_matter"]


def released_matter(verb: Token, held: Token, cue_nouns: frozenset[str], directory: str | Path | None = None) -> bool:
    """Whether ``verb`` lets out what its object ``held`` (the child the figure hangs under) names, no report."""
    if held.dep_ != "dobj" or verb.lemma_.lower() not in word_set("figures/release_verbs", directory):
        return False
    return held.lower_ not in cue_nouns and held.lemma_.lower() not in cue_nouns
