"""A noun the parser hung as a compound on the verb of saying or showing right after it, mended before every rule
reads the parse (``mends``).

'Court papers allege that X' after a headline: the parser may read 'papers' as a compound of 'allege', so the verb
has no subject and the document that alleges is lost; 'X, a filing at Companies House shows.': it may hang
'Companies House' on 'shows' as a compound, so the preposition 'at' has no object and the source stops on it ('a
filing at'). A verb cannot hold a compound: a noun (with the words of its phrase) right before a cue verb or a verb
of showing, hung on it as a compound, is the verb's subject when the verb has none, and the object of the
preposition right before the phrase when that preposition has none. Only a finite verb that the parser still tagged
a verb, and as a subject only a phrase that opens its clause and agrees with the verb ('while China breaks WTO rules:',
'political news show guests' stay as they were).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

#: the tags of a finite verb
_FINITE = frozenset(["VBZ", "VBP", "VBD"])
#: the tags of the noun hung on the verb
_NOUNS = frozenset(["NN", "NNS", "NNP", "NNPS"])


def verb_compounds(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make each such compound its verb's subject or its preposition's object; none when there is none."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    words = words_of(doc)
    tags, deps_now, heads_now = words.tag, words.dep, words.head
    # (the verbs found in C, the word before each tested in the lists: a Token only where both hold)
    for i in positions(words.pos, "VERB", 1, len(doc)):
        if tags[i] not in _FINITE or deps_now[i - 1] != "compound" or heads_now[i - 1] != i or tags[i - 1] not in _NOUNS:
            continue
        verb, noun = doc[i], doc[i - 1]
        lex = lex or active_lexicon()
        lemma = verb.lemma_.lower()
        if lemma not in lex.cue_verbs and lemma not in lex.poll_verbs:
            continue
        before = doc[noun.left_edge.i - 1] if noun.left_edge.i > verb.sent.start else None
        if before is not None and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children):
            heads[noun.i], deps[noun.i] = before.i, "pobj"
        elif _opens_a_clause(doc, noun.left_edge.i) and _agrees(noun.tag_, verb.tag_) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    return heads, deps


def _opens_a_clause(doc: Doc, i: int) -> bool:
    """Whether the phrase starting at ``i`` opens its clause, as a subject does (not the object of a verb before it:
    'while China breaks WTO rules')."""
    return i == doc[i].sent.start or doc[i - 1].is_punct or doc[i - 1].pos_ in ("CCONJ", "SCONJ", "SPACE")


def _agrees(noun: str, verb: str) -> bool:
    """Whether a noun tagged ``noun`` can be the subject of a verb tagged ``verb`` ('papers allege', not 'news show')."""
    return verb == "VBD" or (verb == "VBZ") == (noun in ("NN", "NNP"))
