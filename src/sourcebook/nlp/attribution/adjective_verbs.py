"""A past verb of saying right after its subject read as an adjective of its object, the object
read as the sentence's root, mended before every rule reads the parse: 'In May, Okafor blasted
Harbourside for its fees', 'Lind accused Reyes, her rival, of lying'.

The parser may read a name, a past form and the name after it as one noun phrase ('Okafor blasted
Harbourside': 'blasted' an adjective of 'Harbourside', 'Okafor' its compound or its subject); the
sentence then has no verb and the report no cue. A past form of a verb of saying (never the bare
form) read as an adjective, right after a noun or a pronoun that hangs on it or on the noun it
describes, when that noun is the sentence's root, is the sentence's verb: the word before it its
subject, the noun its object. Not an adjective after a hyphen or a preposition's object ('a
tea-party backed candidate', 'in the past described Trump as X'), nor the bare form ('the press
release').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import VerbArcs
from .lexicon import active_lexicon
from .tables import positions, words_of

#: what the subject before the verb may be tagged
_SUBJECT = frozenset(["NNP", "NN", "NNS", "NNPS", "PRP"])
#: what the subject may hang by on the noun the parser made the root
_SUBJECT_DEPS = frozenset(["nsubj", "compound", "npadvmod", "nmod"])


def adjective_verbs(doc: Doc) -> VerbArcs:
    """The arcs that make each such adjective its sentence's verb, and the verbs with their tags and lemmas."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lex = None
    words = words_of(doc)
    for i in positions(words.dep, "amod", 0, len(words.dep)):  # (found in C: the 'amod' words only)
        if i < 1 or words.tag[i] not in ("VBD", "VBN", "JJ") or words.tag[i - 1] not in _SUBJECT:
            continue  # (no Token made)
        lex = lex or active_lexicon()
        lemma = lex.verb_lemmas.get(words.lower[i])
        if lemma is None or lemma not in lex.cue_verbs or words.lower[i] == lemma or not words.lower[i].endswith(("ed", "ld")):
            continue
        verb, subject = doc[i], doc[i - 1]
        noun = verb.head
        if noun.i <= i or noun.dep_ != "ROOT" or subject.head.i not in (i, noun.i) or subject.dep_ not in _SUBJECT_DEPS:
            continue
        if i >= 2 and doc[i - 2].tag_ == "HYPH" or any(t.is_punct for t in doc[i : noun.i]):
            continue  # (not 'a tea-party backed candidate'; the object right after the verb)
        heads[i], deps[i] = i, "ROOT"
        heads[noun.i], deps[noun.i] = i, "dobj"
        heads[subject.i], deps[subject.i] = i, "nsubj"
        for child in noun.children:
            if child.i < subject.i or child.dep_ == "punct" and child.i > noun.i and child.i == noun.right_edge.i:
                heads[child.i] = i  # (what opens the sentence and its closing mark go with the verb)
        verbs.append((verb, "VBD", lemma))
    return heads, deps, verbs
