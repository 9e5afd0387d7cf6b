"""The number grammar: number expressions in plain text as intervals with a qualifier.

Hand-written on purpose. The libraries we tried (see ``bench/figures.py``) each miss what
news figures are made of: quantulum3 drops "more than" and finds nothing in "tens of
thousands"; text2num turns "tens of thousands" into "10 of 1000"; number-parser returns
None for it. None of them keeps the qualifier, the interval of a vague magnitude or the
character offsets we need. The word lists live in the lexicon table ``numbers.json``
(``nlp/lexicon/data/``).

``find_numbers(text)`` works on text alone (no spaCy); the figures component adds the
context (what is counted, what happened, who says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import table

__all__ = ["NumberExpr", "Lexicon", "lexicon", "find_numbers", "parse_number", "has_number", "triggers"]


@dataclass(frozen=True, slots=True)
class NumberExpr:
    """One number expression. ``start``/``end`` cover the qualifier and the number (and a
    currency sign or %), not the counted noun; ``core_end`` is where the last number ends."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    kind: str = "count"  # count | percent | money | age | ratio | fraction | ordinal
    unit: str | None = None  # a unit given by the expression itself (percent, dollars, years)
    core_start: int = 0
    core_end: int = 0
    noun: str | None = None  # the noun an ordinal qualifies ("year" in "sixth year")


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first, with spaces matching any space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class Lexicon:
    """The word lists of ``numbers.json`` and the regexes compiled from them."""

    def __init__(self, data: dict) -> None:
        self.units: frozenset[str] = frozenset(data["units"])
        self.words: dict[str, float] = {**data["units"], **data["tens"]}
        self.scales: dict[str, float] = data["scales"]
        self.abbreviations: dict[str, float] = data["scale_abbreviations"]
        self.article_numbers: dict[str, float] = data["articles_numbers"]
        self.vague: dict[str, tuple[float, float]] = {k: tuple(v) for k, v in data["vague"].items()}
        self.ordinals: dict[str, int] = data["ordinals"]
        self.fractions: dict[str, int] = data["fractions"]
        self.qualifiers: dict[str, str] = data["qualifiers"]
        self.suffix_qualifiers: dict[str, str] = data["suffix_qualifiers"]
        self.bounds: dict[str, str] = data["bounds"]
        self.currencies: dict[str, str] = data["currencies"]
        self.currency_words: frozenset[str] = frozenset(data["currency_words"])
        self.percent_words: list[str] = data["percent_words"]
        self._compile()

    def _compile(self) -> None:
        units = _alt(k for k in self.words if k in self.units)
        tens = _alt(k for k in self.words if k not in self.units)
        word = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{units}|{tens})"
        scale = _alt(self.scales)
        digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
        abbr = _alt(self.abbreviations)
        words_seq = rf"{word}(?:(?:\s+and)?\s+(?:{word}|{scale}|dozen)\b|-{scale}\b)*"
        articles = _alt(self.article_numbers)
        currency = _alt(self.currencies)
        num = (
            rf"(?:{digits}(?:\s*(?:{abbr})\b)?(?:\s+(?:{scale})\b)*"
            rf"|(?:{articles})\b(?:\s+(?:{scale})\b)*"
            rf"|{words_seq}\b)"
        )
        self.num_pattern = num
        vague = _alt(self.vague)
        quals = _alt(self.qualifiers)
        suffix = r"(?:\s+or\s+(?:more|so|fewer|less)\b|\+|-plus\b|\s+plus\b)"
        percent = rf"(?:\s?%|\s+(?:{_alt(self.percent_words)})\b)"
        self.number_re = re.compile(
            rf"""(?<![\w$£€¥₹.,/:@#-])
            (?:(?P<qual>{quals})\s+)?
            (?:(?P<between>between|from)\s+)?
            (?:(?P<neg>minus|negative)\s+)?
            (?:(?P<cur>{currency})\s?)?
            (?:(?P<vague>{vague})\b|(?P<num>{num}))
            (?P<pct>{percent})?
            (?:(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+|\s+or\s+)
               (?:(?P<cur2>{currency})\s?)?(?P<num2>{num})(?P<pct2>{percent})?)?
            (?P<suffix>{suffix})?
            (?![\w@]|[.,]\d|[-/:]\d)""",
            re.IGNORECASE | re.VERBOSE,
        )
        ordinal_words = _alt(self.ordinals)
        self.ordinal_re = re.compile(
            rf"(?<![\w-])(?P<qual>(?:{quals})\s+)?(?P<ord>{ordinal_words}|\d{{1,3}}(?:st|nd|rd|th))"
            r"(?P<rest>(?:\s+(?:consecutive|straight|successive|full))?\s+(?P<noun>[a-z]+))\b",
            re.IGNORECASE,
        )
        fraction_words = _alt(self.fractions)
        self.fraction_re = re.compile(
            rf"(?<![\w-])(?P<qual>(?:{quals})\s+)?(?P<frac>(?:(?P<count>{units}|a|an)[-\s])?"
            rf"(?P<part>{fraction_words}))(?=\s+(?:of|the|their|its|all|our|his|her|those)\b)",
            re.IGNORECASE,
        )
        simple = rf"(?:{digits}|{units}|{tens})"
        self.ratio_re = re.compile(
            rf"(?<![\w.,-])(?P<qual>(?:{quals})\s+)?(?P<a>{simple})\s+(?:in|out\s+of)\s+"
            rf"(?P<b>{simple}|a\s+(?:hundred|thousand))\b(?![.,]\d)(?!\s*%|\s+(?:percent|per\s+cent|"
            r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)",
            re.IGNORECASE,
        )
        self.prefix_words: frozenset[str] = frozenset(
            [*(q.split()[0] for q in self.qualifiers), "between", "from", "a", "an", "half", "minus", "negative",
             *(k.split()[0] for k in self.article_numbers), *(k.split()[0] for k in self.vague)]
        )
        self.trigger_words: frozenset[str] = frozenset(
            [*self.words, *self.scales, "dozen", "dozens", "half", "halves", "tens",
             *(k.split()[0] for k in self.vague), *self.ordinals, *self.fractions]
        )


