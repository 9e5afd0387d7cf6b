"""Whose quotation it is when another voice comes in (issue 12, seventeenth pass): sentences
written for the purpose, run through the whole pipeline."""

from __future__ import annotations


def records(nlp, text):
    return [(a.cue.text if a.cue else None, a.source.text if a.source else None, [c.text for c in a.contents])
            for a in nlp(text)._.sourcebook_attributions if a.parent is None]


def test_a_quotation_answered_by_its_own_clause_is_no_continuation(nlp):
    # the verb of the answering clause need not be a known cue ('retaliated' is not listed)
    text = ("\u201cPrices will rise next year,\u201d the minister said.\n"
            "\u201cWe cannot stop that from happening,\u201d an angry trader retaliated. \u201cNobody listens to us.\u201d")
    found = records(nlp, text)
    said = [r for r in found if r[0] == "said"]
    assert said == [("said", "the minister", ["Prices will rise next year"])]
    assert not any("We cannot stop that" in c for r in found if r[1] == "the minister" for c in r[2])


def test_another_subject_joined_to_the_cue_takes_the_floor(nlp):
    text = ("\u201cThe plant will close in May,\u201d Ebeling said, and her husband Tom cut in. "
            "\u201cNobody told the workers anything.\u201d")
    said = [r for r in records(nlp, text) if r[0] == "said"]
    assert said == [("said", "Ebeling", ["The plant will close in May"])]


def test_a_pronoun_in_between_is_the_speaker_again(nlp):
    text = ("\u201cYou cannot blame the nurses for this,\u201d said Sara Walker, a nurse from Dunmore. "
            "She plans to vote on Tuesday. \u201cThey did what they could.\u201d")
    said = [r for r in records(nlp, text) if r[0] == "said"]
    assert said and said[0][2] == ["You cannot blame the nurses for this", "They did what they could"]


def test_a_relative_clause_after_a_quotation_answers_nothing(nlp):
    text = ("\u201cWe could win enough seats in the north to catch up,\u201d said Tad Dunn, a campaign adviser. "
            "\u201cAnd we have good chances in the south,\u201d which votes in June.")
    found = records(nlp, text)
    assert [r[0] for r in found] == ["said"]
    assert found[0][2] == ["We could win enough seats in the north to catch up", "And we have good chances in the south"]
