"""The number grammar's word lists (``numbers.json``, ``figures/measure_units.json``) and the
regular expressions compiled from them; ``numbers`` applies them. Hand-written on purpose (see
``numbers``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..lexicon import entries, table

__all__ = ["Lexicon", "lexicon", "alternation"]


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, with spaces matching any space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class Lexicon:
    """The word lists of ``numbers.json`` and the regexes compiled from them."""

    def __init__(self, data: dict, measure_units: dict[str, str] | None = None) -> None:
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
        self.currency_suffixes: dict[str, str] = data.get("currency_suffixes", {})
        self.currency_codes: dict[str, str] = data.get("currency_codes", {})
        self.multipliers: dict[str, float] = data.get("multipliers", {})
        #: the change words by group ("up", "down", "up_by_to", ..., see numbers.json)
        self.changes: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in entries(data.get("change_words", {})).items()}
        self.change_words: dict[str, str] = {
            w: group.split("_")[0] for group in ("up", "down", "up_by_to", "down_by_to", "down_not_money")
            for w in self.changes.get(group, ())}
        self.measure_units: dict[str, str] = entries(measure_units or {})
        self._compile()

    def _compile(self) -> None:
        units = alternation(k for k in self.words if k in self.units)
        tens = alternation(k for k in self.words if k not in self.units)
        word = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{units}|{tens})"
        scale = alternation(self.scales)
        digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
        abbr = alternation(self.abbreviations)
        # "and" joins number words only after a scale ("three hundred and twenty": not "four and
        # six", a range); "one and a half million"
        after_scale = "|".join(f"(?<={s})" for s in sorted(self.scales))
        words_seq = (rf"{word}(?:\s+(?:{word}|{scale}|dozen)\b|(?:{after_scale})\s+and\s+{word}\b|-{scale}\b)*"
                     rf"(?:\s+and\s+an?\s+(?:half|quarter)\b(?:\s+(?:{scale})\b)?)?")
        articles = alternation(self.article_numbers)
        currency = alternation(self.currencies)
        num = (
            rf"(?:{digits}(?:\s*(?:{abbr})\b)?(?:\s+(?:{scale})\b)*"
            rf"|(?:{articles})\b(?:\s+(?:{scale})\b)*"
            rf"|{words_seq}\b)"
        )
        self.num_pattern = num
        # units glued to the digits or after a space ("256GB", "2,100 kg"); case matters, and a
        # one-letter unit must be glued ("40C", not "40 C")
        long_units = [u for u in self.measure_units if len(u) > 1]
        glued = alternation(self.measure_units) or "(?!)"
        spaced = alternation(long_units) or "(?!)"
        suffixes = alternation(self.currency_suffixes) or "(?!)"
        measure = rf"(?-i:(?:{glued})|\s(?:{spaced}))(?![\w/])|(?-i:(?:{suffixes}))\b"
        vague = alternation(self.vague)
        quals = alternation(self.qualifiers)
        # "or more", "and over", "or under": a bound after the number; a preposition's reading before what it governs is
        # none ("rose 3% and over the year", "40 dead and over 100 hurt")
        bounds = alternation(k for k in self.suffix_qualifiers if " " in k)
        governs = r"(?<!over)(?<!above)(?<!under)(?<!below)|(?!\s+(?:(?:the|an?|his|her|its|their|our|this|that)\b|[\d$£€]))"
        suffix = rf"(?:\s+(?:{bounds})\b(?:{governs})|\+|-plus\b|\s+plus\b)"
        percent = rf"(?:\s?%|\s+(?:{alternation(self.percent_words)})\b)"
        self.number_re = re.compile(
            rf"""(?<![\w$£€¥₹.,/:@#-])
            (?:(?P<qual>{quals})\s+)?
            (?:(?P<between>between|from)\s+)?
            (?:(?P<neg>minus\s+|negative\s+|[-−](?=\d))|(?P<plus>\+(?=\d{{1,2}}(?:\.\d+)?\b(?![.,]?\s*\d))))?
            (?:(?P<cur>{currency})\s?)?
            (?:(?P<vague>{vague})\b|(?P<num>{num})(?P<mu>{measure})?)
            (?P<pct>{percent})?
            (?:(?P<sep>-\s+to\s+|\s*[-–—]\s*|\s+to\s+|\s+and\s+|\s+or\s+)
               (?:(?P<cur2>{currency})\s?)?(?P<num2>{num})(?P<mu2>{measure})?(?P<pct2>{percent})?)?
            (?P<suffix>{suffix})?
            (?![\w@]|[.,]\d|[-/:]\d)""",
            re.IGNORECASE | re.VERBOSE,
        )
        ordinal_words = alternation(self.ordinals)
        self.ordinal_re = re.compile(
            rf"(?<![\w-])(?P<qual>(?:{quals})\s+)?(?P<ord>{ordinal_words}|\d{{1,3}}(?:st|nd|rd|th))"
            r"(?P<rest>(?:\s+(?:consecutive|straight|successive|full))?\s+(?P<noun>[a-z]+))\b",
            re.IGNORECASE,
        )
        #: "half a million", "a quarter of a billion": a number, not a fraction
        self.scale_after_re = re.compile(rf"\s+(?:of\s+)?an?\s+(?:{scale})\b", re.IGNORECASE)
        fraction_words = alternation(self.fractions)
        self.fraction_re = re.compile(
            rf"(?<![\w-])(?P<qual>(?:{quals})\s+)?(?P<frac>(?:(?P<count>{units}|a|an)[-\s])?"
            rf"(?P<part>{fraction_words}))(?:(?=\s+(?:of|the|their|its|all|our|his|her|those)\b)|(?P<by>(?=[\s,.;]|$)))",
            re.IGNORECASE,
        )
        simple = rf"(?:{digits}|{units}|{tens})"
        fold = rf"(?:{units}|{tens})-?fold"
        multiplier = alternation(self.multipliers) or "(?!)"
        self.multiplier_re = re.compile(
            rf"(?<![\w-])(?P<qual>(?:{quals})\s+)?(?P<mult>(?P<word>{multiplier}|{fold})\b"
            rf"|(?P<n>{simple})(?:-fold\b|\s+times\b(?=\s+(?:as|more|less|larger|bigger|higher|greater|"
            r"smaller|lower|faster|the|that|what|its|their)\b)))",
            re.IGNORECASE,
        )
        changes = alternation(self.change_words) or "(?!)"
        #: a change word right before an expression: "rose 6.5% to 164p" is no range 6.5-164
        self.change_before_re = re.compile(
            rf"\b(?:{changes})(?:\s+(?:by|from|to|at|of|about|around|some|an?|average))*\s*$", re.IGNORECASE)
        #: "cut the price of the iPad by $50 to $299": a change word, its object, then "by"
        self.change_by_re = re.compile(rf"\b(?:{changes})\b[^.;:!?\d]{{0,50}}\bby\s+$", re.IGNORECASE)
        #: a change word in the past tense before an expression, its object and its "by": "dropped by 40,000 to
        #: 115,000", "raised its fee by £15 to £40" report a change and the level it reached (``reached_levels``)
        reported = alternation(self.changes.get("reported", ())) or "(?!)"
        self.reported_change_re = re.compile(rf"\b(?:{reported})\b(?:\s+[\w'’]+){{0,4}}?\s+by"
                                             r"(?:\s+(?:about|around|some|nearly|almost))?\s*$", re.IGNORECASE)
        #: "the over-65s", "under-18s": an age group
        self.age_group_re = re.compile(r"(?<![\w-])(?P<qual>over|under)[-\s](?P<n>\d{1,3})s\b", re.IGNORECASE)
        self.ratio_re = re.compile(
            rf"(?<![\w.,-])(?P<qual>(?:{quals})\s+)?(?P<a>{simple})\s+(?:in|out\s+of)\s+(?:every\s+)?"
            rf"(?P<b>{simple}|a\s+(?:hundred|thousand))\b(?![.,]\d)(?!\s*%|\s+(?:percent|per\s+cent|"
            r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)",
            re.IGNORECASE,
        )
        self.prefix_words: frozenset[str] = frozenset(
            [*(q.split()[0] for q in self.qualifiers), "between", "from", "a", "an", "half", "minus", "negative",
             *(k.split()[0] for k in self.article_numbers), *(k.split()[0] for k in self.vague),
             *(c.lower() for c in self.currencies if c.isalpha())]
        )
        self.trigger_words: frozenset[str] = frozenset(
            [*self.words, *self.scales, "dozen", "dozens", "half", "halves", "tens",
             *(k.split()[0] for k in self.vague), *self.ordinals, *self.fractions, *self.multipliers,
             *(w + "fold" for w in self.words)]
        )



@lru_cache(maxsize=4)
def lexicon(directory: str | Path | None = None) -> Lexicon:
    """The number grammar of the lexicon in ``directory`` (default: the packaged one)."""
    return Lexicon(table("numbers", directory), table("figures/measure_units", directory))

