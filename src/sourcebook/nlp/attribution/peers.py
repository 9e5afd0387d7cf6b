"""People the article names by a title of nobility or royalty and a place ('the Duchess of
Edinburgh', 'the Prince of Wales', 'the Earl of Wessex'): the small model tags the place, or the
whole as a body, or nothing. ``index.ArticleIndex`` reads them as people, whom 'the duchess'
later stands for."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set
from .entities import merged


def with_peers(doc, ents: list[Span]) -> list[Span]:
    """The entities with each 'Title of Place' (a title of ``peerage_titles.txt`` in capitals,
    'of', then capitalised words) as one person, in place of the entities it overlaps."""
    titles = word_set("peerage_titles")
    added: list[Span] = []
    for token in doc:
        if not (token.is_title and token.lower_ in titles and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of"):
            continue
        end = token.i + 2
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and "\n" not in doc[end - 1].whitespace_:
            end += 1
        if end > token.i + 2 and not (added and added[-1].end > token.i):
            added.append(Span(doc, token.i, end, label="PERSON"))
    if not added:
        return ents
    taken = {i for span in added for i in range(span.start, span.end)}
    return merged([e for e in ents if not taken & set(range(e.start, e.end))], added)
