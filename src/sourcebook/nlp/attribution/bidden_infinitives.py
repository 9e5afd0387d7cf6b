"""The infinitive of what a verb of urging bids, read as an adverbial clause past a phrase of place or
time, mended in place before the rules run (``mends``).

'The council has urged people within two miles of the site to stay indoors': the parser may hang 'within
two miles' on the verb rather than on 'people', and then the infinitive on the verb as a clause of purpose
(advcl), which no rule reads as what was urged; 'urged people near the site to stay indoors' gets its
complement (xcomp). A verb that bids (``_BIDDING``) with the one bidden for its object and such an
infinitive after a phrase hung on the verb between them bids that infinitive: it becomes the complement.
Not a verb that may take a purpose ('asked residents at the meeting to vote' may be either), nor one that
has a complement or a clause already."""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import places, words_of

#: verbs whose object and infinitive are always the one bidden and what they are bidden to do
_BIDDING = frozenset(["urge", "advise", "encourage", "implore", "exhort", "instruct", "beseech"])


def bidden_infinitives(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such infinitive its verb's complement; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in places(words.lemma, _BIDDING, 0, len(words.lemma)):  # (found in C; a verb's lemma is in lower case)
        if words.pos[i] != "VERB":
            continue  # (no Token made)
        verb = doc[i]
        children = list(verb.children)
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > i), None)
        if obj is None or any(c.dep_ in ("xcomp", "ccomp") for c in children):
            continue
        clause = next((c for c in children if c.dep_ == "advcl" and c.i > obj.i and any(
            g.dep_ == "aux" and g.lower_ == "to" and g.i == c.left_edge.i for g in c.children)), None)
        if clause is None or not any(c.dep_ == "prep" and obj.i < c.i < clause.i for c in children):
            continue
        heads[clause.i], deps[clause.i] = i, "xcomp"
    return heads, deps
