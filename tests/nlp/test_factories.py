"""The spaCy factories: what they require is checked when they are added, and their lexicon
comes from config (an edited copy of the packaged one changes what is found)."""

from __future__ import annotations

import shutil

import pytest
import spacy

from sourcebook.nlp.attribution import Extractor
from sourcebook.nlp.attribution.lexicon import lexicon as cue_lexicon
from sourcebook.nlp.factories import PIPELINE_ORDER, PipelineError
from sourcebook.nlp.figures import Extractor as FigureExtractor
from sourcebook.nlp.lexicon import DEFAULT_DIRECTORY, LexiconError


@pytest.mark.parametrize("factory", PIPELINE_ORDER)
def test_a_pipeline_without_a_parser_fails_when_the_component_is_added(factory):
    nlp = spacy.blank("en")
    with pytest.raises(PipelineError, match=rf"{factory} requires .*no component of the pipeline assigns"):
        nlp.add_pipe(factory)


@pytest.mark.parametrize("factory", PIPELINE_ORDER)
def test_factories_declare_what_they_assign(nlp, factory):
    meta = nlp.get_pipe_meta(factory)
    assert meta.assigns and all(attr.startswith("doc._.sourcebook_") for attr in meta.assigns)
    assert meta.requires


def test_figures_require_the_attributions(nlp):
    assert "doc._.sourcebook_attributions" in nlp.get_pipe_meta("sourcebook_figures").requires


def test_a_bad_lexicon_in_config_fails_when_the_component_is_added(nlp, tmp_path):
    broken = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, broken)
    (broken / "attribution" / "speech_verbs.txt").unlink()
    with (
        nlp.select_pipes(enable=nlp.pipe_names),
        pytest.raises(LexiconError, match=r"speech_verbs\.txt: missing"),
    ):
        nlp.add_pipe("sourcebook_attributions", name="edited", config={"lexicon": str(broken)})
    assert "edited" not in nlp.pipe_names


def test_an_edited_lexicon_changes_what_is_found(nlp, tmp_path):
    """A linguist adds a cue verb to a copy of the lexicon and points the extractor at it."""
    edited = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, edited)
    with open(edited / "attribution" / "speech_verbs.txt", "a", encoding="utf-8") as handle:
        handle.write("squawk\n")
    text = "The senator squawked that the budget was a disgrace."
    doc = nlp(text)
    before = Extractor(lex=cue_lexicon())(doc)
    after = Extractor(lex=cue_lexicon(str(edited)))(doc)
    if any(a.cue and a.cue.text == "squawked" for a in before):
        pytest.skip("the model already reads 'squawked' as a cue")
    assert any(a.cue and a.cue.text == "squawked" and a.contents[0].text == "the budget was a disgrace" for a in after)


def test_the_figure_extractor_reads_its_lexicon_directory(nlp, tmp_path):
    """'Bay 4' is a name once 'bay' is a name prefix: its number is no figure."""
    edited = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, edited)
    with open(edited / "figures" / "name_prefixes.txt", "a", encoding="utf-8") as handle:
        handle.write("bay\n")
    doc = nlp("Bay 4 held 30 trucks.")
    assert [f.span.text for f in FigureExtractor()(doc)] == ["4", "30"]
    assert [f.span.text for f in FigureExtractor(edited)(doc)] == ["30"]
