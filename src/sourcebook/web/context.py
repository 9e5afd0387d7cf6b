"""What the app's routes share: the ``AppContext`` (store, token, templates, assets) that
``app.create_app`` builds once, how a route finds it, and the paging parameters every list
takes. Imports nothing else from ``web``, so ``api`` and ``pages`` can both build on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from .. import __version__
from ..store import Store

__all__ = ["MAX_PER_PAGE", "AppContext", "PageParam", "PerPageParam", "ctx_of"]

MAX_PER_PAGE = 200

PageParam = Query(1, ge=1, le=1_000_000, description="Page number, from 1.")
PerPageParam = Query(50, ge=1, le=MAX_PER_PAGE, description=f"Items per page (at most {MAX_PER_PAGE}).")


@dataclass(frozen=True)
class AppContext:
    """One app's store, review token (None: read-only), templates and in-memory assets."""

    store: Store
    token: str | None
    env: Environment
    assets: dict[str, tuple[bytes, str]]  # name -> (body, etag)
    allowed_hosts: tuple[str, ...] = ()  # the Host names served (app.LOCAL_HOSTS by default)
    public_origin: str | None = None  # the origin the pages are served from, when configured

    @property
    def writable(self) -> bool:
        return self.token is not None

    def render(self, request: Request, template: str, status_code: int = 200, **values) -> HTMLResponse:
        html = self.env.get_template(template).render(request_path=request.url.path, writable=self.writable,
                                                      version=__version__, **values)
        return HTMLResponse(html, status_code=status_code)


def ctx_of(request: Request) -> AppContext:
    """The context of the app serving ``request``."""
    return request.app.state.ctx
