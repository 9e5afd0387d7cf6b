"""'call' for a phone call, a call-out or a visit, no report (for ``noncues.not_a_cue``): 'Neighbours called the
police after they smelled gas', 'She called him after the match', 'A passer-by called an ambulance' (a person or a
service of ``called_services.txt`` for the object, nothing it is called), 'Officers called at the house on
Tuesday' (a visit). Not a naming or a judgement ('called him a liar', 'calling them "rapists"', 'called them on
it'), nor a meeting or an election called ('called snap elections': PolNeAR counts a cue), nor 'called for X',
'called on X to Y'."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of, rights_of
from .lexicon import Lexicon

#: the object pronouns of a person phoned ('called him')
_PERSONS = frozenset(["him", "her", "them", "me", "us", "you"])
#: the words a called object may have beside it ('the local police', 'an ambulance')
_BARE = frozenset(["det", "amod", "compound", "poss", "nummod"])
#: the prepositions of when, where and why one called, after the object ('after they smelled gas' is a clause)
_SETTING = frozenset(["after", "before", "at", "from", "in", "during", "to", "with", "within"])
_MARKS = frozenset(["\"", "\u201c", "\u201d", "``", "''", "'", "\u2018", "\u2019"])


def call_made(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is 'call' for a phone call, a call-out or a visit (see the module)."""
    if verb.lemma_.lower() != "call" or any(t.text in _MARKS for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    rest = [c for c in rights_of(verb) if c.dep_ != "dobj"]
    if not all(_setting(c, visit=not objects) for c in rest) or any(
            c.dep_ in ("prt", "oprd", "xcomp", "ccomp") for c in children_of(verb)):
        return False
    if not objects:  # (a visit: 'Officers called at the house')
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in rest)
    thing = objects[0]
    return len(objects) == 1 and thing.i > verb.i and all(c.dep_ in _BARE for c in thing.children) and (
        thing.lower_ in _PERSONS or thing.lemma_.lower() in lex.called_services or thing.like_num)


def _setting(word: Token, visit: bool) -> bool:
    """Whether ``word``, right of the verb, tells only when, where or why the call was made (a visit's street or day
    too: 'called at the house on Elm Row'; not 'called them on it')."""
    if word.dep_ == "prep":
        return word.lower_ in _SETTING or visit and word.lower_ == "on"
    if word.dep_ == "advcl":  # ('after they smelled gas', not a bare clause of its own)
        return any(c.dep_ == "mark" for c in word.children)
    return word.dep_ in ("npadvmod", "advmod", "punct", "cc", "conj")
