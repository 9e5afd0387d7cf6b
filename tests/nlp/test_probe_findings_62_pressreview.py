"""Generalisation check of the sixty-second session on press reviews and media round-ups (helper S): twenty-eight
short articles (``probe_pressreview_62``) in which outlets report, state media quote officials, front pages and
headlines speak, editorials argue, foreign papers are translated and newsletters quote other papers, each report
with its hand-written gold (a word of the cue, the source, the first content), the lines that report nothing
(outlet descriptions, circulation figures, headlines set as titles, bylines, 'Here is what the papers say'
headings, narration) and the speakers of pronouns and titled names. Every sentence is written for the test.

Counted before this pass (main) on the first twenty-five articles (written before any mend): reports 55 of 61
right (missed 3, a wrong source 1, a content cut wrong 2), lines that report nothing 39 of 42, speakers 6 of 6.
Mended: a phrase set off by a comma that the parser hung as an apposition on the noun before it, right before a
finite verb with no subject, is that verb's subject ('Rebels have taken the airfield at Dorsa, the group's media
wing said', ``apposed_subjects``). After: reports 56 of 61, lines 39 of 42,
speakers 6 of 6. The three articles written next, to probe the mended shape in other words, gave reports 6 of 7
before and after (the parser read those right), lines 3 of 3, speakers 1 of 1.
Conventions followed as PolNeAR has them: 'denied a report in X that Y' holds the whole noun phrase as its content
(as 'dismissed a report in Politico that X' in train), a headline that 'reads:' or 'screamed' is a source, and
'X quoted Y as saying Z' is X's report of 'Y as saying Z' (PolNeAR train, 5 of 5; Y's report until the seventieth
pass, whose ``relayed_reports`` follows train and whose gold here was changed to it)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_pressreview_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: why a subject the parser hung as an apposition is listed
_APPOSED = ("'X at Dorsa, the group's media wing said': the parser hangs the subject set off by a comma on the noun"
            " before it as an apposition and the verb has no subject; a mend of this shape (train +3 right) took the"
            " name for the subject in 'its owner, Nordmet, said' and 'Save Our Meadow, a residents' group, said' in"
            " earlier sets, and was left out")

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("citing_unnamed", "reported", "the business daily Finanzbote"):
        "'X, the daily Y, citing unnamed officials, reported': the parser hangs the outlet on the content's last"
        " noun and 'reported' on 'officials' as a modifier; the report is lost (2 such in train)",
    ("agency_carried", "saying", "a statement from the ruling council"):
        "'carried a statement from the council saying X': the source stops at 'a statement', the 'from' phrase left"
        " out",
    ("broadcaster_website", "said", "The broadcaster RTV Nord"):
        "'the quiz show Brain Race': the parser reads 'show' as a verb, which splits the content",
    ("german_weekly", "told", "Volkhardt chief executive Ingrid Baumann"):
        "'told the German weekly Die Woche that X': the parser reads the German article 'Die' as a verb holding the"
        " clause (no outlet so named in train)",
    ("trailing_wing", "said", "A defence ministry official, speaking on condition of anonymity"):
        "a participle phrase set off by commas after the subject is left out of the source (PolNeAR's sources are"
        " maximal; no such phrase among train's sources)",
    ("not_verified", "said", "the group's media wing"):
        _APPOSED,
    ("tabloid_claims", "denied", "Pop singer Mara Quinn"):
        "'denied a report in X that Y': the content is the clause alone, PolNeAR holds the whole noun phrase",
}
#: lines that report nothing but are still shown: (article, line) -> why
STILL_SHOWN = {
    ("state_tv_quoted", "The channel showed the minister touring a grain elevator near Kastel."):
        "'showed X doing Y' of footage reads as 'polls showed X leading', which PolNeAR marks",
    ("editorial_argued", "The Gazette has backed the opposition at every election since 1990."):
        "'has backed' an evaluation cue as in 'has backed the bill'",
    ("headline_title", "'Farewell, old friend': how the papers marked the ferry's last voyage"):
        "a headline opened by a quotation and a colon reads as a colon label with the quotation its source",
}

(parsed, test_a_report_of_the_press_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, test_a_line_still_shown,
 test_a_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a source set off by a comma after the content's last noun
    ("Troops have left the border post at Vessa, the army's press office said on Monday.", "said",
     "the army's press office", "Troops have left the border post at Vessa"),
    pytest.param("The firm opened the clinic to serve the valley, a spokesman, Tomas Ebbe, said on Friday, and it will"
                 " open another next year.", "said", "a spokesman, Tomas Ebbe",
                 "The firm opened the clinic to serve the valley", marks=pytest.mark.xfail(strict=True, reason=_APPOSED)),
    # on the noun of a phrase opening the sentence, with an age after the name
    ("As part of the settlement, Ivo Brant, 51, said that he had sold the files.", "said", "Ivo Brant, 51",
     "he had sold the files"),
])
def test_a_subject_set_off_by_commas(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there
