"""A relative clause on a noun of saying that the parser read as the noun's complement, mended in
place before the rules run (``mends``).

'Hale said the count was rigged, a claim that election officials rejected': the parser took
'that' for the mark of a complement clause ('the claim that the count was rigged') and the clause
for what the claim says. But 'rejected' wants an object and has none: 'that' is the relative
pronoun standing for the claim, the verb's object, and the clause says who rejected the claim,
not what it was. A clause opened by 'that' right after a noun of saying or thinking, with a
subject of its own, whose verb is one that takes a statement for its object (disputes, repeats or
makes it) and has no object or clause of its own, is a relative clause: 'that' is its object.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

#: verbs beside the disputing ones that take a statement for their object ('a claim that he
#: repeated', 'charges that his rivals made')
_TAKING = frozenset(["make", "repeat", "echo", "voice", "level", "raise", "spread", "peddle", "push"])
#: what a verb with its own object or clause has (then 'that' is no object of it)
_OWN = frozenset(["dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass", "agent"])


def relative_that(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such 'that' its clause's object and the clause
    a relative clause of the noun; none when there is no such clause."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in positions(words.lower, "that", 0, len(words.lower)):  # (found in C: the 'that' words only)
        if words.dep[i] != "mark" or i == 0:
            continue  # (no Token made)
        verb = words.head[i]
        noun = words.head[verb]
        if words.dep[verb] != "acl" or noun != i - 1 or words.pos[noun] != "NOUN" or verb < i:
            continue
        lex = lex or active_lexicon()
        lemma = words.lemma[verb].lower()
        if not (lemma in _TAKING or lemma in lex.disputing_verbs and lemma in lex.stance_object):
            continue
        noun_lemma = words.lemma[noun].lower()
        if noun_lemma not in lex.speech_nouns and noun_lemma not in lex.belief_nouns and noun_lemma not in lex.report_nouns:
            continue
        children = [c for c in doc[verb].children]
        if not any(c.dep_ == "nsubj" and i < c.i < verb for c in children) or any(c.dep_ in _OWN for c in children):
            continue  # ('the claim that he rejected the offer': a complement with its own object)
        heads[i], deps[i] = verb, "dobj"
        heads[verb], deps[verb] = noun, "relcl"
    return heads, deps
