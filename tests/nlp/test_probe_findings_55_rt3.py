"""Red team of the fifty-fifth session on written text (helper rt3): fourteen pieces where attribution is mostly
indirect, generic or a belief (``probe_articles_55c``: a news analysis, an op-ed in the first person, an explainer
with question subheads, a fact-check, an editorial, a book review, a press review, a think-tank briefing, a market
commentary, a sports column, a science consensus piece, a profile with remembered speech, a debate recap and an
obituary).

What they showed wrong: a certainty after a copula with a bare clause, 'Its members are convinced the plan will
fail', 'and I am convinced X' (the ranker's threshold dropped it, 0.44: ``sure_clauses``); 'As she puts it in the
final chapter, X', a piece of writing read as where a thing was put (``spoken_at.said_on_occasion``,
``written_parts.txt``); and a copula noun's view whose holders an 'among' phrase names, 'The consensus among
economists is that X' (no source, the phrase inside the cue, dropped by the threshold; or no record when the
phrase had three words: ``among_holders``); and a copula noun with one adjective before a colon, 'Their argument
is simple: X', when the parser made the clause after the colon the root (``nouns.copula_cue``: no record). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_55c import ARTICLES, GOLD, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, found_report, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Its members are convinced the plan will fail.", "are convinced", "Its members", "the plan will fail"),
    ("I have read every report, and I am sure the figures are wrong.", "am sure", "I", "the figures are wrong"),
    ("Most tenants are certain the landlord will sell.", "are certain", "Most tenants", "the landlord will sell"),
    ("The engineers are confident the dam will hold.", "are confident", "The engineers", "the dam will hold"),
    ("The board met twice, and its members are convinced that the levy is unfair.", "are convinced", "its members",
     "the levy is unfair"),
])
def test_a_certainty_with_its_bare_clause_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "It is certain the vote will fail.",  # the writer's certainty: no holder
    "She is certain to win the seat.",  # a forecast: no clause held
    "This is sure to annoy the neighbours.",
    "Are you sure the door is locked?",  # asked, not held
])
def test_a_certainty_with_no_holder_or_clause_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('As she puts it in the final chapter, "we are still a salted civilisation."', "puts it", "she",
     "we are still a salted civilisation"),
    ("As the author puts it in the preface, history is gossip.", "puts it", "the author", "history is gossip"),
    ("As he put it in his memoir, the war was a mistake.", "put it", "he", "the war was a mistake"),
])
def test_put_it_in_a_piece_of_writing_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "She put it in the book.",
    "He put it in the final chapter, next to the maps.",
    "He put the letter in the final chapter.",
])
def test_a_thing_put_in_a_book_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The consensus among forecasters is that growth will slow.", "The consensus", "forecasters", "growth will slow"),
    ("The feeling among the nurses was that nobody listened.", "The feeling", "the nurses", "nobody listened"),
    ("The view among historians is that the treaty was doomed.", "The view", "historians", "the treaty was doomed"),
    ("The consensus among the judges was that the rule was unclear.", "The consensus", "the judges",
     "the rule was unclear"),
])
def test_a_view_among_its_holders_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The mood among voters is that the country is on the wrong track.",  # no noun of a view in the lexicon
    "The view among the trees is that of a forest.",  # no clause: a sight
    "The problem among teenagers is that phones keep them awake.",  # the writer's diagnosis
])
def test_a_noun_among_people_that_names_no_view_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("It is widely believed that the finance minister wrote the final draft himself.", "is widely believed",
     "the finance minister wrote the final draft himself"),
])
def test_a_belief_nobody_named_holds_has_no_source(nlp, text, cue, content):
    found = [(r.cue.text, r.source, [c.text for c in r.contents]) for r in top(nlp, text)]
    assert found == [(cue, None, [content])]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Their argument is simple: more homes mean lower rents.", "argument is", "Their", "more homes mean lower rents"),
    ("His words were blunt: the plan is dead.", "words were", "His", "the plan is dead"),
    ("Her message was clear: the union will strike.", "message was", "Her", "the union will strike"),
])
def test_a_copula_noun_with_an_adjective_before_a_colon_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The reason is simple: the pipes are old.",  # the writer's reason, no noun of saying
    "The room was quiet: nobody spoke.",
    "The weather was clear: the sky was blue.",
])
def test_a_copula_before_a_colon_with_no_noun_of_saying_reports_nothing(nlp, text):
    assert records(nlp, text) == []
