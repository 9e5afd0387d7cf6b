"""People the article names by a title of nobility or royalty and a place ('the Duchess of
Edinburgh', 'the Prince of Wales', 'the Earl of Wessex'): the small model tags the place, or the
whole as a body, or nothing. ``index.ArticleIndex`` reads them as people, whom 'the duchess'
later stands for; and whether a person's name closes a source after an office's title ('Leader
of the Opposition Mark Golding', ``office_before``)."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set
from .entities import merged
from .tables import words_of


def with_peers(doc, ents: list[Span]) -> list[Span]:
    """The entities with each 'Title of Place' (a title of ``peerage_titles.txt`` in capitals,
    'of', then capitalised words) as one person, in place of the entities it overlaps."""
    titles = word_set("peerage_titles")
    added: list[Span] = []
    table = words_of(doc)
    for i in range(len(doc) - 2):
        if table.lower[i] not in titles or table.lower[i + 1] != "of":
            continue  # (no Token made)
        token = doc[i]
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


#: the small words of an office's title ('Leader of the Opposition', 'Secretary for Health and Care')
_TITLE_GLUE = frozenset(["of", "the", "for", "and", "on", "in", "to", "&"])


def office_before(span: Span, ent: Span) -> bool:
    """'Leader of the Opposition Mark Golding': a person's name closing the source after the
    capitalised words of an office, whatever the parser made the head."""
    before = [t for t in span.doc[span.start : ent.start] if not t.is_title]  # (an office written short: 'MEC for Education')
    return (ent.end == span.end and ent.start - span.start >= 2 and span.doc[span.start].tag_ not in ("NNS", "NNPS") and all(
        t.is_upper and t.is_alpha or t.lower_ in _TITLE_GLUE for t in before) and any(t.lower_ in ("of", "for") for t in before)
            and span.doc[span.start].lower_ not in _TITLE_GLUE)
    # ('of' or 'for' make it an office: 'Mr and Mrs Patel' are two people; an office is one person's:
    # 'Residents of Kampung Kubang Batang' are no office)
