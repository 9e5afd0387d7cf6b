"""A preposition's object read as the subject of a cue clause after the reported one, mended before
every rule reads the parse: 'Cocoa shortages will push prices up again before Easter, the
confectioner Harlow & Finch warned on Monday.', 'Fares will rise after July, the operator Ferrow
Lines said.'

Where the reported clause ends in a preposition whose object is a name, and the cue clause's subject
follows it after a comma, the parser may read the object as the cue's subject and the real subject
as its apposition or conjunct: the content then ended in a bare preposition ('... before') and the
source began with the object ('Easter, the confectioner Harlow & Finch'). A preposition never stands
without its object: when the cue's subject comes right after a preposition that has none, the
subject is that object, and the phrase set off after it by a comma (and ending at the cue) is the
cue's subject. So, when the word before the name is the preposition's object and ends the clause
with no mark between ('to merge with its rival Pasco Foods, a person briefed on the talks said'): that
word is the name's modifier, and the name the preposition's object.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .arcs import merged
from .lexicon import active_lexicon
from .tables import positions, words_of

#: the words of the cue's own that may stand between its subject and it ('X, the firm also said')
_BEFORE_CUE = frozenset(["advmod", "aux", "neg"])


def object_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that give each such preposition its object back and the cue its subject (empty
    when no sentence reads so)."""
    return merged(_arcs(verb) for verb in _cue_verbs(doc))


def _cue_verbs(doc: Doc) -> Iterator[Token]:
    """The cue verbs whose subject is a name before a comma."""
    lex = active_lexicon()
    words = words_of(doc)  # (read from the arrays: a Token only for a name before a comma and its verb)
    last = len(doc) - 1
    for i in positions(words.dep, "nsubj", 0, len(words.dep)):  # (found in C: the 'nsubj' words only)
        if i == last or words.pos[i] != "PROPN" or words.text[i + 1] != "," or words.head[i] <= i:
            continue
        verb = doc[words.head[i]]
        if verb.pos_ == "VERB" and lex.verb_lemmas.get(verb.lower_) is not None:
            yield verb


def _arcs(verb: Token) -> tuple[dict[int, int], dict[int, str]] | None:
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i < 1:
        return None
    prep = doc[subject.left_edge.i - 1]
    modifier = _bare_modifier(prep)
    if modifier is not None:
        prep = modifier.head  # ('to merge with its rival Pasco Foods, a person X said': 'rival' the name's)
    elif prep.dep_ != "prep" or prep.pos_ != "ADP" or any(True for _ in prep.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)
    if clause is None or not clause.left_edge.i <= prep.i <= clause.right_edge.i:
        return None  # (the bare preposition ends the clause the cue reports)
    comma = subject.i + 1
    if comma >= verb.i or doc[comma].text != "," or doc[comma].head.i != subject.i:
        return None
    after = next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > comma
                  and c.left_edge.i == comma + 1), None)
    if after is None or after.pos_ not in ("PROPN", "NOUN"):
        return None
    end = verb.i - 1
    while end > after.i and doc[end].head.i == verb.i and doc[end].dep_ in _BEFORE_CUE:
        end -= 1
    if after.right_edge.i != end or any(c.i < subject.i for c in subject.children if c.dep_ not in ("compound", "det", "amod")):
        return None
    heads = {subject.i: prep.i, after.i: verb.i, comma: verb.i}
    deps = {subject.i: "pobj", after.i: "nsubj", comma: "punct"}
    if modifier is not None:
        heads[modifier.i], deps[modifier.i] = subject.i, "amod" if modifier.pos_ == "ADJ" else "compound"
    return heads, deps


def _bare_modifier(word: Token) -> Token | None:
    """The word before the name when it is a preposition's object that ends the clause right before it, with no
    mark between: the name's modifier, which the parser made the object ('with its rival Pasco Foods')."""
    if word.dep_ != "pobj" or word.pos_ not in ("ADJ", "NOUN") or word.right_edge.i != word.i:
        return None
    return word if word.head.dep_ == "prep" and word.head.pos_ == "ADP" else None
