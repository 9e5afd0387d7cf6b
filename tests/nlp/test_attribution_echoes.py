"""Echoed quotations: a headline's or lede's quoted words, given later with their speaker."""

from __future__ import annotations


def atts(nlp, text):
    return nlp(text)._.sourcebook_attributions


def echoes(items):
    return [a for a in items if a.cue is None and a.source is None]


BODY = "The mayor, Ilse Varga, said the port had become \"a city of empty streets\" since the strike began.\n"



def test_lede_quote_takes_the_speaker_of_the_statement_that_repeats_it(nlp):
    text = 'Harbour town is now "a city of empty streets."\n\nFerries stopped running on Monday.\n\n' + BODY
    items = atts(nlp, text)
    echo = echoes(items)
    assert len(echo) == 1
    assert echo[0].speaker == "Ilse Varga"
    assert echo[0].contents[0].text == "a city of empty streets"
    assert echo[0].kind == "direct"
    said = next(a for a in items if a.cue is not None and a.cue.text == "said")
    assert echo[0].confidence < said.confidence  # no surer than the statement it repeats
    assert echo[0].id not in {a.id for a in items if a is not echo[0]}


def test_a_title_in_quote_marks_is_not_an_echo(nlp):
    text = (
        'She was asked about it on "Morning With The Nation" last week.\n\n'
        'Senator Aila Brant said she had watched "Morning With The Nation" for years and trusted it.\n'
    )
    assert echoes(atts(nlp, text)) == []


def test_short_or_unmatched_quotations_are_not_echoes(nlp):
    text = (
        'Harbour town is "very quiet" and "nothing like last summer at all."\n\n'
        "The mayor, Ilse Varga, said the port had become \"very quiet\" since the strike began.\n"
    )
    assert echoes(atts(nlp, text)) == []  # two words only; the other quotation is never said
