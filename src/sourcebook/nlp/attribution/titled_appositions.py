"""A capitalised office of a place and the name set beside it: 'The Mayor of Wexbury, Carol Dent, said'.

The recognizer often reads the office as the name ('Mayor of Wexbury' a person) or tags the name
beside it a body ('Carol Dent' an organisation), so the speaker comes out as the office or a word of
it ('Mayor of Wexbury', 'Mayor'). When a source is just that, an office in capitals whose noun before
'of' or 'for' is a title or a role ('Lord Mayor of Dunford', 'Chief Constable of Marsh County'), a comma
and two or three capitalised words, those words are the person and the office their affiliation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import word_set
from .affiliations import HONORIFICS
from .index import PERSON

if TYPE_CHECKING:
    from .candidate import Candidate
    from .index import Resolved
    from .speakers import SpeakerResolver

_TITLED = re.compile(r"(?:[Tt]he )?(?P<office>(?:[A-Z][\w'-]* )+(?:of|for) [A-Z][\w'-]*(?: [A-Z][\w'-]*)*),"
                     r" (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'.-]+){1,2}),?")


def name_the_titled_apposition(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved]) -> None:
    """Give a source 'The Mayor of Wexbury, Carol Dent' the person 'Carol Dent', her office her affiliation."""
    from .speakers import Resolved

    for i, cand in enumerate(cands):
        if cand.source is None:
            continue
        m = _TITLED.fullmatch(resolver.text[cand.source[0] : cand.source[1]])
        words = m["name"].split() if m is not None else []
        while len(words) > 2 and words[0].rstrip(".").lower() in HONORIFICS:
            words = words[1:]  # ('Mr Dayo Ogunleye': Dayo Ogunleye)
        if m is None or out[i].kind == PERSON and set((out[i].name or "-").split()) <= set(words):
            continue  # (the name read right)
        office = m["office"].split()
        noun = office[office.index("of" if "of" in office else "for") - 1].lower()
        if noun not in resolver.lex.role_nouns and noun not in word_set("titles"):
            continue
        if any(w.lower() in resolver.lex.role_nouns for w in words):
            continue  # ('The Mayor of Wexbury, Deputy Mayor Ann Lee': no name alone)
        found = resolver.people.find(words)
        out[i] = Resolved(" ".join(words), PERSON, m["office"], found.gender if found is not None else None)


__all__ = ["name_the_titled_apposition"]
