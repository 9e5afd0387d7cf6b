"""Asides the parser made the head of their sentence, fixed in the fifty-sixth session (helper
rootaside): 'as X put it' set off by commas with the idiom's 'it' read as the cue's object
(``inset_asides.inset_clause``), the predicate after an 'as' aside hung on its cue as a complement
('Water bills, as a spokesman told reporters, will double': ``root_asides.report_around_an_aside``) and
a fronted subject left outside the cue's tree (``root_asides.with_the_words_before``), a plural present
after the aside tagged as a base form ('keep rising'): what was said is
the sentence around the aside, its subject with it. Near misses ('as drafted', 'as the river rose', 'as a
rule', 'as well as', a role after the subject) stay as they were. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize(("text", "cue", "source", "subject", "predicate"), [
    ("The plan, as one of her aides put it, is dead on arrival.", "put it", "one of her aides", "The plan",
     "is dead on arrival"),
    ("The ferry, as one of its captains put it, is a floating ruin.", "put it", "one of its captains", "The ferry",
     "is a floating ruin"),
    ("The school board, as a parent put it at the meeting, has lost its way.", "put it", "a parent",
     "The school board", "has lost its way"),
    ("Water bills, as a spokesman for the utility told reporters, will double.", "told", "a spokesman for the utility",
     "Water bills", "will double"),
    ("The river, as a ranger warned hikers on Sunday, is rising fast.", "warned", "a ranger", "The river",
     "is rising fast"),
    ("The vaccine, as a nurse explained to the parents, is safe for children.", "explained", "a nurse", "The vaccine",
     "is safe for children"),
    # a plural present the tagger read as a base form after the aside (``inset_asides._present_read_as_base``)
    ("Taxes, as several of the governor's critics have pointed out, keep rising.", "pointed out",
     "several of the governor's critics", "Taxes", "keep rising"),
    ("Rents, as tenants have pointed out, keep rising.", "pointed out", "tenants", "Rents", "keep rising"),
    # already found before: kept
    ("The strike, as the organizers put it, is a last resort.", "put it", "the organizers", "The strike",
     "is a last resort"),
    ("The factory, the owner told workers on Friday, will close in March.", "told", "the owner", "The factory",
     "will close in March"),
    ("The new tax, as two economists told lawmakers on Tuesday, will hurt renters.", "told", "two economists",
     "The new tax", "will hurt renters"),
    ("Crime, as the sheriff has repeatedly argued, is falling.", "argued", "the sheriff", "Crime", "is falling"),
])
def test_the_sentence_around_an_aside_is_what_was_said(nlp, text, cue, source, subject, predicate):
    found = top(nlp, text)
    assert found_report(found, cue, source, subject)
    record = next(r for r in found if r.cue is not None and cue in r.cue.text)
    assert contents(record) == [subject, predicate]


@pytest.mark.parametrize("text", [
    "The plan, as drafted, is dead.",
    "The harbour, as the tide went out, emptied of boats.",
    "Her aides, as a rule, are exhausted.",
    "The players, as well as their coach, were fined.",
    "Cities such as Denver are growing.",
    "Sales fell as a result.",
    "The plan, as you know, is dead.",
    "The rebels, as I write, are shelling the town.",
    "The road, as it turned out, was closed.",
    "Rents, as expected, keep rising.",
])
def test_near_misses_report_nothing(nlp, text):
    assert top(nlp, text) == []


def test_a_role_after_the_subject_leaves_the_subject_the_source(nlp):
    text = "The mayor, as a former teacher, said the schools need money."
    assert found_report(top(nlp, text), "said", "The mayor", "the schools need money")


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Even then, the manager said, the team kept losing.", "said", "the manager", ["Even then", "the team kept losing"]),
    ("On Friday, as the manager told reporters, the team was tired.", "told", "the manager",
     ["On Friday", "the team was tired"]),
])
def test_a_fronted_phrase_before_an_aside_stays_as_it_was(nlp, text, cue, source, content):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, content)]
