"""The speaker of a gerund of saying whose subject the parser let climb to the verb above it, named in that
verb's own phrase instead:

- after 'from' on a verb that keeps its object from acting ('Halvard Renn prevented his first wife, Ingrid, from
  writing about their partnership', 'The club stopped its captain from talking about X'): the one kept from speaking,
  the verb's object (``barring_verbs.txt``); a passive keeps its subject, the one barred ('was barred from
  commenting'), as the climb already gives it;
- right after a name that a preposition of topic holds ('interviewed about Bishop Aldo Merin calling the
  festival a sham', 'news of Governor Park saying X'): the name is the gerund's subject (``doer_prepositions.txt``; not
  'wrote to the mayor saying X', the writer's words, nor a name set off by a comma, nor the last words of a
  longer name, 'the Court of Arbitration challenging X').

PolNeAR train marks them so (one of each, both read as the climbed subject's before)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set


def gerund_doer(verb: Token) -> Token | None:
    """The one who says the gerund ``verb``, named in the phrase of the verb it hangs under, if any."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "from":
        barring = verb.head.head
        if barring.lemma_.lower() not in word_set("attribution/barring_verbs"):
            return None
        return next((c for c in barring.children if c.dep_ == "dobj" and c.i < verb.head.i), None)
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or name.head.lower_ not in word_set("attribution/doer_prepositions"):
        return None
    if name.head.head.pos_ == "PROPN":
        return None  # the end of a longer name: 'a case filed in the International Court of Arbitration challenging X'
    if verb.dep_ not in ("advcl", "pcomp", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return name
