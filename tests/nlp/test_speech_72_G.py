"""Speech reports that are not there, from the seventy-second pass's reading of PolNeAR train's predicted
speech records that match no gold record (helper G: neither the cue nor the content touches one).

Of the 265 such records on train (of 11,021 speech records predicted), most are reports PolNeAR's
annotators left unmarked: 110 stand in a paragraph with no annotation at all, and the shapes of the rest
are marked elsewhere in train more often than not (a report in a relative clause inside another
report's source, 46 right to 28 wrong; a negated cue with a noun phrase for content, 'did not mention X',
54 right to 25 wrong; a Title-Cased headline's report, 57 right to 20 wrong; 'asked about X' with no
source; poll respondents, 'voters who say X'; a cue with a bare noun phrase for content), so no rule on
them reaches two right records for each one lost. The mends here are four misreadings, measured
together on train: six wrong speech records fewer, no right record lost (speech P 0.8808 -> 0.8813), dev
unchanged record for record:

- a region's plural noun 'states' between the region's name and a list of places, which the parser read
  as a verb of saying ('Lake Belt states North Dalvia and East Kerrow all backed X': ``place_plurals.py``);
- a reporting tail whose verb is a cue only with a clause and whose object it holds ('X; on Friday, Ostrel
  and Dalvia hold caucuses with 75 seats in play': the caucuses read as the ones told,
  ``reporting_tails._said_to``);
- a verb of talking with a clause the parser hung on it, another sentence's read across a dash or a
  title in quotation marks ('X - she talks to anyone who asks - and Y': ``talk_clauses.py``);
- a misread headline verb whose subject names no one ('No single road points to victory for Vell'),
  which the pronoun put for the subject hid from ``mute.holds_nothing`` (``headline_subjects``).

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest
from probe_records import top


@pytest.mark.parametrize("text", [
    "Back in 1996, Lake Belt states North Dalvia, East Kerrow and New Tessany all backed the governor.",
    "The Gulf states North Varnia and New Ostrel have agreed to the plan.",
    "Battleground states North Dalvia and New Tessany will decide the race.",
])
def test_a_regions_plural_noun_before_its_places_is_no_cue(nlp, text):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None and r.cue.text == "states"] == []


@pytest.mark.parametrize(("text", "source"), [
    ("Mr. Kell states North Dalvia and New Tessany will pay.", "Mr. Kell"),
    ("The ministry states that North Dalvia and New Tessany will pay.", "The ministry"),
    ("Ms. Orrin states North Dalvia will decide the race.", "Ms. Orrin"),
])
def test_one_who_states_a_clause_about_places_still_reports(nlp, text, source):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "states"]
    assert len(found) == 1 and found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize("text", [
    "On Monday, members vote in Varnia, Holm and Tessin, with 90 seats on offer; on Friday, Ostrel, Kerrow and "
    "Dalvia hold caucuses with 75 seats in play.",
])
def test_a_clause_verb_holding_its_object_is_no_reporting_tail(nlp, text):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None] == []


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("The tenancy was void, the court held.", "held", "the court"),
    ("The river will peak overnight, the agency told residents.", "told", "the agency"),
    ("The river will peak overnight, the agency warned residents.", "warned", "the agency"),
])
def test_a_reporting_tail_with_whom_it_was_said_to_stays(nlp, text, cue, source):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert len(found) == 1 and found[0].source is not None and found[0].source.text == source


_BODY = "\n\nThe council met on Monday to discuss the plan. Members spoke for an hour.\n"


@pytest.mark.parametrize("headline", [
    "No single road points to victory for Vell.",
    "No easy road points to victory for Vell.",
])
def test_a_misread_headline_verb_whose_subject_names_no_one_is_no_cue(nlp, headline):
    assert [r.cue.text for r in top(nlp, headline + _BODY) if r.cue is not None and r.cue.start < len(headline)] == []


def test_a_misread_headline_verb_with_a_name_for_subject_stays(nlp):
    found = [r for r in top(nlp, "Reyes talks to reporters about ferry fares." + _BODY) if r.cue is not None]
    assert [(r.cue.text, r.source.text if r.source else None) for r in found] == [("talks", "Reyes")]


@pytest.mark.parametrize("text", [
    "Ms. Vell is generous with her time - she talks to anyone who asks - and is both shrewd and blunt.",
    "Ms. Vell is patient with voters - she speaks to every group in town - and is hard to rattle.",
    "The Courier spoke with Ms. Vell on its weekly podcast, \"Well, That Went Badly.\"",
])
def test_a_verb_of_talking_takes_no_clause(nlp, text):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None] == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Ms. Vell spoke about the ferry fares at the meeting.", "spoke about", "the ferry fares"),
    ("Mr. Hale spoke of leaving the council.", "spoke of", "leaving the council"),
])
def test_a_verb_of_talking_keeps_its_topic(nlp, text, cue, content):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert len(found) == 1 and found[0].contents[0].text.startswith(content)
