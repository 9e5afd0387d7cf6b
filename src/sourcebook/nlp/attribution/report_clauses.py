"""A verb of saying and its clause opened by 'that' that the parser tore apart, mended before the rules read
the parse (``mends``). 'posted' above all, which also means sent to a place ('a soldier posted abroad') or put
up ('the notice posted on the door'), draws these readings when a phrase stands between it and its clause:

- 'The singer Lila Marchetti posted on Instagram that she was cancelling her tour': 'The singer [whom] Lila
  Marchetti posted', the noun at the sentence's root, the verb a relative clause on it and the name alone its
  subject (the source lost the role);
- 'The coach posted on Facebook that the team had been sold': 'The coach [who was] posted on Facebook', the
  verb a participle on the noun at the root, the clause hung on the noun (no report at all);
- 'The chef posted on his blog that he had sold the restaurant': the clause a relative clause on the verb
  (no report at all);
- 'Haldane told the Courier, which first reported the story, that the mill would close': the clause after the
  comma closing a relative clause set off on the verb's object hung inside that relative clause ('the story that
  X'), whose verb took it for its report.

A relative clause and a participle on a noun have a gap where the noun goes; a verb of saying whose clause
opened by 'that' has its own subject has none, and a relative clause goes on a noun, not on a verb. So: such a
clause hung as a relative clause on a verb of saying is its complement, as is one after the comma closing a
relative clause set off on the object of a verb of saying with no clause of its own; a verb of saying hung as a relative
clause or a participle (with no subject, auxiliary or agent of its own) on a common noun at the root of its
sentence that the noun's phrase opens, with such a clause after it, is the sentence's verb, the noun its
subject (a person's name right after the noun its apposition, as ``doubled_subjects`` reads 'The city's chief
officer Prakash Rao said X') and the clause its complement. 'The song Lila Marchetti wrote became a hit' has
no clause of its own and stays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import active_lexicon
from .tables import words_of

#: what a participle on a noun may not hold: then it is a clause of its own
_OWN = frozenset(["aux", "auxpass", "agent", "nsubjpass", "expl", "mark"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def _that_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause opened by 'that' (a marker, not a relative pronoun) with its own subject."""
    return (any(c.dep_ == "mark" and c.lower_ == "that" and c.i == token.left_edge.i for c in token.children)
            and any(c.dep_ in _SUBJECTS for c in token.children))


def _set_off_teller(clause: Token) -> Token | None:
    """The verb of saying whose object a relative clause set off by commas follows, when ``clause``, a clause
    opened by 'that' after the comma closing that relative clause, was hung inside it and the verb has no clause."""
    doc = clause.doc
    if not _that_clause(clause) or doc[clause.left_edge.i - 1].text != ",":
        return None
    relative = clause.head
    while relative.dep_ != "relcl" and relative.head.i != relative.i and relative.head.i < relative.i:
        relative = relative.head
    noun = relative.head
    verb = noun.head
    if (relative.dep_ != "relcl" or doc[relative.left_edge.i - 1].text != "," or noun.dep_ not in ("dobj", "dative")
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in active_lexicon().cue_verbs
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)):
        return None
    return verb


def report_clauses(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that give each such verb its clause; none when there is none."""
    words = words_of(doc)
    lex = active_lexicon()
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    if "that" not in words.lower:
        return heads, deps  # (every shape mended here has a clause opened by 'that')
    for i, dep in enumerate(words.dep):
        if dep not in ("relcl", "acl") or words.pos[i] not in ("VERB", "AUX"):
            continue  # (no Token made)
        token = doc[i]
        head = token.head
        if dep == "relcl" and head.pos_ == "VERB" and head.i < token.i and head.lemma_.lower() in lex.cue_verbs:
            if _that_clause(token):
                heads[token.i], deps[token.i] = head.i, "ccomp"  # ('The chef posted on his blog that he had sold it')
            continue
        teller = _set_off_teller(token)
        if teller is not None:  # ('told the Courier, which first reported the story, that the mill would close')
            heads[token.i], deps[token.i] = teller.i, "ccomp"
            continue
        if (head.dep_ != "ROOT" or head.pos_ != "NOUN" or not head.is_lower or head.left_edge.i != head.sent.start
                or head.i > token.i or token.pos_ != "VERB" or token.lemma_.lower() not in lex.cue_verbs):
            continue
        clause = next((t for t in token.sent if t.i > token.i and t.dep_ in ("relcl", "acl", "ccomp") and _that_clause(t)
                       and (t.head.i in (head.i, token.i) or token.i < t.head.i < t.i and t.head.head.head.i == token.i)), None)
        if clause is None:
            continue  # (no clause of its own: 'The song Lila Marchetti wrote became a hit' is a relative clause)
        name = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
        if dep == "relcl":
            if (name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.left_edge.i != head.i + 1
                    or name.right_edge.i != token.i - 1 or any(c.dep_ not in ("compound", "amod") for c in name.children)):
                continue
            heads[name.i], deps[name.i] = head.i, "appos"
        elif name is not None or any(c.dep_ in _OWN for c in token.children) or token.tag_ not in ("VBD", "VBN"):
            continue
        heads[token.i], deps[token.i] = token.i, "ROOT"
        heads[head.i], deps[head.i] = token.i, "nsubj"
        heads[clause.i], deps[clause.i] = token.i, "ccomp"
        for child in head.rights:
            if child.i > token.i and child.i != clause.i:
                heads[child.i] = token.i
    return heads, deps
