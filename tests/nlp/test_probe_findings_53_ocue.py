"""Patterns of the fifty-third session (helper ocue, a second report taken into the first's content;
``deep_reports``): the same speaker's next report that the parser hung deep inside the first report's
content, a past after ', and' joined to a verb two clauses down, or a participle of saying after 'and'
under a cue participle joined to a gerund or a noun inside what that participle reports, is a report of
its own with the first report's speaker, and the first content ends before it. Near misses stay one
report: a participle under a cue of another form (what someone is accused of), a past with no comma
before its 'and', a conjunct with a subject of its own. Every sentence is written for the test, in
several genres (sport, unions, city hall, courts, schools)."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize("text, first_cue, first, second_cue, second, source", [
    ("The union said the offer was a sign that the company did not understand what workers needed, "
     "and urged members to reject it.", "said", "the offer was a sign that the company did not understand what workers needed",
     "urged", "members to reject it", "The union"),
    ("The coach said the ruling was proof that the league did not know what it was doing, "
     "and accused the referees of protecting the big clubs.", "said",
     "the ruling was proof that the league did not know what it was doing", "accused",
     "the referees of protecting the big clubs", "The coach"),
    ("The senator is noting the delays the agency had in answering letters and saying it could not "
     "explain its own budget.", "is noting", "the delays the agency had in answering letters", "saying",
     "it could not explain its own budget", "The senator"),
    ("The coach has defended the striker, saying he has been a leader in training young players and calling "
     "him \"the heart of the club.\"", "saying", "he has been a leader in training young players", "calling",
     "him \"the heart of the club.\"", "The coach"),
    ("He only hinted at the rival by mentioning the need for a new stadium near the river and adding, "
     "\"I know who should pay for it.\"", "mentioning", "the need for a new stadium near the river", "adding",
     "I know who should pay for it", "He"),
])
def test_a_second_report_hung_deep_stands_apart(nlp, text, first_cue, first, second_cue, second, source):
    found = top(nlp, text)
    ok, shown = found_report(found, first_cue, source, first)
    assert ok, shown
    ok, shown = found_report(found, second_cue, source, second)
    assert ok, shown


@pytest.mark.parametrize("text, cue, content", [
    ("The lawyer accused him of breaking the rules and saying nothing about it.", "accused",
     "him of breaking the rules and saying nothing about it"),
    ("The principal said the board had ignored the parents and refused to meet them.", "said",
     "the board had ignored the parents and refused to meet them"),
])
def test_a_near_miss_stays_one_report(nlp, text, cue, content):
    found = top(nlp, text)
    assert [contents(r) for r in found if r.cue is not None and r.cue.text == cue] == [[content]], [
        (r.cue.text if r.cue else None, contents(r)) for r in found]
