"""A participle set off by commas between a speaker and the cue that follows: '"Stay back," the guard,
waving at the crowd, shouted'. The parser may hang the participle ('waving') on the quotation and
not on the cue after it, so the ``noncues`` rule for 'Judge X, writing for the majority, said Y'
(a participle on the cue) does not see it; it tells what the speaker did while speaking and reports
nothing. Only a participle with no clause or object of report of its own, closed by a comma right
before a speech verb ('..., pointing out that X' keeps its clause and stays a cue)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def aside_before_a_cue(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is an '-ing' participle set off by commas right before a speech verb."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "acl") or verb.i == 0:
        return False
    left, right = verb.left_edge.i, verb.right_edge.i
    right -= doc[right].text == ","  # (the closing comma hung on the participle)
    if left != verb.i or doc[left - 1].text != "," or right + 2 >= len(doc) or doc[right + 1].text != ",":
        return False
    after = doc[right + 2]
    return (after.pos_ == "VERB" and after.lemma_.lower() in lex.speech
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children))
