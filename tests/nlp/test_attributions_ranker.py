"""The ranker: packaged weights, a probability as the confidence, and what it may drop."""

from __future__ import annotations

import json
from dataclasses import replace

from sourcebook.nlp.attribution import ranker as ranker_module
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


def test_a_report_held_by_a_dropped_one_stands_alone_and_is_judged_alone(nlp, monkeypatch):
    """The threshold drops the holder; the reports it held go up to its holder (here none) and
    are kept or dropped by their own scores."""
    doc = nlp("The mayor said that the governor believes the budget is too small.")
    records = tuple(doc._.sourcebook_attributions)
    outer = next(r for r in records if r.parent is None)
    inner = next(r for r in records if r.parent == outer.id)
    scores = {outer.id: 0.1, inner.id: 0.9}
    monkeypatch.setattr(ranker_module, "features", lambda doc, text, record, lex: [record.id])
    ranker = Ranker(lexicon())
    monkeypatch.setattr(ranker, "probability", lambda feats: scores.get(feats[0], 0.9))
    kept = ranker(doc, (outer, inner))
    assert [(r.id, r.parent, r.cue.text if r.cue else None) for r in kept] == [("a1", None, inner.cue.text)]
    # held by nothing, a weak report is dropped too; held by a kept one, it stays
    scores[inner.id] = 0.1
    assert ranker(doc, (outer, inner)) == ()
    scores[outer.id] = 0.9
    assert [r.parent for r in ranker(doc, (outer, inner))] == [None, "a1"]
    # a ring of holders (each cue in the other's content; the build breaks them) does not hang
    # the ranker: neither is free, so neither is dropped
    ring = (replace(outer, parent=inner.id), inner)
    assert len(ranker(doc, ring)) == 2
