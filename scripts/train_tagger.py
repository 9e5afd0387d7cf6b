"""Fit the cue tagger (``src/sourcebook/nlp/attribution/tagger.json``) on PolNeAR train.

    python scripts/train_tagger.py ../shared/corpora/polnear/train   # what `make model` runs first

The rules run on every training text (without the ranker or a tagger); every verb, noun and
adjective that no rule candidate took as its cue is a training word, labelled 1 when it lies
inside a gold cue. The tagger knows the words ('v:back', 'n:criticism') that are gold cues at
least MIN_POSITIVE times and that the lexicon does not list (the rules already tried those);
a logistic regression (L2, full-batch Adam in numpy over a scipy.sparse matrix:
deterministic, CPU-only) is fitted on those words' features (``tagger.features``), features
seen fewer than MIN_COUNT times left out; L2 and THRESHOLD were chosen on a split of train
(fitted on its first 700 texts, measured on the last 140). ``make model`` then refits the
ranker, whose proposals include the tagger's.

``--cache FILE`` keeps the parsed training texts (a spaCy DocBin) for the next run;
``scripts/train_ranker.py --cache FILE`` reads the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from spacy.tokens import DocBin

from sourcebook.evaluate.polnear import read_corpus
from sourcebook.nlp.attribution.candidate import Candidate
from sourcebook.nlp.attribution.lexicon import Lexicon
from sourcebook.nlp.attribution.ranker import Ranker
from sourcebook.nlp.attribution.tagger import ADJ, MODEL, NOUN, VERB, CueTagger, features, key, word_class
from sourcebook.nlp.factories import PIPELINE_ORDER
from sourcebook.nlp.pipeline import load_pipeline

MIN_POSITIVE = 3
MIN_COUNT = 5
L2 = 8.0
# chosen on train: fitted on its first 700 texts, the last 140 held out (at 0.3 the held-out
# words were cues half the time, and the ranker filters what the tagger proposes)
THRESHOLD = 0.3
FOLDS = 3  # the ranker's training proposals come from taggers fitted on the other folds
STEPS = 400
RATE = 0.05


def parsed(directory: str, cache: str | None = None):
    """(pipeline, [(text, gold, doc)]) for a PolNeAR split, the parses read from ``cache``
    when it exists and written to it otherwise."""
    nlp = load_pipeline()
    corpus = read_corpus(directory)
    if cache and Path(cache).exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        # the extractors after the parse, not the line breaks before it: the parses must be the pipeline's
        ours = [n for n in nlp.pipe_names if n in PIPELINE_ORDER]
        with nlp.select_pipes(disable=ours):
            docs = list(nlp.pipe(text for _, text, _ in corpus))
        if cache:
            store = DocBin()
            for doc in docs:
                store.add(doc)
            store.to_disk(cache)
    if len(docs) != len(corpus):
        raise SystemExit(f"{cache} holds {len(docs)} parses for {len(corpus)} texts: delete it")
    return nlp, [(text, gold, doc) for (_, text, gold), doc in zip(corpus, docs, strict=True)]


def _listed(lex: Lexicon, word: str) -> bool:
    kind, lemma = word[0], word[2:]
    if kind == VERB:
        # quotation verbs ('continue', 'read') are cues of the rules only beside a quotation:
        # elsewhere the tagger may learn them
        return lemma in lex.cue_verbs or lemma in lex.poll_verbs or lemma in lex.seem_verbs
    if kind == NOUN:
        return lemma in lex.speech_nouns or lemma in lex.belief_nouns or lemma in lex.copula_nouns
    return lemma in lex.adjectives


class _Recorder:
    """Stands in for the tagger while the rules run: keeps every word they left."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.cues: list[tuple[int, int]] = []
        self.rows: list[tuple[str, list[str], int]] = []

    def find(self, doc, sentences, cands: list[Candidate]) -> list[Candidate]:
        taken = [c.cue for c in cands if c.cue]
        for token in doc:
            if word_class(token) is None or _listed(self.lex, key(token)):
                continue
            if any(s <= token.idx < e for s, e in taken):
                continue
            label = int(any(s <= token.idx < e for s, e in self.cues))
            self.rows.append((key(token), features(token, self.lex), label))
        return []


Rows = list[tuple[str, list[str], int]]  # (word, features, label)


