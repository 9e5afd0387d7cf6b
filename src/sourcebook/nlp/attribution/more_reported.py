"""More of the same report past the end of its reported clause, which the parser hung on the cue
instead: a clause joined by 'but that' or opening with a quotation mark ('predicted that wages would
fall, but that overtime would make up for it'), one in the reported clause's shifted tense with no
subject ('said the company was "devastated" and was cooperating fully'), and a concessive phrase with
no verb ('said many workers found jobs, though often at lower pay'). A clause opened otherwise, or
with a verb of its own after 'though', is the writer's. Split from ``content.py``, whose ``_clauses``
grows the content's last span over what these find."""

from __future__ import annotations

from spacy.tokens import Token

from .continued import goes_on_shifted
from .kids import children_of, rights_of
from .lexicon import Lexicon
from .tails import REPORT_JOINS


def more_of_the_report(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """'predicted that wages would fall, but that overtime would make up for it', 'said he had
    offers, but "the offers were not serious"': a clause joined to the cue right after its
    reported clause and opened by 'that' or a quotation mark is more of the same report (the
    parser hangs it on the cue); one opened otherwise may be the writer's ('said the mails were
    personal, but for his rivals it is a cover-up')."""
    doc = verb.doc
    for conj in rights_of(verb):
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        cc = next((c for c in children_of(verb) if c.dep_ == "cc" and clause.right_edge.i < c.i < conj.i), None)
        # (or a verb in the reported clause's shifted tense, with no subject of its own: 'said the
        # company was "devastated" and was cooperating fully', a cue verb too: 'said she was
        # "concerned" and would ask lawmakers for money' is no report of the cue's speaker yet)
        shifted = not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) and goes_on_shifted(lex, conj)
        if cc is None or cc.lower_ not in REPORT_JOINS or conj.lemma_.lower() in lex.cue_verbs and not shifted:
            return None
        opener = doc[cc.i + 1]
        if all(t.text == "," for t in doc[clause.right_edge.i + 1 : cc.i]) and (
                opener.lower_ == "that" and opener.dep_ == "mark" or opener.is_quote or shifted):
            return conj
        return None
    return None


def verbless_concession(verb: Token, clause: Token) -> Token | None:
    """'said many workers have since found jobs, though often at lower pay': a concessive phrase
    without a verb of its own right after the reported clause, which the parser hung on the cue,
    qualifies what was said ('..., though he gave no details' has a verb: the writer's)."""
    doc = verb.doc
    for child in rights_of(verb):
        if child.i < clause.i or child.dep_ in ("punct", "cc") or doc[child.left_edge.i - 1].text != ",":
            continue
        words = list(child.subtree)
        if (words[0].lower_ not in _CONCESSIONS or words[0].dep_ != "mark" or any(t.pos_ in ("VERB", "AUX") for t in words)
                or not all(t.text == "," for t in doc[clause.right_edge.i + 1 : child.left_edge.i])):
            return None
        return child
    return None


_CONCESSIONS = frozenset(["though", "although", "albeit"])
