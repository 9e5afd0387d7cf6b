"""A relative clause with no relative pronoun and no preposition, set between a source and its cue
verb, which the parser hung on the cue as a parenthetical clause: mended in place before the rules
run (``mends``).

'Most hosts I know say the first hour is the hardest', 'Some people I know believe X': the parser
may read 'I know' as a clause beside the cue ('parataxis') instead of a relative clause on the noun,
so the source stops at 'Most hosts' (PolNeAR's sources are maximal: 'Most hosts I know', as the
same words parsed right give: 'Many farmers I met believe X'). A finite verb right before the cue,
with a personal pronoun right before it for its only dependant and the cue's subject right before
that, has lost its object, the noun: it is the noun's relative clause. Not one set off by commas or
a dash ('Most hosts, I know, say X', the writer's aside), nor one with an object or a clause of its
own, nor after a name ('Ruiz I know says X').
``stranded`` takes the clause that ends on its preposition ('A nurse we spoke to said X').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import words_of

_FINITE = frozenset(["VBD", "VBZ", "VBP"])
#: the pronouns that are the subject of such a clause ('I know', 'we met', 'you ask')
_PRONOUNS = frozenset(["i", "we", "you", "they"])


def contact_relatives(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that hang each such clause on the noun before it as its relative clause;
    none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for verb, dep in enumerate(words.dep):
        if dep != "parataxis" or verb < 2 or words.head[verb] != verb + 1 or words.tag[verb] not in _FINITE:
            continue
        pronoun, noun, cue = verb - 1, verb - 2, verb + 1
        if words.lower[pronoun] not in _PRONOUNS or words.head[pronoun] != verb or words.dep[pronoun] != "nsubj":
            continue
        if words.head[noun] != cue or words.dep[noun] != "nsubj" or words.pos[noun] not in ("NOUN", "PRON"):
            continue  # (a name has no such clause: 'Ruiz I know says X' is an aside)
        if any(words.head[k] == verb for k in range(len(words.head)) if k != pronoun):
            continue  # (the clause has words of its own: an object, a clause, a particle)
        lex = lex or active_lexicon()
        if words.lower[cue] not in lex.verb_lemmas:
            continue
        heads[verb], deps[verb] = noun, "relcl"
    return heads, deps
