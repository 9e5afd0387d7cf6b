"""Every Sourcebook spaCy component is registered here, and only here.

The factory names are what ``nlp.add_pipe`` takes; each component class carries a versioned
name (``sourcebook.mentions.v1``) that the store records with every run. The package's
``spacy_factories`` entry point points at this module, so after ``pip install sourcebook``
``nlp.add_pipe("sourcebook_mentions")`` works in any spaCy pipeline.

Each factory declares what it ``requires`` and ``assigns`` (spaCy's ``nlp.analyze_pipes``
reads them) and checks when it is added that some component of the pipeline assigns what it
requires: a pipeline without a parser fails there, not with empty results later. The
attribution and figure components take a ``lexicon`` setting, a directory laid out like
``nlp/lexicon/data`` (empty: the packaged lexicon)::

    nlp.add_pipe("sourcebook_attributions", config={"lexicon": "my-lexicon/"})
"""

from __future__ import annotations

from spacy.language import Language

from ..errors import SettingsError
from .components.attributions import Attributions
from .components.figures import Figures
from .components.lines import LineBreaks
from .components.mentions import Mentions
from .lexicon import check_all

__all__ = ["COMPONENTS", "LINE_BREAKS", "PIPELINE_ORDER", "PipelineError", "make_attributions", "make_figures",
           "make_lines", "make_mentions"]

#: Pipeline order: figures read the attributions to know who a number is attributed to.
PIPELINE_ORDER = ("sourcebook_mentions", "sourcebook_attributions", "sourcebook_figures")
#: Added before the parser (sentence starts at line breaks); not one of PIPELINE_ORDER, which run last.
LINE_BREAKS = "sourcebook_lines"

#: factory name -> component class, filled by the registrations below.
COMPONENTS: dict[str, type] = {}

_PARSE = ["token.dep", "token.head", "token.lemma", "token.tag", "doc.ents"]


class PipelineError(SettingsError):
    """A Sourcebook component was added to a pipeline that lacks what it requires."""


def _check_requires(nlp: Language, name: str, requires: list[str]) -> None:
    assigned = {attr for pipe in nlp.pipe_names for attr in nlp.get_pipe_meta(pipe).assigns}
    missing = [attr for attr in requires if attr not in assigned]
    if missing:
        raise PipelineError(
            f"{name} requires {', '.join(missing)}, which no component of the pipeline assigns "
            f"(components: {', '.join(nlp.pipe_names) or 'none'}); load a trained pipeline such as "
            f"en_core_web_sm and add the Sourcebook components in the order {', '.join(PIPELINE_ORDER)}"
        )


def _lexicon_dir(lexicon: str | None) -> str | None:
    """The configured lexicon directory, checked whole before the component is built."""
    if lexicon:
        check_all(lexicon)
    return lexicon or None


@Language.factory(LINE_BREAKS, assigns=["token.is_sent_start"])
def make_lines(nlp: Language, name: str) -> LineBreaks:
    return LineBreaks(name)


@Language.factory(
    "sourcebook_mentions",
    assigns=["doc._.sourcebook_sentences", "doc._.sourcebook_entities"],
    requires=["doc.sents", "doc.ents"],
)
def make_mentions(nlp: Language, name: str) -> Mentions:
    _check_requires(nlp, name, ["doc.sents", "doc.ents"])
    return Mentions(nlp, name)


@Language.factory(
    "sourcebook_attributions",
    default_config={"lexicon": None},
    assigns=["doc._.sourcebook_attributions"],
    requires=_PARSE,
)
def make_attributions(nlp: Language, name: str, lexicon: str | None) -> Attributions:
    _check_requires(nlp, name, _PARSE)
    return Attributions(nlp, name, _lexicon_dir(lexicon))


@Language.factory(
    "sourcebook_figures",
    default_config={"lexicon": None, "scores": False},
    assigns=["doc._.sourcebook_figures"],
    requires=[*_PARSE, "doc._.sourcebook_attributions"],
)
def make_figures(nlp: Language, name: str, lexicon: str | None, scores: bool) -> Figures:
    _check_requires(nlp, name, [*_PARSE, "doc._.sourcebook_attributions"])
    return Figures(nlp, name, _lexicon_dir(lexicon), scores)


COMPONENTS.update(
    {LINE_BREAKS: LineBreaks, "sourcebook_mentions": Mentions, "sourcebook_attributions": Attributions,
     "sourcebook_figures": Figures}
)
