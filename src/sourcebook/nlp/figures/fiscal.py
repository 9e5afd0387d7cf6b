"""Fiscal and financial years as the time of a figure: "in the 2029-30 financial year", "in
fiscal 2030", "FY2030", "in 2029-30".

Governments and companies close their years in different months: October for the American
government, April for Britain's, India's, Japan's and Canada's, July for Australia's and New
Zealand's, any month for a company. A fiscal year is named by the year it ends in ("fiscal
2030" and "2029-30" end in 2030), but Japan's by the year it starts in (its "fiscal 2030" runs
from April 2030; ``+starts`` in ``figures/fiscal_countries``). When the article's words tell one country
(``figures/fiscal_countries``: "the Pentagon", "the NHS", "Canberra"), ``fiscal_months`` reads
that country's year ("fiscal 2030" at the Pentagon: October 2029 to September 2030); else the
figure keeps the two calendar years the fiscal one falls in (2029 and 2030), no month made up. So
does a figure a firm gives ('Harlow Systems, a supplier to the Pentagon, said revenue rose 8% in fiscal
2033'): its year is its own, whatever government the article names (``firm_source``: an organisation
whose name holds no government's or public body's word, ``figures/public_names``).
"in 2024-2029" is those years; a school or academic year by its two years ("the 2032-33 school year")
keeps the two calendar years. ``PATTERN`` goes to ``timex`` beside the other periods;
``resolve_fiscal`` gives ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..lexicon import tagged, word_set
from .frames import YEAR as _YEAR
from .frames import framed

__all__ = ["NEEDS", "PATTERN", "firm_source", "fiscal_months", "fiscal_written", "resolve_fiscal"]

_LEAD = r"(?:(?:in|during|for|over|since|by|through)\s+)?"
#: years of teaching named by their two years ("the 2032-33 school year"): where they start differs by
#: country and school as a fiscal year's does, so they keep the two calendar years, whatever the country
_TERMS = r"school|academic"
#: "2029-30", "2029/30", "2029-2030": two years running (checked in ``resolve_fiscal``)
_SPLIT = rf"{_YEAR}[-/\u2013](?:(?:19|20)?\d\d)(?![-/.]?\d)"
PATTERN = (rf"\b{_LEAD}(?:the\s+)?{_SPLIT}\s+(?:fiscal|financial|tax|budget|{_TERMS})\s+year\b|"
           rf"\b{_LEAD}(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?{_YEAR}\b|"
           rf"\b{_LEAD}FY\s?-?(?:{_YEAR}|\d\d)\b|"
           rf"\b(?:in|during|for|over|since|by|through)\s+{_SPLIT}\b(?!\s*(?:%|per\s*cent|percent|season))")
NEEDS = ()
#: the months a country's fiscal year starts in, as ``figures/fiscal_countries`` tags them
_MONTHS = {"october": 10, "april": 4, "july": 7}


def resolve_fiscal(low: str, pub: dt.date | None, first_month: int | None = None,
                   by_start: bool = False) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of a fiscal year (lower-cased text) that starts in ``first_month``
    (None: not known, the two calendar years it falls in), None when ``low`` names none; a year
    named alone names the year it ends in, or with ``by_start`` the one it starts in."""
    if split := re.search(rf"\b({_YEAR})[-/\u2013]((?:19|20)?\d\d)\b", low):
        first, second = int(split.group(1)), int(split.group(2))
        if second != first + 1 and second != (first + 1) % 100:
            last = second if second > 999 else first // 100 * 100 + second
            if last <= first:
                return None
            return framed(low, dt.date(first, 1, 1), dt.date(last, 12, 31), pub)  # "in 2024-2029": the years
        ends = first + 1
    elif named := re.search(rf"\b(?:fiscal|financial)\s+(?:year\s+)?({_YEAR})\b|\bfy\s?-?({_YEAR}|\d\d)\b", low):
        year = named.group(1) or named.group(2)
        ends = (int(year) if len(year) == 4 else 2000 + int(year)) + (1 if by_start and first_month else 0)
    else:
        return None
    if first_month is None:
        return framed(low, dt.date(ends - 1, 1, 1), dt.date(ends, 12, 31), pub)
    return framed(low, dt.date(ends - 1, first_month, 1), dt.date(ends, first_month, 1) - dt.timedelta(days=1), pub)


def firm_source(doc: Doc, according_to: str | None, directory: str | Path | None = None) -> bool:
    """Whether the source a figure is according to is a firm: an organisation the NER found, whose name holds
    no country's fiscal word ('the Pentagon') nor a government's or public body's ('Treasury', 'Council')."""
    if not according_to or not any(e.label_ == "ORG" and according_to in e.text for e in doc.ents):
        return False
    public = word_set("figures/public_names", directory) | word_set("public_body_nouns", directory)
    countries = set().union(*(tagged("figures/fiscal_countries", name, directory) for name in _MONTHS))
    return not set(according_to.lower().split()) & public and not any(
        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", according_to) for w in countries)


def fiscal_written(written: str | None) -> bool:
    """Whether a figure's time is written as a fiscal year that ``fiscal_months`` reads (not a school or academic
    year): only then does it ask whether a firm is the source (``firm_source`` reads every entity)."""
    if not written:
        return False
    return re.fullmatch(PATTERN, written, re.IGNORECASE) is not None and \
        not re.search(rf"\b(?:{_TERMS})\b", written, re.IGNORECASE)


def fiscal_months(written: str | None, start: str | None, end: str | None, published: str | None, text: str,
                  directory: str | Path | None = None, firm: bool = False) -> tuple[str | None, str | None]:
    """(start, end) of a figure's time: a fiscal year read as the year of the one country the
    article's words tell, unless a ``firm`` gives it; else unchanged."""
    if firm or written is None or not fiscal_written(written):
        return start, end
    key = str(directory) if directory else None
    month = _country_month(text, key)
    if month is None:
        return start, end
    pub = dt.date.fromisoformat(published[:10]) if published else None
    found = resolve_fiscal(" ".join(written.lower().split()), pub, month, _named_by_start(text, key))
    return found if found is not None else (start, end)


@lru_cache(maxsize=64)
def _named_by_start(text: str, directory: str | None) -> bool:
    """Whether every country word ``text`` holds names fiscal years by the year they start in (Japan; not Japan
    and India, whose years start in one month but are named by their ends)."""
    starts = tagged("figures/fiscal_countries", "starts", directory)
    words = set().union(*(tagged("figures/fiscal_countries", name, directory) for name in _MONTHS))
    found = {w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)}
    return bool(found) and found <= starts


@lru_cache(maxsize=64)
def _country_month(text: str, directory: str | None) -> int | None:
    """The month the fiscal year of the one country ``text`` tells starts in, else None."""
    months = set()
    for name, month in _MONTHS.items():
        words = tagged("figures/fiscal_countries", name, directory)
        if words and re.search(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", text):
            months.add(month)
    return months.pop() if len(months) == 1 else None
