"""Generalisation check of the sixty-first session on humanitarian, conflict and disaster reporting (helper N):
thirty-three short articles (``probe_crisis_61``) with UN agencies, charities, ministries of health, civil defence
agencies and conflict monitors as sources, each side's claims, 'claimed responsibility', 'denied involvement',
reports and satellite images, displaced people named by a first name only, quotes through an interpreter or to
state television, warnings, appeals and tolls updated over days, each report with its hand-written gold (a word of
the cue, the source, the first content), the lines that report nothing (narration, figures with no source, map
captions, headings, 'could not be independently verified', 'aid convoys reached the town') and the speakers of
pronouns. Every sentence is written for the test.

Counted before this pass (main at 934e332) on the first thirty-one articles (written before any mend): reports 85 of
87 right (a wrong source 1, a content cut wrong 1, none missed), lines that report nothing 76 of 77 (one line
reported), speakers 5 of 5. Mended: a body's name right after the kind of body it is, which the parser read as a
second subject of the verb when its last word looks like a common noun, is the kind's apposition ('The charity
Harvest Aid said X', 'The agency Relief Partners told X'; the source was the name alone, ``doubled_subjects``), and
'withdraw' with people for its object pulls them out of a place and reports nothing ('The charity has withdrawn its
staff to the provincial capital', ``taken_objects.txt``). After: reports 86 of 87, lines 77 of 77, speakers 5 of 5.
Probed beside the set and mended: a news outlet's own failed check is no report ('Reuters could not immediately
confirm the number of casualties', ``outlet_checks``; the passive and 'independently' were silent already), and a
participle on the subject read as the verb before 'show' with a thing shown ('Video shared online shows smoke over
the bridge', 'Photos posted online show two spans in the river', ``shown_objects``). The two articles written for
them gave reports 4 of 6 and lines 3 of 4 before, 6 of 6 and 4 of 4 after. None of the four mends changes a record
on PolNeAR train or dev (political news has none of these shapes).
Conventions followed as PolNeAR has them: 'claimed responsibility for X' is a report of X with the cue 'claimed
responsibility for' (PolNeAR's 'Islamic State claimed responsibility for the attack'), 'warned of X' of the noun
phrase, and a headline's 'X, says agency' or 'Rights group records abuse' is a report of its own (kept, no gold);
'appealed for $40m' stays no report (tried before, PolNeAR train has no 'appealed for')."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_crisis_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("delta_floods", "said", "the UN's humanitarian office (OCHA)"):
        "'Floodwaters have cut off at least 60 villages in the lower Sarro delta, the UN's humanitarian office (OCHA)"
        " said': the parser reads the fronted clause's object as the subject of 'said' and the office as an apposition"
        " of 'delta'; the same shape with other verbs, places and bodies is read right (no class to mend)",
}

(parsed, test_a_report_of_crisis_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 33 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a body's name after the kind of body, read as a second subject (``doubled_subjects``)
    ("The charity Harvest Aid said that nearly half the herds had died.", "said", "The charity Harvest Aid",
     "nearly half the herds had died"),
    ("The agency Relief Partners told reporters the camp was full.", "told", "The agency Relief Partners",
     "the camp was full"),
    ("The aid agency Relief Partners said it would send more tents.", "said", "The aid agency Relief Partners",
     "it would send more tents"),
    # and the person's name after a role, as before
    ("The nurse Maria Lopez said the ward was full.", "said", "The nurse Maria Lopez", "the ward was full"),
])
def test_a_body_named_after_its_kind(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "The charity has withdrawn its staff to the provincial capital.",
    "The UN has withdrawn its international staff from the region.",
])
def test_people_withdrawn_from_a_place_report_nothing(nlp, text):
    assert top(nlp, text) == []


def test_support_withdrawn_is_still_a_report(nlp):
    text = "The senator withdrew his early support for the bill."
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None] == ["withdrew"]


@pytest.mark.parametrize("text", [
    "The Associated Press could not confirm the figures.",
    "Reuters could not immediately confirm the details.",
    "AFP was unable to confirm the toll.",
    "We could not confirm the account.",
])
def test_an_outlets_failed_check_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The ministry confirmed the deaths.", "confirmed", "The ministry", "the deaths"),
    ("Reuters confirmed that the talks had collapsed.", "confirmed", "Reuters", "the talks had collapsed"),
])
def test_a_confirmation_is_still_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a participle on the subject read as the verb, 'show' its second verb, object or compound (``shown_objects``)
    ("Video posted on social media shows fighters in the town square.", "shows", "Video posted on social media",
     "fighters in the town square"),
    ("Video shared online shows smoke rising from the ferry terminal.", "shows", "Video shared online",
     "smoke rising from the ferry terminal"),
    ("Photos posted online show two spans of the bridge in the river.", "show", "Photos posted online",
     "two spans of the bridge in the river"),
    # and a clause shown, as before (``participle_roots``)
    ("Photos posted online show the bridge had cracked.", "show", "Photos posted online", "the bridge had cracked"),
])
def test_footage_posted_online_shows_a_thing(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", ["Fans bought show tickets online.", "Residents queued for hours online."])
def test_show_as_a_noun_after_a_past_verb_is_no_cue(nlp, text):
    assert top(nlp, text) == []


def test_shows_with_an_aim_after_them_keep_their_subject(nlp):
    text = "The mayor and her deputy appeared on morning news shows to defend their budget."
    assert [r.source.text for r in top(nlp, text) if r.source is not None] in ([], ["The mayor and her deputy"])
