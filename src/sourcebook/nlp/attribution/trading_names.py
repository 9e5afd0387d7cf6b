"""A shop or firm named with a possessive ('Dawson's said', "Hollins's, a rival grocer, said") keeps its 's.

Shops, pubs and chains are often named for their founder in the possessive, and the name stands alone as
the subject of a report: 'Dawson's said it would close twelve stores'. The NER tags 'Dawson' without the 's,
and the resolver drops a source's closing 's as the possessor of a noun cue ('the landlord's claim'), so the
speaker was 'Dawson', a person or a body of another name. Where a source opens with a name whose 's owns no
noun (a finite verb or a comma follows it: not 'Dawson's staff said', nor "Christie's been", where 's is a verb),
the article's speaker of that name is the firm as written, on every record that resolved to the bare name
('The chain said' after it too), and on 'the' and a firm's noun right after its reports ('The brewery said',
which ``untagged.earlier_firm`` could not give it: the firm was no body when it spoke).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .body_nouns import company_nouns
from .index import DESCRIPTION, ORG, PERSON, Resolved

if TYPE_CHECKING:
    from .candidate import Candidate
    from .speakers import SpeakerResolver

_OWNED = ("NOUN", "PROPN", "ADJ", "NUM")
_FINITE = ("VBD", "VBZ", "VBP", "MD")  # a verb after the 's that is no participle ('has been', 'has said' read as 's)


def _trading_name(resolver: SpeakerResolver, cand: Candidate) -> tuple[str, str] | None:
    """(the bare name, the name with its 's) of a source opening 'Dawson's' that owns nothing."""
    assert cand.source is not None
    written = resolver.text[cand.source[0] : cand.source[1]]
    if "'" not in written and "\u2019" not in written:
        return None  # (most sources have no 's: the cheap test before the span's)
    span = resolver.doc.char_span(*cand.source, alignment_mode="expand")
    if span is None:
        return None
    doc = resolver.doc
    start = span.start + (span[0].lower_ == "the")
    end = start
    while end < span.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    if end == start or end >= len(doc) - 1 or doc[end].tag_ != "POS" or doc[end - 1].whitespace_:
        return None
    after = doc[end + 1]
    if doc[end].i >= span.end or doc[end - 1].dep_ == "poss" or after.pos_ in _OWNED or not (
            after.tag_ in _FINITE or after.text == ","):
        return None  # 'Dawson's staff said', "Trump's most surprising claim"; "Christie's been saying" (has)
    bare = doc[start:end].text
    return bare, bare + doc[end].text.replace("\u2019", "'")


def keep_possessives(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved]) -> list[Resolved]:
    """The records' speakers with a firm's possessive name as written (see the module)."""
    names: dict[str, str] = {}
    for cand, res in zip(cands, out, strict=True):
        if cand.source is not None and res.kind in (ORG, PERSON) and res.name:
            found = _trading_name(resolver, cand)
            if found is not None and res.name == found[0]:  # (the whole name: not 'Chris Christie' for "Christie's")
                names[res.name] = found[1]
    if not names:
        return out
    kept, last = [], None
    for cand, res in zip(cands, out, strict=True):
        if res.name in names and res.kind in (ORG, PERSON):
            res = replace(res, name=names[res.name], kind=ORG, gender=None)
        elif res.kind == DESCRIPTION and res.name and cand.source is not None:
            bare = res.name.split()[-1]
            written = resolver.text[cand.source[0] : cand.source[1]]
            if bare in names and written.endswith(names[bare]):  # 'A spokeswoman for Pemberton's'
                res = replace(res, name=res.name + names[bare][len(bare) :])
            elif last is not None and _the_firm(resolver, cand):  # 'The brewery said' after "Fenwick's said"
                res = Resolved(last, ORG)
        if cand.parent is None and res.kind in (ORG, PERSON):
            last = res.name if res.name in names.values() else None
        kept.append(res)
    return kept


def _the_firm(resolver: SpeakerResolver, cand: Candidate) -> bool:
    """'The brewery', 'The bakery chain': 'the' and a firm's noun, nothing else (``untagged.earlier_firm``)."""
    found = resolver.head_of(cand)
    if found is None:
        return False
    span, head = found
    return span[0].lower_ == "the" and head.i == span.end - 1 and len(span) <= 3 and head.lemma_.lower() in company_nouns() and (
        all(t.pos_ in ("NOUN", "PROPN") and t.is_lower for t in span[1:]))
