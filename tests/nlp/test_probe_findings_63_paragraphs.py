"""Speakers across paragraphs of the sixtieth session (helper L), found by writing twenty-eight short
articles (``probe_paragraphs_63``) in the British regional and wire style where every sentence is a
paragraph of its own, each report's speaker marked by hand (74 reports; before: 58 right, 15 left a
description, 0 wrong, 1 not found; after: 65 right, 8 left a description, 0 wrong; those in ``KNOWN``).

Fixed here: a bare noun for a person that the paragraph before names ('Keeley Ashdown, 34, pays £12 a
day to park.' / 'The mother of two said X') reaches back over one-sentence paragraphs, up to three
sentences, to the nearest that speaks of anyone, when the ones between name no one and quote no one
('The water reached the units' between), and none has someone described for its subject or brings
someone described in ('The passenger, a 58-year-old woman, is recovering', 'A nurse who treated him
said', 'is getting advice from a retired nurse'; not 'works as a receptionist'); there the checks of
the sentence just before hold, on the one named there that the noun fits (of its gender, the given
name's when the index has none: 'Her grandson, Liam,' is no grandmother; ``paragraph_reach``). A noun
for a time of life fits no one the article gave an age outside it ('Jasmine Okafor, 19,' is no
pensioner; ``elder_epithets``, ``young_epithets``), and the reach goes on past a sentence that names
only people the noun does not fit, to the one it fits ('Colin Brayford, 71,' / 'Jasmine Okafor, 19,'
/ 'The pensioner said'). Only in an article of three paragraphs or more, three in four of them a
sentence alone (two lines, 'Tom Reyes disputes it. / The businessman says X', stay apart, as the
older probes have them). PolNeAR's speakers (train and dev) do not change; the two speakers
``test_probe_findings_63_housing`` listed as still wrong for this bound are right now.
Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_paragraphs_63 import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


_MORE = "\n\nThe council said it would look into it.\n"  # (a third paragraph: one-sentence copy)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Gran fights\n\nMavis Drayton, 77, has lived in Corley for sixty years.\n\nThe pensioner said she would not move."
     + _MORE, "The pensioner", "Mavis Drayton"),
    ("Dad fights\n\nOwen Pritchard had to sell his van last month.\n\nThe van was his only way to work.\n\n"
     "The father of four said the bank had given him no choice." + _MORE, "The father of four", "Owen Pritchard"),
])
def test_a_noun_reaches_back_over_one_sentence_paragraphs(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.parametrize("text", [
    # a paragraph of two sentences keeps the noun to its own paragraph
    "Gran fights\n\nMavis Drayton, 77, has lived in Corley for sixty years. Her house is on Mill Lane.\n\n"
    "The pensioner said she would not move." + _MORE,
    # two paragraphs alone are no such copy ('X disputes it. / The businessman says Y')
    "Mavis Drayton, 77, has lived in Corley for sixty years.\n\nThe pensioner said she would not move.\n",
    # someone else as the subject between ('A neighbour')
    "Gran fights\n\nMavis Drayton, 77, has lived in Corley for sixty years.\n\nA neighbour has offered to help.\n\n"
    "The pensioner said she would not move." + _MORE,
    # someone described brought in where she is named ('advice from a retired nurse')
    "Gran fights\n\nMavis Drayton, 77, is getting advice from a retired nurse on her damp house.\n\n"
    "The pensioner said the council had ignored her letters." + _MORE,
    # four paragraphs back is too far
    "Gran fights\n\nMavis Drayton, 77, has lived in Corley for sixty years.\n\nThe house is damp.\n\nThe roof leaks.\n\n"
    "The boiler broke in May.\n\nThe pensioner said she would not move." + _MORE,
])
def test_a_noun_stays_a_description(nlp, text):
    assert dict(_speakers(nlp, text))["The pensioner"] != "Mavis Drayton"


def test_a_time_of_life_fits_the_age_given(nlp):
    text = ("Bus cuts\n\nEllie Voss, 19, takes the bus to college.\n\n"
            "The pensioner said the cuts would leave her stranded." + _MORE)
    assert dict(_speakers(nlp, text))["The pensioner"] != "Ellie Voss"
