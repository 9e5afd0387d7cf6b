"""A participle of saying after 'with' and a quantifier that the parser read as a noun counted by it:
'..., with one writing online: "X"', 'with some writing that X', 'with several arguing that X'.

'with one fan writing' and 'with one saying' parse as the participle's clause with its subject, but
with a quantifier alone before it the parser may read the '-ing' form as a noun ('some writing', 'many
writing'), the quantifier its determiner, so the report has no cue, or goes to the sentence's verb
('Readers responded, with many writing: "X"' the readers' words). A word after 'with' that is the
'-ing' form of a verb of saying or thinking (``verbs.txt``), counted by a quantifier right before it
('one', 'some', 'many', 'several', 'most', 'few', 'others', 'both', a number), is that participle with
the quantifier its subject, as the parser reads 'with one saying': its clause the parser hung on it as
a noun's ('some writing that X') or on a verb before it after a colon ('with one writing: "X"') is its
report. Only with the 'with' phrase set off by a comma, and a clause opened by 'that' or a colon: not a
noun that the participle's form names ('struggled with some writing that the teacher set', 'with some
writing on the wall'); 'with many dancing until midnight' holds no verb of saying.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import sentence_of
from .arcs import VerbArcs
from .lexicon import active_lexicon
from .tables import positions, words_of

#: the quantifiers that may count the people who say ('with one writing', 'with some arguing')
QUANTIFIERS = frozenset(["one", "some", "many", "several", "most", "few", "others", "both", "two", "three", "dozens",
                         "hundreds", "thousands", "all", "another"])
#: the relations the parser gives a clause it hangs on a noun
_NOUN_CLAUSES = frozenset(["relcl", "acl"])
#: the relations of a clause after a colon the parser hung on a verb before it
_SET_CLAUSES = frozenset(["ccomp", "parataxis", "conj", "advcl", "dep"])


def _clause_after_colon(doc: Doc, gerund: Token) -> Token | None:
    """The verb of the clause after a colon right after ``gerund``'s phrase, hung on a word before it."""
    colon = gerund.right_edge.i + 1
    sent = sentence_of(gerund)
    if colon >= sent.end - 1 or doc[colon].text != ":":
        return None
    for token in doc[colon + 1 : sent.end]:
        if token.dep_ in _SET_CLAUSES and token.head.i < gerund.i and token.pos_ in ("VERB", "AUX"):
            return token
    return None


def with_gerunds(doc: Doc) -> VerbArcs:
    """The arcs that make each such noun a participle with its subject and clause, and the participles
    with their tag and lemma."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lex = None
    words = words_of(doc)
    for i in positions(words.dep, "pobj", 0, len(words.dep)):  # (found in C: the 'pobj' words only)
        if i < 2 or not words.lower[i].endswith("ing") or words.lower[i - 1] not in QUANTIFIERS:
            continue  # (no Token made)
        lex = lex or active_lexicon()
        lemma = lex.verb_lemmas.get(words.lower[i])
        if lemma is None or not (lemma in lex.speech or lemma in lex.belief):
            continue
        gerund, count = doc[i], doc[i - 1]
        opener = gerund.head
        if opener.lower_ != "with" or count.head.i != i or not (
                opener.is_sent_start or doc[opener.i - 1].text in (",", ";", "\u2014")):
            continue  # (the phrase set off: not 'struggled with some writing')
        clause = next((c for c in gerund.rights if c.dep_ in _NOUN_CLAUSES and c.pos_ in ("VERB", "AUX")
                       and any(m.dep_ == "mark" for m in c.children)), None)
        if clause is None:
            clause = _clause_after_colon(doc, gerund)
        if clause is None:
            continue  # (no report: 'with some writing on the wall')
        heads[count.i], deps[count.i] = i, "nsubj"
        deps[i] = "pcomp"
        heads[clause.i], deps[clause.i] = i, "ccomp"
        verbs.append((gerund, "VBG", lemma))
    return heads, deps, verbs
