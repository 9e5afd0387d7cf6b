"""Every Sourcebook spaCy component is registered here, and only here.

The factory names are what ``nlp.add_pipe`` takes; each component class carries a versioned
name (``sourcebook.mentions.v1``) that the store records with every run. The package's
``spacy_factories`` entry point points at this module, so after ``pip install sourcebook``
``nlp.add_pipe("sourcebook_mentions")`` works in any spaCy pipeline.
"""

from __future__ import annotations

from spacy.language import Language

from .components.attributions import Attributions
from .components.figures import Figures
from .components.mentions import Mentions

#: Pipeline order: figures read the attributions to know who a number is attributed to.
PIPELINE_ORDER = ("sourcebook_mentions", "sourcebook_attributions", "sourcebook_figures")

#: factory name -> component class, filled by the registrations below.
COMPONENTS: dict[str, type] = {}


def _register(name: str, cls: type):
    COMPONENTS[name] = cls

    @Language.factory(name)
    def make(nlp: Language, name: str):
        return cls(nlp, name)

    make.__name__ = f"make_{name.removeprefix('sourcebook_')}"
    return make


make_mentions = _register("sourcebook_mentions", Mentions)
make_attributions = _register("sourcebook_attributions", Attributions)
make_figures = _register("sourcebook_figures", Figures)
