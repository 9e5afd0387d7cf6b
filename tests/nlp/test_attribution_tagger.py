"""The trained cue tagger: packaged weights, what it scores, and what it proposes."""

from __future__ import annotations

import json

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.tagger import MODEL, CueTagger, features, key
from sourcebook.nlp.factories import PIPELINE_ORDER


def test_packaged_model_is_small_and_complete():
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    assert 0.0 < model["threshold"] < 1.0
    assert "bias" in model["weights"]
    assert model["words"] == sorted(model["words"])
    assert all(w[:2] in ("v:", "n:", "a:") for w in model["words"])
    assert MODEL.stat().st_size < 3_000_000


def test_words_the_lexicon_lists_are_left_to_the_rules():
    lex = lexicon()
    words = json.loads(MODEL.read_text(encoding="utf-8"))["words"]
    verbs = {w[2:] for w in words if w.startswith("v:")}
    assert not verbs & lex.cue_verbs


def test_features_are_plain_strings(nlp):
    doc = nlp("Several senators backed the proposal for a second bridge.")
    token = doc[2]
    assert key(token) == "v:back"
    feats = features(token, lexicon())
    assert "bias" in feats and "w=v:back" in feats
    assert feats == sorted(set(feats))


def test_probability_is_a_probability():
    tagger = CueTagger(lexicon())
    assert 0.0 < tagger.probability(["bias"]) < 1.0


def test_without_a_model_it_proposes_nothing(nlp):
    doc = nlp("Several senators backed the proposal for a second bridge.")
    tagger = CueTagger(lexicon(), path=None)
    assert tagger.find(doc, list(doc.sents), []) == []


def _parsed(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in PIPELINE_ORDER:  # the extractors ('sourcebook_lines' runs before the parser)
            break
        doc = proc(doc)
    return doc


def test_a_word_a_rule_took_is_not_scored_again(nlp):
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    doc = _parsed(nlp, "The mayor said the bridge would reopen.")
    cands = extractor.rules.find(doc, list(doc.sents))
    assert all(t.i != 2 for t in extractor.tagger.words_of(doc, cands))


def test_the_tagger_proposes_a_cue_the_word_lists_leave_out(nlp):
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    doc = _parsed(nlp, "The senator championed the bill to raise the minimum wage.")
    assert "champion" not in extractor.lex.cue_verbs
    cands = extractor.rules.find(doc, list(doc.sents))
    learned = extractor.tagger.find(doc, list(doc.sents), cands)
    assert [doc.text[slice(*c.cue)] for c in learned] == ["championed"]
    assert learned[0].confidence < 0.5  # the tagger's steps stay below the rules' own


def test_a_stance_the_word_lists_leave_out_is_found(nlp):
    atts = nlp("The governor vetoed the bill to cut teachers' pay.")._.sourcebook_attributions
    found = [a for a in atts if a.cue is not None and a.cue.text == "vetoed"]
    assert found and found[0].source.text == "The governor"
    assert [c.text for c in found[0].contents] == ["the bill to cut teachers' pay"]
