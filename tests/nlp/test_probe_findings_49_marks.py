"""A quotation run on over paragraphs opens each paragraph with the same mark: a paragraph opened
with a straight mark and left open (an excerpt of another writer's story) is no part of the curly
quotation after it, whose cue keeps only its own words (``run_on_quotes.same_marks``)."""

from __future__ import annotations

from probe_records import contents, records

EXCERPT = (
    "The Ledger's account of that spring is worth reading in full.\n\n"
    '"When the river rose in March, the bakery on Mill Lane was the first to flood. Its owner had '
    "lived above the shop for thirty years.\n\n"
    '"Ada Lund thought the warnings had come far too late. She was tired, certainly. Angry, perhaps.\n\n'
    "\u201cI never believed the water would reach the ovens,\u201d she said a week after the flood, "
    "standing in the gutted kitchen.\n"
)

RUN_ON = (
    "The hall was full long before the mayor stood up. Critics say the plan is too big.\n\n"
    "\u201cWe waited ten years for these homes. Families left because there was nowhere to live.\n\n"
    "\u201cThis plan brings them back,\u201d said the mayor, Ana Ruiz.\n"
)


def test_a_paragraph_opened_with_another_mark_is_not_the_cues(nlp):
    said = records(nlp, EXCERPT, "said")
    assert said, [(r.cue.text if r.cue else None, contents(r)) for r in records(nlp, EXCERPT)]
    assert all("Ada Lund thought" not in text for r in said for text in contents(r)), [contents(r) for r in said]
    assert any(text.startswith("I never believed the water") for r in said for text in contents(r))


def test_a_paragraph_opened_with_the_same_mark_runs_on_to_the_cue(nlp):
    said = records(nlp, RUN_ON, "said")
    assert len(said) == 1 and said[0].source is not None and said[0].source.text == "the mayor, Ana Ruiz", [
        (r.source.text if r.source else None, contents(r)) for r in said]
    joined = " ".join(contents(said[0]))
    assert "We waited ten years" in joined and "This plan brings them back" in joined
