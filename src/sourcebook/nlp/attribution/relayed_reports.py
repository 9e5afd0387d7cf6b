"""'The Herald quoted the minister as saying X': the report is the Herald's, of 'the minister as saying X', as PolNeAR
marks it (train: 5 of 5, the cue 'quoted' and the one quoted inside the content; with no one named before the
passive, 'X was quoted as saying', the one quoted is the source). The minister's own report of X stays, nested
inside the Herald's (``build._nest``), so the ledger keeps who said it and who passed it on (``relayed_by``).

Only for a relay named before 'quoted' (``relays.relay``: not a pronoun, whom the speaker resolver does not
resolve there, nor a letter's 'Sir' the parser made the subject) and a verb of quoting or citing
(``quoting_verbs.txt``); 'reported X as saying' stays the speaker's (train has none). PolNeAR train 13072 -> 13076
right of 15688 predicted (the 4 it gave to the one quoted; none lost), dev unchanged (1416 of 1711)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from .candidate import Candidate, clip_lines, trim
from .captions import without_picture_pointer
from .relays import relaying_verb
from .salutations import salutation_alone

#: the verbs whose subject reports what its object said: 'quoted X as saying', 'cited X as saying'
_QUOTING = word_set("attribution/quoting_verbs")


def relayed_reports(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and, for each 'saying' of 'X quoted Y as saying Z' with X named, X's report of 'Y as saying Z'
    (cue 'quoted', source X); Y's report is nested in it."""
    added = []
    cues = {c.cue[0] for c in cands if c.cue is not None}
    for cand in cands:
        if cand.verb is None or cand.relay is None or not cand.relayed_by or cand.cue is None or not cand.contents:
            continue
        quoting = relaying_verb(doc[cand.verb])
        if quoting is None or quoting.lemma_.lower() not in _QUOTING or quoting.idx in cues:
            continue  # (nor when another rule read 'quoted' as a cue already)
        start = cand.relay[0]
        # (on the cue's line, with no letter's 'Sir,' that the parser took for the subject: ``captions``)
        source = without_picture_pointer(text, clip_lines(text, trim(text, start, start + len(cand.relayed_by)), quoting.idx))
        subject = next((c for c in quoting.lefts if c.dep_ == "nsubj"), None)
        if subject is None or source[0] >= source[1] or salutation_alone(text, source):
            continue
        # (the content opens with the one quoted, the object of 'quoted', or else the source the 'saying' took)
        quoted = next((c for c in quoting.rights if c.dep_ == "dobj"), None)
        opening = quoted.left_edge.idx if quoted is not None else cand.source[0] if cand.source else -1
        if opening <= quoting.idx:
            continue
        said = (opening, cand.cue[1])  # 'the minister as saying'
        after = [c for c in cand.contents if c[0] >= said[1]]
        before = [c for c in cand.contents if c[1] <= source[0]]
        if after:
            contents = before + [(said[0], max(e for _, e in after))]
        else:
            contents = before + [said]
        added.append(Candidate(cue=(quoting.idx, quoting.idx + len(quoting)), source=source, contents=contents,
                               nature=cand.nature, source_token=subject.i, sentence=cand.sentence,
                               confidence=cand.confidence, quoted=cand.quoted, verb=quoting.i, unjudged=True))
    if not added:
        return cands
    return sorted(cands + added, key=lambda c: c.start)
