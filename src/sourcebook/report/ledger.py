"""The ledger interchange format of PRODUCT.md, one dict per article.

``{"document", "text", "attributions": [...], "figures": [...]}`` with every span as
``{"text", "start", "end"}``. Attribution and figure fields follow the seed gold schema
(``../shared/seeds/gold/README.md``); attributions also carry ``speaker_id``. Other tools and
our own checks read this format: keep it stable.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import FIGURE_FIELDS, Article, Attribution, Extraction, Figure, Span


def _span(span: Span | None) -> dict | None:
    return span.as_dict() if span is not None else None


def attribution_record(att: Attribution, speaker_id: str | None = None) -> dict:
    return {
        "id": att.id,
        "kind": att.kind,
        "source": _span(att.source),
        "speaker": att.speaker,
        "speaker_affiliation": att.affiliation,
        "speaker_id": speaker_id,
        "cue": _span(att.cue),
        "contents": [c.as_dict() for c in att.contents],
        "medium": att.medium,
        "relayed_by": att.relayed_by,
        "confidence": att.confidence,
        "parent": att.parent,
    }


def figure_record(fig: Figure) -> dict:
    return {"id": fig.id, "text": fig.span.as_dict(), **{name: getattr(fig, name) for name in FIGURE_FIELDS}}


def article_ledger(
    article: Article,
    extraction: Extraction,
    document: str | None = None,
    speaker_ids: Mapping[str, str] | None = None,
    story_id: str | None = None,
) -> dict:
    """The ledger dict of one article. ``speaker_ids`` maps an attribution's local id to
    its store-wide speaker id; ``story_id`` is the article's story (``reconcile.stories``)."""
    speaker_ids = speaker_ids or {}
    return {
        "document": document or article.document,
        "article_id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "published_estimated": article.published_estimated,
        # added beside the two above (never renamed): where the date came from, and for an
        # estimate its evidence and confidence
        "published_source": article.published_source,
        "published_evidence": article.published_evidence,
        "published_confidence": article.published_confidence,
        "story_id": story_id,  # added: the story the article is in
        "text": article.text,
        "attributions": [attribution_record(a, speaker_ids.get(a.id)) for a in extraction.attributions],
        "figures": [figure_record(f) for f in extraction.figures],
    }
