"""The speaker of a participle set off right after a relative clause that reports words: 'The agency raised the
bill to $4 million, which Mayor Ilse Varro called "a fantasy," blaming the contractor' and 'The council said the
vote had been rigged, a charge that the Tamsin Party denied, noting that the count was old' are the mayor's and
the party's words. The parser hangs such a participle on the sentence's main verb, whose subject read as the
speaker is the wrong one (PolNeAR train marks the relative's subject, both times). Only a relative (or a clause
the parser hung on its noun as 'acl') whose verb says or judges ('called', 'denied', 'disputed') with a subject of
its own (not 'who' or 'which'), ending at the participle's comma: 'Teodor Brisk sold the orchard, which his sister
later regretted, saying X' and 'Greta Lund, who chairs the board, said X, adding Y' stay the main subject's."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import active_lexicon

#: relative pronouns: a relative with one of them as its subject speaks for the noun it describes
_RELATIVES = frozenset(["who", "that", "which", "whom", "whose"])
#: a relative clause, or one the parser read as a clause on its noun ('a charge that X denied' with 'that' as the object)
_RELATIVE_DEPS = frozenset(["relcl", "acl"])
#: how far back a relative clause's verb may stand from the participle (words)
_REACH = 20


def relative_reporter(verb: Token) -> Token | None:
    """The subject of a reporting relative clause that ends right before the participle ``verb``, if any."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 3 or verb.doc[verb.i - 1].text != "," and not (
            verb.doc[verb.i - 1].is_quote and verb.doc[verb.i - 2].text == ","):
        return None
    doc = verb.doc
    last = verb.i - 1
    while last > 0 and (doc[last].is_punct or doc[last].is_quote):
        last -= 1
    clause = doc[last]
    while clause.dep_ not in _RELATIVE_DEPS and clause.head.i != clause.i and verb.i - clause.head.i < _REACH and (
            clause.head.i != verb.head.i):
        clause = clause.head
    if clause.dep_ not in _RELATIVE_DEPS or clause.right_edge.i != last:
        return None
    lex, lemma = active_lexicon(), clause.lemma_.lower()
    if lemma not in lex.speech and lemma not in lex.stance_object:
        return None  # ('a plan officials believed would work, saying X': no words of theirs)
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i and c.lower_ not in _RELATIVES), None)
