"""Sentence starts at line breaks, set before the parser (``sourcebook_lines``)."""

from __future__ import annotations

from sourcebook.nlp.components.lines import starts_sentence


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_the_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("sourcebook_lines") < names.index("parser")


def test_a_headline_is_its_own_sentence(nlp):
    text = "Shelters fill as families wait to go home\n\nAround 600 people spent the night in the town hall."
    assert sentences(nlp, text) == ["Shelters fill as families wait to go home",
                                    "Around 600 people spent the night in the town hall."]


def test_a_headline_keeps_its_figure_apart_from_the_paragraph(nlp):
    text = "Ferry strike strands 300 travellers\n\nThe union said 40 crew members walked out on Monday."
    figures = {f.span.text: f for f in nlp(text)._.sourcebook_figures}
    assert figures["300"].sentence.text == "Ferry strike strands 300 travellers"


def test_hard_wrapped_prose_keeps_its_sentences(nlp):
    text = ("The river fell overnight, and the water board said\nit would reopen the two roads along "
            "the bank\nby the end of the week.")
    assert sentences(nlp, text) == [text]


def test_single_line_breaks_decide_by_the_lines_around_them():
    text = "Prices rose.\nSales fell,\nand stocks, too\nThe index"
    assert starts_sentence(text, 12, 13, False)  # after a full stop
    assert not starts_sentence(text, 24, 25, False)  # after a comma the line runs on
    assert starts_sentence(text, 40, 41, False)  # a capital after a line that does not run on
    assert starts_sentence("a\n\nb", 1, 3, True)  # a blank line always


def test_the_headline_reparse_stops_at_the_same_extractors_the_pipeline_adds():
    from sourcebook.nlp.attribution.build import EXTRACTORS
    from sourcebook.nlp.factories import PIPELINE_ORDER

    assert EXTRACTORS == PIPELINE_ORDER


def test_a_lines_first_word_is_no_sentence_of_its_own(nlp):
    # the parser split after 'Rangemoor', and the report lost the club's name
    text = ("Striker's transfer collapses after failed medical\n\nRangemoor United's record signing of striker "
            "Luca Ferraz collapsed on Friday after the player failed a medical, the club confirmed.")
    assert sentences(nlp, text)[1].startswith("Rangemoor United's record signing")
    confirmed = [a for a in nlp(text)._.sourcebook_attributions if a.cue is not None and a.cue.text == "confirmed"]
    assert [c.text for c in confirmed[0].contents][0].startswith("Rangemoor United's")
