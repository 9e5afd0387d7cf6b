"""The spaCy factories: what they require is checked when they are added, and their lexicon
comes from config (an edited copy of the packaged one changes what is found)."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
import spacy

from sourcebook.nlp.attribution import Extractor
from sourcebook.nlp.attribution.lexicon import active_lexicon, is_speech_cue, using
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


def test_a_role_added_to_the_lexicon_holds_a_side_in_support(nlp, tmp_path):
    """Support for an exhibition from people by role is their side; from others, help: the roles are the
    lexicon's, so a linguist's added role counts ('won the backing of the docents')."""
    edited = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, edited)
    with open(edited / "attribution" / "role_nouns.txt", "a", encoding="utf-8") as handle:
        handle.write("docent\n")
    doc = nlp("The exhibition won the backing of the docents.")
    if "docent" in cue_lexicon().role_nouns:
        pytest.skip("'docent' is already a packaged role noun")
    assert not Extractor(lex=cue_lexicon())(doc)
    found = Extractor(lex=cue_lexicon(str(edited)))(doc)
    assert [(a.source.text, a.cue.text, a.contents[0].text) for a in found if a.source] == [
        ("the docents", "backing", "The exhibition")]


def test_the_figure_extractor_reads_its_lexicon_directory(nlp, tmp_path):
    """'Bay 4' is a name once 'bay' is a name prefix: its number is no figure."""
    edited = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, edited)
    with open(edited / "figures" / "name_prefixes.txt", "a", encoding="utf-8") as handle:
        handle.write("bay\n")
    doc = nlp("Bay 4 held 30 trucks.")
    assert [f.span.text for f in FigureExtractor()(doc)] == ["4", "30"]
    assert [f.span.text for f in FigureExtractor(edited)(doc)] == ["30"]


def test_the_rules_helpers_read_the_extractors_lexicon(nlp, tmp_path):
    """'The short answer: X' is no one's statement because 'answer' is a noun for what is said
    (and the phrase an explainer's label); with both struck from edited lists the colon's words
    become a source: the colon-label check reads the extractor's lexicon, not the packaged one
    (as what passes on no claim and a source's occasion do)."""
    edited = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, edited)
    nouns = edited / "attribution" / "speech_nouns.txt"
    kept = [line for line in nouns.read_text(encoding="utf-8").splitlines() if line.strip() != "answer"]
    nouns.write_text("\n".join(kept) + "\n", encoding="utf-8")
    labels = edited / "attribution" / "line_labels.txt"  # (and 'the short answer' as an explainer's label)
    kept = [line for line in labels.read_text(encoding="utf-8").splitlines() if "answer" not in line]
    labels.write_text("\n".join(kept) + "\n", encoding="utf-8")
    doc = nlp("The short answer: the plan will fail.")
    assert not Extractor(lex=cue_lexicon())(doc)
    found = Extractor(lex=cue_lexicon(str(edited)))(doc)
    assert [(a.cue.text, a.contents[0].text) for a in found] == [(":", "the plan will fail")]


def test_the_active_lexicon_is_the_one_in_use_and_restored_after():
    packaged = cue_lexicon()
    other = replace(packaged, speech_forms=packaged.speech_forms | {"squawked"})
    assert active_lexicon() is packaged
    with using(other):
        assert active_lexicon() is other
        assert is_speech_cue("squawked")
    assert active_lexicon() is packaged
    assert not is_speech_cue("squawked")
