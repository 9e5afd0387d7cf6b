"""Patterns of the thirty-ninth session (helper probeD): the parts of a news page that are no
statement. A photo credit, a notice's heading, a match card's lines, a forecast's, a recipe's or
a product sheet's headings before a colon label the line; they name no speaker
(``line_labels.txt``). A reading off a clock, a calendar or a gauge ('noted the time') is no
content of a verb that takes an object for the words it says (``readings``). The same surface
forms in real attributions keep their records. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "Protesters gather outside the county court on Tuesday. Photograph: Dana Whitlock/Harbor Press Agency",
    "Fans leave the stadium after the match. Photographer: Ruth Engel",
    "Funeral notice: Services for Margaret Doyle will be held Saturday at St. Anne's Church.",
    "Public notice: The county will hold a hearing on the rezoning request on April 12 at 10 a.m.",
    "Legal notice: Applications for the licence must be received by May 3.",
    "Scorers: Petrov 12', Ahmed 67' (pen). Booked: Diaz, Moreau. Attendance: 41,220.",
    "Subs: Kane, Boyle, Dunn. Sent off: Marsh (81).",
    "Outlook: Turning colder next week with frost in rural areas.",
    "Serves: 4. Cook time: 40 minutes.",
])
def test_a_line_label_names_no_speaker(nlp, text):
    assert not records(nlp, text, ":")


@pytest.mark.parametrize("text", [
    "She noted the time and left the meeting without a word.",
    "She noted the date and closed the ledger.",
])
def test_a_reading_is_no_content(nlp, text):
    assert not records(nlp, text, "noted")


@pytest.mark.parametrize("text, cue, content", [
    ("He recalled the time he was arrested at the border.", "recalled", "the time he was arrested at the border"),
    ("She noted that the budget had not grown in five years.", "noted", "the budget had not grown in five years"),
    ("Mr. Hale: We will not back down on this.", ":", "We will not back down on this"),
    ("Protesters outside the court said they would return every day until the verdict.", "said",
     "they would return every day until the verdict"),
])
def test_real_attributions_stay(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and contents(found[0]) == [content]
