"""The web app: FastAPI with Jinja2 pages, a JSON twin of every page under /api, security
headers on every response, and the two static assets served from memory.

Nothing a request names ever reaches the file system: templates and assets are read once at
startup from the installed package, by names written here.

Requests pass, outermost first: ``SecurityHeaders`` (the headers on every response, errors
included), Starlette's ``TrustedHostMiddleware`` (a Host not in ``allowed_hosts`` gets 400: no
DNS rebinding, no redirect to a Host an attacker chose), ``BodyLimit`` (a request body over
``MAX_REQUEST_BODY`` gets 413 before it is read). Every error response, an unexpected
exception's 500 included, is made by one function, ``error``, which sets the headers itself
(Starlette answers an unhandled exception outside all middleware).
"""

from __future__ import annotations

import hashlib
import json
import logging
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import NotFound, SettingsError
from ..model import unit_shown
from ..store import Store
from . import api, pages
from .context import AppContext
from .views import marked

__all__ = ["LOCAL_HOSTS", "MAX_REQUEST_BODY", "AppContext", "create_app", "json_script"]

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
#: the Host names a server answers to unless told otherwise: this machine's loopback names
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
#: the largest request body accepted (a review is a few hundred bytes)
MAX_REQUEST_BODY = 65_536
ASSETS = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}


class SecurityHeaders:
    """Pure ASGI middleware: the security headers on every response (cheaper than
    BaseHTTPMiddleware, which matters under load)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Pure ASGI middleware: a request body over ``limit`` bytes is refused with 413, by its
    Content-Length before anything is read, or as soon as a chunked body passes the limit."""

    def __init__(self, app, limit: int = MAX_REQUEST_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send) -> None:
        body = json.dumps({"detail": f"request body too large (at most {self.limit:,} bytes)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


def json_script(data) -> Markup:
    """JSON to embed in ``<script type="application/json">``: ``<``, ``>``, ``&`` and the
    line separators escaped, so no text in it can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


def _load_assets() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("sourcebook.web") / "static"
    assets = {}
    for name in ASSETS:
        body = (folder / name).read_bytes()
        assets[name] = (body, '"' + hashlib.sha256(body).hexdigest()[:16] + '"')
    return assets


def create_app(db: str, token: str | None = None, allowed_hosts: list[str] | tuple[str, ...] | None = None,
               public_origin: str | None = None) -> FastAPI:
    """The app for the store ``db`` (a path or URL). Without ``token`` it is read-only.

    ``allowed_hosts``: the Host names it answers (default ``LOCAL_HOSTS``; ``serve`` adds the
    interface it listens on). ``public_origin``: the origin its pages are loaded from
    (``http://127.0.0.1:8000``); a review's Origin must be it, or, when it is not set, an
    allowed host. The Host header is never trusted for this."""
    env = Environment(loader=PackageLoader("sourcebook.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["json_script"] = json_script
    env.filters["marked"] = marked
    env.globals["unit_shown"] = unit_shown
    hosts = tuple(dict.fromkeys(allowed_hosts or LOCAL_HOSTS))
    ctx = AppContext(store=Store(db, create=False), token=token or None, env=env, assets=_load_assets(),
                     allowed_hosts=hosts, public_origin=public_origin.rstrip("/") if public_origin else None)
    env.globals["asset_version"] = {name: etag.strip('"') for name, (_, etag) in ctx.assets.items()}

    app = FastAPI(title="Sourcebook", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Who said what, how many, according to whom: the JSON twin of every page.")
    app.state.ctx = ctx
    app.add_middleware(BodyLimit)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts), www_redirect=False)
    app.add_middleware(SecurityHeaders)  # outermost: its headers go on every response
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/articles", status_code=302)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        if name not in ctx.assets:  # a lookup in a dict of two names: never a path
            return Response("not found", status_code=404, media_type="text/plain")
        body, etag = ctx.assets[name]
        headers = {"ETag": etag, "Cache-Control": "public, max-age=3600"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=ASSETS[name], headers=headers)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:  # no icon: answer browsers' request without a 404 in their console
        return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return ctx.render(request, "docs.html", title="API", endpoints=_endpoints(app.openapi()))

    def error(request: Request, status: int, detail, headers=None) -> Response:
        """Every error response: JSON under /api, else the error page; the security headers set
        here too, for the 500 that Starlette sends from outside the middleware."""
        if _wants_json(request):
            response: Response = JSONResponse({"detail": detail}, status_code=status, headers=headers)
        else:
            response = ctx.render(request, "error.html", status_code=status, title=f"Error {status}", message=str(detail))
            for name, value in (headers or {}).items():
                response.headers[name] = value
        for name, value in SECURITY_HEADERS:
            response.headers[name.decode()] = value.decode()
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s", request.url.path)
        return error(request, 500, "Internal error: the server could not answer this request.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, exc.detail, exc.headers)

    # what ``data`` and the store raise: an unknown id is a 404, a bad parameter a 422
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(SettingsError)
    async def bad_parameter(request: Request, exc: SettingsError) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        if _wants_json(request):
            return error(request, 422, errors)
        return error(request, 422, "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors))

    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _endpoints(spec: dict) -> list[dict]:
    """The API's endpoints from its OpenAPI description, for the /docs page."""
    rows = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            rows.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                         "description": op.get("description", ""), "params": params})
    return rows
