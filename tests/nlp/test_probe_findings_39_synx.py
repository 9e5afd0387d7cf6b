"""Patterns of the thirty-ninth session (helper synx): cue verbs the syntax had kept from
proposing. A stance, belief or statement in a relative clause set off from its noun, whose
object is the relative pronoun ('the levy, which the mayor opposed': the mayor's stance on
'which'), or whose noun sums up what came before ('..., a measure she once backed': on 'a
measure'; ``relative_objects``); not a restrictive clause ('a measure that farmers oppose'), a
clause whose subject is 'it', or one with a preposition of its own. A participle of saying after
the clause of a cue verb's object ('rejected the idea that X, saying Y') is the act of the
verb's subject, not of the clause's, and no report nested in the idea's
(``idea_participles``). The rules' candidates are checked (the ranker decides which are
shown). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.lexicon import active_lexicon
from sourcebook.nlp.attribution.verbs import verb_cue


def _candidate(nlp, text, verb):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    cand = verb_cue(active_lexicon(), doc.text, token, token.lemma_.lower())
    if cand is None:
        return None
    text = doc.text
    source = text[cand.source[0]:cand.source[1]] if cand.source else None
    return text[cand.cue[0]:cand.cue[1]], source, [text[start:end] for start, end in cand.contents]


@pytest.mark.parametrize("text, verb, cue, source, content", [
    ("The council scrapped the levy, which the mayor strongly opposed.", "opposed", "opposed", "the mayor", ["which"]),
    ("The senator backed the treaty, which he once criticized.", "criticized", "criticized", "he", ["which"]),
])
def test_a_set_off_relative_pronoun_is_what_the_stance_is_on(nlp, text, verb, cue, source, content):
    assert _candidate(nlp, text, verb) == (cue, source, content)


@pytest.mark.parametrize("text, verb", [
    ("The tax is a measure that farmers oppose.", "oppose"),  # restrictive
    ("She promised to fund the plans that voters want.", "want"),
    ("He quit the club in 2003, a title it still holds.", "holds"),  # 'it' holds nothing
])
def test_no_stance_in_a_restrictive_clause_or_of_it(nlp, text, verb):
    assert _candidate(nlp, text, verb) is None


def test_a_summing_noun_is_what_the_stance_is_on(nlp):
    found = _candidate(nlp, "The senator voted against the bill, a measure she once backed.", "backed")
    assert found == ("backed", "she", ["a measure"])


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor rejected the idea that the bridge was unsafe, saying that inspectors had cleared it.", "saying",
     "The mayor", "inspectors had cleared it"),
    ("The senator dismissed the notion that a shake-up was coming, explaining that she had been away.", "explaining",
     "The senator", "she had been away"),
])
def test_a_participle_after_the_objects_clause_is_the_subjects(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1 and found[0].parent is None
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]
