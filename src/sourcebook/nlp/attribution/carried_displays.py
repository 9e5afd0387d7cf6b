"""Whose words a carried sign shows: 'They carried banners reading "No quarry here"', 'Some held placards that
read "Homes not profits"'. A thing that shows words (``display_nouns.txt``, ``written_nouns.txt``), the
object of a verb, with a participle 'reading' or a relative 'that read' on it right before a quotation: the
quotation is the words of the one who carries, holds or wears it, as 'carried placards saying X' is (PolNeAR
train marks the carrier as the source of 3 of the 5 signs and hats carried or worn with a cue: 'carrying signs
saying X', 'hoisted a sign that read X', 'will hold banners proclaiming X'; the thing of the other two, 'held
up a sign saying X', 'wore a hat reading X'). The parser may hang 'reading' on the carrying verb instead of
on the thing right before it. A thing that reads with no one carrying it is the source itself (``quote_verbs``); a
thing taken, banned or spoiled ('Police seized placards reading "X"', 'Vandals defaced a sign reading "Y"') shows no
words of the one who did it, so only a verb of carrying, raising, wearing or putting up gives a carrier
(``display_carrying_verbs.txt``). A post is put up so too: 'posted a message on Twitter reading "Thank you
Georgia"' (PolNeAR train gives it to the poster, its cue the run from 'posted' to 'reading'), where what says where it
was put up stands between the thing and the participle, and where the parser read 'reading' as the auxiliary of the
quotation's first verb ('Thank'), which then makes no cue of it (``participle_before_quote``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .lexicon import Lexicon

#: the relative words opening 'that read "..."'
_RELATIVES = frozenset(["that", "which"])


def carried_display(lex: Lexicon, verb: Token, marks: tuple[str, ...], displays: frozenset[str]) -> Token | None:
    """The carrier of the thing (of ``displays`` or ``written_nouns``) whose words ``verb`` ('reading', 'read'
    in a relative) opens a quotation (``marks``) after; None when it is not that."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in marks:
        return None
    before = _before_place(doc, verb.i - 1 - (verb.dep_ == "relcl"))
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "ccomp", "aux"):
        # ('banners reading', the participle on the thing or on the verb carrying it right before, or that
        # verb's clause with the thing for its subject: 'waved [banners reading "X"]'; or read as the auxiliary
        # of the quotation's first verb: 'posted a message reading "Thank you"')
        if verb.dep_ == "aux" and not (verb.head.i > verb.i + 1 and verb.head.dep_ in ("advcl", "ccomp", "xcomp")):
            return None
        thing = verb.head if verb.dep_ == "acl" else doc[before]
    elif verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES and c.i == verb.i - 1
                                      for c in verb.children):
        thing = verb.head
    else:
        return None
    read_as_clause = verb.dep_ == "ccomp" and thing.dep_ == "nsubj" and thing.head.i == verb.i
    if thing.i != before or not (thing.dep_ == "dobj" or read_as_clause):
        return None
    if thing.lemma_.lower() not in displays and thing.lemma_.lower() not in lex.written_nouns:
        return None
    carrying = verb.head if read_as_clause else thing.head
    if verb.dep_ == "advcl" and verb.head.i != carrying.i or verb.dep_ == "aux" and verb.head.head.i != carrying.i:
        return None
    if carrying.lemma_.lower() not in word_set("attribution/display_carrying_verbs"):
        return None  # ('Police seized placards reading "X"': not the words of those who took them)
    carrier = next((c for c in carrying.children if c.dep_ == "nsubj" and c.i < thing.i), None)
    return carrier if carrier is not None and carrier.pos_ in ("NOUN", "PROPN", "PRON", "DET") else None


def _before_place(doc: Doc, at: int) -> int:
    """Where the thing ends before its participle: at ``at``, or before a phrase that says where it was put up or
    posted, between ('posted a message on Instagram reading "X"': the phrase's preposition right after the thing)."""
    token = doc[at]
    prep = next((t for t in token.ancestors if t.dep_ == "prep" and t.right_edge.i == at), None)
    if prep is None or token.dep_ != "pobj" or prep.i < 1 or prep.head.i not in (prep.i - 1, doc[prep.i - 1].head.i):
        return at
    return prep.i - 1


def participle_before_quote(child: Token, verb: Token) -> bool:
    """Whether ``child`` is a participle the parser read as the auxiliary of ``verb``, a quotation's first verb, a
    quotation mark between ('a message reading "Thank you"'): no part of that verb's cue (``syntax.cue_span``)."""
    return child.tag_ == "VBG" and any(t.is_quote for t in verb.doc[child.i + 1 : verb.i])
