"""A place phrase that closes a named speaker's phrase after an inverted cue: where the speaker
spoke, not who they are (``occasions`` ends the source before it).

'"We will appeal," said the nurse Ada Brandt outside the court.', '"Fares must fall," said the
economist Ivo Stern at a conference in Lyon.': after the cue, the parser hangs the phrase of place on
the speaker's noun, though it says where the words were said (a preposition of place, or 'at' a
gathering or an occasion: ``circumstance_nouns.txt``). Only when the phrase names a person before
it (a proper noun) and is not set off (a set-off phrase is read by ``occasions``); not a body or a named place after
the preposition, which may say who the speaker is ('said Ivo Stern at the Bank of Lyon'), nor a
source before its cue ('Officials at the meeting said X', who they are). A preposition of what came
before the speaking ('after', 'before', 'following') ends it too: '"We won," said the coach Rui Vaz
after the final.', 'said a fan after the final' (when, not who, named or not; not a person or a name
after it: 'said the one after her'; ``occasions`` reads the same phrase set off by commas).
"""

from __future__ import annotations

from spacy.tokens import Token

from .inverted_media import on_inverted_source
from .lexicon import active_lexicon

#: prepositions that place a speaker without saying who they are ('at' only with an occasion)
PLACE_PREPS = frozenset(["outside", "inside", "near", "beside", "at"])
#: prepositions that time a speaker's words by what came before them ('said Rui Vaz after the final')
SEQUENCE_PREPS = frozenset(["after", "before", "following"])
#: what the preposition's object may not be: a body, a person or a people may tell who spoke
_WHO = frozenset(["PERSON", "ORG", "NORP"])


def place_after_inverted_name(token: Token, source: Token, set_off: bool) -> bool:
    """Whether ``token``, a preposition hung on the phrase of ``source`` right after its cue, places a
    named speaker ('said the activist Mei Tan outside the court': 'outside the court')."""
    if set_off or token.dep_ != "prep" or token.lower_ not in PLACE_PREPS and token.lower_ not in SEQUENCE_PREPS:
        return False
    if not on_inverted_source(token, source):
        return False
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in _WHO:
        return False
    if token.lower_ in SEQUENCE_PREPS:  # (a time, whoever spoke: 'said a fan after the final'; not 'the one after her')
        return pobj.pos_ not in ("PRON", "PROPN")
    if not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in token.doc[source.left_edge.i : token.i]):
        return False  # ('said officials at the hearing': who they are)
    return token.lower_ != "at" or pobj.pos_ != "PROPN" and pobj.lemma_.lower() in active_lexicon().circumstance_nouns
