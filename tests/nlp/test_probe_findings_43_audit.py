"""Patterns of the forty-third session (helper audit): paraphrases of the last passes' rules that
their own wording left out, and near-misses they must still pass by. A 'that' the parser read as
the object of the clause it opens after an occasion ('said while touring the town that X',
``occasion_clauses``); a clause of the writer's that only opens with a quoted word after a closing
cue ('..., she said, and "fair" was the word they used', ``asides``) or a phrase quoted in the
writer's own next sentence after a connective ('"A," she said. Then "the storm" hit the coast':
``connective_quotes``, ``direct``); a gerund read as the modifier of a sign's noun ('no signs of changing course',
``shown_signs``); a quotation in single or angled marks after a participle's colon
(``colon_participles``); a stance of approval won or a feeling drawn from its holders, and a
'from' phrase the parser hung on the verb ('drew anger from parents', ``drawn_criticism``: read
directly, the ranker not yet refitted on it). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.drawn_criticism import drawn_criticism
from sourcebook.nlp.attribution.lexicon import active_lexicon


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(r.cue.text if r.cue else None, contents(r)) for r in records(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor said while touring the flooded town that aid would arrive soon.", "said", "The governor",
     ["aid would arrive soon"]),
    ("The coach told reporters when leaving the stadium that he would resign.", "told", "The coach",
     ["he would resign"]),
])
def test_a_clause_after_an_occasion_goes_to_the_verb_of_saying(nlp, text, cue, source, content):
    found = _one(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    assert contents(found) == content


def test_a_participle_of_saying_keeps_its_own_clause(nlp):
    # 'said while insisting that X': the clause is the participle's, not the occasion's
    assert contents(_one(nlp, "The mayor said while insisting that the budget was sound.", "insisting")) == [
        "the budget was sound"]


@pytest.mark.parametrize("text, content", [
    ('"It was a fair trial," the judge said, and "justice" was the word everyone used.', ["It was a fair trial"]),
    ('"The pay is too low," the nurse said, but "shameful" was how her colleague put it.', ["The pay is too low"]),
])
def test_a_writers_clause_opening_with_a_quoted_word_is_not_the_speakers(nlp, text, content):
    assert contents(_one(nlp, text, "said")) == content


def test_the_speakers_next_quotation_after_and_is_still_the_speakers(nlp):
    found = _one(nlp, '"It was a fair trial," the judge said, and "the verdict stands."', "said")
    assert contents(found)[0] == "It was a fair trial"
    assert any("the verdict stands" in c for c in contents(found))


@pytest.mark.parametrize("text", [
    '"We are ready," she said. Then "the storm" hit the coast.',
    '"We are ready," she said. But "ready" meant different things to different people.',
])
def test_a_phrase_quoted_in_the_writers_next_sentence_is_not_the_speakers(nlp, text):
    assert contents(_one(nlp, text, "said")) == ["We are ready"]


@pytest.mark.parametrize("text, more", [
    ('"We are ready," she said. But "the storm is coming."', "the storm is coming"),
    ('"We are ready," she said. "The storm is coming."', "The storm is coming"),
])
def test_the_speakers_next_sentence_in_quotation_marks_is_still_the_speakers(nlp, text, more):
    assert contents(_one(nlp, text, "said")) == ["We are ready", more]


@pytest.mark.parametrize("text, cue, content", [
    ("The board showed no signs of changing course.", "showed no signs of", ["changing course"]),
    ("The rebels have shown no sign of laying down their arms.", "have shown no sign of", ["laying down their arms"]),
])
def test_a_sign_of_an_act_is_a_stance(nlp, text, cue, content):
    found = _one(nlp, text, cue)
    assert contents(found) == content


def test_a_sign_of_a_state_is_none(nlp):
    assert records(nlp, "The economy showed no sign of recovery.") == []


@pytest.mark.parametrize("text", [
    "The actor thanked his family, saying at the ceremony: \u2018This is for my mother.\u2019",
    "The singer thanked her fans, writing on Facebook: 'I owe you everything.'",
])
def test_a_quotation_in_single_marks_after_a_participles_colon_is_the_participles(nlp, text):
    found = records(nlp, text)
    quoted = [r for r in found if any("This is for" in c or "I owe you" in c for c in contents(r))]
    assert [r.cue.text for r in quoted if r.cue is not None] in (["saying"], ["writing"])


def _proposal(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    cand = drawn_criticism(active_lexicon(), doc.text, token)
    if cand is None:
        return None
    source = doc.text[cand.source[0] : cand.source[1]] if cand.source else None
    return source, doc.text[cand.cue[0] : cand.cue[1]], [doc.text[s:e] for s, e in cand.contents]


@pytest.mark.parametrize("text, word, source, content", [
    ("The bill has won strong support from farmers.", "support", "farmers", "The bill"),
    ("The ruling drew anger from parents.", "anger", "parents", "The ruling"),
    ("The new curfew has drawn fierce criticism from civil rights groups.", "criticism", "civil rights groups",
     "The new curfew"),
])
def test_a_stance_for_or_against_drawn_from_its_holders(nlp, text, word, source, content):
    assert _proposal(nlp, text, word) == (source, word, [content])


@pytest.mark.parametrize("text, word", [
    ("The plan drew support from the start.", "support"),  # no one holds it
    ("The senator rejected support from the lobby.", "support"),  # disputed: the verb's report
    ("The speech drew applause from the crowd.", "applause"),  # a crowd's stir, no stance
])
def test_no_stance_without_a_holder_or_disputed(nlp, text, word):
    assert _proposal(nlp, text, word) is None
