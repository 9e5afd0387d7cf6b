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
from itertools import repeat
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from . import tables
from .candidate import Candidate
from .lexicon import Lexicon
from .nouns import adjective_cue, noun_cue
from .ranker import load_weights
from .spellings import british_forms
from .syntax import source_like
from .tables import Words, text_of
from .verbs import verb_cue

MODEL = Path(__file__).with_name("tagger.json")
VERB, NOUN, ADJ = "v", "n", "a"
_CLASS = {"VERB": VERB, "AUX": VERB, "NOUN": NOUN, "ADJ": ADJ}
_STEPS = ((0.85, 0.4), (0.7, 0.3), (0.5, 0.2), (0.0, 0.1))
#: the children's relations read with their word ('prep|on'), with their kind ('nsubj|PRON:like'), and the
#: clauses among the latter, read with their tag
_WORD_DEPS = frozenset(["prep", "prt", "aux", "auxpass", "neg", "mark", "advmod"])
_KIND_DEPS = frozenset(["nsubj", "nsubjpass", "poss", "dobj", "agent", "ccomp", "xcomp", "acl", "relcl"])
_CLAUSE_DEPS = frozenset(["ccomp", "xcomp", "acl", "relcl"])


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
    doc = token.doc
    return _features(doc, tables.words_of(doc), token.i, [c.i for c in token.children], lex)


def _features(doc: Doc, words: Words, i: int, children: list[int], lex: Lexicon,
              british: dict[str, str] | None = None) -> list[str]:
    """``features`` of word ``i`` with the children ``children`` (indices), read from the Doc's
    ``words`` (``tables``): a Token is made only for a subject, possessor or object, whose kind
    ``source_like`` tells; a British spelling of ``british`` reads as the known American one."""
    pos, lemma, tag, dep, lower = words.pos, words.lemma, words.tag, words.dep, words.lower
    word = f"{_CLASS.get(pos[i], '')}:{lemma[i].lower()}"
    word = british.get(word, word) if british else word
    head = words.head[i]
    d, t = dep[i], tag[i]  # (each feature one f-string: a chain of '+' makes a string per step)
    out = {"bias", f"w={word}", f"d={d}", f"t={t}", f"wd={word}|{d}", f"wt={word}|{t}", f"hp={pos[head]}|{d}",
           f"wh={word}|{lemma[head].lower()}", f"whp={word}|{pos[head]}"}
    for child in children:
        cdep = dep[child]
        out.add(f"c={cdep}")
        out.add(f"wc={word}|{cdep}")
        if cdep in _WORD_DEPS:
            out.add(f"cw={cdep}|{lower[child]}")
            out.add(f"wcw={word}|{cdep}|{lower[child]}")
        elif cdep in _KIND_DEPS:
            kind = _kind(doc[child], lex) if cdep not in _CLAUSE_DEPS else tag[child]
            out.add(f"ck={cdep}|{kind}")
            out.add(f"wck={word}|{cdep}|{kind.split(':')[0]}")
    before = lower[i - 1] if i > 0 else "<s>"
    after = lower[i + 1] if i + 1 < len(lower) else "</s>"
    out.update((f"b={before}", f"a={after}", f"wa={word}|{after}", f"wb={word}|{before}"))
    return sorted(out)


class CueTagger:
    """Proposes the cues the rules miss; a no-op without a model."""

    def __init__(self, lex: Lexicon, path: str | Path | None = MODEL, model: dict | None = None) -> None:
        if model is None and path is not None:
            model = load_weights(str(path))
        self.weights: dict[str, float] = model["weights"] if model else {}
        self.threshold: float = model["threshold"] if model else 1.0
        self.words: frozenset[str] = frozenset(model["words"]) if model else frozenset()
        self.british = british_forms(self.words)  # 'n:favour' read as 'n:favor' (``spellings``)
        self.words |= frozenset(self.british)
        lemmas = {c: {w[2:] for w in self.words if w[0] == c} for c in (VERB, NOUN, ADJ)}
        #: per part of speech, the lemmas the model knows ('back' of 'v:back'): ``scored`` tests a lemma without a key
        self.lemmas = {pos: frozenset(lemmas[c]) for pos, c in _CLASS.items()}
        nouns = frozenset(lemmas[NOUN])  # (with the British spellings: 'favour')
        # the rules see the tagger's words as if they were in the lexicon (noun rules read
        # the written form: the plural is added)
        self.lex = replace(lex, stance_object=lex.stance_object | frozenset(lemmas[VERB]),
                           learned_verbs=frozenset(lemmas[VERB]) - lex.stance_object,
                           speech_nouns=lex.speech_nouns | nouns | frozenset(n + "s" for n in nouns),
                           adjectives=lex.adjectives | frozenset(lemmas[ADJ]))

    def probability(self, feats: list[str]) -> float:
        z = sum(map(self.weights.get, feats, repeat(0.0)))  # (each feature's weight, 0 for one it does not know)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def words_of(self, doc: Doc, cands: list[Candidate]) -> list[Token]:
        """The words the tagger scores: a known lemma, not already a rule's cue."""
        return [doc[i] for i in self.scored(doc, cands)]

    def scored(self, doc: Doc, cands: list[Candidate]) -> list[int]:
        """The indices of the words the tagger scores (``words_of``), read from the Doc's lists
        (``tables``): no Token made."""
        if not self.words:
            return []
        taken: set[int] = set()
        for cand in cands:
            if cand.cue:
                taken.update(range(*cand.cue))
        words, known = tables.words_of(doc), self.lemmas
        starts = tables.starts_of(doc)
        found = []
        for i, (pos, lemma) in enumerate(zip(words.pos, words.lemma, strict=True)):
            lemmas = known.get(pos)
            if lemmas is not None and lemma.lower() in lemmas and starts[i] not in taken:
                found.append(i)
        return found

    def find(self, doc: Doc, sentences: list[Span], cands: list[Candidate]) -> list[Candidate]:
        """The candidates of the words the model takes for cues."""
        scored = self.scored(doc, cands)
        if not scored:
            return []
        words = tables.words_of(doc)
        # each scored word's children, from the heads (spaCy makes a Token for each child it walks)
        children: dict[int, list[int]] = {i: [] for i in scored}
        for child, head in enumerate(words.head):
            if head != child and head in children:
                children[head].append(child)
        out = []
        text = None
        for i in scored:
            p = self.probability(_features(doc, words, i, children[i], self.lex, self.british))
            if p < self.threshold:
                continue
            token = doc[i]
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
