"""Records <-> table rows. The only place that knows how a record is laid out in SQL."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from ..model import FIGURE_FIELDS, Article, Attribution, Entity, Extraction, Figure, Origin, Sentence, Span, Story


def global_id(article_id: str, local_id: str) -> str:
    return f"{article_id}:{local_id}"


def article_row(article: Article, run_id: int | None) -> dict:
    return {
        "id": article.id,
        "stem": article.stem,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "published_estimated": article.published_estimated,
        "published_source": article.published_source,
        "published_evidence": article.published_evidence,
        "published_confidence": article.published_confidence,
        "language": article.language,
        "origin_path": article.origin.path,
        "origin_line": article.origin.line,
        "origin_url": article.origin.url,
        "text": article.text,
        "run_id": run_id,
    }


def row_article(row: Mapping) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        stem=row["stem"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=row["published"],
        published_estimated=bool(row["published_estimated"]),
        language=row["language"],
        origin=Origin(row["origin_path"], row["origin_line"], row["origin_url"]),
        published_source=row["published_source"],
        published_evidence=row["published_evidence"],
        published_confidence=row["published_confidence"],
    )


def _span_columns(prefix: str, span: Span | None) -> dict:
    return {
        f"{prefix}_start": span.start if span else None,
        f"{prefix}_end": span.end if span else None,
        f"{prefix}_text": span.text if span else None,
    }


def _row_span(row: Mapping, prefix: str) -> Span | None:
    if row[f"{prefix}_start"] is None:
        return None
    return Span(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def extraction_rows(article_id: str, extraction: Extraction) -> dict[str, list[dict]]:
    """The rows of every child table for one article."""
    return {
        "sentences": [
            {"article_id": article_id, "seq": i, "start": s.start, "end": s.end}
            for i, s in enumerate(extraction.sentences)
        ],
        "entities": [
            {"article_id": article_id, "seq": i, "start": e.start, "end": e.end, "text": e.text, "label": e.label}
            for i, e in enumerate(extraction.entities)
        ],
        "attributions": [attribution_row(article_id, a) for a in extraction.attributions],
        "figures": [figure_row(article_id, f) for f in extraction.figures],
    }


def attribution_row(article_id: str, att: Attribution) -> dict:
    return {
        "id": global_id(article_id, att.id),
        "article_id": article_id,
        "local_id": att.id,
        "kind": att.kind,
        **_span_columns("source", att.source),
        **_span_columns("cue", att.cue),
        "contents": json.dumps([c.as_dict() for c in att.contents], ensure_ascii=False),
        "speaker": att.speaker,
        "speaker_kind": att.speaker_kind,
        "affiliation": att.affiliation,
        "medium": att.medium,
        "relayed_by": att.relayed_by,
        "confidence": att.confidence,
        "parent": att.parent,
        "speaker_id": None,
    }


def row_attribution(row: Mapping) -> Attribution:
    return Attribution(
        id=row["local_id"],
        kind=row["kind"],
        source=_row_span(row, "source"),
        cue=_row_span(row, "cue"),
        contents=tuple(Span(c["start"], c["end"], c["text"]) for c in json.loads(row["contents"])),
        speaker=row["speaker"],
        speaker_kind=row["speaker_kind"],
        affiliation=row["affiliation"],
        medium=row["medium"],
        relayed_by=row["relayed_by"],
        confidence=row["confidence"],
        parent=row["parent"],
    )


def figure_row(article_id: str, fig: Figure) -> dict:
    return {
        "id": global_id(article_id, fig.id),
        "article_id": article_id,
        "local_id": fig.id,
        "start": fig.span.start,
        "end": fig.span.end,
        "text": fig.span.text,
        **{name: getattr(fig, name) for name in FIGURE_FIELDS},
        "sentence_start": fig.sentence.start if fig.sentence else None,
        "sentence_end": fig.sentence.end if fig.sentence else None,
        "speaker_id": None,
    }


def row_figure(row: Mapping, text: str | None = None) -> Figure:
    sentence = None
    if row["sentence_start"] is not None:
        start, end = row["sentence_start"], row["sentence_end"]
        sentence = Span(start, end, text[start:end] if text is not None else "")
    return Figure(
        id=row["local_id"],
        span=Span(row["start"], row["end"], row["text"]),
        sentence=sentence,
        **{name: row[name] for name in FIGURE_FIELDS if name != "level"},
        level=bool(row["level"]) if row["level"] is not None else True,
    )


def row_sentence(row: Mapping) -> Sentence:
    return Sentence(row["start"], row["end"])


def row_entity(row: Mapping) -> Entity:
    return Entity(row["start"], row["end"], row["text"], row["label"])


def row_story(row: Mapping, articles: Iterable[str]) -> Story:
    return Story(row["id"], row["label"], tuple(articles), row["first"], row["last"], tuple(json.loads(row["names"] or "[]")))
