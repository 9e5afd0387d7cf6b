"""A reported clause after the place a cue was said at, which the parser read as a relative clause
of the place's noun with 'that' for its object or for a stranded preposition's object.

'The fire chief told reporters at the depot that two crews had been injured', 'The mayor said
outside the station that several passengers were still unaccounted for': the parser hung the clause
on 'depot' or 'station' as a relative one, 'that' the object of 'injured' or of 'for'. A relative
on a place after a verb of saying is rare and has a gap for 'that' to fill; a clause with a subject
of its own whose verb is no verb of making, holding or owning a place, or whose 'that' hangs on a
preposition closing an adjective ('unaccounted for', 'responsible for'), is what was said. Not a
relative on an event's noun ('said at the rally that the union held'), nor one a verb of making
fills ('spoke outside the house that he built')."""

from __future__ import annotations

from spacy.tokens import Token

#: verbs whose object gap a place's relative clause fills ('the house that he built', 'the shop
#: that she owns'): the clause is a relative one, not what was said
_PLACE_VERBS = frozenset(["build", "own", "buy", "rent", "open", "run", "visit", "manage", "lease", "sell", "design",
                          "found", "close", "renovate", "share", "use", "occupy", "leave", "call"])


def clause_at_place(clause: Token, that: Token, event: bool, subject: bool, making: bool) -> bool:
    """Whether ``clause``, the parser's relative clause on a place's noun opened by ``that``, is what
    was said: 'that' the object of a verb with a subject of its own (``subject``) that is no verb of
    making (``making``) or of holding a place, on no event's noun (``event``), or 'that' the object of
    a preposition an adjective ends on ('were unaccounted for')."""
    if not subject or making:
        return False
    if that.dep_ == "dobj":
        return not event and that.head.i == clause.i and clause.lemma_.lower() not in _PLACE_VERBS
    if that.dep_ == "pobj":
        prep = that.head
        return prep.i > that.i and prep.head.pos_ == "ADJ" and prep.head.dep_ == "acomp"
    return False
