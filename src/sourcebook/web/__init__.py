"""Browse the ledger in a web browser: server-rendered pages with a JSON twin of each under
/api, and reviews of attributions and figures written with a token.

    from sourcebook.web import create_app, serve
    serve("sourcebook.db", port=8000, token="secret")   # what `sourcebook serve` runs
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          allowed_hosts: list[str] | None = None, public_origin: str | None = None) -> None:
    """Serve the store ``db`` with uvicorn until interrupted. Without ``token`` the app is read-only.
    It answers the Host names ``allowed_hosts`` (default: ``host`` and this machine's loopback
    names); reviews must come from ``public_origin`` (default: any of those names)."""
    import uvicorn

    from .app import LOCAL_HOSTS

    hosts = list(allowed_hosts or [*([host] if host not in ("0.0.0.0", "::") else []), *LOCAL_HOSTS])
    app = create_app(db, token=token, allowed_hosts=hosts, public_origin=public_origin)
    uvicorn.run(app, host=host, port=port, log_level="info",
                server_header=False, proxy_headers=False)
