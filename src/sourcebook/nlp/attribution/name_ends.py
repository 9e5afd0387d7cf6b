"""Where a source that ends inside a name ends (for ``build``): the parser may open a sentence inside a person's
name or hang a body's last word apart from the rest, and the source stops short of the name's end."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import Candidate
from .people import gender_of_first_name
from .tables import text_of


def whole_name(doc: Doc, source: tuple[int, int], cand: Candidate) -> tuple[int, int]:
    """A source that ends inside a person's or a body's name runs to its end, short of the cue and the content: the parser
    may open a sentence inside a name ('"It is calm," said Farid | Mansour') or hang a body's last word apart ('Justice Now';
    not on a Title-Cased line, a headline's, whose words the NER reads as one body: 'Panel Just Dismissed X.')."""
    last = doc.char_span(source[1] - 1, source[1], alignment_mode="expand")
    if not last or last[-1].ent_type_ not in ("PERSON", "ORG") or last[-1].ent_type_ == "ORG" and _title_cased(doc, source[0]):
        return source
    after = [s for s, _ in [*cand.contents, *([cand.cue] if cand.cue else [])] if s >= source[1]]
    limit = min(after) if after else len(text_of(doc))
    end = last.end
    while end < len(doc) and doc[end].ent_type_ == last[-1].ent_type_ and "\n" not in doc[end - 1].whitespace_ and (
            doc[end].idx + len(doc[end]) <= limit and doc[end].is_title) and (
            doc[end].ent_iob_ == "I" or end == last.end and gender_of_first_name(doc[end - 1].text) is not None):
        end += 1  # (or a given name's surname the NER tagged apart, the sentence split between them)
    return (source[0], doc[end - 1].idx + len(doc[end - 1])) if end > last.end else source


def _title_cased(doc: Doc, at: int) -> bool:
    """Whether the line holding offset ``at`` is Title-Cased, three words in four or more capitalised (a headline)."""
    text = text_of(doc)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = text[start : end if end >= 0 else len(text)].split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)
