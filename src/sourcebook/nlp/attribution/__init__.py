"""Attribution extraction: who said what, by rules over spaCy's dependency parse.

``Extractor()(doc)`` gives the ``model.Attribution`` records of a parsed Doc. Modules, in the
order they run: ``reported`` (cue verbs, nouns, adjectives, "according to", colons),
``quotes`` + ``direct`` (quotation marks paired and joined to cues), ``speakers`` (pronouns,
roles and name variants resolved), ``build`` (kinds, nesting, relaying outlets, records).
"""

from .build import Extractor

__all__ = ["Extractor"]
