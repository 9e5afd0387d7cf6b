"""Patterns of the forty-seventh session (helper oc): a report joined by 'and' or 'but' that closes
another report's content. When the parser hangs a second clause with a speaker of its own, named
by a noun and set off by a comma, on the verb of a first report's content, and that clause's verb is a cue, the clause is
the next report: the first content ends before the 'and' or 'but', and the second stands on its
own (``coordinated_reports``). Not the same speaker's report going on ('said X and wanted Y'), nor
a second 'that' clause, nor a clause with no cue. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, first, cue, source, second", [
    ("The harbour master said the pier was safe, and an engineer hired by the council warned that the pilings were rotten.",
     "said", "warned", "an engineer hired by the council", "the pilings were rotten"),
    ("Ms. Okafor said the bakery would reopen in May, and the landlord says the lease has not been signed.",
     "said", "says", "the landlord", "the lease has not been signed"),
    ("The union says the deal is fair, but the minister claims that it will cost nothing.",
     "says", "claims", "the minister", "it will cost nothing"),
])
def test_a_joined_report_with_its_own_speaker_stands_apart(nlp, text, first, cue, source, second):
    (outer,) = records(nlp, text, first)
    assert " and " not in contents(outer)[0] and " but " not in contents(outer)[0]
    (inner,) = records(nlp, text, cue)
    assert inner.parent is None
    assert inner.source is not None and inner.source.text == source
    assert contents(inner) == [second]


@pytest.mark.parametrize("text, cue", [
    ("The farmer said she was tired of the delays and wanted the ministry to answer her letters.", "said"),
    ("The farmer said the river had flooded twice and that the ministry believed it would happen again.", "said"),
    ("The farmer said the river had flooded twice and the fields stayed under water for weeks.", "said"),
])
def test_the_same_reports_next_clause_stays_in_it(nlp, text, cue):
    (record,) = records(nlp, text, cue)
    assert " and " in contents(record)[0]