_WORDS = re.compile(r"\d+|[A-Za-z]+")
#: a word (or currency sign) in the few characters before a number: a qualifier may start there
_BACK_WORDS = re.compile(r"(?<![\w.$£€¥₹])(?:U\.?S\.?\$|[A-Z]\$|[$£€¥₹]|[A-Za-z]+)")
_LOOK_BACK = 34

@lru_cache(maxsize=4)
def lexicon(directory: str | Path | None = None) -> Lexicon:
    """The number grammar of the lexicon in ``directory`` (default: the packaged one)."""
    return Lexicon(table("numbers", directory))


def triggers(text: str, lex: Lexicon | None = None) -> list[int]:
    """Offsets of the digits and number words of ``text`` (where expressions can be)."""
    words = (lex or lexicon()).trigger_words
    return [m.start() for m in _WORDS.finditer(text) if m.group()[0].isdigit() or m.group().lower() in words]


def has_number(text: str) -> bool:
    """True when ``text`` holds a digit or a number word (a cheap pre-filter)."""
    return bool(triggers(text))


_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str, lex: Lexicon | None = None) -> float | None:
    """The value of a number expression without qualifier: "250,000", "1.2 million",
    "twenty-three", "a dozen", "half a million", "$4bn" -> 4e9. None when not a number."""
    lex = lex or lexicon()
    key = " ".join(text.lower().split())
    if key in lex.article_numbers:
        return float(lex.article_numbers[key])
    total = 0.0
    current = 0.0
    seen = False
    for part in _SPLIT.split(key):
        if not part or part == "and":
            continue
        number = _digit_value(part)
        if number is not None:
            current += number
        elif part in lex.words:
            current += lex.words[part]
        elif part in ("a", "an"):
            current = current or 1.0
        elif part == "half":
            current += 0.5
        elif part == "quarter":
            current += 0.25
        elif part in ("dozen", "dozens"):
            current = (current or 1.0) * 12
        elif part == "hundred":
            current = (current or 1.0) * 100
        elif part in lex.scales or part in lex.abbreviations:
            total += (current or 1.0) * (lex.scales.get(part) or lex.abbreviations[part])
            current = 0.0
        elif part == "of":  # "a quarter of a million"
            continue
        else:
            return _glued_abbreviation(part, lex)
        seen = True
    return total + current if seen else None


def _digit_value(part: str) -> float | None:
    if part[:1].isdigit():
        try:
            return float(part.replace(",", ""))
        except ValueError:
            return None
    return None


def _glued_abbreviation(part: str, lex: Lexicon) -> float | None:
    """'4bn' -> 4e9."""
    match = re.fullmatch(r"([\d.,]+)([a-z]+)", part)
    if match and match.group(2) in lex.abbreviations:
        base = _digit_value(match.group(1))
        if base is not None:
            return base * lex.abbreviations[match.group(2)]
    return None


