"""An office of a place named before with no one's name beside it, for 'the' and the office's noun later.

'After meeting the Bishop of Tarn on Friday, the mayor, Pedro Salas, said X. The bishop later said Y': the bishop is
the Bishop of Tarn, whom the article named in passing and who had not spoken, not the mayor quoted last (nor a
description 'bishop' of no one). An office is the noun in capitals after 'the', then 'of' or 'for' and a name in
capitals ('the Duke of Carnmoor', 'the Governor of the Bank of Marland'); one set beside its holder's name ('the
Bishop of Tarn, the Rt Rev Alan Friel,') is that person's, whom the roles find (``apposed_offices``). Asked only
when no person holds the role and no speaker was described by the noun (``shortened.fuller_mention``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...aliases import TITLES
from .affiliations import _text
from .index import DESCRIPTION, PERSON, Resolved

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def office_before(resolver: SpeakerResolver, head: Token) -> Resolved | None:
    """The office of a place whose noun is ``head``'s, named last before it outside a quotation with no name set
    beside it ('the Bishop of Tarn' for 'the bishop'); a person when the NER named one so."""
    doc = head.doc
    for k in range(head.i - 1, 0, -1):
        word = doc[k]
        if word.lower_ != head.lower_ or not word.is_title or doc[k - 1].lower_ != "the" or k + 2 >= len(doc):
            continue
        if doc[k + 1].lower_ not in ("of", "for") or resolver.in_quote(word.idx):
            continue
        end = k + 2 + (doc[k + 2].lower_ == "the")
        start = end
        while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or doc[end].lower_ == "of" and end + 1 < len(doc)
                                  and doc[end + 1].is_title and end > start):
            end += 1
        if end == start or _named_beside(resolver, end):
            continue
        name = _text(list(doc[k:end]))
        person = next((p for p in resolver.people.values() if p.name == name), None)
        return Resolved(name, PERSON if person is not None else DESCRIPTION)
    return None


def _named_beside(resolver: SpeakerResolver, end: int) -> bool:
    """Whether a comma and a person's name (after 'the' and titles) follow the office ending before ``end``."""
    doc = resolver.doc
    if end >= len(doc) - 1 or doc[end].text != ",":
        return False
    k = end + 1
    while k < len(doc) and (doc[k].lower_ == "the" or doc[k].lower_.rstrip(".") in TITLES):
        k += 1
    return k < len(doc) and any(e.label_ == "PERSON" and e.start == k for e in resolver.ents_in(k, k + 1))


__all__ = ["office_before"]
