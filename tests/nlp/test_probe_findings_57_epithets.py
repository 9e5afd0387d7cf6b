"""Speakers of the fifty-seventh session (helper G): a public figure's bare epithet ('the candidate',
'The former secretary of state', 'the billionaire businessman', 'the senator') stands for the latest
person the sentences just before make their subject (or its owner) or quote, when the headline names
them (``public_epithets``); not someone the article gave another job, not when the
noun already stood for someone since, and not over the holder of the title named in those sentences.
A given name alone is the one person the article names in full with it ('Tom told her' before 'Tom Lane';
``given_fuller``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers


def _speaker(nlp, text, source):
    found = dict(_speakers(nlp, text))
    assert source in found, found
    return found[source]


_FAR_TITLE = (
    "Hale airs his first advert.\n\n"
    "Sen. Ray Dunmore of Ohio backed the farm bill in March. Dunmore said it would pass by the summer.\n\n"
    "The bill stalled in a committee in June. Its supporters blamed the leadership for the delay.\n\n"
    "Tom Hale defends his record in a new advert running on local television: \"I fought for every farm in "
    "this state,\" the senator says."
)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Hale unveils a plan for the steel towns.\n\nSenator Tom Hale toured a steel plant in Akron on Monday. "
     "\"We will bring these jobs back,\" the candidate said.", "the candidate", "Tom Hale"),
    ("Lindqvist will not resign.\n\nMara Lindqvist told a radio station that she would not resign. The former "
     "secretary of state has long "
     "maintained that she followed the rules.", "The former secretary of state", "Mara Lindqvist"),
    ("Vance turns on the press.\n\nGregor Vance's tone has grown harsher at recent rallies. The candidate said "
     "reporters had lied about his "
     "taxes.", "The candidate", "Gregor Vance"),
    ("Stahl promises a tax cut.\n\nHugo Stahl spoke first at the forum. \"We will cut the tax,\" the billionaire "
     "businessman said.",
     "the billionaire businessman", "Hugo Stahl"),
    ("Ferro wins in Ohio.\n\nNina Ferro won the primary on Tuesday. \"I will debate anyone, anywhere,\" the "
     "presumptive Democratic "
     "nominee said.", "the presumptive Democratic nominee", "Nina Ferro"),
    # the one just before, not the holder of the title named far back
    (_FAR_TITLE, "the senator", "Tom Hale"),
    # the one the headline names, named in the sentences before, over the last subject (seventy-third pass)
    ("Hale unveils a plan for the steel towns.\n\nDana Hale spoke in Akron. Rory Blake, the mayor of Dunmore, "
     "praised the plan. \"It is bold,\" the candidate said.", "the candidate", "Dana Hale"),
])
def test_a_bare_epithet_is_the_person_just_before(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a job of another kind: not the spokesman
    ("Marsh sees a win in Ohio.\n\nLeo Marsh, a spokesman for the campaign, spoke to reporters on Friday. \"We will "
     "win Ohio,\" the candidate said.", "the candidate", "candidate"),
    # no headline to say whom the story is about
    ("Tom Reyes toured a steel plant in Akron on Monday. \"We will bring these jobs back,\" the candidate said.",
     "the candidate", "candidate"),
    # the headline names someone the sentences before do not (the one it names, named there, is the candidate:
    # seventy-third pass, 13 records right of 13 changed on PolNeAR train; ``test_speakers_73_H``)
    ("Hale unveils a plan for the steel towns.\n\nDana Hale spoke in Akron on Monday. The crowd was small. The hall "
     "was cold. Rory Blake, the mayor of Dunmore, praised the plan. \"It is bold,\" the candidate said.",
     "the candidate", "candidate"),
    # the noun stood for someone since the name
    ("Brand takes on Marsh.\n\nIvo Brand's words may have stung the former president, who spent his speech "
     "defending his record. "
     "\"I did what I had to do,\" the former president said.", "the former president", "former president"),
    # the holder of the title named just before keeps it
    ("Walker picks Bradley.\n\nGovernor Ed Walker chose the judge. Ana Bradley has risen fast during Walker's "
     "tenure. The governor said "
     "she was the best lawyer in the state.", "The governor", "Ed Walker"),
])
def test_a_bare_epithet_is_not_taken_against_the_evidence(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a given name alone is the one person the article names in full with it (``given_fuller``)
    ("Marta Says She Will Fight On.\n\nMarta Ortiz told supporters in Denver on Sunday that she would stay in the race.",
     "Marta", "Marta Ortiz"),
    ("Betsy Lane knocked on doors in Akron with her husband, Tom. \"This is one of her oldest friends,\" Tom told a "
     "neighbour. Later Tom Lane said the campaign had called them twice.", "Tom", "Tom Lane"),
    # two named in full with it: which one the text does not say
    ("Tom Hale and Tom Reyes knocked on doors in Akron. \"We came because we care,\" Tom said.", "Tom", "Tom"),
])
def test_a_given_name_alone_is_the_one_person_named_in_full_with_it(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker
