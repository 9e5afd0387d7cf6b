"""A relative clause with no relative pronoun that ends on its preposition, set between a source
and its cue verb, which the parser took for the sentence's verb: mended in place before the rules
run (``mends``).

'A podiatrist we spoke to said most runners buy shoes too small', 'One farmer I talked to said the
price had halved', 'a nurse we spoke with says X': the parser made the noun phrase the sentence
(its head the root), 'spoke' a relative clause on it, and the cue verb a clause hung on 'to' or on
'spoke', so the cue had no subject. A preposition ending a relative clause has its object in the
noun the clause describes ('spoke to the podiatrist'); the finite cue verb right after it, with no
subject of its own, is the sentence's verb, and the noun is its subject. The relative clause stays
on the noun (PolNeAR's sources are maximal: 'A podiatrist we spoke to').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import words_of

#: prepositions a relative clause ends on after a verb of meeting or speaking ('spoke to', 'talked with')
_STRANDED = frozenset(["to", "with", "from", "at", "about", "for"])
_FINITE = frozenset(["VBD", "VBZ", "VBP"])


def stranded_relative(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make the cue verb after such a clause the sentence's verb
    and the noun the clause describes its subject; none when there is no such clause."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for p, lower in enumerate(words.lower):
        if lower not in _STRANDED or p < 3 or p + 1 >= len(words.lower):
            continue
        verb, relative = p + 1, p - 1
        if words.tag[verb] not in _FINITE or words.dep[relative] != "relcl" or words.pos[relative] != "VERB":
            continue
        noun = words.head[relative]
        if words.dep[noun] != "ROOT" or words.pos[noun] not in ("NOUN", "PROPN") or noun >= relative - 1:
            continue  # (the clause's own subject stands between: 'we', 'I', 'reporters')
        lex = lex or active_lexicon()
        if words.lower[verb] not in lex.verb_lemmas:
            continue
        if not any(words.head[k] == relative and words.dep[k] in ("nsubj", "nsubjpass") for k in range(noun + 1, relative)):
            continue
        if any(words.head[k] == verb and words.dep[k] in ("nsubj", "nsubjpass") for k in range(len(words.head))):
            continue  # (the verb has a subject of its own: no misreading)
        heads[verb], deps[verb] = verb, "ROOT"
        heads[noun], deps[noun] = verb, "nsubj"
        heads[p], deps[p] = relative, "prep"
        for k in range(verb + 1, len(words.head)):  # what hung on the noun phrase after the verb (its period)
            if words.head[k] in (noun, relative, p) and k not in heads:
                heads[k] = verb
    return heads, deps
