"""The JSON API: one endpoint per page (the page's twin) and the review write.

The ``*_data`` functions gather what a page shows; the HTML routes in ``pages`` render the same
data, so a page and its twin never disagree.
"""

from __future__ import annotations

import hmac
import json
import re
from typing import Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..errors import SettingsError
from ..model import VERDICTS
from ..report.briefing import VERDICT_TITLES
from ..store.search import add_review, outlets, reviews, search_articles
from . import queries
from .app import AppContext
from .svg import interval, timeline, value_date, value_source
from .views import Page, article_view, plain, review_dict

__all__ = ["ReviewIn", "article_data", "articles_data", "check_write", "measure_data", "measures_data", "router",
           "runs_data", "speaker_data", "speakers_data"]

router = APIRouter(prefix="/api", tags=["api"])

MAX_PER_PAGE = 200
MAX_BODY = 16_384
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

PageParam = Query(1, ge=1, le=1_000_000, description="Page number, from 1.")
PerPageParam = Query(50, ge=1, le=MAX_PER_PAGE, description=f"Items per page (at most {MAX_PER_PAGE}).")


def ctx_of(request: Request) -> AppContext:
    return request.app.state.ctx


def _date(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    if not _DATE.match(value.strip()):
        raise HTTPException(422, f"{name} must be a date as YYYY-MM-DD, not {value[:40]!r}")
    return value.strip()


def _verdict(value: str | None) -> str | None:
    if not value:
        return None
    if value not in VERDICTS:
        raise HTTPException(422, f"unknown verdict {value[:40]!r}; valid: {', '.join(VERDICTS)}")
    return value


# -- data shared by pages and their twins -----------------------------------------------------

def articles_data(ctx: AppContext, q, outlet, date_from, date_to, page, per_page, path="/articles") -> dict:
    date_from, date_to = _date(date_from, "from"), _date(date_to, "to")
    offset = (page - 1) * per_page
    total, hits = search_articles(ctx.store, q=q, outlet=outlet or None, date_from=date_from, date_to=date_to,
                                  limit=per_page, offset=offset)
    pager = Page(total, page, per_page, path, {"q": q or "", "outlet": outlet or "", "from": date_from or "",
                                               "to": date_to or ""})
    return {"query": {"q": q, "outlet": outlet, "from": date_from, "to": date_to},
            "outlets": outlets(ctx.store), "page": pager,
            "items": [plain(h) for h in hits]}


def article_data(ctx: AppContext, article_id: str):
    article = ctx.store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id[:64]!r}")
    return article_view(ctx.store, article)


def speakers_data(ctx: AppContext, q, page, per_page, path="/speakers") -> dict:
    total, rows = queries.list_speakers(ctx.store, q, per_page, (page - 1) * per_page)
    return {"query": {"q": q}, "page": Page(total, page, per_page, path, {"q": q or ""}),
            "items": [{**plain(r), "aliases": list(r.aliases)} for r in rows]}


def speaker_data(ctx: AppContext, speaker_id: str, page, per_page, path: str) -> dict:
    speaker = queries.speaker(ctx.store, speaker_id)
    if speaker is None:
        raise HTTPException(404, f"no speaker with id {speaker_id[:64]!r}")
    total, rows = queries.speaker_statements(ctx.store, speaker_id, per_page, (page - 1) * per_page)
    return {"speaker": {**plain(speaker), "aliases": list(speaker.aliases)},
            "page": Page(total, page, per_page, path, {}), "statements": [plain(r) for r in rows]}


def _measure_dict(m: queries.MeasureRow, values: list[queries.ValueRow]) -> dict:
    return {**plain(m), "title": VERDICT_TITLES.get(m.verdict, m.verdict),
            "values": [{**plain(v), "date": value_date(v), "source": value_source(v), "interval": interval(v)}
                       for v in values]}


def measures_data(ctx: AppContext, verdict, page, per_page, path="/measures", chart: bool = False) -> dict:
    verdict = _verdict(verdict)
    total, rows = queries.list_measures(ctx.store, verdict, per_page, (page - 1) * per_page)
    values = queries.measure_values(ctx.store, [m.id for m in rows])
    items = []
    for m in rows:
        item = _measure_dict(m, values.get(m.id, []))
        if chart:
            item["chart"] = timeline(values.get(m.id, []), f"{item['title']}: {m.label}")
        items.append(item)
    return {"query": {"verdict": verdict}, "verdicts": list(queries.VERDICT_ORDER),
            "page": Page(total, page, per_page, path, {"verdict": verdict or ""}), "items": items}


def measure_data(ctx: AppContext, measure_id: str, chart: bool = False) -> dict:
    m = queries.measure_row(ctx.store, measure_id)
    if m is None:
        raise HTTPException(404, f"no measure with id {measure_id[:64]!r}")
    values = queries.measure_values(ctx.store, [m.id]).get(m.id, [])
    item = _measure_dict(m, values)
    if chart:
        item["chart"] = timeline(values, f"{item['title']}: {m.label}")
    return item


def runs_data(ctx: AppContext, page, per_page, path="/runs") -> dict:
    runs = list(reversed(ctx.store.runs()))
    pager = Page(len(runs), page, per_page, path, {})
    items = []
    for run in runs[pager.offset:pager.offset + per_page]:
        item = plain(run)
        item["started"] = run.started.isoformat() if run.started else None
        item["finished"] = run.finished.isoformat() if run.finished else None
        item["inputs"], item["components"] = list(run.inputs), list(run.components)
        item["skipped_items"] = [{"where": s.where, "reason": s.reason} for _, s in ctx.store.skipped(run.id)]
        items.append(item)
    return {"page": pager, "items": items, "stats": ctx.store.stats()}


