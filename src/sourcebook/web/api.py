"""The JSON API: one endpoint per page (the page's twin) and the review write.

Each endpoint returns what the ``data`` function of its page gathers, the same data the HTML
route in ``pages`` renders, so a page and its twin never disagree.
"""

from __future__ import annotations

import hmac
import json
from typing import Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..model import VERDICTS
from ..store.reviews import add_review
from . import data
from .context import AppContext, PageParam, PerPageParam, ctx_of
from .views import Page, review_dict

__all__ = ["ReviewIn", "check_write", "router"]

router = APIRouter(prefix="/api", tags=["api"])

MAX_BODY = 16_384
#: a review is a flat object: JSON nested deeper than this is refused before it is parsed
MAX_DEPTH = 8


def json_depth(body: bytes) -> int:
    """How deeply ``body``'s arrays and objects nest (brackets inside strings not counted);
    a scan, so a hostile body cannot exhaust the parser's recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def _json(values: dict) -> JSONResponse:
    """A page's data as its JSON twin, pagination fields at the top level. Serialised with
    json.dumps directly: FastAPI's generic encoder costs more than the queries on big pages."""
    out: dict = {}
    for key, value in values.items():
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
    return _json(data.articles_data(ctx_of(request).store, q, outlet, date_from, date_to, page, per_page, "/api/articles"))


@router.get("/articles/{article_id}", summary="One article: text, attributions, figures, reviews")
def api_article(request: Request, article_id: str) -> JSONResponse:
    return _json(data.article_data(ctx_of(request).store, article_id[:64]).as_json())


@router.get("/speakers", summary="Speakers merged across articles, most statements first")
def api_speakers(request: Request, q: str | None = Query(None, max_length=200, description="Part of the name."),
                 page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(data.speakers_data(ctx_of(request).store, q, page, per_page, "/api/speakers"))


@router.get("/speakers/{speaker_id}", summary="One speaker: aliases, affiliation, every statement")
def api_speaker(request: Request, speaker_id: str, page: int = PageParam,
                per_page: int = PerPageParam) -> JSONResponse:
    sid = speaker_id[:64]
    return _json(data.speaker_data(ctx_of(request).store, sid, page, per_page, f"/api/speakers/{sid}"))


@router.get("/measures", summary="Measures with verdicts, conflicts first, with their values")
def api_measures(request: Request,
                 verdict: str | None = Query(None, description=f"Only this verdict: {', '.join(VERDICTS)}."),
                 page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(data.measures_data(ctx_of(request).store, verdict, page, per_page, "/api/measures"))


@router.get("/measures/{measure_id}", summary="One measure with its values by source")
def api_measure(request: Request, measure_id: str) -> JSONResponse:
    return _json(data.measure_data(ctx_of(request).store, measure_id[:64]))


@router.get("/stories", summary="Stories: the articles about one event, most articles first")
def api_stories(request: Request, page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(data.stories_data(ctx_of(request).store, page, per_page, "/api/stories"))


@router.get("/stories/{story_id}", summary="One story: its articles in time order, its measures, less certain verdicts apart")
def api_story(request: Request, story_id: str) -> JSONResponse:
    return _json(data.story_data(ctx_of(request).store, story_id[:64]))


@router.get("/runs", summary="Builds: when, with which model, what was skipped and why")
def api_runs(request: Request, page: int = PageParam, per_page: int = PerPageParam) -> JSONResponse:
    return _json(data.runs_data(ctx_of(request).store, page, per_page, "/api/runs"))


@router.get("/reviews", summary="Review history, oldest first")
def api_reviews(request: Request,
                article_id: str | None = Query(None, max_length=64, description="Reviews of one article."),
                target_id: str | None = Query(None, max_length=100, description="Reviews of one record."),
                ) -> JSONResponse:
    return _json(data.reviews_data(ctx_of(request).store, article_id=article_id, target_id=target_id))


class ReviewIn(BaseModel):
    """A review of one attribution or figure (global id ``<article id>:a3`` or ``:f2``)."""

    model_config = ConfigDict(extra="forbid")
    target_id: str = Field(pattern=r"^[0-9A-Za-z_-]{1,40}:[af][0-9]{1,6}$")
    status: Literal["verified", "disputed", "wrong"]
    note: str = Field("", max_length=2000)
    reviewer: str = Field(min_length=1, max_length=200)


#: what each field of a review needs, in words a reviewer reads
_FIELD_NEEDS = {
    "target_id": "select a statement or figure to review",
    "status": "choose verified, disputed or wrong",
    "note": "keep the note under 2,000 characters",
    "reviewer": "enter your name (up to 200 characters)",
}


def _problems(exc: ValidationError) -> str:
    """A review's validation errors as plain sentences, one per field."""
    fields = dict.fromkeys(str(e["loc"][0]) if e.get("loc") else "" for e in exc.errors())
    return "; ".join(_FIELD_NEEDS.get(f, f"remove the unknown field {f!r}" if f else "send a review") for f in fields) + "."


def check_write(ctx: AppContext, request: Request) -> None:
    """Refuse a write unless it carries the token, as JSON, from this site."""
    if not ctx.writable:
        raise HTTPException(403, "This server is read-only: reviews are accepted only when it is started "
                                 "with SOURCEBOOK_TOKEN set.")
    origin = request.headers.get("origin")
    if origin is not None and not _own_origin(ctx, origin):
        raise HTTPException(403, "Refused: this review was sent from another web site. Review from this "
                                 "server's own pages.")
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "Refused: this review was sent from another web site.")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise HTTPException(415, "Send the review as JSON (Content-Type: application/json).")
    given = request.headers.get("x-sourcebook-token", "")
    if ctx.token is None or not hmac.compare_digest(given.encode("utf-8"), ctx.token.encode("utf-8")):
        raise HTTPException(401, "The review token is missing or wrong. Enter the token the server was "
                                 "started with (SOURCEBOOK_TOKEN); ask whoever runs it.")


def _own_origin(ctx: AppContext, origin: str) -> bool:
    """True when ``origin`` is the configured public origin or, without one, an allowed host
    on any port; never compared with the Host header (a DNS-rebinding page controls it)."""
    if ctx.public_origin is not None:
        return origin == ctx.public_origin
    try:
        parts = urlsplit(origin)
        host = parts.hostname
    except ValueError:
        return False
    allowed = {h.strip("[]").lower() for h in ctx.allowed_hosts}
    return parts.scheme in ("http", "https") and host is not None and host in allowed and not parts.path


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
    if json_depth(body) > MAX_DEPTH:
        raise HTTPException(422, f"The review was not saved: JSON nested deeper than {MAX_DEPTH} levels.")
    try:
        review = ReviewIn.model_validate(json.loads(body))
    except ValidationError as exc:
        raise HTTPException(422, "The review was not saved: " + _problems(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, "The review was not saved: it is not valid JSON.") from exc
    if not review.reviewer.strip():
        raise HTTPException(422, "The review was not saved: enter your name.")
    # an unknown target raises errors.NotFound: the app answers 404
    stored = await run_in_threadpool(add_review, ctx.store, review.target_id, review.status,
                                     review.reviewer.strip(), review.note)
    return review_dict(stored)
