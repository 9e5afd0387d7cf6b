"""Patterns of the forty-seventh session (helper bnd): where a content ends. A content ending on a noun
that 'and' or 'or' joins to a clause of how, whether or what goes on over that clause, a second topic of
the same report ('will come on the show to talk about the harbour and how dredging could change it';
``topic_pairs``), as does a gerund joined to a topic after 'about', 'on' or 'over'; not the words past the
comma closing the clause, nor a clause with a subject of its own before the joining word. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ("The county engineer will come on the program to talk about the river crossing and how many trucks could use it.",
     "to talk about", "the river crossing and how many trucks could use it"),
    ("At the town meeting she was asked about the library closures and whether more branches would follow.",
     "was asked about", "the library closures and whether more branches would follow"),
    ("The mayor quickly pivoted to talking about tourism and how she would expand it as mayor.",
     "talking about", "tourism and how she would expand it as mayor"),
    ("The two rivals argued over taxes and about how to pay for the new bridge.",
     "argued over", "taxes and about how to pay for the new bridge"),
])
def test_a_how_or_whether_clause_joined_to_the_topic_is_part_of_it(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [expected]


def test_the_words_past_the_comma_closing_the_clause_stay_out(nlp):
    text = ("The mayor pivoted to talking about tourism and how she would expand it, but the host brought her back "
            "to the budget.")
    (record,) = records(nlp, text, "talking about")
    assert contents(record) == ["tourism and how she would expand it"]


@pytest.mark.parametrize("text, cue, outside", [
    ("The senator spoke about the budget and the committee voted on it an hour later.", "spoke about", "committee"),
    ("She talked about the harbour, and how it looked in winter was another matter.", "talked about", "winter"),
])
def test_a_clause_of_its_own_is_not_run_on(nlp, text, cue, outside):
    (record,) = records(nlp, text, cue)
    assert outside not in " ".join(contents(record))
