"""A trained cue tagger: the cues the word lists leave out or cannot tell apart.

PolNeAR annotates evaluations and stances ('backed the bill', 'opposed the deal', 'looked at
X as Y'), nominal cues ('criticism of', 'his plans to') and many verbs whose cue sense
depends on the words around them. A word list cannot say when 'back' or 'offer' is a cue;
a logistic model over the parse around the word can. For every word whose lemma the model
knows as a cue (``tagger.json``: the lemmas of PolNeAR train cues the rules miss, seen at
least a few times) and that no rule already took as a cue, the model gives the probability
that the word is a cue from plain features of the parse: the lemma, its part of speech,
dependency and head, its children's dependencies and prepositions, what kind of subject or
possessor it has, the words next to it. Above the model's threshold, the word is handed to
the verb, noun or adjective rule as if it were in the lexicon, so the source and content
come from the same walks over the parse as every other record; the rules keep the final
say on what is a source and a content, and the ranker on what is kept.

The proposal's rule confidence carries the tagger's probability in four steps (0.1-0.4,
below every rule's own 0.6 and 0.8) so that the ranker, which reads it as a feature, knows
how sure the tagger was.

Fitted by ``scripts/train_tagger.py`` (``make model``), applied here with a dot product: the
weights are a JSON table, deterministic and a few hundred KB.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from spacy.attrs import IDX, LEMMA, POS
from spacy.tokens import Doc, Span, Token

from .candidate import Candidate
from .lexicon import Lexicon
from .nouns import adjective_cue, noun_cue
from .ranker import load_weights
from .syntax import source_like
from .tables import text_of
from .verbs import verb_cue

MODEL = Path(__file__).with_name("tagger.json")
VERB, NOUN, ADJ = "v", "n", "a"
_CLASS = {"VERB": VERB, "AUX": VERB, "NOUN": NOUN, "ADJ": ADJ}
_STEPS = ((0.85, 0.4), (0.7, 0.3), (0.5, 0.2), (0.0, 0.1))


def word_class(token: Token) -> str | None:
    return _CLASS.get(token.pos_)


def key(token: Token) -> str:
    """The tagger's name for a word: its class and lemma ('v:back', 'n:criticism')."""
    return f"{_CLASS.get(token.pos_, '')}:{token.lemma_.lower()}"


def _kind(token: Token, lex: Lexicon) -> str:
    if token.pos_ == "PRON":
        return "pron:" + token.lower_
    if token.ent_type_:
        return "ent:" + token.ent_type_
    return token.pos_ + (":like" if source_like(lex, token) else ":thing")


def features(token: Token, lex: Lexicon) -> list[str]:
    """The features of one word (strings; the model holds a weight for each it knows)."""
    word = key(token)
    dep, head = token.dep_, token.head
    out = {"bias", "w=" + word, "d=" + dep, "t=" + token.tag_, "wd=" + word + "|" + dep, "wt=" + word + "|" + token.tag_,
           "hp=" + head.pos_ + "|" + dep, "wh=" + word + "|" + head.lemma_.lower(), "whp=" + word + "|" + head.pos_}
    for child in token.children:
        cdep = child.dep_
        out.add("c=" + cdep)
        out.add("wc=" + word + "|" + cdep)
        if cdep in ("prep", "prt", "aux", "auxpass", "neg", "mark", "advmod"):
            out.add("cw=" + cdep + "|" + child.lower_)
            out.add("wcw=" + word + "|" + cdep + "|" + child.lower_)
        elif cdep in ("nsubj", "nsubjpass", "poss", "dobj", "agent", "ccomp", "xcomp", "acl", "relcl"):
            kind = _kind(child, lex) if cdep not in ("ccomp", "xcomp", "acl", "relcl") else child.tag_
            out.add("ck=" + cdep + "|" + kind)
            out.add("wck=" + word + "|" + cdep + "|" + kind.split(":")[0])
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else "<s>"
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else "</s>"
    out.update(["b=" + before, "a=" + after, "wa=" + word + "|" + after, "wb=" + word + "|" + before])
    return sorted(out)


class CueTagger:
    """Proposes the cues the rules miss; a no-op without a model."""

    def __init__(self, lex: Lexicon, path: str | Path | None = MODEL, model: dict | None = None) -> None:
        if model is None and path is not None:
            model = load_weights(str(path))
        self.weights: dict[str, float] = model["weights"] if model else {}
        self.threshold: float = model["threshold"] if model else 1.0
        self.words: frozenset[str] = frozenset(model["words"]) if model else frozenset()
        lemmas = {c: {w[2:] for w in self.words if w[0] == c} for c in (VERB, NOUN, ADJ)}
        nouns = frozenset(lemmas[NOUN])
        # the rules see the tagger's words as if they were in the lexicon (noun rules read
        # the written form: the plural is added)
        self.lex = replace(lex, stance_object=lex.stance_object | frozenset(lemmas[VERB]),
                           learned_verbs=frozenset(lemmas[VERB]) - lex.stance_object,
                           speech_nouns=lex.speech_nouns | nouns | frozenset(n + "s" for n in nouns),
                           adjectives=lex.adjectives | frozenset(lemmas[ADJ]))

    def probability(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def words_of(self, doc: Doc, cands: list[Candidate]) -> list[Token]:
        """The words the tagger scores: a known lemma, not already a rule's cue."""
        if not self.words:
            return []
        taken: set[int] = set()
        for cand in cands:
            if cand.cue:
                taken.update(range(*cand.cue))
        # read from arrays: a Token object only for the few words whose class and lemma fit
        strings = doc.vocab.strings
        classes = {strings.add(pos): cls for pos, cls in _CLASS.items()}
        rows = doc.to_array([POS, LEMMA, IDX]).tolist()
        found = []
        for i, (pos, lemma, idx) in enumerate(rows):
            cls = classes.get(pos)
            if cls is not None and idx not in taken and f"{cls}:{strings[lemma].lower()}" in self.words:
                found.append(doc[i])
        return found

    def find(self, doc: Doc, sentences: list[Span], cands: list[Candidate]) -> list[Candidate]:
        """The candidates of the words the model takes for cues."""
        out = []
        text = None
        for token in self.words_of(doc, cands):
            p = self.probability(features(token, self.lex))
            if p < self.threshold:
                continue
            text = text if text is not None else text_of(doc)
            cand = propose(self.lex, text, token)
            if cand is None:
                continue
            cand.confidence = next(step for floor, step in _STEPS if p >= floor)
            cand.sentence = _sentence_index(sentences, token)
            out.append(cand)
        return out


def propose(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """The rule candidate of ``token`` read as a cue of its class."""
    kind = word_class(token)
    if kind == VERB:
        return verb_cue(lex, text, token, token.lemma_.lower())
    if kind == NOUN:
        return noun_cue(lex, text, token)
    if kind == ADJ:
        return adjective_cue(lex, text, token)
    return None


def _sentence_index(sentences: list[Span], token: Token) -> int:
    for index, sent in enumerate(sentences):
        if sent.start <= token.i < sent.end:
            return index
    return 0
