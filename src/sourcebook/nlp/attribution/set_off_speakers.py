"""The speaker of a participle of saying set off after a cue clause that the parser hung on a
noun: '"...," said Ann Lee, explaining that X' read with 'explaining' as a clause of the name,
or '"Too much noise," she said, blaming Y' with it hung on the quotation's noun ('noise'), its
cue a parataxis. Either way the participle has no subject of its own; it is the next act of the
one the cue clause names, as '..., she said, adding that X' is when the parser reads it right."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def set_off_speaker(lex: Lexicon, verb: Token) -> Token | None:
    """The subject of the cue clause before the participle of saying ``verb``, set off by a comma."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.lemma_.lower() not in lex.speech or verb.i < 2 or (
            verb.doc[verb.i - 1].text != ","):
        return None
    noun = verb.head
    cue = noun.head
    if noun.dep_ == "nsubj" and cue.i < noun.i < verb.i and cue.lemma_.lower() in lex.speech:
        return noun  # '"...," said Ann Lee, explaining X'
    aside = next((c for c in noun.children if c.dep_ == "parataxis" and noun.i < c.i < verb.i
                  and c.lemma_.lower() in lex.speech), None)
    if aside is None or noun.dep_ != "ROOT":
        return None
    return next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)  # '"X," she said, blaming Y'
