"""Patterns of the fifty-second session (helper accord, an audit of the framing phrases that name a source,
the 'according to' family): a noun of view with 'by' and 'in' ('By her own admission, X', 'by the union's
reckoning, X', 'in his telling, X'), with 'from' ('From the farmers' perspective, X') and with 'to' ("To the
coach's mind, X"; ``view_nouns.txt``); an 'as ... put it' aside whose name the parser hung on the 'as' or
that names whom it was said to ('As Ana Ruiz, a professor of law, put it, X', 'put it in a memo to staff');
a sentence opened by 'Reportedly,'; a frame of someone's account ('If the airline is to be believed, X',
``framed_accounts.py``). Not 'in view of X', 'according to plan', 'per capita', 'as it were', nor 'put it
to the test'. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("By his own admission, the driver had not slept for a day.", "By his own admission", "his",
     "the driver had not slept for a day"),
    ("By the union's reckoning, 300 jobs are at risk.", "By the union's reckoning", "the union", "300 jobs are at risk"),
    ("In the union's reckoning, 300 jobs are at risk.", "In the union's reckoning", "the union", "300 jobs are at risk"),
    ("By the auditor's estimation, the scheme lost millions.", "By the auditor's estimation", "the auditor",
     "the scheme lost millions"),
    ("In his telling, the police arrived late and left early.", "In his telling", "his",
     "the police arrived late and left early"),
    ("To the coach's mind, the referee cost them the game.", "To the coach's mind", "the coach",
     "the referee cost them the game"),
    ("From the farmers' perspective, the new rules are unworkable.", "From the farmers' perspective", "the farmers",
     "the new rules are unworkable"),
    ("From the perspective of the nurses, the new rota is unsafe.", "From the perspective of", "the nurses",
     "the new rota is unsafe"),
    ("She hired him because, in her words, he knows how to fix it.", "in her words", "her", "he knows how to fix it"),
])
def test_a_phrase_of_view_names_its_holder(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("As the bank's chief executive, Tom Reyes, put it in his memo to staff, ''We are no longer the small player.''",
     "put it", "the bank's chief executive, Tom Reyes", "We are no longer the small player"),
    ("As Ana Ruiz, professor of law at Leeds and author of ''The Long Court,'' put it, ''the senate should take the "
     "deal now.''", "put it", "Ana Ruiz, professor of law at Leeds and author of ''The Long Court,''",
     "the senate should take the deal now"),
    ("As the coach put it to reporters, the team simply ran out of ideas.", "put it", "the coach",
     "the team simply ran out of ideas"),
])
def test_an_as_aside_of_put_it(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, content", [
    ("Reportedly, the airline is in talks to buy two smaller rivals.", "the airline is in talks to buy two smaller rivals"),
    ("Reportedly, the striker made rude gestures at fans and was fined by the club.",
     "the striker made rude gestures at fans and was fined by the club"),
])
def test_a_sentence_opened_by_reportedly(nlp, text, content):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "Reportedly"]
    assert [(r.source, [c.text for c in r.contents]) for r in found] == [(None, [content])]


@pytest.mark.parametrize("text, cue, source, content", [
    ("If the company is to be believed, the fault was fixed within hours.", "is to be believed", "the company",
     "the fault was fixed within hours"),
    ("The fault was fixed within hours, if the company is to be believed.", "is to be believed", "the company",
     "The fault was fixed within hours"),
    ("If the polls are to be believed, the race is a dead heat.", "are to be believed", "the polls",
     "the race is a dead heat"),
])
def test_a_frame_of_someones_account(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "In view of the weather, the match was postponed.",
    "In view of the risks, the bank held rates.",
    "From the perspective of cost, the plan makes little sense.",
    "From a legal standpoint, the contract is void.",
    "The idea came to his mind during the flight.",
    "The museum charges no admission, by the way.",
    "The trains ran according to plan.",
    "Income per capita rose by 3 per cent.",
    "The village was, as it were, frozen in time.",
    "As she put it on the shelf, the phone rang.",
    "As he put it to the test, the engine failed.",
    "He came to hear her tell it.",
    "They went to hear him tell the story of the flood.",
    "The councillor allegedly took bribes from builders.",
])
def test_no_source_named(nlp, text):
    assert top(nlp, text) == [], [(r.cue.text if r.cue else None, r.source.text if r.source else None)
                                  for r in top(nlp, text)]
