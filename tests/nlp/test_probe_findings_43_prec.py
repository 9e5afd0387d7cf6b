"""Patterns of the forty-third session (helper prec): a report inside a closed quotation that no
attribution holds is the quoted speaker's account, not the writer's report, also when a third
person says it ('"... our neighbours told us X ..."'): dropped (``unowned_quotes``). A quotation
that a record holds keeps its report as an inner one; a quotation whose closing mark is missing,
and a report whose quoted words are only the cue ('"strongly agree" that X'), stay. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ('The rally ended late.\n\n"We came because our neighbours told us the plant would close, and then they closed it."'
     "\n\nThe crowd cheered.", "told"),
    ('The rally ended late.\n\n"My brother says the mill will reopen next spring. We will see."\n\nThe crowd cheered.',
     "says"),
])
def test_a_report_inside_an_unowned_quotation_is_not_shown(nlp, text, cue):
    assert records(nlp, text, cue) == []


def test_a_report_inside_a_held_quotation_stays_inner(nlp):
    found = records(nlp, 'Workers packed the hall. "Our managers warned that the line would stop by June, and it stopped '
                         'in May," a welder said.')
    outer = next(r for r in found if r.cue is not None and r.cue.text == "said")
    inner = next(r for r in found if r.cue is not None and r.cue.text == "warned")
    assert outer.parent is None and inner.parent == outer.id
    assert contents(inner) == ["the line would stop by June"]


@pytest.mark.parametrize("text, cue, content", [
    # the cue's own words quoted: what it reports lies past the quotation
    ('Thirty percent of renters "strongly agree" that prices will keep rising.', "agree", ["prices will keep rising"]),
    # the closing mark forgotten: the quotation never closes, the statement stays
    ('"The vote is over, and the count is final, said Ms. Varga, who ran the election office.', "said",
     ["The vote is over, and the count is final"]),
])
def test_a_quoted_cue_or_an_unclosed_quotation_stays(nlp, text, cue, content):
    assert [contents(r) for r in records(nlp, text, cue)] == [content]
