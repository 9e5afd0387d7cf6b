"""Generalisation check of the sixty-first session on obituaries, tributes and anniversaries (helper T): twenty-two
short pieces (``probe_tributes_61``) with a headline, a death announced by a publisher, an office, a band's post or a
family ('said in a statement announcing her death that X', 'has died at 58, the band said in a post announcing the
news', 'His family said he died peacefully'), tributes ('calling her "X"', 'described him as "Y"', 'Co-stars
remembered him as Z', 'Colleagues remember him as', 'a longtime friend recalled', 'expressed deep sadness at the
news', 'expressed their gratitude'), the dead person's own words from long ago ('she once told a student magazine',
'He told an interviewer in 1987 that X', 'As he liked to say, Y', 'She often said that Z'), last words, books of
condolence, the dead person as 'he' or 'she' across paragraphs while mourners of either gender speak, and
anniversary pieces ('Ten years on, survivors of the flood say X'); between them life narration, careers, titles of
books, albums and films, nicknames, 'survived by' and funeral arrangements. Every sentence is written for the test.

Counted before this pass (main at 0df84c7): reports 69 of 77 right (missed 3, a content end wrong 5, no wrong source),
lines that report nothing 63 of 65 (a false report 2), speakers 14 of 17 (two of the three wrong with no report at
all). Mended: a habit of saying set aside in an 'as' clause is one cue with the sentence around it its content ('As he
liked to say, X', 'X, as she used to say, Y': ``habit_asides``; before, 'liked' took 'to say' for its content and
'used' gave nothing); 'laureate' is a role ('The poet laureate, Owen Prys, called her "X"' was dropped for a subject
that could not speak); a textbook, a cookbook, a novella, an anthology or a symphony written is a thing made, no
content ('He wrote four textbooks': ``artefact_nouns.txt``); an album, a single or a track recorded is a work made, no
figure or words ('She recorded three albums with the trio': ``taken_objects.txt``, '+record'). After: reports 72 of 77
(no miss), lines 65 of 65, speakers 14 of 17 (the two reports found now name the mourner quoted last).
Conventions followed as PolNeAR has them (counted on train): 'described X as Y' is a cue with 'X as Y' its content
(11 of 11), 'calling X Y' with 'X Y' (90 of 135 'calling X' marked), 'remembered X as Y' and 'expressed' with a noun
phrase are cues; 'offer condolences' is not marked (2 of 2) and 'paid tribute to' only about half the time (3 of 7),
so both are left unjudged, as are an epitaph's 'reads:' and 'ordered flags lowered'."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_tributes_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("mayor", "described", "The current mayor, Peter Lindgren"):
        "'described her as \"X\"': a quotation opening right after 'as' is the content alone and the object joins the"
        " cue, as the seed gold's guidelines have it (``described``); PolNeAR keeps 'her as' in the content, and its"
        " matching counts both right",
    ("runner", "described", "The athletics federation"): "as in 'mayor': 'described him as \"X\"'",
    ("president", "expressed", "The prime minister"):
        "'expressed deep sadness at the news': the feeling joins the cue and the news is the content (39 of 43"
        " 'expressed' records right on PolNeAR train as they are)",
    ("organiser", "told", "He"):
        "'that he had been arrested 14 times \"and remembered every jail by its food\"': the content is cut before"
        " the quoted second verb, a belief verb of its own (no such shape on PolNeAR train)",
    ("chef", "said", "Her son Marco"):
        "'she died at home, \"with the sauce still on the stove\"': a quoted phrase after a comma is a content of its"
        " own (quotation grouping changes did not pay)",
}
#: speakers still wrong: (article, source) -> why (the three once here mended in the seventieth pass: in a story of a
#: death, 'As he liked to say, X' after a quotation of a man who played for him, the chef's 'As she liked to say' and
#: 'In a 1987 interview he told the BBC X' after 'His agent said' are the one who died's, ``habit_speakers``)
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_each_tribute_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 22 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a habit of saying set aside in an 'as' clause (``habit_asides``)
    ("As she used to say, nobody ever drowned in sweat.", "used to say", "she", "nobody ever drowned in sweat"),
    ("As the old keeper liked to say, the sea keeps its own calendar.", "liked to say", "the old keeper",
     "the sea keeps its own calendar"),
    ("As he loved to tell visitors, the orchard was older than the town.", "loved to tell", "he",
     "the orchard was older than the town"),
    # and the form with a clause of its own, unchanged (``wrapped``)
    ("He liked to say that every loaf is a small argument.", "liked to say", "He", "every loaf is a small argument"),
    # a poet laureate speaks (``role_nouns.txt``)
    ("The poet laureate called the collection \"a quiet triumph\".", "called", "The poet laureate",
     "the collection \"a quiet triumph\""),
])
def test_a_shape_of_the_tributes(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "She wrote three textbooks and a cookbook.",  # things made (``artefact_nouns.txt``)
    "He composed a symphony for the town's centenary.",
    "She recorded three albums with the trio.",  # works recorded (``taken_objects.txt``)
    "He recorded the song in Memphis in 1961.",
])
def test_no_report_in_a_life_told(nlp, text):
    assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in top(nlp, text)] == []
