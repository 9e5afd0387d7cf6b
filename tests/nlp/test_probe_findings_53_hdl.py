"""Patterns of the fifty-third session (helper hdl, headlines with a verb of saying the parser misreads): a
phrasal cue verb that is a cue only with its particle ('press for', 'vote against', 'lash out at'), read as a
plural noun in a headline, is the headline's verb when its particle follows (``headline_phrasals``); a
headline's subject set off from its misread verb by an aside that opens with a participle or a preposition is
the verb's subject, the aside no part of the source (``headline_subjects``). Near misses stay: the form before
another word, a phrasal verb with no cue reading after a pronoun either, and headline noun phrases. Every
headline is written for the test, as the first line of a short article."""

from __future__ import annotations

import pytest
from probe_records import found_report, top, touching

BODY = "\n\nThe statement came on Tuesday morning. More details are expected later this week."


@pytest.mark.parametrize("headline, cue, source, content", [
    ("Envoy presses for ceasefire in talks.", "presses for", "Envoy", "ceasefire in talks"),
    ("Senate votes against border bill.", "votes against", "Senate", "border bill"),
    ("Nurses' union presses for pay deal.", "presses for", "Nurses' union", "pay deal"),
    ("Party pounces on gaffe.", "pounces on", "Party", "gaffe"),
    ("Governor lashes out at judges.", "lashes out at", "Governor", "judges"),
    ("Senator weighs in on tariff row.", "weighs in on", "Senator", "tariff row"),
    ("Mayor hits back at critics over bins.", "hits back at", "Mayor", "critics over bins"),
])
def test_a_headlines_phrasal_cue_verb(nlp, headline, cue, source, content):
    ok, shown = found_report(top(nlp, headline + BODY), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("headline", [
    "Council presses ahead with plan.",
    "Wine presses from Italy on show.",
    "Printing presses for hire.",
    "Council tax rises explained.",
    "Minister's remarks on energy prices.",
    "Warning signs for the economy.",
    "Union Street closures.",
    "Doctor Who returns.",
    "Rain, wind, storms: warnings issued.",
    "Budget, in full, explained.",
])
def test_headline_noun_phrases_and_near_misses_report_nothing(nlp, headline):
    text = headline + BODY
    assert touching(top(nlp, text), text, headline) == []



@pytest.mark.parametrize("headline, cue, source, content", [
    ("Envoy, visiting the border, presses for ceasefire.", "presses for", "Envoy", "ceasefire"),
])
def test_a_headlines_subject_before_an_aside(nlp, headline, cue, source, content):
    ok, shown = found_report(top(nlp, headline + BODY), cue, source, content)
    assert ok, shown
