"""Sources of the thirty-ninth session (helper src): a report that closes a sentence ('..., the
Gazette reported.') holds the sentence's earlier report (', saying X', 'and pledged Y'), which
is nested in it (``closing_reports``); the one who spends time doing something does it ('spent
most of his speech defending X': the mayor, not the speech; ``spent``); a verb joined by 'and'
after an aside set off by brackets or dashes takes the main clause's subject, not the aside's
(``set_off``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, outer, inner, inner_source", [
    ('The mayor welcomed the decision to close the plant, saying the town was "ready for a new start," '
     "the Gazette reported.", "the Gazette", "saying", "The mayor"),
    ('Earlier in the day, Lopez met with flood victims and pledged to "rebuild every home that was lost," '
     "the Daily Herald reported.", "the Daily Herald", "pledged", "Lopez"),
])
def test_closing_report_holds_the_sentence(nlp, text, outer, inner, inner_source):
    recs = records(nlp, text)
    top = [r for r in recs if r.parent is None]
    assert [r.source.text for r in top] == [outer]
    assert contents(top[0])[0].startswith(text.split(",")[0].split(" ")[0])
    nested = [r for r in recs if r.cue is not None and r.cue.text == inner]
    assert len(nested) == 1 and nested[0].parent == top[0].id and nested[0].source.text == inner_source


def test_closing_report_keeps_a_relative_clause_of_its_source(nlp):
    recs = records(nlp, "Ms. Reyes, who has opposed the tax since 2019, said at the time that it would hurt farmers.", "said")
    assert len(recs) == 1 and recs[0].parent is None
    assert contents(recs[0]) == ["it would hurt farmers"]


@pytest.mark.parametrize("text, cue, source", [
    ("The mayor spent most of his hourlong speech defending the budget he had proposed.", "defending", "The mayor"),
    ("The senator has spent weeks attacking the trade deal as a giveaway to China.", "attacking", "The senator"),
])
def test_the_one_who_spends_the_time_does_it(nlp, text, cue, source):
    recs = records(nlp, text, cue)
    assert len(recs) == 1 and recs[0].source.text == source


def test_a_group_backing_someone_keeps_the_group(nlp):
    recs = records(nlp, "The donor gave $2 million to a group backing the governor.", "backing")
    assert [r.source.text for r in recs] == ["a group"]


@pytest.mark.parametrize("text, cue, source", [
    ('The governor called the plan "reckless" (although she allowed that parts of it had merit) and promised to veto it.',
     "promised", "The governor"),
    ("Mr. Hale logged on to his blog \u2014 as he so often does \u2014 and accused the council of lying.", "accused", "Mr. Hale"),
    ("Ms. Ito said the plan was late and added that it would cost more.", "added", "Ms. Ito"),
])
def test_a_verb_after_a_set_off_aside_is_the_main_clauses(nlp, text, cue, source):
    recs = records(nlp, text, cue)
    assert len(recs) == 1 and recs[0].source.text == source
