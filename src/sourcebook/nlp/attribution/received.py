"""A participle of saying on the object of a verb of receiving or perceiving, for
``participles.participle_subject``: 'Police received calls saying X', 'Visitors were given leaflets
telling them X', 'Viewers saw an advertisement claiming X'. The calls, the leaflets and the
advertisement say X; the one who receives or sees them says nothing, so the parser's subject (the
main clause's) is not the participle's. Only a participle right after its noun, with no comma
('Police received the calls, saying X' is the police's act), and only for verbs whose subject
takes in what the object carries: a verb of making or sending ('issued a statement saying X',
'sent out a release saying X') keeps its subject as the one who says it."""

from __future__ import annotations

from spacy.tokens import Token

#: verbs whose subject receives or perceives the object it holds, and does not make it
RECEIVING = frozenset(["receive", "get", "give", "see", "hear", "watch", "feature", "spot", "notice", "find", "read"])


def received_thing(verb: Token) -> Token | None:
    """The noun a participle ``verb`` modifies when that noun is the object of a verb of receiving
    or perceiving ('received calls saying X': the calls), else None."""
    thing = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or thing.pos_ not in ("NOUN", "PROPN") or thing.i >= verb.i:
        return None
    if thing.dep_ != "dobj" or thing.head.lemma_.lower() not in RECEIVING:
        return None
    between = verb.doc[thing.i + 1 : verb.i]
    return None if any(t.is_punct for t in between) else thing
