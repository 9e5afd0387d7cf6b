"""Patterns of the forty-fifth session (helper bndns): where the content of a record that is no
speech ends. A noun of an act of taking a stance in words, the object of a verb that holds no
stance of its own, goes into the cue with its preposition and the preposition's object is the
content ('launched an attack on X': ``stance_acts``); a stance verb's own object stays whole
('criticized the attack on X'). A verb the parser read as a noun joined to an object ('criticized
X and pledges Y') is the subject's next act, not more of the object (``tails``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.ranker import Ranker


@pytest.mark.parametrize("text, cue, content", [
    ("Ms. Hale launched a fierce attack against the governor.", "launched a fierce attack against", ["the governor"]),
    ("The candidate continued his attacks on the governor.", "continued his attacks on", ["the governor"]),
    ("Mr. Kent delivered a passionate defense of the city.", "delivered a passionate defense of", ["the city"]),
])
def test_an_act_in_words_puts_its_noun_in_the_cue(nlp, text, cue, content):
    # (the rule's candidates before the ranker, which has not yet been refitted on this form)
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    ranker, extractor.ranker = extractor.ranker, Ranker(extractor.lex, path=None)
    try:
        found = [r for r in extractor(nlp(text)) if r.cue is not None and r.cue.text == cue]
    finally:
        extractor.ranker = ranker
    assert len(found) == 1
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue, content", [
    # a stance verb's own object: what the stance is on, noun and all
    ("She criticized the attack on the embassy.", "criticized", ["the attack on the embassy"]),
    ("The senator defended his attacks on the judge.", "defended", ["his attacks on the judge"]),
])
def test_a_stance_verbs_object_stays_whole(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert contents(found[0]) == content


def test_a_verb_read_as_a_noun_after_an_object_is_no_part_of_it(nlp):
    found = records(nlp, "The governor criticized Ottawa and pledges more aid.", "criticized")
    assert len(found) == 1
    assert contents(found[0]) == ["Ottawa"]


def test_a_list_of_nouns_stays_whole(nlp):
    found = records(nlp, "She praised the nurses and the doctors.", "praised")
    assert len(found) == 1
    assert contents(found[0]) == ["the nurses and the doctors"]
