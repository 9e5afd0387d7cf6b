"""Patterns of the forty-second session (helper probes6), from passages written in genres not probed
before: sports reports, court reporting, obituaries, weather and disaster copy, earnings calls,
health, education, technology, entertainment, police blotters, Q-and-A, polls and science news.

A lower-case word after 'a.m.' or 'p.m.' never opens a sentence ('struck at 3:14 a.m. local time,
the agency said': the report had kept 'local time' only; ``components.lines``). A closing 'according
to' holds a report whose content the parser ran on over it after a quotation ('told police he had
"two beers," according to the report': ``build._drop_circular_asides``). A source after its cue
ends before a report in its relative clause ('confirmed by her brother, who said X':
``held_sources``). A phrase set off by commas between a closing report's content and its cue is
the content's ('Three people were hurt, two of them badly, the service said': ``closing_reports``).
A quotation after a participle of saying, its phrase and a colon is the participle's, not its head
verb's ('thanked her fans, writing on Facebook: "..."': ``colon_participles``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("The earthquake, which had a magnitude of 6.1, struck at 4:20 a.m. local time, the seismology agency said.",
     "the seismology agency", "The earthquake, which had a magnitude of 6.1, struck at 4:20 a.m. local time"),
    ("The ferry left the harbour at 6 p.m. sharp, the operator said.", "the operator",
     "The ferry left the harbour at 6 p.m. sharp"),
])
def test_a_lower_case_word_after_a_time_goes_on_the_sentence(nlp, text, source, content):
    (found,) = records(nlp, text, "said")
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


def test_a_capital_after_a_time_still_opens_a_sentence(nlp):
    (found,) = records(nlp, "The shop closed at 9 p.m. Its owner said sales had been slow.", "said")
    assert found.source is not None and found.source.text == "Its owner"
    assert contents(found) == ["sales had been slow"]


@pytest.mark.parametrize("text, cue, content", [
    ('The driver told deputies he had "just one glass of wine," according to the arrest report.', "told",
     'he had "just one glass of wine,"'),
    ('She said the merger was "a done deal," according to two board members.', "said", 'the merger was "a done deal,"'),
])
def test_a_closing_according_to_after_a_quotation_holds_the_report(nlp, text, cue, content):
    found = records(nlp, text)
    (outer,) = [r for r in found if r.cue is not None and r.cue.text.lower() == "according to"]
    (inner,) = [r for r in found if r.cue is not None and r.cue.text == cue]
    assert contents(inner) == [content]
    assert outer.parent is None and inner.parent == outer.id


@pytest.mark.parametrize("text, cue, source", [
    ("The news was confirmed by her nephew, who said she had been unwell for months.", "was confirmed", "her nephew"),
    ("The trade was announced by the general manager, who said the club needed pace.", "was announced",
     "the general manager"),
])
def test_a_source_after_its_cue_ends_before_a_report_in_its_clause(nlp, text, cue, source):
    (found,) = records(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    (inner,) = records(nlp, text, "said")
    assert inner.parent is None


def test_a_subject_before_its_cue_keeps_its_clause(nlp):
    found = records(nlp, "Okafor, who said last week that he might retire, told reporters on Sunday he would play on.", "told")
    assert [r.source.text if r.source else None for r in found] == ["Okafor, who said last week that he might retire"]


@pytest.mark.parametrize("text, content", [
    ("Four hikers were rescued, one of them with a broken leg, the mountain patrol said.",
     "Four hikers were rescued, one of them with a broken leg"),
    ("The bridge will stay shut, at least until spring, the transport office said.",
     "The bridge will stay shut, at least until spring"),
])
def test_a_phrase_set_off_before_a_closing_report_is_its_content(nlp, text, content):
    (found,) = records(nlp, text, "said")
    assert contents(found) == [content]


@pytest.mark.parametrize("text, verb, obj, participle, quote", [
    ('The goalkeeper thanked the fans, writing on Facebook: "You carried us all season."', "thanked", "the fans",
     "writing", "You carried us all season"),
    ('The coach praised his squad, writing on Instagram: "Nobody gave up tonight."', "praised", "his squad",
     "writing", "Nobody gave up tonight"),
])
def test_a_quotation_after_a_participle_and_a_colon_is_the_participles(nlp, text, verb, obj, participle, quote):
    (main,) = records(nlp, text, verb)
    (part,) = records(nlp, text, participle)
    assert contents(main) == [obj]
    assert contents(part) == [quote]
    assert part.source is not None and part.source.text == main.source.text  # type: ignore[union-attr]


def test_a_participle_that_takes_its_own_quotation_stays(nlp):
    text = 'The coach praised his squad, saying: "Nobody gave up tonight."'
    (main,) = records(nlp, text, "praised")
    (part,) = records(nlp, text, "saying")
    assert contents(main) == ["his squad"]
    assert contents(part) == ["Nobody gave up tonight"]
