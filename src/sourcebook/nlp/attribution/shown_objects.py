"""'Video posted on social media shows fighters in the square', 'Photos posted online show two spans in the river': a
participle describing the subject read as the sentence's verb, with 'show' after it read as its second verb, its
object or a compound of the thing shown (for ``participle_roots``). 'Show' in the present that agrees with the noun
('shows' after a singular, 'show' after a plural), after the participle and its place ('online', 'on social media'),
with no subject of its own, is the sentence's verb: the noun its subject, the participle a clause on the noun and
what follows the thing shown, as the parser reads 'Satellite images taken on Monday show the bridge in ruins'. Not
a past verb with an object of its own ('Residents posted videos showing X', 'aired shows the viewers loved', 'Fans
bought show tickets': 'show' right after the verb as its object is the object), nor a noun 'shows' with an aim after it
('appeared on Sunday news shows to tout X')."""

from __future__ import annotations

from spacy.tokens import Token

#: the forms of 'show' that agree with a present tag
_FORMS = {"VBZ": "shows", "VBP": "show"}
#: how the parser hung 'show' ('shows' a second verb; 'show' an object or a compound of the thing)
_READ_AS = frozenset(["conj", "dep", "dobj", "compound", "npadvmod"])
#: a clause after 'show', which ``participle_roots`` mends itself
_CLAUSES = frozenset(["ccomp", "relcl", "acl"])
#: what a word between the participle and 'show' may be: its place or manner ('online', 'widely')
_BARE = frozenset(["amod", "advmod", "npadvmod"])


def shown_object(past: Token, tag: str) -> tuple[Token, dict[int, int], dict[int, str]] | None:
    """'show' and the arcs (heads, relations) that make it the sentence's verb with its thing shown, when ``past`` is
    such a participle read as the sentence's verb and ``tag`` the present tag its subject agrees with; None else."""
    doc = past.doc
    subject = next(c for c in past.children if c.dep_ == "nsubj" and c.i < past.i)
    verb = next((t for t in doc[past.i + 1 : past.sent.end] if t.lower_ == _FORMS[tag]), None)
    if (verb is None or verb.dep_ not in _READ_AS or not (verb.head.i == past.i or verb.head.i > verb.i)
            or verb.i + 1 >= past.sent.end or doc[verb.i + 1].is_punct
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "cc", "det", "poss") for c in verb.children)):
        return None
    after = [c for c in (*past.children, *verb.children) if c.i > verb.i]
    if any(c.dep_ in _CLAUSES for c in after):
        return None  # (a clause shown: ``participle_roots``'s own mend, 'Photos posted online show the bridge had cracked')
    if not any(c.dep_ == "dobj" or c.dep_ == "xcomp" and any(g.dep_ == "nsubj" for g in c.children) for c in after) or any(
            c.dep_ == "xcomp" and not any(g.dep_ == "nsubj" for g in c.children) for c in after):
        return None  # (a thing shown, not an aim: 'appeared on Sunday news shows to tout X')
    if verb.dep_ != "conj" and verb.i == past.i + 1:
        return None  # ('aired shows the viewers loved', 'bought show tickets': the participle's own object)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for t in doc[past.i + 1 : verb.i]:
        if t.is_punct or t.lower_ in ("and", "that", "which"):
            return None
        if t.head.i == past.i:
            if t.dep_ not in ("prep", "agent", *_BARE):
                return None  # (the participle's own object: 'posted videos show X' is no such shape)
        elif t.head.i == verb.i or t.head.i > verb.i:
            if t.dep_ not in _BARE or t.n_lefts + t.n_rights:
                return None
            heads[t.i], deps[t.i] = past.i, "advmod"  # ('online' the participle's, not an adjective of the thing)
        elif not any(a.i == past.i for a in t.ancestors):
            return None
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[past.i], deps[past.i] = subject.i, "acl"
    for c in past.children:
        if c.i > verb.i:
            # (the thing shown and what the parser hung on the participle after 'show': its object or clause, the stop)
            heads[c.i] = verb.i
            if c.dep_ == "conj":
                deps[c.i] = "dobj"
            elif c.dep_ == "xcomp" and any(g.dep_ == "nsubj" for g in c.children):
                deps[c.i] = "ccomp"  # ('shows smoke rising from the bridge', as the parser reads it after 'Video shows')
    return verb, heads, deps
