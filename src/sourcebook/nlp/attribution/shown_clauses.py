"""A participle of showing on the thing a verb of issuing puts out, whose reported clause the parser split,
mended before every rule reads the parse (``mends``): 'The agency released figures showing unemployment had
fallen to 4.1%'.

With no 'that' after the participle, the parser may read the issued noun as the subject of the reported clause
('figures ... had fallen'), the participle's object as the clause's subject no more ('showing unemployment'),
and the clause as the issuing verb's own; the report then is the figures', with 'unemployment' all they show.
A verb of ``issuing_verbs.txt`` ('release', 'publish', 'issue') takes a thing, never a clause: when its clause's
subject is a noun right after it with a participle of a poll's verb (``poll_verbs.txt``: 'showing', 'suggesting',
'indicating') whose one object ends right before the clause's verb and its auxiliaries, the noun is the verb's
object, the clause the participle's, and that object the clause's subject. Not after a verb of saying ('said
figures showing growth were misleading', where the figures are the clause's subject)."""

from __future__ import annotations

from spacy.tokens import Doc

from .arcs import Arcs
from .lexicon import active_lexicon
from .tables import positions, words_of

#: what may stand between the participle's object and the clause's verb: its auxiliaries, negation, adverbs
_BEFORE_VERB = frozenset(["aux", "auxpass", "neg", "advmod"])


def shown_clauses(doc: Doc) -> Arcs | None:
    """The arcs that give each such clause to its participle (see the module); None when there is none."""
    lex = None
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    words = words_of(doc)
    for i in positions(words.tag, "VBG", 0, len(doc)):  # (found in C: a Token only for a participle on a noun)
        if words.dep[i] != "acl":
            continue
        participle = doc[i]
        lex = lex or active_lexicon()
        noun, lemma = participle.head, participle.lemma_.lower()
        clause = noun.head
        if lemma not in lex.poll_verbs or noun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.i < participle.i:
            continue
        verb = clause.head
        issuing = verb.lemma_.lower() in lex.issuing_verbs or any(
            c.dep_ == "prt" and f"{verb.lemma_.lower()} {c.lower_}" in lex.issuing_verbs for c in verb.children)
        if not issuing or verb.i > noun.left_edge.i or any(
                t.dep_ not in ("prt", "advmod") for t in doc[verb.i + 1 : noun.left_edge.i]):
            continue
        if [c.dep_ for c in participle.children] != ["dobj"]:
            continue
        shown = next(iter(participle.children))
        between = doc[shown.right_edge.i + 1 : clause.i]
        if shown.i < participle.i or any(t.head.i != clause.i or t.dep_ not in _BEFORE_VERB for t in between):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != noun.i for c in clause.children):
            continue
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[clause.i], deps[clause.i] = participle.i, "ccomp"
        heads[shown.i], deps[shown.i] = clause.i, "nsubj"
    return (heads, deps) if heads else None
