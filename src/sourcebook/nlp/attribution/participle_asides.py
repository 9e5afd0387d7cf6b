"""A participle set off by commas between a speaker and the cue that follows, which tells what the
speaker did while speaking and reports nothing: 'Judge X, writing for the majority, said Y' (the
parser hangs the participle on the cue), '"Stay back," the guard, waving at the crowd, shouted' (it
may hang it on the quotation instead, so only the commas and the speech verb right after show it).
Only a participle with no clause or object of report of its own ('..., pointing out that X' keeps its
clause and stays a cue)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon

#: what a participle that reports something has of its own: a clause or an object
_OWN_REPORT = ("ccomp", "dobj", "xcomp")


def aside_before_a_cue(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is an '-ing' participle set off before a speech verb, hung on it or closed by a
    comma right before it, with no report of its own."""
    if verb.tag_ != "VBG" or any(c.dep_ in _OWN_REPORT for c in children_of(verb)):
        return False
    if verb.dep_ == "advcl" and verb.head.i > verb.i and verb.head.lemma_.lower() in lex.speech:
        return True  # 'Judge X, writing for the majority, said Y': the circumstance of the report
    return _closed_before_a_cue(lex, verb)


def _closed_before_a_cue(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` (hung elsewhere) is set off by commas right before a speech verb."""
    doc = verb.doc
    if verb.dep_ not in ("advcl", "conj", "acl") or verb.i == 0:
        return False
    left, right = verb.left_edge.i, verb.right_edge.i
    right -= doc[right].text == ","  # (the closing comma hung on the participle)
    if left != verb.i or doc[left - 1].text != "," or right + 2 >= len(doc) or doc[right + 1].text != ",":
        return False
    after = doc[right + 2]  # (or a verb that is a cue beside a quotation: '"Halt," the guard, pointing, ordered')
    return after.pos_ == "VERB" and (after.lemma_.lower() in lex.speech or after.lemma_.lower() in lex.quote_verbs)
