"""The infinitive of what a verb of promising pledges, read as an adverbial clause past a phrase of time or
place, mended in place before the rules run (``mends``).

'The minister vowed on Sunday to clear the backlog': the parser may hang the infinitive on the verb as a clause
of purpose (advcl) when a phrase stands between them, which no rule reads as what was vowed; 'vowed to clear the
backlog' gets its complement (xcomp). A verb that promises or refuses (``_PROMISING``) takes no purpose of its
own: with no object, complement or clause, an infinitive opened by 'to' after a phrase hung on the verb is
what it promises, and becomes its complement. A weekday the parser took for its object ('promised Sunday at a
rally to end X') is a time, no object: it becomes a modifier of the verb."""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import places, words_of

#: verbs whose infinitive is always what is promised or refused, never a purpose
_PROMISING = frozenset(["vow", "pledge", "promise", "threaten", "swear", "refuse", "decline"])
#: the phrases that may stand between such a verb and its infinitive ('on Sunday', 'last month', 'at first')
_BETWEEN = frozenset(["prep", "npadvmod", "advmod", "punct"])


def vowed_infinitives(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such infinitive its verb's complement; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in places(words.lemma, _PROMISING, 0, len(words.lemma)):  # (found in C; a verb's lemma is in lower case)
        if words.pos[i] != "VERB":
            continue  # (no Token made)
        children = [c for c in doc[i].children if c.i > i]
        if any(c.dep_ in ("xcomp", "ccomp") for c in doc[i].children):
            continue
        clause = next((c for c in children if c.dep_ == "advcl" and c.left_edge.lower_ == "to" and any(
            g.dep_ == "aux" and g.i == c.left_edge.i for g in c.children)), None)
        if clause is None:
            continue
        between = [c for c in children if c.i < clause.i]
        times = [c for c in between if c.dep_ == "dobj" and c.ent_type_ == "DATE" and not list(c.children)]
        if not between or any(c.dep_ not in _BETWEEN and c not in times for c in between):
            continue
        if words.lemma[i] == "swear" and any(c.lower_ == "at" for c in between):
            continue  # 'swore at the referee to get his attention': a curse, and the infinitive its purpose
        heads[clause.i], deps[clause.i] = i, "xcomp"
        for time in times:
            heads[time.i], deps[time.i] = i, "npadvmod"
    return heads, deps
