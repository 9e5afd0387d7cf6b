"""A line's label that gives the office first and the holder's name in brackets, as a parliament's
record sets down a minister's turn ('The Secretary for Health (Mr Tom Vale): We will X', 'The
Minister for Roads (Ms Ada Obi):'): the speaker is the one named in the brackets. Not a name with its
role in brackets ('MR. PENROSE (for the Crown):', read by ``markers``), nor brackets holding no one's
name ('The Minister for Roads (in reply):', 'Budget (revised):')."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .affiliations import HONORIFICS


def office_then_name(office: Span, name: Span) -> bool:
    """Whether ``office`` (before the brackets) is an office of up to eight words with no verb that
    holds a proper noun, and ``name`` (inside them) a person's name of two to four words: proper nouns,
    an honorific first allowed."""
    words = [t for t in name if not (t.i == name.start and t.lower_.rstrip(".") in HONORIFICS)]
    return (2 <= len(name) <= 4 and bool(words) and all(t.pos_ == "PROPN" and t.is_title for t in words)
            and (any(t.ent_type_ == "PERSON" for t in words) or len(words) >= 2)
            and 1 <= len(office) <= 8 and any(t.pos_ == "PROPN" for t in office)
            and not any(t.pos_ in ("VERB", "AUX") or t.text in (",", "(", ")") for t in office))


_OFFICE_AND_NAME = re.compile(r"(?P<office>[^()]+?)\s*\((?P<name>[^()]+)\)\s*")


def bearer(label: str) -> str:
    """The words of a label's text that name its bearer: the bracketed name after an office written
    with a lowercase word or opening with 'The' ('The Minister for Roads (Ms Ada Obi)' is Ada Obi's),
    else the words before a comma or a bracket ('Mr Leo Brandt (Northfield)', 'Dana Reyes, a teacher')."""
    match = _OFFICE_AND_NAME.fullmatch(label.strip())
    if match is not None:
        office, name = match["office"].split(), match["name"].split()
        if (office[0] == "The" or any(w.islower() for w in office)) and 2 <= len(name) <= 4 and all(
                w[0].isupper() for w in name):
            return match["name"]
    return re.split(r"[,(]", label)[0]
