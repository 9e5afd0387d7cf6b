"""A bare body noun ('the campaign', 'the hospital') is the one the sentences before named with it.

Copy names a body by its owner or in full where it is no source ('Donald Trump's campaign is
making its biggest ad buy', 'in an email thread with Cruz's campaign', "St Cuthbert's Hospital had
kept two lists"), then a report follows with the bare noun: 'The campaign is expecting to air a new
ad', 'The hospital said the Gazette had misread the emails'. No body entity stands there (the NER
tags no 'Trump's campaign', and cut 'St Cuthbert's | Hospital'), so the source stayed the noun
('campaign') where the reader knows whose.

Only a source of 'the' and one noun that nothing resolved; the latest mention of that noun in the
source's sentence or the ``_WINDOW`` before, outside quotations, decides: owned by a name ("Trump's
campaign", 'the Clinton campaign': Donald Trump's campaign, the full name the index knows; a name
it does not know only as a person's, not "Friday's editorial"), or ending a capitalised name ("St
Cuthbert's Hospital"); any other mention ('his campaign', 'a campaign', 'the campaign of X') leaves
the noun as it is, and 'the campaign' again is passed over (it stood for the same)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .index import DESCRIPTION, ORG, Resolved
from .people import gender_of_first_name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .candidate import Candidate
    from .speakers import SpeakerResolver

_WINDOW = 3  # sentences back to the noun's mention


def owned_before(resolver: SpeakerResolver, cand: Candidate, res: Resolved) -> Resolved | None:
    """Whose body the bare noun source of ``cand`` is ('the campaign': Donald Trump's campaign); None keeps ``res``."""
    if res.kind != DESCRIPTION or res.plural or cand.source is None or cand.parent is not None:
        return None
    found = resolver.head_of(cand)
    if found is None or len(found[0]) != 2 or found[0][0].lower_ != "the" or found[1].i != found[0].end - 1:
        return None
    head = found[1]
    if head.tag_ != "NN" or res.name != head.lower_:
        return None
    floor = resolver.sent_starts[max(0, resolver.sentence_of(cand.source[0]) - _WINDOW)]
    for token in reversed(resolver.doc[: found[0].start]):
        if token.idx < max(floor, resolver.headline_end):
            return None
        if token.lemma_.lower() != head.lemma_.lower() or token.tag_ not in ("NN", "NNP") or resolver.in_quote(token.idx):
            continue
        named = _named_owner(resolver, token)
        if named is not None:
            return named
        if not (token.i and resolver.doc[token.i - 1].lower_ == "the" and token.tag_ == "NN"):
            return None  # 'his campaign', 'a campaign': someone else's, or no one's told
        if any(c.dep_ == "prep" for c in token.children):
            return None  # 'the campaign of X': whose is said another way
    return None


def _named_owner(resolver: SpeakerResolver, token: Token) -> Resolved | None:
    """The body a mention of the noun names: "Trump's campaign", 'the Clinton campaign' (the owner's
    name) or the capitalised name it ends ("St Cuthbert's Hospital")."""
    doc = resolver.doc
    if token.tag_ == "NNP" or token.text[:1].isupper() and token.i and doc[token.i - 1].text[:1].isupper():
        start = token.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() or doc[start - 1].tag_ == "POS"
                             and start > 1 and doc[start - 2].pos_ == "PROPN"):
            start -= 1
        if start == token.i or start == 0 or doc[start].idx < resolver.headline_end:
            return None
        return Resolved(doc[start : token.i + 1].text, ORG)
    owner = [c for c in token.lefts if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if len(owner) != 1:
        return None
    words = [t for t in owner[0].lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [owner[0]]
    person = resolver.person_for(words)
    if person is not None:
        return Resolved(f"{person.name}'s {token.lower_}", DESCRIPTION, person.name)
    if words[-1].ent_type_ == "PERSON" or len(words) > 1 and gender_of_first_name(words[0].text) is not None:
        name = " ".join(t.text for t in words)  # (a person's name as written: 'Marta Quell' the NER tagged a body)
        return Resolved(f"{name}'s {token.lower_}", DESCRIPTION, name)
    return None  # ("Friday's editorial", "the Times's article": no body's owner)


__all__ = ["owned_before"]
