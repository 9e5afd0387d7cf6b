"""Red team of the fifty-third session's rules merged last (helper rt2): ``figure_items`` (a line of 'label:
figure' items is no turn), ``recalls.by_a_firm`` (a firm's 'recall' with no clause calls goods back),
``lone_given_names`` (a lone given name set beside 'a nurse' is a person) and ``spoken_at.said_how`` (a noun of
manner after a preposition of a topic is the topic). Found wrong and mended: ``by_a_firm`` took a firm's person for
the firm, the founder, the chairman or the chief executive of the company list, and dropped their memories ('The
founder recalled the early days', '"We had nothing," the chairman recalled'); a lone given name set beside a thing
that only ends like a noun of people ('Shannon, a river') is no person. Its passages on ``agent_pronouns`` (a
passive of saying with its 'by' agent and a bare pronoun subject kept as content) found it wrong about one time in
three ('It was recorded by the band', 'He was called by his mother'), and it was withdrawn: those stay near misses
here. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, sources_and_speakers, top

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.lone_given_names import lone_given_name


def _shown(found):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in found]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The founder recalled the early days in a garage.", "recalled", "The founder", "the early days in a garage"),
    ('"We had nothing," the founder recalled.', "recalled", "the founder", "We had nothing"),
    ('The chairman recalled: "We nearly went bust in 2009."', "recalled", "The chairman", "We nearly went bust in 2009"),
    ("The chief executive recalled being told the plant would close.", "recalled", "The chief executive",
     "being told the plant would close"),
    ("The CEO recalled the moment the deal collapsed.", "recalled", "The CEO", "the moment the deal collapsed"),
    ("The insurer recalled how the claims had piled up after the flood.", "recalled", "The insurer",
     "how the claims had piled up after the flood"),
])
def test_a_firms_person_recalls_a_memory(nlp, text, cue, source, content):
    shown = _shown(top(nlp, text))
    assert (cue, source, [content]) in shown, shown


@pytest.mark.parametrize("text", [
    "The retailer recalled 40,000 kettles over a burn risk.",
    "The supermarket recalled its own-brand hummus after a labelling error.",
    "Stores recalled the toys after parents complained.",
    "The bank recalled the loan when the firm missed two payments.",
])
def test_a_firm_recalling_goods_reports_nothing(nlp, text):
    assert [s for s in _shown(top(nlp, text)) if s[0] and "recall" in s[0]] == []


def test_a_lone_given_name_beside_a_thing_is_no_person(nlp):
    lex = lexicon()
    doc = nlp("Shannon, a river that floods each winter, burst its banks on Monday.")
    assert not lone_given_name(lex, doc[0])
    doc = nlp("But Sandra, a nurse who cycles to work, said the new lane was dangerous.")
    assert lone_given_name(lex, doc[1])


def test_a_lone_given_names_pronoun_is_that_person(nlp):
    text = "But Sandra, a nurse who cycles to work, said the new lane was dangerous. She wants a barrier."
    assert ("She", "Sandra") in sources_and_speakers(nlp, text)


@pytest.mark.parametrize("text, cue, source, content", [
    ("It was announced by the club that the match would be postponed.", "was announced", "the club",
     "the match would be postponed"),
    ("The mayor boasted about her record on crime.", "boasted about", "The mayor", "her record on crime"),
    ("The minister spoke on the record about the plan.", "spoke on the record about", "The minister", "the plan"),
    ("The union complained of conditions in the depot.", "complained of", "The union", "conditions in the depot"),
])
def test_the_rules_still_find_their_reports(nlp, text, cue, source, content):
    shown = _shown(top(nlp, text))
    assert (cue, source, [content]) in shown, shown


@pytest.mark.parametrize("text", [
    "It was built by volunteers over two summers.",
    "The tart, which was baked by my grandmother, won first prize at the fair.",
    "It was signed by the mayor on Friday.",
    "He was interviewed by police on Monday.",
    "He was sentenced by the judge to six years.",
    "It was covered by the local press for weeks.",
    "She spoke on behalf of the family after the funeral.",
    "Prep time: 15 minutes. Cook time: 40 minutes. Serves: 4\nPreheat the oven to 180C.",
    "Reyes: 12 votes. Hale: 9 votes.\nThe recount starts Monday.",
    # a bare pronoun subject of a passive with its agent is no content (``agent_pronouns`` was measured and withdrawn)
    "She was admitted by the hospital on Friday.",
    "It was recorded by the band in a single night in 1975.",
    "He was called by his mother for dinner.",
    "It was written by a local author and published in 1998.",
])
def test_no_record_where_no_one_reports(nlp, text):
    assert _shown(top(nlp, text)) == []
