"""Web app throughput: requests/s and p99 latency of the article page and the JSON API under
16 concurrent clients on loopback, on a store of 10,000 articles.

The store is synthesised in seconds by inserting generated records with ``Store.add_articles``
(no spaCy run): each article has a few attributed quotes and figures, speakers are shared
across articles and figures are grouped into measures. The server runs in its own process
(uvicorn, one worker); the clients are asyncio tasks with keep-alive connections.

    .venv/bin/python bench/web.py bench/web-results.json            # 10,000 articles, 10 s per endpoint
    .venv/bin/python bench/web.py out.json --articles 2000 --seconds 3 --db /tmp/bench-web.db
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import random
import socket
import statistics
import tempfile
import time
from pathlib import Path

from sourcebook.model import Article, Attribution, Extraction, Figure, Measure, MeasureMember, Origin, Sentence, Span, Speaker
from sourcebook.store import Store

PEOPLE = [f"{first} {last}" for first in ("Mara", "Ivo", "Lena", "Tomas", "Ada", "Nils", "Rhea", "Oskar", "Vera", "Jon")
          for last in ("Quill", "Hark", "Brenn", "Ostrow", "Lind", "Marek", "Sato", "Okafor", "Reyes", "Dahl")]
ROLES = ("the mayor", "a council spokesman", "the regional director", "a relief coordinator", "the health minister")
ORGS = ("the Red Cross", "the regional council", "the health ministry", "the river authority", "Relief Now")
UNITS = (("residents", "displaced"), ("people", "injured"), ("houses", "destroyed"), ("volunteers", "deployed"))
QUOTES = ("We are doing everything we can", "The water is still rising", "Nobody expected this",
          "We will rebuild every street", "Help is on its way")
FILLER = ("Crews worked through the night along the river. ", "Roads to the north remained closed. ",
          "Schools in the valley stayed shut for a third day. ", "Power was restored to parts of the town. ")


def synth_article(i: int, rng: random.Random) -> tuple[Article, Extraction]:
    text, atts, figs, sentences = "", [], [], []

    def add(piece: str) -> int:
        nonlocal text
        start = len(text)
        text += piece
        return start

    for k in range(5):
        add(rng.choice(FILLER) * rng.randint(1, 3))
        person, role = rng.choice(PEOPLE), rng.choice(ROLES)
        quote = rng.choice(QUOTES)
        s0 = add('"')
        q0 = add(quote)
        add(',"')
        c0 = add(" said")
        add(" ")
        p0 = add(person)
        add(f", {role}.")
        sentences.append(Sentence(s0, len(text)))
        atts.append(Attribution(f"a{k + 1}", "direct", Span.of(text, p0, p0 + len(person)), Span.of(text, c0 + 1, c0 + 5),
                                (Span.of(text, q0, q0 + len(quote)),), speaker=person, speaker_kind="person",
                                affiliation=role))
        add(" ")
        unit, predicate = rng.choice(UNITS)
        number = f"{rng.randint(2, 400) * 10:,}"
        org = rng.choice(ORGS)
        s1 = add("More than ")
        n0 = add(number)
        add(f" {unit} were {predicate} in the valley, according to {org}.")
        value = float(number.replace(",", ""))
        figs.append(Figure(f"f{k + 1}", Span.of(text, s1, n0 + len(number)), value, value, None, "more than",
                           unit=unit, predicate=predicate, place="the valley", according_to=org,
                           sentence=Span.of(text, s1, len(text))))
        add("\n\n")
    text += f"(Report {i}.)"
    day = f"2031-{1 + i % 12:02d}-{1 + i % 28:02d}"
    article = Article(id=f"{i:016x}", text=text, stem=f"bench-{i:05d}", title=f"Valley flood report {i}",
                      outlet=f"Outlet {i % 20}", published=day, origin=Origin(path=f"bench-{i:05d}.txt"))
    return article, Extraction(sentences=tuple(sentences), attributions=tuple(atts), figures=tuple(figs))


def synth_store(db: str, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store = Store(db, create=True)
    speakers = {name: Speaker(f"sp_{k:012x}", name, "person") for k, name in enumerate(PEOPLE)}
    by_attribution: dict[str, Speaker] = {}
    groups: dict[tuple[str, str, int], list[MeasureMember]] = {}
    batch = []
    for i in range(n):
        article, ext = synth_article(i, rng)
        batch.append((article, ext))
        for att in ext.attributions:
            by_attribution[f"{article.id}:{att.id}"] = speakers[att.speaker]
        for fig in ext.figures:
            key = (fig.unit, fig.predicate, i % 500)
            groups.setdefault(key, []).append(MeasureMember(f"{article.id}:{fig.id}", article.id, fig.span.start, fig.span.end))
        if len(batch) == 500:
            store.add_articles(batch)
            batch = []
    if batch:
        store.add_articles(batch)
    verdicts = ("conflict", "changed_over_time", "agree", "different_scope")
    measures = [Measure(f"m_{k:012x}", f"{unit} {predicate}", verdicts[k % 4], tuple(members[:12]), f"{unit}|{predicate}", "")
                for k, ((unit, predicate, _), members) in enumerate(sorted(groups.items()))]
    store.replace_reconciliation(by_attribution, measures)
    store.close()


def _serve(db: str, port: int) -> None:
    import logging

    import uvicorn

    from sourcebook.web import create_app

    logging.disable(logging.WARNING)
    uvicorn.run(create_app(db, token=None), host="127.0.0.1", port=port, log_level="error", access_log=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _load(base: str, paths: list[str], clients: int, seconds: float) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def client(k: int) -> None:
        nonlocal errors
        rng = random.Random(k)
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                r = await http.get(rng.choice(paths))
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(clients)))
    elapsed = time.perf_counter() - t0
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "seconds": round(elapsed, 2),
            "requests_per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="where to write the JSON results")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0, help="load per endpoint")
    parser.add_argument("--db", help="store to create (default: a temp file); reused when it exists")
    args = parser.parse_args()

    db = args.db or str(Path(tempfile.mkdtemp(prefix="sourcebook-bench-web-")) / "bench.db")
    if not Path(db).exists():
        t0 = time.perf_counter()
        synth_store(db, args.articles)
        print(f"synthesised {args.articles:,} articles into {db} in {time.perf_counter() - t0:.1f}s")
    ids = [f"{i:016x}" for i in range(args.articles)]
    endpoints = {
        "article page (HTML)": [f"/articles/{i}" for i in ids],
        "API article (JSON)": [f"/api/articles/{i}" for i in ids],
        "API article list": [f"/api/articles?page={p}&per_page=50" for p in range(1, args.articles // 50 + 1)],
        "API search": [f"/api/articles?q={w}" for w in ("valley", "Quill", "rebuild", "north", "Report")],
        "measures page (HTML)": [f"/measures?page={p}" for p in range(1, 10)],
    }
    port = _free_port()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(db, port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.time() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/runs", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        results = {}
        for name, paths in endpoints.items():
            asyncio.run(_load(base, paths, args.clients, min(2.0, args.seconds / 4)))  # warm up
            results[name] = asyncio.run(_load(base, paths, args.clients, args.seconds))
    finally:
        server.terminate()
        server.join(timeout=5)

    print(f"\n{args.articles:,} articles, {args.clients} concurrent clients on loopback, one uvicorn worker")
    print(f"{'endpoint':<24}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, r in results.items():
        print(f"{name:<24}{r['requests']:>10}{r['requests_per_s']:>9}{r['p50_ms']:>9}{r['p99_ms']:>9}{r['errors']:>8}")
    Path(args.out).write_text(json.dumps({"articles": args.articles, "clients": args.clients,
                                          "seconds_per_endpoint": args.seconds, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
