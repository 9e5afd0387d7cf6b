"""Patterns of the fifty-third session (helper pass): a passive cue with its 'by' agent whose subject is a bare
pronoun ('It was first reported by the local paper', 'the levy, which was criticized by farmers', 'She was praised
by the coach'; ``agent_pronouns``). The agent is the source and the pronoun the content, as for a noun subject ('The
plan was announced by the mayor'). Not the one a passive of addressing or asking speaks to ('He was asked by
reporters'), nor a pronoun with no agent ('It was mentioned in passing'), nor a passive of an act that says nothing
('It was signed by the mayor'); the near misses of the brief ('The window was described in the catalogue', 'refused to
say grace') report nothing either. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, top


def _shown(found):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in found]


@pytest.mark.parametrize("text, cue, source, content", [
    ("It was first reported by the Harbour Gazette.", "was first reported", "the Harbour Gazette", "It"),
    ("But it was never mentioned by the panel.", "was never mentioned", "the panel", "it"),
    ("She was praised by the coach after the final.", "was praised", "the coach", "She"),
    ("He was criticized by farmers at the meeting.", "was criticized", "farmers", "He"),
    ("The ferry levy, which was criticized by fishermen, took effect in May.", "was criticized", "fishermen", "which"),
    ("The deal, which was announced by the ministry, will cut fares.", "was announced", "the ministry", "which"),
])
def test_a_pronoun_subject_of_an_agent_passive_is_the_content(nlp, text, cue, source, content):
    shown = _shown(top(nlp, text))
    assert (cue, source, [content]) in shown, shown


@pytest.mark.parametrize("text", [
    "It was mentioned in passing.",
    "The window was described in the catalogue.",
    "It was signed by the mayor on Friday.",
    "He was interviewed by the police on Monday.",
])
def test_no_record_without_an_agent_who_speaks(nlp, text):
    assert _shown(top(nlp, text)) == []


def test_the_one_asked_is_no_content(nlp):
    shown = _shown(top(nlp, "He was asked by reporters about the fire."))
    assert all(c != ["He"] for _, _, c in shown), shown


def test_saying_grace_is_no_report(nlp):
    """'refused to say grace': the infinitive says a prayer, no one's words reported with 'say'."""
    shown = _shown(top(nlp, "The monks refused to say grace before dinner."))
    assert all("say" not in (cue or "").split() for cue, _, _ in shown), shown
