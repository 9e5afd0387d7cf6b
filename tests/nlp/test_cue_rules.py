"""The cue rules on hand-built parses: no model, so a rule's behaviour is pinned whatever the
parser does (spaCy's own matcher tests build their Docs the same way)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sourcebook.nlp.attribution.candidate import BELIEF, SPEECH
from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.reported import CueRules

# token: (text, lemma, pos, tag, dep, head index)
SAID_THAT = [
    ("The", "the", "DET", "DT", "det", 1),
    ("mayor", "mayor", "NOUN", "NN", "nsubj", 2),
    ("said", "say", "VERB", "VBD", "ROOT", 2),
    ("that", "that", "SCONJ", "IN", "mark", 6),
    ("the", "the", "DET", "DT", "det", 5),
    ("bridge", "bridge", "NOUN", "NN", "nsubj", 6),
    ("closed", "close", "VERB", "VBD", "ccomp", 2),
    (".", ".", "PUNCT", ".", "punct", 2),
]
PASSIVE_BY = [
    ("The", "the", "DET", "DT", "det", 1),
    ("plan", "plan", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("announced", "announce", "VERB", "VBN", "ROOT", 3),
    ("by", "by", "ADP", "IN", "agent", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("council", "council", "NOUN", "NN", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 3),
]
BACKED_BY = [
    ("The", "the", "DET", "DT", "det", 1),
    ("levy", "levy", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("opposed", "oppose", "VERB", "VBN", "ROOT", 3),
    ("by", "by", "ADP", "IN", "agent", 3),
    ("the", "the", "DET", "DT", "det", 6),
    ("growers", "grower", "NOUN", "NNS", "pobj", 4),
    (".", ".", "PUNCT", ".", "punct", 3),
]
FEARS_THAT = [
    ("Her", "her", "PRON", "PRP$", "poss", 1),
    ("fear", "fear", "NOUN", "NN", "nsubj", 6),
    ("that", "that", "SCONJ", "IN", "mark", 4),
    ("prices", "price", "NOUN", "NNS", "nsubj", 4),
    ("rise", "rise", "VERB", "VBP", "acl", 1),
    ("was", "be", "AUX", "VBD", "aux", 6),
    ("shared", "share", "VERB", "VBN", "ROOT", 6),
    (".", ".", "PUNCT", ".", "punct", 6),
]
IT_SAID = [
    ("It", "it", "PRON", "PRP", "nsubj", 1),
    ("believes", "believe", "VERB", "VBZ", "ROOT", 1),
    ("that", "that", "SCONJ", "IN", "mark", 4),
    ("prices", "price", "NOUN", "NNS", "nsubj", 4),
    ("rise", "rise", "VERB", "VBP", "ccomp", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, like_num)


def parse(tokens) -> Doc:
    words = [t[0] for t in tokens]
    return Doc(
        VOCAB,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))],
        lemmas=[t[1] for t in tokens],
        pos=[t[2] for t in tokens],
        tags=[t[3] for t in tokens],
        deps=[t[4] for t in tokens],
        heads=[t[5] for t in tokens],
    )


def cues(tokens):
    doc = parse(tokens)
    found = CueRules(lexicon()).find(doc, list(doc.sents))
    text = doc.text
    return [
        (text[c.cue[0] : c.cue[1]], c.source and text[c.source[0] : c.source[1]],
         [text[s:e] for s, e in c.contents], c.nature)
        for c in found
    ]


@pytest.mark.parametrize(
    "tokens, expected",
    [
        (SAID_THAT, [("said", "The mayor", ["the bridge closed"], SPEECH)]),
        # a passive cue without a content of its own: the subject is what was announced
        (PASSIVE_BY, [("was announced", "the council", ["The plan"], SPEECH)]),
        # the same for a stance verb, which has no content of its own in the active either
        (BACKED_BY, [("was opposed", "the growers", ["The levy"], BELIEF)]),
        # a belief noun held by its possessor
        (FEARS_THAT, [("fear", "Her", ["prices rise"], BELIEF)]),
        # 'it' holds no belief
        (IT_SAID, []),
    ],
)
def test_cue_rules_on_hand_built_parses(tokens, expected):
    assert cues(tokens) == expected
