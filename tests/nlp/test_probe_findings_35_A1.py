"""Patterns of the thirty-fifth session (helper A1): a verb of an act done to its object
('imposed sanctions on six companies', 'banned exports', 'appointed X as president',
'lobbied against the bill', 'had bet against lenders') narrates what
was done, no words or view of the doer's (``acts.act_done``, ``act_verbs.txt``); with a clause, or
an object that says what, it stays a cue. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.acts import act_done
from sourcebook.nlp.attribution.lexicon import lexicon


def _cues(nlp, text):
    return [a.cue.text for a in records(nlp, text) if a.cue is not None]


@pytest.mark.parametrize("text, verb", [
    ("Tarsk on Saturday banned exports of gallium to Velmora.", "banned"),
    ("The Liberal Party on Monday appointed Venkata Ramana Rao as the president of its state unit.", "appointed"),
    ("The board appointed Mary Chen as chief executive.", "appointed"),
    ("Tech industry groups have lobbied against earlier versions of the bill.", "lobbied"),
    ("The fund is run by Ada Pell, whose firm Quarry Point Capital had bet against regional lenders.", "bet"),
])
def test_an_act_done_to_the_object_is_no_cue(nlp, text, verb):
    assert not [c for c in _cues(nlp, text) if verb in c.split()]


def test_an_act_with_a_participle_of_what_followed_is_no_cue(nlp):
    text = ("Tarsk on Saturday banned exports of gallium, germanium and antimony to Velmora, Aurelia and Harlow, "
            "escalating a months-long dispute over technology controls.")
    assert "banned" not in _cues(nlp, text)


def test_a_report_in_the_relative_clause_of_the_object_is_its_own(nlp):
    text = ("The Aurelian Treasury on Thursday imposed sanctions on 14 vessels and six shipping companies that it said "
            "had transported Kestran crude in violation of existing restrictions.")
    assert "imposed" not in _cues(nlp, text)
    assert [(contents(a), a.parent) for a in records(nlp, text, "said")] == [
        (["had transported Kestran crude in violation of existing restrictions"], None)]


@pytest.mark.parametrize("text, verb, done", [
    ("The court imposed sweeping new sanctions that bar most trade with the regime.", "imposed", False),
    ("The group launched a campaign designed to curb the agency.", "launched", False),
    ("The school banned staff from talking to reporters.", "banned", False),
    ("Traders bet that the central bank will cut rates.", "bet", False),
    ("The union lobbied lawmakers to drop the bill.", "lobbied", False),
    ("The city banned fireworks this year.", "banned", True),
    ("The court imposed sanctions on three banks that it said had helped the regime.", "imposed", True),
])
def test_an_act_holds_a_report_only_with_a_clause(nlp, text, verb, done):
    doc = nlp(text)
    assert act_done(lexicon(), next(t for t in doc if t.text == verb)) is done


def test_a_report_inside_the_object_of_an_act_stands_alone(nlp):
    text = "The Treasury on Thursday imposed sanctions on six companies that it said had shipped Kestran crude."
    assert "imposed" not in _cues(nlp, text)
    said = records(nlp, text, "said")
    assert [(contents(a), a.parent) for a in said] == [(["had shipped Kestran crude"], None)]


@pytest.mark.parametrize("text, cue, content", [
    ("The governor appointed a former judge to lead the inquiry.", "appointed", "a former judge to lead the inquiry"),
    ("The union lobbied lawmakers to drop the bill.", "lobbied", "lawmakers to drop the bill"),
    ("Traders bet that the central bank will cut rates.", "bet", "the central bank will cut rates"),
    ("The senator backed the bill.", "backed", "the bill"),
    ("The mayor opposed the deal.", "opposed", "the deal"),
    ("Unions criticized the plan.", "criticized", "the plan"),
    ("The group welcomed the ruling.", "welcomed", "the ruling"),
    ("The regulator approved the merger, saying it would not harm competition.", "saying",
     "it would not harm competition"),
    ("Officials said the council approved the plan.", "said", "the council approved the plan"),
])
def test_a_clause_or_a_stance_stays_a_cue(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