def interval(value: float, qualifier: str, lex: Lexicon | None = None) -> tuple[float | None, float | None]:
    """low/high of an exact or qualified number, by the conventions of the seed gold set."""
    bound = (lex or lexicon()).bounds.get(qualifier, "both")
    if bound == "both":
        return value, value
    if bound == "low":
        return value, None
    if bound == "high":
        return None, value
    return None, None


def _number(value: float) -> float:
    return float(int(value)) if value == int(value) and abs(value) < 1e18 else value


def find_numbers(
    text: str, trigger_offsets: list[int] | None = None, lex: Lexicon | None = None
) -> list[NumberExpr]:
    """Every number expression of ``text`` in text order (no context filtering: dates, list
    numbers and names are removed by the figures component, which sees the context).

    The grammar is not scanned over the whole text: it is tried only where an expression
    can start, at each digit or number word and at the qualifier or currency words just
    before it. A caller that knows where the number words are (the component, from its
    token arrays) passes ``trigger_offsets``; ``lex`` is the number grammar (default: the
    packaged lexicon's)."""
    lex = lex or lexicon()
    if trigger_offsets is None:
        trigger_offsets = triggers(text, lex)
    found: list[NumberExpr] = []
    covered = -1
    for at in sorted(set(trigger_offsets)):
        if at < covered:
            continue
        for start in _starts(text, at, max(covered, 0), lex):
            exprs = _match_at(text, start, at, lex)
            if exprs:
                found.extend(exprs)
                covered = max(e.end for e in exprs)
                break
    return found


def _starts(text: str, at: int, floor: int, lex: Lexicon) -> list[int]:
    """Where an expression holding the number at ``at`` may start, earliest first."""
    lo = max(floor, at - _LOOK_BACK)
    starts = [
        m.start() for m in _BACK_WORDS.finditer(text, lo, at)
        if not m.group()[0].isalpha() or "$" in m.group() or m.group().lower() in lex.prefix_words
    ]
    starts.append(at)
    return starts


def _match_at(text: str, start: int, at: int, lex: Lexicon) -> list[NumberExpr]:
    for regex, build in ((lex.ratio_re, _ratio), (lex.fraction_re, _fraction), (lex.ordinal_re, _ordinal)):
        match = regex.match(text, start)
        if match is not None and match.end() > at:
            expr = build(match, lex)
            if expr is not None:
                return [expr]
    match = lex.number_re.match(text, start)
    if match is not None and match.end() > at:
        return _from_match(match, lex)
    return []


def _from_match(match: re.Match, lex: Lexicon) -> list[NumberExpr]:
    qualifier = _qualifier(match.group("qual"), lex)
    kind, unit = _kind(match.group("cur"), match.group("pct") or match.group("pct2"), lex)
    core_start = match.start("vague") if match.group("vague") else match.start("num")
    start = match.start() if match.group("qual") else min(
        i for i in (match.start("neg"), match.start("cur"), core_start) if i >= 0)
    if match.group("vague"):
        vague_low, vague_high = lex.vague[" ".join(match.group("vague").lower().split())]
        qualifier = "vague" if qualifier == "exact" else qualifier
        return [NumberExpr(start, match.end("vague"), _number(vague_low), vague_low, vague_high, qualifier, kind, unit,
                           core_start, match.end("vague"))]
    value = parse_number(match.group("num"), lex)
    if value is None:
        return []
    if match.group("neg"):
        value = -value
    first_end = _end_with_percent(match, "num", "pct")
    suffix = match.group("suffix")
    if suffix:
        qualifier = lex.suffix_qualifiers.get(" ".join(suffix.lower().split()), qualifier)
    if not match.group("num2"):
        end = match.end("suffix") if suffix else first_end
        return [_exact(start, end, value, qualifier, kind, unit, core_start, match.end("num"), lex)]
    second = parse_number(match.group("num2"), lex)
    sep = (match.group("sep") or "").strip().lower()
    between = (match.group("between") or "").lower()
    if second is not None and _is_range(value, second, sep, between):
        value = _scale_like(value, second, match, lex)
        range_start = match.start() if (match.group("qual") or between) else start
        qualifier = "range" if qualifier == "exact" else qualifier
        low: float | None
        high: float | None
        low, high = (value, second) if qualifier == "range" else (value, None)
        if qualifier in ("up to", "less than", "nearly"):
            low, high = None, second
        return [NumberExpr(range_start, match.end("suffix") if suffix else _end_with_percent(match, "num2", "pct2"),
                           _number(value), low if low is None else _number(low),
                           high if high is None else _number(high), qualifier, kind, unit,
                           core_start, match.end("num2"))]
    # "50 to 48 percent": both are percentages
    found = [_exact(start, first_end, value, qualifier, kind, unit, core_start, match.end("num"), lex)]
    if second is not None:
        start2 = match.start("cur2") if match.group("cur2") else match.start("num2")
        kind2, unit2 = _kind(match.group("cur2") or match.group("cur"), match.group("pct2") or match.group("pct"), lex)
        found.append(_exact(start2, _end_with_percent(match, "num2", "pct2"), second, "exact", kind2, unit2,
                            match.start("num2"), match.end("num2"), lex))
    return found


