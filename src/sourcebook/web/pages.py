"""The HTML pages: each renders with a Jinja2 template the data its /api twin returns (both
call the page's function in ``data``)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..model import VERDICT_TITLES
from ..reconcile.measures import LOW_CONFIDENCE
from .context import PageParam, PerPageParam, ctx_of
from .data import (
    article_data,
    articles_data,
    measure_data,
    measures_data,
    runs_data,
    speaker_data,
    speakers_data,
    stories_data,
    story_data,
)
from .views import safe_url

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    q: str | None = Query(None, max_length=500),
    outlet: str | None = Query(None, max_length=500),
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    page: int = PageParam, per_page: int = PerPageParam,
) -> HTMLResponse:
    ctx = ctx_of(request)
    data = articles_data(ctx.store, q, outlet, date_from, date_to, page, per_page)
    api = "/api" + data["page"].url(page)
    return ctx.render(request, "articles.html", title="Articles", api_url=api, **data)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    ctx = ctx_of(request)
    view = article_data(ctx.store, article_id[:64])
    records = {a["local_id"]: {"id": a["id"], "type": "attribution"} for a in view.attributions}
    records.update({f["local_id"]: {"id": f["id"], "type": "figure"} for f in view.figures})
    page_data = {"article": view.article.id, "writable": ctx.writable, "records": records}
    return ctx.render(request, "article.html", title=view.article.title or view.article.document,
                      api_url=f"/api/articles/{view.article.id}", v=view, link=safe_url(view.article.url),
                      page_data=page_data, verdict_titles=VERDICT_TITLES)


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(request: Request, q: str | None = Query(None, max_length=200),
                  page: int = PageParam, per_page: int = PerPageParam) -> HTMLResponse:
    ctx = ctx_of(request)
    data = speakers_data(ctx.store, q, page, per_page)
    return ctx.render(request, "speakers.html", title="Speakers", api_url="/api" + data["page"].url(page), **data)


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: str, page: int = PageParam,
                 per_page: int = PerPageParam) -> HTMLResponse:
    ctx = ctx_of(request)
    sid = speaker_id[:64]
    data = speaker_data(ctx.store, sid, page, per_page, f"/speakers/{sid}")
    return ctx.render(request, "speaker.html", title=data["speaker"]["name"],
                      api_url="/api" + data["page"].url(page), **data)


@router.get("/measures", response_class=HTMLResponse)
def measures_page(request: Request, verdict: str | None = Query(None), page: int = PageParam,
                  per_page: int = Query(20, ge=1, le=200)) -> HTMLResponse:
    ctx = ctx_of(request)
    data = measures_data(ctx.store, verdict, page, per_page, chart=True)
    return ctx.render(request, "measures.html", title="Measures", api_url="/api" + data["page"].url(page),
                      verdict_titles=VERDICT_TITLES, **data)


@router.get("/measures/{measure_id}", response_class=HTMLResponse)
def measure_page(request: Request, measure_id: str) -> HTMLResponse:
    ctx = ctx_of(request)
    item = measure_data(ctx.store, measure_id[:64], chart=True)
    return ctx.render(request, "measure.html", title=item["label"], api_url=f"/api/measures/{item['id']}", m=item)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, page: int = PageParam, per_page: int = PerPageParam) -> HTMLResponse:
    ctx = ctx_of(request)
    data = stories_data(ctx.store, page, per_page)
    return ctx.render(request, "stories.html", title="Stories", api_url="/api" + data["page"].url(page), **data)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    ctx = ctx_of(request)
    data = story_data(ctx.store, story_id[:64], chart=True)
    return ctx.render(request, "story.html", title=data["story"]["label"], api_url=f"/api/stories/{data['story']['id']}",
                      verdict_titles=VERDICT_TITLES, low_confidence=f"{LOW_CONFIDENCE:g}", **data)


@router.get("/runs", response_class=HTMLResponse)
def runs_page(request: Request, page: int = PageParam, per_page: int = PerPageParam) -> HTMLResponse:
    ctx = ctx_of(request)
    data = runs_data(ctx.store, page, per_page)
    return ctx.render(request, "runs.html", title="Runs", api_url="/api" + data["page"].url(page), **data)
