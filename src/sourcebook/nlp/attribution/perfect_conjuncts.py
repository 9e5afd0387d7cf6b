"""A verb in the present perfect joined to a reported clause held by a modal or 'to', in a report in the present:
the reporter's next act, which ends the content (``tails.without_writer_tail``).

'Ryan insists the party must be a party of ideas, and has championed an agenda that X': the parser hangs
'has championed' on 'be', the reported clause's verb, so the content ran on over the reporter's record; 'Clinton
has said she wants to establish a safe zone and has expressed support for X' the same, hung on 'establish'. A
perfect with its own 'has' or 'have' and no subject of its own, after 'and' or 'but', joined to a verb that
stands with a modal or 'to' (a verb group it shares no tense with), in a report whose cue is in the present or the
present perfect ('insists', 'has said'), is in the cue's tense, not the clause's: PolNeAR ends the content
before it. Not a perfect joined to a perfect ('says the firm has cut costs and has sold X': one clause's list),
nor one joined to a clause in the present ('says the council is broke and has cut services', often what was
said), nor after a cue in the past ('said she wants X and has Y' is left to the other rules), nor inside a
quotation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .comments import in_quotation
from .kids import children_of
from .tables import text_of

#: the perfect's auxiliary in the present ('has', 'have')
_PRESENT_PERFECT = frozenset(["has", "have", "'s", "'ve"])
_PRESENT_TAGS = frozenset(["VBZ", "VBP"])
_JOINS = frozenset(["and", "but"])


def _in_the_present(cue: Token) -> bool:
    """Whether the cue verb is in the present or the present perfect ('insists', 'has said')."""
    return cue.tag_ in _PRESENT_TAGS or cue.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _PRESENT_PERFECT for c in children_of(cue))


def _held(verb: Token) -> bool:
    """Whether ``verb`` stands with a modal or 'to' and no perfect of its own ('must be', 'to establish')."""
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return any(c.tag_ == "MD" or c.lower_ == "to" for c in auxes) and not any(c.lemma_ == "have" for c in auxes)


def reporters_perfect(clause: Token) -> Token | None:
    """The comma (or else the 'and' or 'but') before a present perfect in the cue's tense joined to reported clause
    ``clause`` (see the module), else None."""
    cue = clause.head
    if clause.dep_ != "ccomp" or cue.i == clause.i or cue.i > clause.i or not _in_the_present(cue):
        return None
    doc = clause.doc
    for verb in clause.subtree:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or not _held(verb.head):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)):
            continue
        auxes = [c for c in children_of(verb) if c.dep_ == "aux" and c.i < verb.i]
        if not auxes or auxes[0].lower_ not in _PRESENT_PERFECT or verb.tag_ != "VBN":
            continue
        cc = doc[auxes[0].i - 1]
        if cc.lower_ not in _JOINS or cc.head.i != verb.head.i:
            continue
        if in_quotation(text_of(doc), verb.idx):
            continue
        return doc[cc.i - 1] if cc.i > 0 and doc[cc.i - 1].text == "," else cc
    return None
