"""Patterns of the fiftieth session's style probes (helper probe2), found by writing twelve short
articles in house styles the earlier probes left out (``probe_articles_50_styles``: a financial
newswire story, a state-media report, a tabloid story, an Australian regional story, a match report,
a council meeting, a magazine opening, an op-ed, a court sentencing, a science story, a weather
warning and a book-prize announcement), and then sentences in the shape the articles showed wrong.

An unnamed spokesperson for a body is not the person of that body the text names next by another
role ('A spokeswoman for X declined to comment. X's chief executive, Ann Hale, said': not Ann
Hale), though still the one it names next as its spokesperson, and another unnamed role of the body
may still be the holder named next ('a UN diplomat warns' / 'warned Ana Lind, the French UN
ambassador'; ``roles``). The person after an office's seat is named without the seat's place, which
the NER ran on to the name ('Member for Mildura Ali Cupper', 'MP for Bolton Tom Hale': ``relabel``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_50_styles import ARTICLES, GOLD, NOT_REPORTS
from probe_records import article_checks, top, touching

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)


def test_the_weather_warning_reports_nothing(parsed):
    assert parsed["weather"] == []


@pytest.mark.parametrize(("name", "speaker"), [
    ("newswire", "Ruth Danvers"), ("statemedia", "Ma Delin"), ("statemedia", "Lao Wenjun"), ("tabloid", "Sheila"),
    ("regional", "Gavin Pratt"), ("regional", "Ali Cupper"),
    ("match", "Phil Garvey"), ("match", "Steve Rankin"), ("council", "Janet Oyelaran"),
    ("council", "Derek Simms"), ("magazine", "Hamish Lorne"), ("magazine", "Isla Lorne"), ("oped", "Gordon Ash"),
    ("sentencing", "Helen Marsh"), ("science", "Alan Pryce"), ("science", "Miriam Osei"), ("bookprize", "Daniel Okoro"),
    ("bookprize", "Maeve Tolan"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


def test_the_newswires_spokeswoman_is_not_the_chief_executive_named_after(parsed):
    (record,) = [r for r in parsed["newswire"] if r.source is not None and r.source.text == "A spokeswoman for Carrow"]
    assert record.speaker != "Ruth Danvers"


@pytest.mark.xfail(strict=True, reason="the writer's own 'I argue' / 'I think' is kept as a record (the byline's, "
                   "``writers``): PolNeAR marks the writer's first person, about 200 'I'/'we' sources on train")
def test_the_op_eds_own_argument_is_no_report(parsed):
    assert touching(parsed["oped"], ARTICLES["oped"], "I argue that") == []


@pytest.mark.parametrize(("text", "source"), [
    ("A spokesman for Dalmore said the line was shut. Dalmore's chief engineer, Tom Pask, said repairs would take a "
     "week.", "A spokesman for Dalmore"),
    ("A spokeswoman for Vexa declined to comment. Vexa's chairman, Ines Morrow, told shareholders the bank was sound.",
     "A spokeswoman for Vexa"),
    ("A spokesman for Tarrant said the plant would close. Tarrant's finance director, Mark Ebdon, said it would not.",
     "A spokesman for Tarrant"),
])
def test_a_spokesperson_is_not_the_bodys_officer_named_after(nlp, text, source):
    (record,) = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert record.speaker == source[2:]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # the same role named after: its holder
    ("A spokesman for Dalmore said the line was shut. Dalmore's spokesman, Tom Pask, said repairs would take a week.",
     "A spokesman for Dalmore", "Tom Pask"),
    # another unnamed role of the body: still the holder named next
    ("The city could lose its bridge, a UN diplomat warns.\n\n\"We cannot stay silent,\" warned Ana Lind, the French "
     "UN ambassador, before the meeting.", "a UN diplomat", "Ana Lind"),
])
def test_a_role_named_later_is_still_its_holder(nlp, text, source, speaker):
    (record,) = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert record.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Member for Kerrow Ali Vance said the checks had failed.", "Ali Vance"),
    ("Federal Member for Tallis Helen Marr said the bridge was overdue.", "Helen Marr"),
    ("MP for Bolton Tom Hale said the vote was close.", "Tom Hale"),
    ("Senator for Tasmania Jacqui Lambie said the vote was close.", "Jacqui Lambie"),
])
def test_the_person_after_an_offices_seat_is_named_without_the_place(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a body after 'of' under a role in lower case: no seat, the description stays
    ("A friend of Grace Hale said she was fine.", "friend of Grace Hale"),
    ("The chairman of Morgan Stanley said the deal was done.", "chairman of Morgan Stanley"),
])
def test_a_body_or_person_after_a_plain_role_is_left_whole(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
