"""A reported clause's subject opened by 'about' or 'around' that the parser read as a phrase of the
verb of saying, mended in place before the rules run (``mends``).

'Officials said about half of the roads were closed', 'The firm said around 300 jobs would go': the
parser may read 'about half' as what was said about ('said about X') and leave the clause after it with
no subject, so the content shrinks to 'were closed'. 'About' or 'around' right after the verb of saying
(or its object: 'told reporters about 40 people had died'), with an amount as its object ('half', 'a
third', '300', '12 percent') and a clause with no subject right after the amount's words, only rounds
the amount: the amount is the clause's subject and the preposition its modifier. Not 'said about half
the time' with no clause after it, nor 'talked about 300 jobs that X' (a relative clause of the amount).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import places, words_of

_ROUNDING = frozenset(["about", "around"])
#: the nouns of a share or a count ('half', 'a third', 'a dozen')
_AMOUNTS = frozenset(["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
                      "dozen", "dozens", "hundreds", "thousands", "majority", "percent", "per cent"])
_AMOUNT_ENTITIES = frozenset(["CARDINAL", "PERCENT", "QUANTITY", "MONEY"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "expl"])


def approximate_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such amount its clause's subject; none when there is
    none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in places(words.lower, _ROUNDING, 0, len(words.lower)):  # (found in C: those words only)
        if words.dep[i] != "prep" or i + 2 >= len(doc):
            continue  # (no Token made)
        prep = doc[i]
        verb = prep.head
        if verb.pos_ != "VERB" or verb.i > i or any(t.is_punct for t in doc[verb.i : i]):
            continue
        clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:  # ('said about [a fifth of X were considering Y]': the clause the preposition's)
            amount = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.left_edge.i == i + 1), None)
            if amount is not None and _amount(amount) and not any(c.dep_ == "ccomp" for c in verb.children):
                heads[clause.i], deps[clause.i] = verb.i, "ccomp"
                heads[i], deps[i] = amount.i, "advmod"
            continue
        amount = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if amount is None or not _amount(amount):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > amount.right_edge.i), None)
        if clause is None or any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in clause.children):
            continue
        if clause.left_edge.i != amount.right_edge.i + 1:
            continue  # (only the clause's auxiliaries between the amount and its verb)
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        heads[amount.i], deps[amount.i] = clause.i, "nsubjpass" if passive else "nsubj"
        heads[i], deps[i] = amount.i, "advmod"
    return heads, deps


def _amount(token) -> bool:
    """Whether ``token`` heads an amount ('half', 'a third', '300', '12 percent')."""
    return token.lower_ in _AMOUNTS or token.tag_ == "CD" or token.ent_type_ in _AMOUNT_ENTITIES
