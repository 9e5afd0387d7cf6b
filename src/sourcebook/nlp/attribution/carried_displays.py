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
(``display_carrying_verbs.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

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
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl", "ccomp"):
        # ('banners reading', the participle on the thing or on the verb carrying it right before, or that
        # verb's clause with the thing for its subject: 'waved [banners reading "X"]')
        thing = verb.head if verb.dep_ == "acl" else doc[verb.i - 1]
    elif verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES and c.i == verb.i - 1
                                      for c in verb.children):
        thing = verb.head
    else:
        return None
    read_as_clause = verb.dep_ == "ccomp" and thing.dep_ == "nsubj" and thing.head.i == verb.i
    if thing.i != verb.i - 1 - (verb.dep_ == "relcl") or not (thing.dep_ == "dobj" or read_as_clause):
        return None
    if thing.lemma_.lower() not in displays and thing.lemma_.lower() not in lex.written_nouns:
        return None
    carrying = verb.head if read_as_clause else thing.head
    if verb.dep_ == "advcl" and verb.head.i != carrying.i:
        return None
    if carrying.lemma_.lower() not in word_set("attribution/display_carrying_verbs"):
        return None  # ('Police seized placards reading "X"': not the words of those who took them)
    carrier = next((c for c in carrying.children if c.dep_ == "nsubj" and c.i < thing.i), None)
    return carrier if carrier is not None and carrier.pos_ in ("NOUN", "PROPN", "PRON", "DET") else None
