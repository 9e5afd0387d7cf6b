"""Patterns of the fifty-third session (helper long, where a poll share's content ends;
``share_comparisons``): a share of those asked whose answer the writer sets beside another figure after a
comma ('..., compared with 38 percent in the spring') keeps only the answer; a second share 'N in M' whose
parse heads it by M ('..., while about 4 in 10 want Y') is a report of its own. Near misses stay: a
person's report with the same comparison, a comparison with no figure, one inside a quotation. Every
sentence is written for the test, in several genres (transport, housing, schools, health)."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("Forty percent of the drivers said the new lane was safer, compared with 31 percent in the spring.",
     "said", "Forty percent of the drivers", "the new lane was safer"),
    ("Six in 10 of the tenants say the repairs are too slow, compared to about a third of the owners.",
     "say", "Six in 10 of the tenants", "the repairs are too slow"),
    ("A majority of the parents said the school day should start later, compared with 44 percent last year.",
     "said", "A majority of the parents", "the school day should start later"),
])
def test_a_share_answer_ends_before_the_writers_comparison(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor said fares rose 4 percent, compared with 2 percent in the last budget.",
     "said", "The mayor", "fares rose 4 percent, compared with 2 percent in the last budget"),
    ("Forty percent of the nurses said the ward was quieter, compared with the old wing.",
     "said", "Forty percent of the nurses", "the ward was quieter, compared with the old wing"),
])
def test_a_persons_comparison_or_one_without_a_figure_stays(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


def test_a_comparison_inside_a_quotation_stays(nlp):
    text = ('Half of the members said the club "is busier than ever, compared with 20 percent fewer visits '
            'in 2019," the survey found.')
    found = top(nlp, text)
    shown = [[c.text for c in r.contents] for r in found]
    assert any(any("compared with 20 percent" in c for c in cs) for cs in shown), shown


@pytest.mark.parametrize("text, first, second", [
    ("About half of the members say they prefer a coach who's a newcomer, while about 4 in 10 want one with "
     "league experience.", "they prefer a coach who's a newcomer", ("want", "about 4 in 10", "one with league experience")),
    ("About half of the riders say they want a later train, while roughly 6 in 10 want more seats.",
     "they want a later train", ("want", "roughly 6 in 10", "more seats")),
])
def test_a_second_share_whose_parse_heads_it_by_the_second_number(nlp, text, first, second):
    """'N in M' whose parse makes M the head and 'in' its modifier is a share too (``poll_shares``)."""
    found = top(nlp, text)
    ok, shown = found_report(found, "say", text.split(" say ")[0], first)
    assert ok, shown
    ok, shown = found_report(found, *second)
    assert ok, shown
