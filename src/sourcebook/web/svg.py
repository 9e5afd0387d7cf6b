"""The small timeline chart of a measure, drawn server-side as inline SVG: one mark per value
at its date (the figure's own time when resolved, else the article's publication date), its
interval as a bar, one colour per source, each mark a link to the sentence it came from.

Hand-written: a few dozen shapes do not need a charting library, and the page must not load
script or assets from elsewhere. Colours are presentation attributes (no inline style), so the
chart passes a Content-Security-Policy without 'unsafe-inline'. Every text is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from markupsafe import Markup, escape

from ..report.briefing import format_interval
from ..store.browse import ValueRow

__all__ = ["COLOURS", "interval", "timeline", "value_date", "value_source"]

COLOURS = ("#1f5fa8", "#b3261e", "#2e7d32", "#8a5a00", "#6a3d9a", "#00796b", "#c2185b", "#546e7a")
WIDTH, HEIGHT = 640, 180
LEFT, RIGHT, TOP, BOTTOM = 64, 84, 12, 28
UNDATED_BAND = 56


def value_date(v: ValueRow) -> str | None:
    """The date a value is placed at: its own resolved time, else the article's date."""
    return v.time_start or v.time_end or v.published


def value_source(v: ValueRow) -> str:
    return v.according_to or f"{v.outlet or v.document} (itself)"


def _day(iso: str | None) -> int | None:
    try:
        return date.fromisoformat(iso).toordinal() if iso else None
    except ValueError:
        return None


def _number(x: float) -> str:
    if abs(x) >= 1_000_000:
        return f"{x / 1_000_000:.3g}M"
    if abs(x) >= 10_000:
        return f"{x / 1000:.3g}k"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:.3g}"


class _Scale:
    def __init__(self, lo: float, hi: float, top: float, bottom: float) -> None:
        self.log = lo > 0 and hi / lo > 100
        self.lo, self.hi = (math.log10(lo), math.log10(hi)) if self.log else (0.0, hi)
        self.top, self.bottom = top, bottom

    def __call__(self, x: float) -> float:
        if self.log:
            x = math.log10(max(x, 10 ** self.lo))
        span = (self.hi - self.lo) or 1.0
        return self.bottom - (x - self.lo) / span * (self.bottom - self.top)

    def ticks(self) -> list[float]:
        if self.log:
            return [10.0 ** e for e in range(math.ceil(self.lo), math.floor(self.hi) + 1)]
        return [self.hi * k / 4 for k in range(5)]


def timeline(values: Sequence[ValueRow], title: str) -> Markup:
    """The chart of one measure's values, or empty markup when none has a number."""
    numeric = [v for v in values if (v.value if v.value is not None else v.low) is not None]
    if not numeric:
        return Markup("")
    finite = [x for v in numeric for x in (v.value, v.low, v.high) if x is not None]
    positive = [x for x in finite if x > 0]
    scale = _Scale(min(positive) / 1.5 if positive else 1.0, max(finite) * 1.15 or 1.0, TOP, HEIGHT - BOTTOM)

    days = {id(v): _day(value_date(v)) for v in numeric}
    dated = sorted(d for d in days.values() if d is not None)
    undated = any(d is None for d in days.values())
    x0, x1 = LEFT + 16, WIDTH - RIGHT - (UNDATED_BAND if undated else 0) - 16

    def x_of(day: int | None, k: int) -> float:
        if day is None:
            return WIDTH - RIGHT - UNDATED_BAND / 2 + (k % 5 - 2) * 6
        if not dated or dated[0] == dated[-1]:
            return (x0 + x1) / 2 + (k % 5 - 2) * 8
        return x0 + (day - dated[0]) / (dated[-1] - dated[0]) * (x1 - x0)

    sources: list[str] = []
    for v in numeric:
        if value_source(v) not in sources:
            sources.append(value_source(v))
    legend_height = 18 * min(len(sources), 9)
    total_height = HEIGHT + legend_height + 6
    out = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {total_height}" '
           f'width="{WIDTH}" height="{total_height}" role="img" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>"]
    bottom = HEIGHT - BOTTOM
    out.append(f'<line x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="#999"/>')
    for tick in scale.ticks():
        y = scale(tick)
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#eee"/>'
                   f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#555">'
                   f"{escape(_number(tick))}</text>")
    if dated:
        labels = {dated[0], dated[-1]}
        for day in sorted(labels):
            out.append(f'<text x="{x_of(day, 2):.1f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="11" '
                       f'fill="#555">{date.fromordinal(day).isoformat()}</text>')
    if undated:
        out.append(f'<text x="{WIDTH - RIGHT - UNDATED_BAND / 2:.1f}" y="{HEIGHT - 10}" text-anchor="middle" '
                   f'font-size="11" fill="#555">undated</text>')

    for k, v in enumerate(numeric):
        colour = COLOURS[sources.index(value_source(v)) % len(COLOURS)]
        x = x_of(days[id(v)], k)
        point = v.value if v.value is not None else v.low
        assert point is not None  # numeric holds only values with a point
        approximate = v.low is None and v.high is None  # "around N": a point, no interval
        top = scale(v.high) if v.high is not None else TOP
        low = scale(v.low) if v.low is not None else bottom
        tip = (f"{v.written} {v.unit or ''} ({interval(v)}), according to {value_source(v)}"
               f"{', via ' + v.relayed_by if v.relayed_by else ''}; {v.document}, {value_date(v) or 'undated'}")
        href = f"/articles/{v.article_id}#hl-{v.local_id}"
        out.append(f'<a href="{escape(href)}" class="point"><title>{escape(tip)}</title>'
                   + ("" if approximate else
                      f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{low:.1f}" stroke="{colour}" '
                      f'stroke-width="3" stroke-opacity="0.45"/>')
                   + ("" if v.high is not None or approximate else
                      f'<path d="M{x - 5:.1f} {TOP + 6} L{x:.1f} {TOP} L{x + 5:.1f} {TOP + 6}" fill="none" stroke="{colour}"/>')
                   + f'<circle cx="{x:.1f}" cy="{scale(point):.1f}" r="5" fill="{colour}" stroke="#fff"/></a>')
    for i, source in enumerate(sources[:9]):
        y = HEIGHT + 6 + i * 18
        label = source if i < 8 or len(sources) == 9 else f"and {len(sources) - 8} more sources"
        out.append(f'<circle cx="{LEFT + 5}" cy="{y + 6}" r="5" fill="{COLOURS[i % len(COLOURS)]}"/>'
                   f'<text x="{LEFT + 16}" y="{y + 10}" font-size="12" fill="#222">{escape(label[:90])}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def interval(v: ValueRow) -> str:
    """The value as an interval, written as in the briefing."""
    return format_interval(v)
