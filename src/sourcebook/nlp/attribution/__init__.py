"""Attribution extraction: who said what, by rules over spaCy's dependency parse.

``Extractor()(doc)`` gives the ``model.Attribution`` records of a parsed Doc. Modules, in the
order they run: ``reported`` tries the cue rules on every token, by cue kind: ``verbs`` (with
``content`` for what a verb attributes), ``nouns`` (nouns and adjectives), ``markers``
("according to", colons), all walking the parse with ``syntax``; ``direct`` joins the
quotations (paired by ``nlp.quotes``) to their cues; ``speakers`` resolves pronouns, roles and
name variants; ``build`` sets kinds, nesting and relaying outlets and makes the records.
The words the rules read come from ``lexicon`` (files under ``nlp/lexicon/data/attribution``);
``candidate`` is the working record.
"""

from .build import Extractor

__all__ = ["Extractor"]
