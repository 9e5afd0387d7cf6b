"""The ranker: packaged weights, a probability as the confidence, and what it may drop."""

from __future__ import annotations

import json

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.ranker import WEIGHTS, Ranker


def test_packaged_weights_are_small_and_complete():
    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert 0.0 < model["threshold"] < 1.0
    assert "bias" in model["weights"]
    assert WEIGHTS.stat().st_size < 200_000


def test_probability_is_a_probability():
    ranker = Ranker(lexicon())
    for feats in (["bias"], ["bias", "kind=direct", "cue=say"], ["bias", "question", "src=none"]):
        assert 0.0 < ranker.probability(feats) < 1.0
    assert ranker.probability(["bias", "kind=direct", "cue=say", "srcent=PERSON"]) > ranker.probability(
        ["bias", "kind=indirect", "cue=say", "question", "src_first_second"])


def test_without_weights_the_records_pass_unchanged(nlp):
    doc = nlp('"The water is rising," the engineer said.')
    records = doc._.sourcebook_attributions
    assert Ranker(lexicon(), path=None)(doc, records) == records


def test_confidence_is_the_rankers(nlp):
    atts = nlp('"The water is rising," the engineer said.')._.sourcebook_attributions
    assert len(atts) == 1
    assert 0.5 < atts[0].confidence < 1.0
    assert atts[0].confidence != 0.8  # not the rules' default


def test_nested_records_keep_their_parent(nlp):
    atts = nlp("The mayor said that the governor believes the budget is too small.")._.sourcebook_attributions
    ids = {a.id for a in atts}
    assert all(a.parent in ids for a in atts if a.parent is not None)
    assert [a.id for a in atts] == [f"a{n}" for n in range(1, len(atts) + 1)]
