"""A name after a title is a person's even when an 'it' follows it in its clause: 'President Hale,
opening the bridge, said it would cut journeys' speaks of the bridge, and Hale stays the person
'the president' later stands for (``entities.named_by_its``: a title, like an honorific, before
the name). A body the NER took for a person with no title is still a body ('Merrow AI said its
model would launch'). A title written short is the role it abbreviates and no other ('Cllr Ann Hale
... the councillor said': ``roles._other_role`` had read 'cllr' as a second role). Every name and
sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Hale Opens Bridge.\n\nRIVERTON -- President Hale, opening the new bridge on Friday, said it would cut "
     "journeys by an hour.\n\n\"This is a great day for the valley,\" the president said.", "the president", "Hale"),
    ("Governor Ostrova, visiting the flooded school, said it would reopen in March. \"We will rebuild it,\" the "
     "governor said.", "the governor", "Ostrova"),
])
def test_a_titled_name_stays_a_person_whatever_it_follows(nlp, text, source, speaker):
    assert dict(sources_and_speakers(nlp, text))[source] == speaker


def test_an_untitled_name_taken_up_by_its_is_still_a_body(nlp):
    speakers = dict(sources_and_speakers(nlp, "Merrow AI said its new model would launch in June."))
    assert speakers["Merrow AI"] == "Merrow AI"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a title written short is the role it abbreviates, no other role ('Cllr' is 'the councillor'; ``roles._other_role``)
    ("Cllr Ann Hale opened the meeting on Monday. \"We will fix the roads,\" the councillor said.", "the councillor",
     "Ann Hale"),
    ("Sgt. Ana Lopez arrived first. \"It was chaos,\" the sergeant said.", "the sergeant", "Ana Lopez"),
])
def test_an_abbreviated_title_is_the_role_it_stands_for(nlp, text, source, speaker):
    assert dict(sources_and_speakers(nlp, text))[source] == speaker


def test_an_abbreviated_title_is_no_other_role(nlp):
    text = "Cllr Ann Hale opened the meeting on Monday. \"We will fix the roads,\" the mayor said."
    assert dict(sources_and_speakers(nlp, text))["the mayor"] != "Ann Hale"