def _json(data: dict) -> JSONResponse:
    """A page's data as its JSON twin, pagination fields at the top level. Serialised with
    json.dumps directly: FastAPI's generic encoder costs more than the queries on big pages."""
    out: dict = {}
    for key, value in data.items():
        if isinstance(value, Page):
            out.update(value.as_dict())
        else:
            out[key] = value
    return JSONResponse(out)


# -- JSON endpoints -----------------------------------------------------------------------------

@router.get("/articles", summary="Articles: full-text search, filters, pagination")
def api_articles(
    request: Request,
    q: str | None = Query(None, max_length=500, description="Words to find in the title or text."),
    outlet: str | None = Query(None, max_length=500, description="Only this outlet."),
    date_from: str | None = Query(None, alias="from", description="Published on or after (YYYY-MM-DD)."),
    date_to: str | None = Query(None, alias="to", description="Published on or before (YYYY-MM-DD)."),
    page: int = PageParam, per_page: int = PerPageParam,
) -> JSONResponse:
    return _json(articles_data(ctx_of(request), q, outlet, date_from, date_to, page, per_page, "/api/articles"))


@router.get("/articles/{article_id}", summary="One article: text, attributions, figures, reviews")
def api_article(request: Request, article_id: str) -> JSONResponse:
    return _json(article_data(ctx_of(request), article_id[:64]).as_json())


@router.get("/speakers", summary="Speakers merged across articles, most statements first")
def api_speakers(request: Request, q: str | None = Query(None, max_length=200, description="Part of the name."),
                 page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(speakers_data(ctx_of(request), q, page, per_page, "/api/speakers"))


@router.get("/speakers/{speaker_id}", summary="One speaker: aliases, affiliation, every statement")
def api_speaker(request: Request, speaker_id: str, page: int = PageParam,
                per_page: int = PerPageParam) -> JSONResponse:
    sid = speaker_id[:64]
    return _json(speaker_data(ctx_of(request), sid, page, per_page, f"/api/speakers/{sid}"))


@router.get("/measures", summary="Measures with verdicts, conflicts first, with their values")
def api_measures(request: Request,
                 verdict: str | None = Query(None, description=f"Only this verdict: {', '.join(VERDICTS)}."),
                 page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(measures_data(ctx_of(request), verdict, page, per_page, "/api/measures"))


@router.get("/measures/{measure_id}", summary="One measure with its values by source")
def api_measure(request: Request, measure_id: str) -> JSONResponse:
    return _json(measure_data(ctx_of(request), measure_id[:64]))


@router.get("/runs", summary="Builds: when, with which model, what was skipped and why")
def api_runs(request: Request, page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(runs_data(ctx_of(request), page, per_page, "/api/runs"))


@router.get("/reviews", summary="Review history, oldest first")
def api_reviews(request: Request,
                article_id: str | None = Query(None, max_length=64, description="Reviews of one article."),
                target_id: str | None = Query(None, max_length=100, description="Reviews of one record."),
                ) -> JSONResponse:
    found = reviews(ctx_of(request).store, article_id=article_id, target_id=target_id)
    return _json({"items": [review_dict(r) for r in found]})


class ReviewIn(BaseModel):
    """A review of one attribution or figure (global id ``<article id>:a3`` or ``:f2``)."""

    model_config = ConfigDict(extra="forbid")
    target_id: str = Field(pattern=r"^[0-9A-Za-z_-]{1,40}:[af][0-9]{1,6}$")
    status: Literal["verified", "disputed", "wrong"]
    note: str = Field("", max_length=2000)
    reviewer: str = Field(min_length=1, max_length=200)


def check_write(ctx: AppContext, request: Request) -> None:
    """Refuse a write unless it carries the token, as JSON, from this site."""
    if not ctx.writable:
        raise HTTPException(403, "read-only: start the server with SOURCEBOOK_TOKEN set to accept reviews")
    origin = request.headers.get("origin")
    own = f"{request.url.scheme}://{request.headers.get('host', '')}"
    if origin is not None and origin != own:
        raise HTTPException(403, "cross-site request refused: Origin does not match this server")
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "cross-site request refused")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise HTTPException(415, "send the review as application/json")
    given = request.headers.get("x-sourcebook-token", "")
    if not hmac.compare_digest(given.encode("utf-8"), ctx.token.encode("utf-8")):
        raise HTTPException(401, "missing or wrong X-Sourcebook-Token")


@router.post(
    "/reviews", status_code=201, summary="Review an attribution or figure (needs the token)",
    description="Headers: `X-Sourcebook-Token` and `Content-Type: application/json`. Reviews are stored beside "
                "what was extracted, never overwriting it.",
    openapi_extra={"requestBody": {"required": True,
                                   "content": {"application/json": {"schema": ReviewIn.model_json_schema()}}}},
)
async def api_add_review(request: Request) -> dict:
    ctx = ctx_of(request)
    check_write(ctx, request)
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, f"review too large (at most {MAX_BODY} bytes)")
    try:
        review = ReviewIn.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise HTTPException(422, f"bad review: {str(exc)[:300]}") from exc
    if not review.reviewer.strip():
        raise HTTPException(422, "bad review: reviewer must name who reviewed")
    try:
        stored = await run_in_threadpool(add_review, ctx.store, review.target_id, review.status,
                                         review.reviewer.strip(), review.note)
    except SettingsError as exc:
        raise HTTPException(404, str(exc)) from exc
    return review_dict(stored)


