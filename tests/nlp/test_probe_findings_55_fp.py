"""The fifty-fifth session's web red team (helper fp): kinds of pages the earlier negative sets leave out
or touch once (recipe steps, product pages and their reviews, travel blogs, forum threads, job and event
listings, match reports, property listings, obituaries, horoscopes, school newsletters, release notes,
terms of service, help-desk FAQs, weather and market wraps, science explainers, plot summaries, lyrics
quoted in a review, things that speak by figure; the passages are in ``probe_web_55.py``). Every
sentence is written for the test.

Mended: a passive's bare channel is no agent ('Winners will be notified by email', ``delivery_means.py``,
``delivery_means.txt``); a job advert's section labels and a horoscope's signs before a colon name no
speaker ('Requirements:', 'Capricorn:', ``line_labels.txt``); a vacancy's infinitive the parser hung on
the verb of seeking ('We are looking for a chef to lead our kitchen', ``vacancies.py``); an official's
signal of a game's award or stop ('The referee signalled a penalty', ``taken_senses.py``,
``taken_objects.txt``). A thing or a text that says, a question's verb of saying and a passive with no
agent stay reports as PolNeAR marks them (``CONVENTION``)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top
from probe_web_55 import CONVENTION, MENDED, NEAR_MISSES, NOTHING, REPORTS, STILL_WRONG, WRONG_SOURCE


def _shown(nlp, text):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in records(nlp, text)]


@pytest.mark.parametrize("text", NOTHING)
def test_a_web_passage_that_reports_nothing_gives_no_record(nlp, text):
    assert _shown(nlp, text) == []


@pytest.mark.parametrize("text", MENDED)
def test_a_channel_a_label_a_vacancy_or_a_game_s_signal_gives_no_record(nlp, text):
    assert _shown(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), NEAR_MISSES)
def test_near_misses_of_the_mends_stay_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_letter_with_a_sender_still_speaks(nlp):
    found = records(nlp, "Residents were told by a letter from the council to expect delays.")
    assert [r.source.text for r in found if r.source is not None] == ["a letter from the council"]


@pytest.mark.parametrize(("text", "cue"), CONVENTION)
def test_a_form_polnear_counts_stays_a_report(nlp, text, cue):
    assert any(r.cue is not None and cue in r.cue.text for r in records(nlp, text))


@pytest.mark.parametrize(("text", "cue", "source", "content"), REPORTS)
def test_a_true_report_on_such_pages_is_found(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "why"), STILL_WRONG)
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_still_wrong(nlp, text, why):
    assert _shown(nlp, text) == [], why


@pytest.mark.parametrize(("text", "cue", "source", "content", "why"), WRONG_SOURCE)
@pytest.mark.xfail(strict=True, reason="a report with the wrong source: see the case's reason")
def test_still_the_wrong_source(nlp, text, cue, source, content, why):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, (why, there)
