"""Patterns of the thirty-sixth session (helper wD): the writer's own narration run on after a reported clause,
which the parser hung inside it, is no part of what was said (``narrated.narrated_end``): a clause with a subject
of its own in the narrative past after a report in a modal's tense or the present ('..., and the trail reopened at
9 a.m.'), an 'as' clause in another tense than the report's ('..., as her party struggled to X'), a time set
relative to the report ('..., hours after a gang claimed X'), the writer's advice in the imperative ('..., so bring
the old screws with you') and a participle that sets the report against another's ('..., contradicting the
police'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("The park's ranger told hikers the trail could reopen once the debris had been cleared, and the trail reopened "
     "at 9 a.m.", "told", "the trail could reopen once the debris had been cleared"),
    ("The school's principal told parents the lab could reopen once the vents had been repaired, and the lab "
     "reopened on Monday.", "told", "the lab could reopen once the vents had been repaired"),
    ("Mayor Ilse Brandt told volunteers on Sunday that she would \"finish the job\" next spring, as her party "
     "struggled to recover from a string of defeats.", "told", "she would \"finish the job\" next spring"),
    ("Two surveys published this month suggest the contest has tightened sharply, just as postal voting opened in "
     "four districts.", "suggest", "the contest has tightened sharply"),
])
def test_a_clause_in_the_writers_past_ends_the_report(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_time_set_relative_to_the_report_is_the_writers(nlp):
    text = ("The port authority said Friday that it was investigating an \"outage\" that had taken its booking portal "
            "and cargo systems offline, hours after a ransomware gang claimed on its blog that it had locked the "
            "port's servers.")
    said = records(nlp, text, "said")
    assert [contents(a) for a in said] == [[
        "it was investigating an \"outage\" that had taken its booking portal and cargo systems offline"]]
    # the gang's claim is no longer inside the authority's report
    assert [(contents(a), a.parent) for a in records(nlp, text, "claimed")] == [(["it had locked the port's servers"], None)]


@pytest.mark.parametrize("text, cue, content", [
    ("The manufacturer's own assembly guide notes that some compact models from the last decade need "
     "brand-specific screws, so bring the old screws to the store with you.", "notes",
     "some compact models from the last decade need brand-specific screws"),
    ("The city's recycling leaflet says that most plastic lids need separate bins, so keep them apart from the "
     "bottles.", "says", "most plastic lids need separate bins"),
])
def test_the_writers_advice_in_the_imperative_ends_the_report(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_participle_setting_the_report_against_anothers_is_the_writers(nlp):
    text = ("The militia denied on Sunday that it was behind an ambush that killed four soldiers near the border, "
            "contradicting the police, who had blamed the group.")
    assert [contents(a) for a in records(nlp, text, "denied")] == [
        ["it was behind an ambush that killed four soldiers near the border"]]


@pytest.mark.parametrize("text, cue, content", [
    # the same tense: the speaker's reason
    ("Officials said the market is calm, as prices are steady.", "said", "the market is calm, as prices are steady"),
    # a modal's second verb, no imperative
    ("The trainer said runners should rest after long races and drink more water.", "said",
     "runners should rest after long races and drink more water"),
    # inside a quotation the advice is the speaker's own
    ("\"Older boilers need a particular valve, so bring the old one to the shop with you,\" the fitter said.", "said",
     "Older boilers need a particular valve, so bring the old one to the shop with you"),
    # a participle of what the event made of it: PolNeAR keeps most of these in the content
    ("The agency said the recall would cover 40,000 cars, making it the largest of the year.", "said",
     "the recall would cover 40,000 cars, making it the largest of the year"),
])
def test_the_report_keeps_what_is_no_narration(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_quoted_they_is_not_the_last_body_that_spoke(nlp):
    text = ("Senator Ruth Calloway told supporters on Friday that she would \"carry the valley\" in May, as her "
            "campaign tried to recover from a week of poor polling.\n\n"
            "\"They told us the valley was lost,\" Calloway said. \"They told us farmers had stopped listening.\"")
    told = [a for a in records(nlp, text, "told") if a.parent is not None]
    assert told and all(a.speaker is None or "campaign" not in a.speaker for a in told)
