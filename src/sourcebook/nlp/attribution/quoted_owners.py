"""Whose the first person inside a quotation is: the quotation's own speaker.

An 'I' that reports inside a quotation ('"I told them X," she said') is the quotation's speaker;
a person the quotation describes by 'my' and a report's subject stands for ('"My son called me,"
said Galina Sorova. "He said X."') is that speaker's ('Galina Sorova's son'), once every speaker
of the article is known.
"""

from __future__ import annotations

from .anaphora import FIRST_PERSON
from .candidate import Candidate
from .index import DESCRIPTION, PERSON, UNKNOWN, Resolved


def own_speaker(cands: list[Candidate], out: list[Resolved]) -> None:
    """Give each nested record's first person to its parent's speaker, in place."""
    for i, cand in enumerate(cands):
        parent = out[cand.parent] if cand.parent is not None else None
        res = out[i]
        if res.kind == FIRST_PERSON:
            if parent is not None and parent.kind != FIRST_PERSON and parent.name:
                out[i] = Resolved(parent.name, parent.kind, parent.affiliation, parent.gender, parent.plural)
            else:
                out[i] = Resolved(None, UNKNOWN)
        elif (res.kind == DESCRIPTION and parent is not None and parent.kind == PERSON and parent.name and res.name
              and res.name.lower().startswith("my ") and len(res.name.split()) > 1):
            # ('"My son called me," said Galina Sorova. "He said X"': her son, not 'My son')
            out[i] = Resolved(f"{parent.name}'s {res.name.split(' ', 1)[1]}", DESCRIPTION, parent.name, res.gender)
