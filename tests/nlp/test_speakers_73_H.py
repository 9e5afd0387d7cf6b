"""Speakers of the seventy-third session (helper H), read on PolNeAR train: a public figure's bare epithet ('the
billionaire businessman', 'the Republican presidential candidate') under a headline that names no one stands for the
latest person the sentences just before make their subject or quote, when that sentence names no one else (a live
blog's 'The Latest: Three towns vote first'); under a headline that names someone else, for the one person it names
whom those sentences name too (the story's subject), not the last subject; never for a reporter of an outlet quoted
just before (``public_epithets``). On PolNeAR train 23 speakers changed, all right by reading; dev unchanged. Every
name and sentence is made up."""

from __future__ import annotations

import pytest


def _speaker(nlp, text, source):
    """The speaker of the record (top-level or nested) whose source is ``source``."""
    found = {a.source.text: a.speaker for a in nlp(text)._.sourcebook_attributions if a.source is not None}
    assert source in found, found
    return found[source]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a headline that names no one tells against no one
    ("Three river towns vote first.\n\nOtto Brandt has traded his rallies for a town hall. Brandt is taking questions "
     "in a hall in Lowmoor. \"We will fix the bridge,\" the billionaire businessman said.",
     "the billionaire businessman", "Otto Brandt"),
    # the one the headline names, named in the sentences before, over the last subject
    ("Vance calls for a border survey.\n\nThe survey, which Gregor Vance praised in May, began after the floods. Mayor "
     "Ida Roos scrapped it in 2019. \"We need it back,\" the Republican presidential candidate said.",
     "the Republican presidential candidate", "Gregor Vance"),
])
def test_a_bare_epithet_is_the_person_the_story_is_about(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


def test_the_pronouns_after_the_epithet_follow_it(nlp):
    text = ("Three river towns vote first.\n\nOtto Brandt has traded his rallies for a town hall. Brandt is taking "
            "questions in a hall in Lowmoor. The billionaire businessman began by talking about the bridge, saying it "
            "would be fixed. \"We will start in May,\" he added.")
    assert _speaker(nlp, text, "he") == "Otto Brandt"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a reporter quoted just before is no public figure
    ("Reasons for hope in the party.\n\nPia Lund endorsed Ross on Wednesday. \"It is a coup for Ross,\" the Fenwick "
     "Herald's Nils Ekholm wrote. Aides say the former governor believes Ross will win.", "the former governor",
     "former governor"),
    # the one the headline names is not named in the sentences before
    ("Vance calls for a border survey.\n\nGregor Vance spoke in Akron on Monday. The crowd was small. The hall was "
     "cold. Mayor Ida Roos praised the plan. \"It is bold,\" the Republican presidential candidate said.",
     "the Republican presidential candidate", "Republican presidential candidate"),
    # no headline: a text of one line
    ("Otto Brandt is taking questions in a hall in Lowmoor. \"We will fix the bridge,\" the billionaire businessman "
     "said.", "the billionaire businessman", "billionaire businessman"),
])
def test_a_bare_epithet_stays_a_description(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker
