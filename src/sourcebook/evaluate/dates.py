"""``sourcebook evaluate dates DIR``: how well publication dates are estimated from text alone.

Every text file in DIR whose file name carries a date (``ingest.dates.date_in_locator``, as
PolNeAR's ``breitbart_2016-09-12_...txt``) is dated from its TEXT only, the file name hidden
(``reconcile.dates.estimate_date``), and the estimate compared with the file name's date.
The bar: every estimate within 7 days of the true date, or undated; none off by a year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SettingsError
from ..ingest.dates import date_in_locator
from ..reconcile.dates import estimate_date

__all__ = ["DateError", "DatesReport", "evaluate_dates", "format_dates"]

_TEXT_SUFFIXES = (".txt", ".text")


@dataclass(frozen=True, slots=True)
class DateError:
    """An estimate more than a day from the true date."""

    document: str
    true: str
    estimated: str
    days: int  # estimated - true
    evidence: str


@dataclass(frozen=True, slots=True)
class DatesReport:
    """Counts over the files with a date in their name (``days`` = |estimate - true date|)."""

    files: int = 0
    dated: int = 0
    within_1: int = 0
    within_7: int = 0
    over_30: int = 0
    off_by_a_year: int = 0  # 300 days or more
    undated: int = 0
    errors: tuple[DateError, ...] = field(default=())


def evaluate_dates(directory: str | Path) -> DatesReport:
    """Estimate the date of every dated text file in ``directory`` from its text only."""
    directory = Path(directory)
    if not directory.is_dir():
        raise SettingsError(f"{directory} is not a directory of text files")
    counts = dict.fromkeys(("files", "dated", "within_1", "within_7", "over_30", "off_by_a_year", "undated"), 0)
    errors: list[DateError] = []
    for path in sorted(p for p in directory.iterdir() if p.suffix.lower() in _TEXT_SUFFIXES and p.is_file()):
        true = date_in_locator(path.name)
        if true is None:
            continue
        counts["files"] += 1
        found = estimate_date(path.read_text(encoding="utf-8", errors="replace"))
        if found is None:
            counts["undated"] += 1
            continue
        counts["dated"] += 1
        days = (dt.date.fromisoformat(found.published) - dt.date.fromisoformat(true)).days
        counts["within_1"] += abs(days) <= 1
        counts["within_7"] += abs(days) <= 7
        counts["over_30"] += abs(days) > 30
        counts["off_by_a_year"] += abs(days) >= 300
        if abs(days) > 1:
            errors.append(DateError(path.name, true, found.published, days, found.evidence))
    if not counts["files"]:
        raise SettingsError(f"no text file in {directory} has a date (YYYY-MM-DD, YYYYMMDD) in its name")
    errors.sort(key=lambda e: (-abs(e.days), e.document))
    return DatesReport(**counts, errors=tuple(errors))


def format_dates(report: DatesReport, show: int = 10) -> str:
    """The report as text: counts, then the ``show`` largest errors."""
    def share(n: int, of: int) -> str:
        return f"{n:>4} ({n / of:.0%})" if of else f"{n:>4}"

    lines = [
        f"dated from text only: {report.files} files with a date in their name",
        f"  dated              {share(report.dated, report.files)}",
        f"  within 1 day       {share(report.within_1, report.dated)} of dated",
        f"  within 7 days      {share(report.within_7, report.dated)} of dated",
        f"  off > 30 days      {share(report.over_30, report.dated)} of dated",
        f"  off by a year      {share(report.off_by_a_year, report.dated)} of dated (300 days or more)",
        f"  undated            {share(report.undated, report.files)}",
    ]
    if report.errors and show:
        lines.append(f"largest errors (estimate - true date, of {len(report.errors)} over a day):")
        lines.extend(f"  {e.days:+6d} d  {e.document}: {e.estimated} from {e.evidence!r}"
                     for e in report.errors[:show])
    return "\n".join(lines)
