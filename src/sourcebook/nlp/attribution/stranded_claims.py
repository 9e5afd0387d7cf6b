"""A report in a relative clause whose reported clause the parser hung on the sentence's verb,
mended in place before the rules run (``mends``).

'The firm unveiled a tablet that the company claims will last a decade': the parser reads 'claims' as
the relative clause of 'tablet' and 'will last a decade' as a second clause of 'unveiled', so the
claim has no content and 'unveiled' seems to report one. A verb of saying or believing in a relative
clause, with no clause of its own, whose noun's verb holds a clause that opens right after it, is
the verb of that clause ('a law that critics say will raise prices' is read so already). A clause
further on, past other words, stays where it is ('sold a kettle the maker praised, and shops say
X')."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of


def stranded_claims(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that hang each such clause on the relative clause's verb; none
    when there is no such clause."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in positions(words.dep, "relcl", 0, len(words.dep)):  # (found in C: the 'relcl' words only)
        lex = lex or active_lexicon()
        verb = doc[i]
        if verb.lemma_.lower() not in lex.speech and verb.lemma_.lower() not in lex.belief:
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children) or verb.right_edge.i != i:
            continue
        outer = verb.head.head
        clause = next((c for c in outer.children if c.dep_ == "ccomp" and c.i > i and c.left_edge.i == i + 1), None)
        if clause is not None:
            heads[clause.i], deps[clause.i] = i, "ccomp"
    return heads, deps
