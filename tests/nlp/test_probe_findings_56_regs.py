"""Red team of the fifty-sixth session on registers of written text PolNeAR does not have (helper regs):
forty-eight short articles, twelve each of sports reports, court and crime reports, science and health
news and business news (``probe_articles_56_regs``), with single sentences of the same registers: scores,
tables, headings, verdicts and study designs narrated, which report nothing, and the reporting forms of
each register ('told the BBC', 'the prosecutor argued', 'according to the indictment', 'the study found',
'the authors caution', 'analysts expect', 'said in a filing'). Every sentence is written for the test.

Mended: a ruling's state the parser hung on its object as a modifier, 'The judge ruled the confession
inadmissible' (no content: ``ruled_states``); a court's 'conviction of a man', the verdict read as the
belief noun (``court_convictions``); an experiment, trials, simulations or observations that show or
suggest ('an experiment has shown', ``poll_nouns.txt``); a prize claimed in a contest, 'The team claimed their first
win' (a deed, no words: ``prizes``, ``prize_nouns.txt``; 'claimed victory' stays). Evidence heard on the record ('X, the court
heard') stays a report with no source, as ``heard`` gives it; 'appeared to', 'signed an agreement' and a
company's 'reported a loss of X' stay as PolNeAR marks them."""

from __future__ import annotations

import pytest
from probe_articles_56_regs import (
    ARTICLES,
    GOLD,
    MENDED_NOTHING,
    MENDED_REPORTS,
    NEAR_NOTHING,
    NEAR_REPORTS,
    NOT_REPORTS,
    NOTHING,
    REPORTS,
    SOURCELESS,
    STILL_WRONG,
    STILL_WRONG_LINES,
)
from probe_records import article_checks, contents, found_report, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("name", "cue", "content"), SOURCELESS)
def test_evidence_heard_on_the_record_has_no_source(parsed, name, cue, content):
    assert any(r.cue is not None and r.cue.text == cue and r.source is None and contents(r)[:1] == [content]
               for r in parsed[name]), [(r.cue.text if r.cue else None, contents(r)) for r in parsed[name]]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [*REPORTS, *MENDED_REPORTS, *NEAR_REPORTS])
def test_a_register_s_report_is_found(nlp, text, cue, source, content):
    found, there = found_report(records(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [*NOTHING, *MENDED_NOTHING, *NEAR_NOTHING])
def test_a_score_a_table_a_verdict_or_a_deed_gives_no_record(nlp, text):
    assert [(r.cue.text if r.cue else None, contents(r)) for r in records(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue", "source", "content", "why"), STILL_WRONG_LINES)
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_a_register_s_sentence_still_wrong(nlp, text, cue, source, content, why):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, (why, there)

