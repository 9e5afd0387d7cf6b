"""Patterns of the forty-fourth session (helper othercue): a content given to another cue of the
same sentence than the one that reports it.

A speaker's cue said again by a pronoun's aside later in the sentence ('Reyes said X - not Y, he
said'; 'Hale said "X," she said.') is no report of the first: the parser hangs the first cue on the
second, whose content then holds the first speaker's name and cue. The first report stands alone,
the aside keeps what follows it or goes (``restated``); not inside a quotation, nor a closing report
by another speaker, nor a pronoun that cannot stand for the first speaker ('they' for one senator).
Every sentence is written for the test."""

from __future__ import annotations

from probe_records import contents, records


def _one(found, cue, source=None):
    return next(r for r in found if r.cue is not None and r.cue.text == cue and (
        source is None or r.source is not None and r.source.text == source))


def test_an_aside_restating_the_speaker_leaves_the_first_report_alone(nlp):
    found = records(nlp, "Asked about his earlier attacks on the mayor, Reyes said that was a normal part of "
                         "running against her \u2014 no different, he said, from any other race.")
    first = _one(found, "said", "Reyes")
    assert first.parent is None
    assert contents(first) == ["that was a normal part of running against her"]
    aside = _one(found, "said", "he")
    assert "Reyes" not in " ".join(contents(aside))


def test_an_aside_with_nothing_of_its_own_goes(nlp):
    found = records(nlp, 'Asked Monday about the audit, Hale said "I have not seen the report," she said. '
                         '"I will read it this week."')
    first = _one(found, "said", "Hale")
    assert first.parent is None
    assert contents(first) == ["I have not seen the report", "I will read it this week"]
    assert not [r for r in found if r.source is not None and r.source.text == "she"]


def test_a_report_inside_a_quotation_or_by_another_stays_nested(nlp):
    found = records(nlp, '"Smith told me the deal was off," he said.')
    assert contents(_one(found, "said", "he")) == ["Smith told me the deal was off"]
    found = records(nlp, "Reyes said the levy was fair, the Gazette reported.")
    assert contents(_one(found, "reported", "the Gazette")) == ["Reyes said the levy was fair"]


def test_a_pronoun_that_cannot_stand_for_the_first_speaker_keeps_its_report(nlp):
    found = records(nlp, "The new senator wants to campaign for the party this autumn, they say.")
    assert [r for r in found if r.cue is not None and r.cue.text == "say" and r.parent is None]


def test_a_clause_of_time_under_the_aside_is_no_report_of_its_own(nlp):
    found = records(nlp, "When she called the bank, she said, a clerk told her the card was blocked.")
    assert not [r for r in found if r.parent is None and r.cue is not None and r.cue.text == "called"]
    assert "a clerk told her the card was blocked" in contents(_one(found, "said", "she"))
