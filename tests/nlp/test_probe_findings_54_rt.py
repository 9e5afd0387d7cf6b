"""Red team of the fifty-fourth session on written text (helper rt): fourteen short articles in topics and
registers the earlier probes left out (``probe_articles_54``: a chess tournament, a vaccine trial readout, a
city budget hearing, a tenants' rent strike, question time, a museum repatriation, a zoo birth, a data
protection fine, a marathon in a heatwave, fishing quota talks, an orchestra merger, an airport noise inquiry,
a ferry timetable row and exam results day), with the rarer reporting forms ('conceded', 'insisted',
'cautioned', 'went on to say', 'was quoted as saying', 'in remarks to', 'a filing shows', 'sources close to',
"X's view is that", a nested 'told reporters that X had said', guillemets and single curly quotes).

What they showed wrong: a right or a means open to anyone of a kind, 'Students can ask their school to
request a review', 'Passengers can claim compensation', read as a request made (``entitlements``). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_54 import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize("text", [
    "Passengers can claim compensation if their train is more than an hour late.",
    "Parents can ask the school for a meeting with the head teacher.",
    "Anyone with information can call the police on the usual number.",
    "Voters can ask for a postal ballot until Friday.",
    "Pupils unhappy with their marks can ask their college to request a second marking.",
    "Tenants who disagree can ask for a review within a month.",
    "Any resident may request a copy of the survey.",
    "Customers can demand a full refund under the new rules.",
])
def test_a_right_open_to_anyone_of_a_kind_is_no_request(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a body or a person named, an option the news reports
    ("The union can ask its members to strike again.", "ask", "The union", "its members to strike again"),
    ("Ms Hale can ask for a recount.", "ask for", "Ms Hale", "a recount"),
    ("Democrats can demand a recount.", "demand", "Democrats", "a recount"),
    # a clause of words after the verb still reports
    ("Critics may argue that the budget is too timid.", "argue", "Critics", "the budget is too timid"),
    ("Voters can ask why the tax went up.", "ask", "Voters", "why the tax went up"),
    # a view one cannot hold, negated
    ("Rival traders cannot claim the same.", "claim", "Rival traders", "the same"),
    # no modal: a request made
    ("Passengers asked for refunds.", "asked for", "Passengers", "refunds"),
])
def test_a_named_party_a_clause_said_or_a_request_made_still_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The goalkeeper conceded that he had misjudged the cross.", "conceded", "The goalkeeper", "he had misjudged the cross"),
    ("The landlord insisted that the boiler had been serviced.", "insisted", "The landlord", "the boiler had been serviced"),
    ("Doctors cautioned that the results were early.", "cautioned", "Doctors", "the results were early"),
    ("The captain went on to say that the pitch had been poor.", "say", "The captain", "the pitch had been poor"),
    ("The curator was quoted as saying that the vase was a copy.", "saying", "The curator", "the vase was a copy"),
    ("A filing with the court shows that the firm owes 3 million pounds.", "shows", "A filing with the court",
     "the firm owes 3 million pounds"),
    ("Sources close to the board said the chairman would step down.", "said", "Sources close to the board",
     "the chairman would step down"),
    ("The coach's view is that the squad is too thin.", "view", "The coach's", "the squad is too thin"),
    ("\u00ab We will not sell the hall \u00bb, said the club's treasurer, Ana Pires.", "said",
     "the club's treasurer, Ana Pires", "We will not sell the hall"),
    ("\u2018The lift has been broken since May,\u2019 one resident said.", "said", "one resident",
     "The lift has been broken since May"),
])
def test_the_rarer_forms_the_articles_used(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_nested_report_told_to_reporters_is_held_by_the_telling(nlp):
    text = "The mayor told reporters that the governor had said the money was coming."
    assert found_report(top(nlp, text), "told", "The mayor", "the governor had said the money was coming")[0]
    assert found_report(records(nlp, text), "said", "the governor", "the money was coming")[0]
