"""Patterns of the fiftieth session (helper rt4): the changes merged in the forty minutes before read
on passages of our own. 'All' is kept in a subject whose verb has content of its own ('All the evidence
suggested X': every part of it, ``predeterminers``), dropped only where the subject's verb is a relative
with no pronoun ('That was all the treasurer said'); an 'in' phrase of an occasion is cut from a voiced
noun only when it hangs on the verb ('repeated the allegation in a radio interview'), not when it is the
noun's own topic ('expressed interest in a radio interview': ``happenings``); a definite noun of a job is
not the one person of the sentence before when that sentence set another job beside their name ('Pat
Lane, a former prosecutor, ... The former teacher said': ``epithet_after``); one goal or penalty let in
is a score as a count of them is ('conceded a late goal'; not 'conceded a point to her critics':
``scores``). The hung cue, the aside, the quoted fragment, the role hung on the verb, 'profess' and
'management' keep their reports. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, sources_and_speakers, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("All the evidence suggested the driver was lying.", "suggested", "All the evidence", "the driver was lying"),
    ("All the staff said the plan was sound.", "said", "All the staff", "the plan was sound"),
    ("That was all the committee said.", "said", "the committee", "That was"),
    ("The senator expressed interest in a radio interview with the station.", "expressed interest in", "The senator",
     "a radio interview with the station"),
    ("The mayor repeated the allegation in a radio interview on Tuesday.", "repeated", "The mayor", "the allegation"),
    ('"Hold your positions," the captain, pointing at the ridge, ordered.', "ordered", "the captain",
     "Hold your positions"),
    ('"Stop," the guard shouted, pointing at the gate.', "shouted", "the guard", "Stop"),
    ('"We will rebuild," the mayor, visibly shaken, told reporters.', "told", "the mayor", "We will rebuild"),
    ('"The gas bill?" asked my neighbour, waving a letter.', "asked", "my neighbour", "The gas bill?"),
    ('"Ten dollars," replied the vendor.', "replied", "the vendor", "Ten dollars"),
    ("Member for Bristol West Tom Hale said the bill was flawed.", "said", "Member for Bristol West Tom Hale",
     "the bill was flawed"),
    ("The suspect professed that he had never met the victim.", "professed", "The suspect",
     "he had never met the victim"),
    ("According to management, the plant will close in June.", "According to", "management",
     "the plant will close in June"),
    ("The coach conceded that the title race was over.", "conceded", "The coach", "the title race was over"),
    ("The minister conceded a point to her critics.", "conceded", "The minister", "a point to her critics"),
])
def test_reports(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The keeper conceded a goal in the final minute.",
    "The home side conceded a late goal.",
    "The visitors conceded a penalty in the first half.",
    "The defence conceded two goals in the last ten minutes.",
    "The chief, clearly shaken, resigned.",
    "The striker, injured, limped off.",
    '"Go," she said, and the boy, frightened, replied.',
])
def test_no_report_for_these_cues(nlp, text):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None and r.cue.text in (
        "conceded", "resigned", "limped", "replied")] == []


@pytest.mark.parametrize(("text", "source"), [
    ("Pat Lane, a former prosecutor, signed the bill. The former teacher said it would save lives.", "The former teacher"),
    ("Pat Lane, a prosecutor, signed the bill. The former teacher said it would save lives.", "The former teacher"),
    ("Maria Lopez disputes the account. The businessman says the contract was signed in good faith.", "The businessman"),
    ("Tom Reyes met Ana Cruz on Monday. The businessman says the contract was signed in good faith.", "The businessman"),
    ("Tom Reyes disputes the account.\n\nThe businessman says the contract was signed in good faith.", "The businessman"),
    ("Health Minister Rosa Diaz visited the ward. The prime minister said the hospital would be rebuilt.",
     "The prime minister"),
])
def test_no_person_before(nlp, text, source):
    assert dict(sources_and_speakers(nlp, text))[source] not in ("Pat Lane", "Tom Reyes", "Maria Lopez", "Rosa Diaz")


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Tom Reyes disputes the account. The businessman says the contract was signed in good faith.", "The businessman",
     "Tom Reyes"),
    ("Governor Pat Lane signed the bill on Friday. The former prosecutor said it would save lives.",
     "The former prosecutor", "Pat Lane"),
    ("Alison Reed-Kaur and Tom Reed opened the shop in 2010. Reed said the rent had doubled.", "Reed", "Tom Reed"),
    ("Ann Hope-Lewis said the school would close. Hope said the decision was final.", "Hope", "Ann Hope-Lewis"),
    ("Bill English said the budget was tight. Classes in English will be cut, he said.", "he", "Bill English"),
])
def test_the_person_before(nlp, text, source, speaker):
    assert dict(sources_and_speakers(nlp, text))[source] == speaker
