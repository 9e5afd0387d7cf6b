"""What happened to counted people when the figure's verb does not say it.

Crisis copy often puts the happening beside the verb: "left 28 dead" (dead, not left), "remain
trapped", "were among those killed", "among the dead were 14 children", "killed 9 civilians,
including 4 children" (the children were killed too), "forced the evacuation of 180,000
people", "half of the dead", "the number of displaced people has risen to", "bringing the total to 87" (the total
of what the clause before counted), "raising the number of cases to". ``outcome`` gives that
predicate, or None to keep ``context.predicate_text``'s reading.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import happenings, word_set
from .context import context, find_predicate, predicate_text

__all__ = ["outcome"]

#: verbs that move a running total: "bringing the total to 87", "raising the number of cases to"
_MOVERS = frozenset({"bring", "raise", "push", "take", "lift"})
#: their objects that count what the clause before counted ("the total", "the tally")
_TOTALS = frozenset({"total", "tally", "count"})


@cache
def _words(directory: str | Path | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The complement verbs ("left 28 dead"), the states people are in of the happenings lexicon
    ("missing", "remaining"), whose present participle is the state itself, not its verb, and the
    happening words of people ("dead", "evacuation") of the lexicon in ``directory``."""
    states = frozenset(w for cls in happenings(directory).values()
                       if cls.get("nature") == "stock" and cls.get("implies") == "people" for w in cls["words"])
    return word_set("figures/complement_verbs", directory), states, context(directory).happening_words


def outcome(predicate: Token | None, anchor: Token, directory: str | Path | None = None) -> str | None:
    """The happening of the figure counted by ``anchor`` when it sits off the verb
    ``predicate``, else None. ``directory``: the lexicon to read (default: the packaged one)."""
    complements, states, happening = _words(directory)
    if anchor.dep_ == "pobj" and anchor.tag_ in ("JJ", "VBN") and anchor.lower_ in happening:
        return anchor.lower_  # "half of the dead were children": the people counted are the dead
    if predicate is None or predicate.lemma_ == "be":
        return _among(anchor)
    if predicate.tag_ == "VBG" and predicate.lower_ in states and predicate_text(predicate) == predicate.lemma_.lower():
        return predicate.lower_  # "are missing": the state, not "miss" (but "living in poverty" as it is)
    lemma = predicate.lemma_.lower()
    if lemma in complements:
        said = next((c for c in predicate.children if c.tag_ in ("JJ", "VBN", "VBG") and c.lower_ in happening and (
            c.dep_ in ("oprd", "acomp") or (c.dep_ in ("advcl", "xcomp") and c.i == predicate.i + 1))), None)
        if said is not None:
            return said.lower_  # "left 28 dead", "remain trapped", "were left homeless", "went missing"
    whole = predicate.head
    if predicate.lower_ == "including" and predicate.dep_ == "prep" and (
            whole.tag_ == "CD" or any(c.tag_ == "CD" for c in whole.children)):
        # "killed 9 civilians, including 4 children": a part of a count ("would be scared if he
        # won the nomination, including 62% of X" is no part of one)
        verb = find_predicate(whole)
        if verb is None or verb.lower_ == "including":
            return None
        return outcome(verb, predicate.head, directory) or predicate_text(verb)
    if lemma in _MOVERS:
        return _total(predicate)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.tag_ in ("NN", "NNS") and \
            anchor.head.head.lower_ in happening and anchor.head.head.i != predicate.i:
        return anchor.head.head.lower_  # "forced the evacuation of 180,000 people"
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ == "number"), None)
    if subject is not None:  # "the number of displaced people has risen to 1.4 million"
        return next((a.lower_ for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" for a in g.lefts if a.dep_ == "amod" and a.tag_ == "VBN"),
                    None)
    return None


def _among(anchor: Token) -> str | None:
    """"among the dead were 14 children" -> dead; "two were among those killed" -> killed."""
    copula = anchor.head
    if copula.lemma_ != "be" or anchor.dep_ not in ("nsubj", "attr"):
        return None
    for prep in copula.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            group = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if group is None:
                return None
            if group.tag_ in ("JJ", "VBN"):
                return group.lower_
            return next((c.lower_ for c in group.rights if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ")), None)
    return None


def _total(mover: Token) -> str | None:
    """"bringing the total to 87" after "six bodies were recovered" -> recovered; "raising the
    number of cases to 9,150" -> cases."""
    total = next((c for c in mover.children if c.dep_ == "dobj"), None)
    if total is None:
        return None
    if total.lemma_ == "number":
        return next((g.lower_ for c in total.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    if total.lemma_ in _TOTALS and mover.dep_ == "advcl" and mover.head.pos_ == "VERB":
        return predicate_text(mover.head)
    return None
