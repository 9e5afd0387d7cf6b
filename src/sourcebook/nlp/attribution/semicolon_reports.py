"""A report before a semicolon that the parser hung as the reported clause of the verb after it,
mended in place before the rules run (``mends``).

'Tenants complained that the lifts were broken; the landlord has ordered new ones': the parser
may read 'complained' as a clause that 'ordered' reports, as it would a quotation closed by 'the
landlord said', so that the tenants' report is no cue of its own and the sentence's verb has their
words for content. A verb's reported clause is never set off from it by a semicolon: a verb of
saying or believing with a subject and a clause of its own, before a semicolon that the verb after
it holds, and that verb with a subject of its own after the semicolon, is the sentence's verb, and
the clause after the semicolon is its conjunct, as ``paired_complements`` hangs a report after a
semicolon (not ``parataxis``, which the rules read as a closing cue's: 'X; the inspectors found
otherwise' would report the first clause). Not a clause with no subject
('warned that X; officials agreed': the parser's reading stands), nor a verb after the semicolon
with no subject of its own."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"ccomp", "xcomp"})


def semicolon_reports(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make each such verb before a semicolon its sentence's root, with the verb
    after the semicolon (and whatever else of that verb's stands before the semicolon) on it."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in positions(words.dep, "ccomp", 0, len(words.dep)):  # (found in C: the 'ccomp' words only)
        if words.pos[i] != "VERB":
            continue  # (no Token made)
        root = words.head[i]
        if root <= i or words.dep[root] != "ROOT":
            continue
        lex = lex or active_lexicon()
        lemma = words.lemma[i].lower()
        if lemma not in lex.speech and lemma not in lex.belief:
            continue
        verb, head = doc[i], doc[root]
        semicolon = next((c.i for c in head.children if i < c.i < root and c.dep_ == "punct" and c.text == ";"), None)
        if semicolon is None:
            continue
        if not any(c.dep_ in _SUBJECTS and c.i < i for c in verb.children):
            continue  # (no subject of its own: the parser's reading stands)
        if not any(c.dep_ in _CLAUSES and i < c.i < semicolon for c in verb.children):
            continue  # (nothing of its own to report)
        if not any(c.dep_ in _SUBJECTS and c.i > semicolon for c in head.children):
            continue  # (no clause of its own after the semicolon)
        heads[i], deps[i] = i, "ROOT"
        heads[root], deps[root] = i, "conj"
        for child in head.children:
            if child.i <= semicolon and child.i != i:
                heads[child.i] = i
    return heads, deps
