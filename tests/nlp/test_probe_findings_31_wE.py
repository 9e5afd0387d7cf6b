"""Patterns found in the thirty-first session: quotation marks around a title or a product's
name, which are no one's words, and headlines that open with a quotation and name its speaker
before 'on' or 'about'. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a title or a name in quotation marks


@pytest.mark.parametrize("text", [
    'Larchmont Press has halted sales of the novel "Quiet Harbour", the publisher said on Tuesday.',
    'The studio said the film "Glass Orchard" would open in June.',
    'Dunmore Foods said it was withdrawing "Crisp Valley Oats" from shops.',
    'The author said her memoir was modelled on the diary "Letters From Ostend".',
])
def test_a_quoted_title_leaves_a_report_indirect(nlp, text):
    found = records(nlp, text, "said")
    assert [a.kind for a in found] == ["indirect"]


def test_a_quoted_product_takes_no_record_of_its_own(nlp):
    text = 'Dunmore Foods said it was recalling "Crisp Valley Oats" because they may contain nuts.'
    found = records(nlp, text)
    assert [(a.cue.text, a.kind, contents(a)) for a in found] == [
        ("said", "indirect", ['it was recalling "Crisp Valley Oats" because they may contain nuts'])]


@pytest.mark.parametrize("text, cue", [
    ('The senator said the levy was "Dead On Arrival" and would not pass.', "said"),  # what it is, said
    ('The coach said he was "Very Happy" with the draw.', "said"),
    ('The mayor called the scheme "a total disgrace" on Tuesday.', "called"),
    ('He branded the audit "Fake News" on Monday.', "branded"),  # what the speaker calls it
    ('The minister said the tax was "unfair and wrong".', "said"),
    ('The senator said rivals repeated "Law and Order" at every rally.', "said"),  # a slogan they say
])
def test_the_speakers_own_words_stay_quoted(nlp, text, cue):
    assert [a.kind for a in records(nlp, text, cue)] == ["mixed"]


def test_a_quotation_stays_direct(nlp):
    found = records(nlp, '"We Will Appeal," the lawyer said.', "said")
    assert [(a.kind, contents(a)) for a in found] == [("direct", ["We Will Appeal"])]


# ---------------------------------------------------------------- headlines: 'quote': speaker on topic


@pytest.mark.parametrize("headline, source, said", [
    ("'We moved too late': Harlow Rail boss on the timetable chaos", "Harlow Rail boss", "We moved too late"),
    ("'There is no second act': Ines Varga on her final tour", "Ines Varga", "There is no second act"),
    ("'I have no regrets': Mayor Lena Ortiz about her decade in office", "Mayor Lena Ortiz", "I have no regrets"),
    ("'It was chaos': a nurse on the night the ward flooded", "a nurse", "It was chaos"),
])
def test_a_headline_quotation_is_the_speakers_named_before_on(nlp, headline, source, said):
    found = records(nlp, f"{headline}\nThe company cut 40 jobs last month.\n", ":")
    assert [(a.kind, a.source.text, contents(a)) for a in found] == [("direct", source, [said])]


@pytest.mark.parametrize("headline, source, said", [
    ("'We have nothing left': farmers count the cost of the floods", "farmers", "We have nothing left"),
    ("Harlow Rail boss: 'We moved too late'", "Harlow Rail boss", "We moved too late"),
])
def test_headline_quotations_that_already_worked(nlp, headline, source, said):
    found = records(nlp, f"{headline}\nThe company cut 40 jobs last month.\n")
    assert [(a.kind, a.source.text, contents(a)) for a in found][:1] == [("direct", source, [said])]


@pytest.mark.parametrize("headline", [
    "'Glass Orchard': Mara Quist on her new film",  # a title, no clause: not her words
    "'We will rebuild': residents after the storm",
])
def test_headlines_that_quote_no_one_named_before_on(nlp, headline):
    assert records(nlp, f"{headline}\nThe film opens in July.\n", ":") == []


def test_a_headline_quotation_the_body_repeats_is_the_named_persons(nlp):
    text = ("'We moved too late': Harlow Rail boss on the timetable chaos\n"
            "Harlow Rail chief executive Ingrid Solberg spoke to reporters. \"We moved too late,\" she said.\n")
    found = records(nlp, text, ":")
    assert [(a.source.text, a.speaker) for a in found] == [("Harlow Rail boss", "Ingrid Solberg")]
