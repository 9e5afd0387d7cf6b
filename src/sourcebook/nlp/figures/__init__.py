"""Figure extraction: every numeric claim of a Doc with what it counts, what happened,
where, when and who says so.

``Extractor()(doc)`` gives the ``model.Figure`` records of a parsed Doc. Modules, in the
order they run: ``numbers`` (the number grammar, text only), ``filters`` (dates, years,
labels and names are no figures), ``context`` (unit, predicate, place; ``estimates`` for
"put the toll at 40", ``outcomes`` for "left 28 dead"), ``timex`` (time expressions resolved
against the publication date), ``sources`` (who a figure is attributed to), ``build`` (the records).
"""

from .build import Extractor

__all__ = ["Extractor"]