def collect(nlp, corpus) -> list[Rows]:
    """The training words of each text."""
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    ranker, tagger = extractor.ranker, extractor.tagger
    extractor.ranker = Ranker(extractor.lex, path=None)
    recorder = _Recorder(extractor.lex)
    extractor.tagger = recorder
    out = []
    try:
        for _, gold, doc in corpus:
            recorder.cues = [r for item in gold for r in item.cue]
            recorder.rows = []
            extractor(doc)
            out.append(recorder.rows)
    finally:
        extractor.ranker, extractor.tagger = ranker, tagger
    return out


def train(texts: list[Rows]) -> dict:
    """The tagger model fitted on the words of ``texts``."""
    positives = Counter(word for rows in texts for word, _, label in rows if label)
    words = sorted(w for w, n in positives.items() if n >= MIN_POSITIVE)
    known = set(words)
    rows = [(feats, label) for text in texts for word, feats, label in text if word in known]
    weights = fit([f for f, _ in rows], [y for _, y in rows])
    return {
        "_about": "cue tagger: logistic weights over tagger.features, fitted by scripts/train_tagger.py",
        "threshold": THRESHOLD,
        "words": words,
        "weights": dict(sorted(weights.items())),
    }


def fold_taggers(nlp, corpus, folds: int = FOLDS) -> list[CueTagger]:
    """One tagger per fold of ``corpus`` (text i is in fold i % folds), each fitted on the
    other folds: the ranker learns how good the tagger's proposals are on texts it did not
    see, not on the ones it was fitted on."""
    texts = collect(nlp, corpus)
    lex = nlp.get_pipe("sourcebook_attributions").extractor.lex
    return [
        CueTagger(lex, path=None, model=train([t for i, t in enumerate(texts) if i % folds != fold]))
        for fold in range(folds)
    ]


def sparse_rows(cols: list[list[int]], width: int) -> sparse.csr_matrix:
    """The rows of a design matrix, each given by its features' columns, as a scipy.sparse
    matrix of ones (a column given twice in a row counts twice): a row has a few dozen of
    the thousands of features, so products with it cost what its ones cost."""
    indptr = np.cumsum([0] + [len(c) for c in cols])
    indices = np.fromiter((i for c in cols for i in c), dtype=np.int64, count=int(indptr[-1]))
    return sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(cols), width))


def fit(rows: list[list[str]], labels: list[int], min_count: int = MIN_COUNT) -> dict[str, float]:
    """L2 logistic regression over sparse binary features."""
    counts = Counter(f for row in rows for f in row)
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    x = sparse_rows([[index[f] for f in row if f in index] for row in rows], len(names))
    xt = x.T.tocsr()  # the gradient's product, row by row
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names))
    reg = np.full(len(names), L2 / len(rows))
    reg[index["bias"]] = 0.0
    m, v = np.zeros(len(names)), np.zeros(len(names))
    for step in range(1, STEPS + 1):  # Adam: sparse features converge in a few hundred steps
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = xt @ (p - y) / len(rows) + reg * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) > 1e-4}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="PolNeAR train: a directory with text/ and attributions/")
    parser.add_argument("--out", default=str(MODEL))
    parser.add_argument("--cache", help="a DocBin file for the parses (read when it exists, else written)")
    args = parser.parse_args(argv)
    nlp, corpus = parsed(args.directory, args.cache)
    texts = collect(nlp, corpus)
    model = {**train(texts), "trained_on": Path(args.directory).name}
    Path(args.out).write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    known = set(model["words"])
    rows = [(f, y) for text in texts for w, f, y in text if w in known]
    tagger = CueTagger(nlp.get_pipe("sourcebook_attributions").extractor.lex, path=None, model=model)
    kept = [y for f, y in rows if tagger.probability(f) >= THRESHOLD]
    cues = sum(y for _, y in rows)
    print(f"{sum(len(t) for t in texts)} words left by the rules; {len(known)} words known "
          f"({', '.join(f'{sum(w[0] == k for w in known)} {k}' for k in (VERB, NOUN, ADJ))}), {len(rows)} rows, "
          f"{cues} inside a gold cue; {len(model['weights'])} weights; at {THRESHOLD} (train): {len(kept)} proposed, "
          f"precision {sum(kept) / max(1, len(kept)):.3f}, recall {sum(kept) / max(1, cues):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
