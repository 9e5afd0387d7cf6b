"""A club's signing of a player, for ``noncues.not_a_cue``: 'Castleford have signed winger Kunle
Adeyemi', 'the club signed a new goalkeeper' hire someone, no document whose words are reported
('signed a treaty designed to X', 'signed an open letter', which PolNeAR marks, keep their cue).
Only 'sign' with a person for its object (a name to the NER or a noun of the role lexicon) and no
clause of its own."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon


def person_signed(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is 'sign' with a person for its object and no clause ('have signed winger X')."""
    if verb.lemma_.lower() != "sign" or any(c.dep_ in ("ccomp", "xcomp") for c in children_of(verb)):
        return False
    return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or any(  # (or a role before the name: 'winger Kunle Adeyemi')
        w.lemma_.lower() in lex.role_nouns for w in c.subtree if w.i <= c.i and w.dep_ in ("compound", "dobj")))
        for c in children_of(verb))
