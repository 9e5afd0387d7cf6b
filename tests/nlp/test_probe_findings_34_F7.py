"""Patterns of the thirty-fourth session (helper F7): people's names and kinds. A romanised
hyphenated given name after the surname ('Choi Min-jun', 'Tsai Ing-wen') is one person's name;
a person's name a 'she' takes up stays a person's though it ends in a body's word ('Sarah Mills');
a name ending in a firm's word is a body's ('Northgate Leisure'); a name the NER took for a body
is a person's when its first word is a given name and its surname stands alone later ('Jordan
Leclair' ... 'Leclair said'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speakers(nlp, text, cue=None):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- the surname before a hyphenated given name


@pytest.mark.parametrize("text, speakers", [
    ("Commentator Choi Min-jun said he thought the plan was final.",
     [("Choi Min-jun", "person"), ("Choi Min-jun", "person")]),
    ("Vice Health Minister Yoon Tae-seok said the plan is final. He added that talks would continue.",
     [("Yoon Tae-seok", "person"), ("Yoon Tae-seok", "person")]),
    ("Kim Do-yeon, an economist at Hanul Securities, said rates would fall.", [("Kim Do-yeon", "person")]),
    ("Lee Sang-hoon told reporters that he would resign.", [("Lee Sang-hoon", "person")]),
    ("Kim Do-yeon said rates would fall. Kim added that inflation was easing.",
     [("Kim Do-yeon", "person"), ("Kim Do-yeon", "person")]),
])
def test_a_surname_before_a_romanised_given_name_is_one_name(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Jean-Pierre Dumas said the plan was final. He added that talks would continue.",
     [("Jean-Pierre Dumas", "person"), ("Jean-Pierre Dumas", "person")]),
    ("Anne-Marie Holt, a lawyer, said the plan was final.", [("Anne-Marie Holt", "person")]),
    ("Professor Park Ji-won of Seoul National University said the data were clear.", [("Park Ji-won", "person")]),
    ("The Anti-graft Commission said the case was closed.", [("Anti-graft Commission", "organisation")]),
])
def test_given_names_first_and_prefixed_words_stay(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


# ---------------------------------------------------------------- a person or a body


@pytest.mark.parametrize("text, speakers", [
    ('Sarah Mills said she lost about $9,000. "It was every night," she said.',
     [("Sarah Mills", "person"), ("Sarah Mills", "person")]),
    ("Northgate Leisure said it accepted the findings.", [("Northgate Leisure", "organisation")]),
    ("Aranthe Microsystems has asked the commission to bar imports.", [("Aranthe Microsystems", "organisation")]),
])
def test_the_pronoun_or_the_firm_s_word_says_the_kind(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Harlan Mills said it would close two stores.", [("Harlan Mills", "organisation")]),
    ("Castlegate Homes said it would appeal.", [("Castlegate Homes", "organisation")]),
    ('Jordan Leclair said written exchanges make it harder. "You lose tone of voice," Leclair said.',
     [("Jordan Leclair", "person"), ("Jordan Leclair", "person")]),
    # (and its belief, 'it' the body of its own sentence: test_probe_findings_35_M1)
    ("Morgan Stanley said it expected rates to fall.", [("Morgan Stanley", "organisation"), ("Morgan Stanley", "organisation")]),
])
def test_bodies_and_people_named_so_stay(nlp, text, speakers):
    assert _speakers(nlp, text) == speakers
