"""Patterns of the forty-second session (helper probes7), from passages written in the genres of the
tool's main users: humanitarian situation reports, human-rights reports, UN and diplomatic
statements, military briefings, parliamentary debate, election coverage and statistics releases.

A report noun that is the subject of a verb with an object of its own is that verb's source, not a
cue whose content is the verb's 'of' phrase ('A report by a rights group accuses police of X':
``nouns._report_content``; 'Reports have emerged of X' stays a report). The headings of a report's
summary ('Key figures:', 'Highlights:', 'Main findings:') label the line, no one who speaks
(``line_labels.txt``). A verb of showing after a participle's agent that the parser read as a noun of
the agent's phrase is read again without the phrase ('Figures released by the ministry show X':
``released_by``). A body that documents what it found reports it, as one that records it does
('The group documented 38 attacks': ``stance_verbs.txt``). A medium ending an object content is where it
was said however deep the parser hung it ('claimed responsibility for the ambush in a statement':
``spoken_at``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source", [
    ("A new report by a monitoring group accuses the police of beating prisoners in two jails.", "accuses",
     "A new report by a monitoring group"),
    ("A report from the watchdog accuses the ministry of hiding flood deaths.", "accuses", "A report from the watchdog"),
])
def test_a_report_that_accuses_is_the_source_not_a_cue(nlp, text, cue, source):
    found = records(nlp, text)
    assert [r.cue.text for r in found if r.cue is not None] == [cue]
    assert found[0].source is not None and found[0].source.text == source


def test_reports_that_emerge_of_something_stay_a_report(nlp):
    (found,) = records(nlp, "Reports have emerged of mass arrests in the capital.", "Reports")
    assert contents(found)[0].startswith("mass arrests")


@pytest.mark.parametrize("text", [
    "Key figures: 1.8 million displaced; 420,000 in shelters; 900 schools closed.",
    "Highlights: water rations were cut by a third in the northern sites.",
    "Main findings: most families in the survey had sold their livestock.",
])
def test_a_summary_heading_is_no_source(nlp, text):
    assert records(nlp, text) == []


def test_a_possessor_before_a_colon_still_speaks(nlp):
    (found,) = records(nlp, "The agency's findings: most families in the survey had sold their livestock.")
    assert found.source is not None and found.source.text == "The agency's"


@pytest.mark.parametrize("text, source, content", [
    ("Figures released by the statistics bureau show unemployment rose to 6.3 percent in the spring.",
     "Figures released by the statistics bureau", "unemployment rose to 6.3 percent in the spring"),
    ("Statistics released by the police show that reported thefts fell by a fifth.", "Statistics released by the police",
     "reported thefts fell by a fifth"),
    ("Numbers compiled by the monitoring group show a sharp rise in attacks on clinics.",
     "Numbers compiled by the monitoring group", "a sharp rise in attacks on clinics"),
])
def test_a_verb_of_showing_after_a_participles_agent_is_a_verb(nlp, text, source, content):
    (found,) = records(nlp, text, "show")
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


def test_a_noun_after_an_agent_stays_a_noun(nlp):
    found = records(nlp, "The tents donated by the charity show signs of wear after the storm.")
    assert all(r.cue is None or r.cue.text != "show" for r in found)


@pytest.mark.parametrize("text, source, content", [
    ("The monitoring group documented 38 attacks on schools in the first half of the year.", "The monitoring group",
     "38 attacks on schools"),
    ("Investigators documented that prisoners had been denied water for days.", "Investigators",
     "prisoners had been denied water for days"),
])
def test_a_body_that_documents_reports_it(nlp, text, source, content):
    (found,) = records(nlp, text, "documented")
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


def test_a_documented_thing_is_no_report(nlp):
    assert records(nlp, "Thousands of documented workers were sent home from the farms.") == []


@pytest.mark.parametrize("text, cue, content", [
    # (the remark noun and its preposition join the cue, remark_topics.py: session 48)
    ("The militia claimed responsibility for the ambush in a statement on social media.", "claimed responsibility for",
     "the ambush"),
    ("The ministry confirmed the deaths of two aid workers in a statement.", "confirmed", "the deaths of two aid workers"),
])
def test_a_medium_ending_an_object_content_is_where_it_was_said(nlp, text, cue, content):
    (found,) = records(nlp, text, cue)
    assert contents(found) == [content]


def test_a_phrase_with_in_inside_an_object_content_stays(nlp):
    (found,) = records(nlp, "The minister admitted mistakes in the handling of the floods.", "admitted")
    assert contents(found) == ["mistakes in the handling of the floods"]
