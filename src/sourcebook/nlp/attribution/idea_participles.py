"""A participle of saying after a noun's clause that is the object of a cue verb: 'The mayor
rejected the idea that the bridge was unsafe, saying inspectors had cleared it', 'She dismissed
the claim that talks had stalled, explaining that both sides were still meeting'. The parser
hangs the participle on the noun's clause ('was unsafe'), as if the bridge said it; it is the
act of the one who rejected the idea, and the noun's clause ends at the comma before it.

``verbs._reporter`` takes the cue verb's subject for the participle's (``report_of``); the
noun's content stops before it (``clause_end``), so the participle is no report nested in the
noun's ('the idea that X' is a cue of its own)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import that_clause


def report_of(lex: Lexicon, clause: Token) -> Token | None:
    """The cue verb whose object's that-clause ``clause`` is ('rejected the idea that X'), or None."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or not that_clause(clause):
        return None
    return noun.head if noun.head.lemma_.lower() in lex.cue_verbs else None


def clause_end(lex: Lexicon, clause: Token) -> int | None:
    """Where the that-clause ``clause`` of a cue verb's object ends when a participle of saying
    after a comma follows it (the offset of that comma), else None."""
    if report_of(lex, clause) is None:
        return None
    doc = clause.doc
    for child in clause.rights:
        if (child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == child.i and doc[child.i - 1].text == ","
                and child.lemma_.lower() in lex.speech):
            return doc[child.i - 1].idx
    return None
