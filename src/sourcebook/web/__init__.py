"""Browse the ledger in a web browser: server-rendered pages with a JSON twin of each under
/api, and reviews of attributions and figures written with a token.

    from sourcebook.web import create_app, serve
    serve("sourcebook.db", port=8000, token="secret")   # what `sourcebook serve` runs
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Serve the store ``db`` with uvicorn until interrupted. Without ``token`` the app is read-only."""
    import uvicorn

    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="info",
                server_header=False, proxy_headers=False)
