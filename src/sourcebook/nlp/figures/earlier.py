"""Earlier values a level is set against, and the times that date only them.

An earlier value follows "from" ("rose to 52, up from 40"), also with the level it peaked at
("down from a peak of 40,000", "from a high of 9%"), or "compared with" ("reached $1.5bn,
compared with $1.2bn a year earlier": only with a time of its own after it, since "$40,000,
compared with $52,000 for men" sets two groups side by side, not two moments). A time written
after a figure past such a lead and its value, past "than" or "as many as" ("15,000 more
than last year", "twice as many as in 2020") or past a record it is measured against ("the
highest since 2008", lexicon ``figures/record_words``), dates the earlier value or the record,
not the figure: "rose to 52 in 2024 from 40 in 2019" gives 52 no 2019. A year's baseline is no earlier value
("cut by 68% from 1990 levels by 2030": by 2030). A time after "on" that a change is set against, right before the
level it reached, is the base of the change, not the level's time ("up 12,000 on last year to 98,000": no last year
for 98,000).
"""

from __future__ import annotations

import re

from ..lexicon import word_set
from .grammar import alternation

__all__ = ["EARLIER", "base_before", "dates_another", "is_compared", "then_after"]

_ARTICLE = r"(?:a|an|the|its|their|his|her|our)"
#: the words right before an earlier value: "from", "from a peak of", "compared with"
EARLIER = re.compile(rf"\b(?:from(?:\s+{_ARTICLE}\s+(?:[\w-]+\s+)?(?:peak|high|low|record|level|total)\s+of)?|"
                     r"compared\s+(?:with|to))\s*$", re.IGNORECASE)
_COMPARED = re.compile(r"\bcompared\s+(?:with|to)\s*$", re.IGNORECASE)
#: an earlier time right after a value compared ("compared with 22,500 last year", "... in 2022")
_THEN = re.compile(r"^[^.,;:!?\d]{0,30}?\b(?:years?|months?|weeks?|days?|quarters?|seasons?|before|earlier|ago|"
                   r"previously|previous|prior|last|(?:19|20)\d\d)\b", re.IGNORECASE)
#: what stands between a figure and a later time that dates something else: an earlier value right before the
#: time ("up from 52% in 2020", "down from +3 in January", "compared with 22,500 last year", "from a peak of 140,000
#: in 2019"; not "cut to 10% from 12%, to stimulate the economy in 2010", nor "up 5% from last year", the figure's
#: own), or a comparison ("15,000 more than last year", "twice as many as in 2020"; not the qualifier "more than 30,000")
_LEADS = re.compile(r"\b(?:from|compared\s+(?:with|to))\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
                    r"(?:peak|high|low|record|level|total)\s+of\s+)?(?:(?:about|around|some|nearly|almost|just)\s+)?"
                    r"[+−-]?[$£€]?\d[\d,.]*[\w%]*(?:\s+[\w%$£€-]+){0,5}\s*$"
                    r"|\bthan\b(?!\s+(?:[$£€]?\d|(?:a\s+(?:million|billion|thousand|hundred|dozen)|one|two|three|four|five|"
                    r"six|seven|eight|nine|ten|half|twice|double)\b))|\bas\s+(?:many|much)\s+as\b", re.IGNORECASE)
#: a change set against a time: "up 12,000 on", "down 6% on" right before the time
_ON_BASE = re.compile(r"\d[\d,.]*\s*(?:%|[A-Za-z]+\s+)?\s*on\s+(?:the\s+)?$")
#: the level right after such a time: ", to", " at"
_TO_LEVEL = re.compile(r",?\s+(?:to|at)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_records: re.Pattern | None = None
_baselines: re.Pattern | None = None


def _baseline(lead: str) -> bool:
    """The lead is a year's baseline, no earlier value: "cut by 68% from 1990 levels by 2030" (lexicon
    ``figures/baseline_nouns``)."""
    global _baselines
    if _baselines is None:
        _baselines = re.compile(rf"^from\s+(?:1[89]|20)\d\d\s+(?:{alternation(word_set('figures/baseline_nouns'))})\s*$",
                                re.IGNORECASE)
    return bool(_baselines.match(lead))


def is_compared(before: str) -> bool:
    """``before`` (the text up to a number) ends with "compared with"."""
    return bool(_COMPARED.search(before))


def then_after(text: str, end: int) -> bool:
    """An earlier time follows the value ending at ``end``: "22,500 last year", "6,100 in 2022"."""
    return bool(_THEN.match(text[end:end + 40]))


def dates_another(text: str, end: int, start: int) -> bool:
    """The time at ``start`` dates something compared with the figure ending at ``end``: a lead
    of comparison stands between them ("52, up from 40 in 2019"; "210,000, the highest since 2008")."""
    global _records
    if start <= end:
        return False
    if (lead := _LEADS.search(text[end:start])) and not _baseline(lead.group()):
        return True  # (a slice: the earlier value's pattern is anchored at the time)
    if _records is None:  # (the record's "since" may open the time itself)
        # (not a share of what is counted: "arrested 40 people, most of them since Friday")
        _records = re.compile(rf"\b(?:{alternation(word_set('figures/record_words'))})(?!\s+of\b)(?:\s+[\w-]+){{0,4}}?"
                              r"\s+since\b", re.IGNORECASE)
    return bool(_records.search(text, end, min(len(text), start + 6)))


def base_before(text: str, start: int, end: int, figure_start: int) -> bool:
    """The time at ``start``-``end`` is the base a change before it is set against and the figure starting at
    ``figure_start`` right after it the level the change reached ("up 12,000 on last year to 98,000")."""
    return end <= figure_start and bool(_TO_LEVEL.fullmatch(text, end, figure_start)) and \
        bool(_ON_BASE.search(text, max(0, start - 30), start))