def _qualifier(text: str | None, lex: Lexicon) -> str:
    if not text:
        return "exact"
    return lex.qualifiers.get(" ".join(text.lower().split()), "exact")


def _kind(currency: str | None, pct: str | None, lex: Lexicon) -> tuple[str, str | None]:
    if pct:
        return "percent", "percentage points" if "point" in pct.lower() else "percent"
    if currency:
        return "money", lex.currencies.get(currency.upper(), lex.currencies.get(currency, "dollars"))
    return "count", None


def _end_with_percent(match: re.Match, num: str, pct: str) -> int:
    """A % sign belongs to the span; the word "percent" is the unit, outside it."""
    if match.group(pct) and "%" in match.group(pct):
        return match.end(pct)
    return match.end(num)


def _exact(start, end, value, qualifier, kind, unit, core_start, core_end, lex: Lexicon) -> NumberExpr:
    low, high = interval(value, qualifier, lex)
    value = _number(value)
    return NumberExpr(start, end, value, low if low is None else _number(low),
                      high if high is None else _number(high), qualifier, kind, unit, core_start, core_end)


def _is_range(first: float, second: float, sep: str, between: str) -> bool:
    if between == "between":
        return True
    if between == "from" or sep == "and":
        return False  # "from 3 to 5" reports a change, not an interval
    return first < second


def _scale_like(value: float, other: float, match: re.Match, lex: Lexicon) -> float:
    """'3 to 5 million': the first number borrows the scale of the second."""
    num = match.group("num").lower()
    num2 = (match.group("num2") or "").lower()
    if value < other and not any(s in num for s in lex.scales) and value * 1000 <= other:
        for scale, factor in sorted(lex.scales.items(), key=lambda kv: -kv[1]):
            if num2.endswith(scale) and value * factor <= other * 10:
                return value * factor
    return value


def _ordinal(match: re.Match, lex: Lexicon) -> NumberExpr:
    word = match.group("ord").lower()
    value = lex.ordinals.get(word)
    if value is None:
        digits = re.match(r"\d+", word)
        assert digits is not None  # the ord group is an ordinal word or digits with st/nd/rd/th
        value = int(digits.group())
    return NumberExpr(
        match.start("ord") if not match.group("qual") else match.start(), match.end("ord"),
        float(value), float(value), float(value), "exact", "ordinal", None,
        match.start("ord"), match.end("ord"), match.group("noun").lower(),
    )


def _fraction(match: re.Match, lex: Lexicon) -> NumberExpr | None:
    part = match.group("part").lower()
    count_word = (match.group("count") or "").lower()
    if part in ("half", "halves") and count_word not in ("", "a", "one"):
        return None
    if not count_word and part != "half":
        return None  # "third of" alone is an ordinal use ("the third of five")
    numerator = 1.0 if count_word in ("a", "an", "one", "") else float(lex.words[count_word])
    value = round(numerator / lex.fractions[part], 4)
    start = match.start() if match.group("qual") else match.start("frac")
    qualifier = _qualifier(match.group("qual"), lex)
    low, high = interval(value, qualifier, lex)
    return NumberExpr(start, match.end("frac"), value, low, high, qualifier, "fraction", None,
                      match.start("frac"), match.end("frac"))


def _ratio(match: re.Match, lex: Lexicon) -> NumberExpr | None:
    first = parse_number(match.group("a"), lex)
    second = parse_number(match.group("b"), lex)
    if not first or not second or first >= second or (second >= 1000 and "," not in match.group("b")):
        return None
    value = round(first / second, 4)
    qualifier = _qualifier(match.group("qual"), lex)
    low, high = interval(value, qualifier, lex)
    start = match.start() if match.group("qual") else match.start("a")
    return NumberExpr(start, match.end("b"), value, low, high, qualifier, "ratio", None,
                      match.start("a"), match.end("b"))
