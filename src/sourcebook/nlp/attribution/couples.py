"""Two people named by their titles and the surname they share ('Mr and Mrs Hale said', 'Dr
and Mrs Okoro'): each title with the surname is one of them, the man's and the woman's title
telling apart the husband and wife the article named in full before ('John and Mary Hale ran the
shop. Mr and Mrs Hale said they would travel': John Hale and Mary Hale); as written when the
article named neither. Read by ``groups.joined``, which would otherwise take the first title
for a name of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .affiliations import HONORIFICS
from .index import GROUP, Resolved
from .tables import words_of

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def titled_couple(resolver: SpeakerResolver, span: Span) -> Resolved | None:
    """The pair a source of the form 'Title and Title Surname' names (an article before it, a
    comma or stop after it left out), else none."""
    if "and" not in words_of(span.doc).lower[span.start : span.end]:
        return None  # (no 'and' among its words, most sources: no Token made for each word)
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ == "the":
        words = words[1:]
    if len(words) < 4 or words[1].lower_ != "and" or not all(
            _title(t) for t in (words[0], words[2])) or not all(t.is_title and t.is_alpha for t in words[3:]):
        return None
    surname = words[3:]
    first, second = resolver.person_for([words[0], *surname]), resolver.person_for([words[2], *surname])
    if first is not None and second is not None and first is not second:
        return Resolved(f"{first.name} and {second.name}", GROUP, plural=True)
    return Resolved(" ".join(t.text for t in words), GROUP, plural=True)


def _title(token) -> bool:
    return token.is_title and token.lower_.rstrip(".") in HONORIFICS
