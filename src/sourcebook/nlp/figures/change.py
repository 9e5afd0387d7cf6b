"""Rises and falls: whether a figure is a change (up / down) or a level, from the words
around it. "rose 6.5% to 164p": 6.5% is the size of a rise (a change, not a level) and
164p the level reached (a level, change up); "up from 212" gives the earlier level 212
(a level, no change), and ``link_earlier_values`` names it as the 164p's ``previous``. The
words come from ``change_words`` of ``numbers.json``; the patterns below are the syntax that
links them to a number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...model import Figure
from .earlier import EARLIER, is_compared, then_after
from .grammar import Lexicon
from .grammar import alternation as _alt
from .margins import is_margin
from .numbers import NumberExpr

__all__ = ["Change", "ChangeReader", "link_earlier_values"]


@dataclass(frozen=True, slots=True)
class Change:
    direction: str | None  # up | down | None
    level: bool  # False: the figure is the size of the change ("rose 6.5%")


NO_CHANGE = Change(None, True)
_BRIDGING = ("by", "of", "about", "around", "some", "an?", "average", "another", "further", "nearly", "almost",
             "roughly", "just", "over", "at", "rate", "pace", "annual", "annualised", "annualized", "monthly",
             "quarterly", "yearly")
_BRIDGE = rf"(?:\s+(?:{'|'.join(_BRIDGING)}))*"  # "shrank at an annualised rate of"
#: the words ``_BRIDGE`` matches ("an?": 'a' and 'an')
_BRIDGE_WORDS = frozenset(_BRIDGING) - {"an?"} | {"a", "an"}
_TO = (r"\s+to(?:\s+(?:an?|average|of|record|high|low|new|about|around|"
       r"some|total|combined|peak|annual|level|\w+-(?:day|week|month|year|decade)))*"
       r"(?:\s+(?:close|end|finish|settle|stand)\s+(?:the\s+\w+\s+)?at|\s+(?:reach|hit|top|total))?")  # "to close at"
# a character inside the clause (a decimal point is one; ", and" starts another clause)
_CLAUSE = r"(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;:!?]|\.(?=\d))"
_MOVED = re.compile(r"\b(?:go|goes|going|went|gone|moved|shot|crept|climbed|jumped|rose|risen|edged|ticked)\s+$",
                    re.IGNORECASE)
_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
#: how many characters before a number its change words are read from (within its sentence)
_BEFORE = 90
#: a multiplier set against another time: "twice as many as the year before" (not "twice its estimate")
_AS_MANY = re.compile(r"(?:\s+times)?\s+as\s+(?:many|much|high|large|big)\s+as\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TO_NEAR_END = re.compile(r"\bto\b", re.IGNORECASE)
_OR_AT_END = re.compile(r",\s+or\s*$", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"\s+(?:basis\s+)?points?\b", re.IGNORECASE)
_DOWN_TO = re.compile(r"\bdown\s+to\b", re.IGNORECASE)
_OFF_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?off\b", re.IGNORECASE)
#: a level after an amount ("lost $41 to $2,310"), and an amount before a level's "to"
_TO_LEVEL = re.compile(r"\s+(?:[a-z]+\s+)?to\s+(?:close\s+at\s+)?[$£€¥]?\d")
_AMOUNT_TO = re.compile(r"\d[\d.,]*\s*(?:\w+\s+)?to\b")
#: words that end a verb's object: "rose in 2019", "fell last year" leave no object before the number
_NOT_OBJECT = frozenset(("in", "on", "at", "for", "to", "from", "since", "by", "over", "under", "than", "and", "or",
                         "but", "as", "with", "last", "this", "next", "year", "years", "month", "months", "week",
                         "weeks", "day", "days", "today", "yesterday", "overnight", "while", "after", "before",
                         "a", "an", "of", "about", "around", "some", "nearly", "almost", "just", "another"))


class ChangeReader:
    """Reads the change of number expressions in a text (one per lexicon)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        changes = lex.changes
        plain = _alt([*changes.get("up", ()), *changes.get("down", ()), *changes.get("down_not_money", ())]) or "(?!)"
        by_to = _alt([*changes.get("up_by_to", ()), *changes.get("down_by_to", ())]) or "(?!)"
        # "up to 252" is a bound, not a rise ("went up to 252" is one: ``went up`` is a word)
        moved = "(?<!went)(?<!gone)(?<!goes)(?<!\\bgo)(?<!edged)(?<!ticked)(?<!moved)(?<!crept)(?<!shot)"
        word = rf"(?P<word>{plain}|{by_to})(?!(?<={moved}\sup)\s+to\b)"
        # the size of a change: "rose 6.5%", "fell by about", "a rise of", "cut its rate by"
        self.amount = re.compile(
            rf"(?:\b(?P<w1>{plain})\b{_BRIDGE}|\b(?P<w2>{plain}|{by_to})\b(?:\s+[\w'’-]+){{0,8}}?\s+by{_BRIDGE})\s*$",
            re.IGNORECASE)
        # "the FTSE added 1.2%", "added 312 points": a rise only of a percentage or points
        self.amount_of_percent = re.compile(rf"\b(?:{_alt(changes.get('up_of_percent', ())) or '(?!)'})\b{_BRIDGE}\s*$",
                                            re.IGNORECASE)
        # the level reached: "risen to", "rose 6.5% to", "raised the death toll to", "down 2.1% on a year ago, to"
        # (the last change word before the level: "rallied before easing back to $28")
        self.level = re.compile(rf"\A(?s:.*)\b{word}\b{_CLAUSE}{{0,60}}?{_TO}\s*$", re.IGNORECASE)
        # the size of the same change said twice: "gained 38 points, or 0.9 per cent"
        self.again = re.compile(rf"\b{word}\b{_CLAUSE}{{0,60}},\s+or\s*$", re.IGNORECASE)
        after_up = _alt(changes.get("after_up", ())) or "(?!)"
        after_down = _alt(changes.get("after_down", ())) or "(?!)"
        units = r"(?:\s+(?:per\s+cent|percent|percentage\s+points?|points?))?"
        # a comparative after any unit word: "12 cents higher", "30 seats fewer"
        compared = _alt(changes.get("compared_up", ())) or "(?!)"
        compared_down = _alt(changes.get("compared_down", ())) or "(?!)"
        modifier = _alt(changes.get("change_modifiers", ())) or "(?!)"
        self.after_amount = re.compile(rf"^(?:{units}\s+(?:(?:{modifier})\s+)?(?:(?P<up>{after_up})|(?P<down>{after_down}))"
                                       rf"|(?:\s+[a-z]+)?\s+(?:(?P<up2>{compared})|(?P<down2>{compared_down})))"
                                       r"\b(?!\s+(?:from|to)\b)",
                                       re.IGNORECASE)
        # "$100 more than last year's", "8.5% fewer than a year earlier": a comparison with an
        # earlier time is a change (with a forecast or another thing it is not: "£2bn more than forecast")
        than_up = _alt(changes.get("than_up", ())) or "(?!)"
        than_down = _alt(changes.get("than_down", ())) or "(?!)"
        self.than = re.compile(rf"^{units}(?:\s+[a-z]+)?\s+(?:(?P<up>{than_up})|(?P<down>{than_down}))\s+than\b"
                               r"[^.,;:!?]{0,30}?\b(?:years?|months?|weeks?|days?|quarters?|seasons?|time|before|"
                               r"earlier|ago|previously|previous|prior|last|(?:19|20)\d\d)\b", re.IGNORECASE)
        # "wiping $120bn off the market", "knocked 5% off the price": a fall
        self.off = re.compile(rf"\b(?:{_alt(changes.get('down_off', ())) or '(?!)'})\b{_BRIDGE}\s*$", re.IGNORECASE)
        # "grew revenue 29%", "cut its prices 5%": a change of a percentage after the verb's object
        self.of_object = re.compile(rf"\b(?P<w>{plain}|{by_to})\s+(?:(?:its|their|the|his|her|our)\s+)?"
                                    r"(?P<obj>[a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE)
        # a level with its change after it: "closed at 18,250, down 0.7%", "1,800 people, up from 1,100"
        # the last words of the change words each regex ending in ``_BRIDGE`` needs (``_ends_in``)
        self._plain_ends = _last_words([*changes.get("up", ()), *changes.get("down", ()),
                                        *changes.get("down_not_money", ())])
        self._percent_ends = _last_words(changes.get("up_of_percent", ()))
        self._off_ends = _last_words(changes.get("down_off", ()))
        #: the first words of the change words ``level`` and ``again`` need (None: a word that opens with no letter)
        self._change_firsts = _first_words([*changes.get("up", ()), *changes.get("down", ()),
                                            *changes.get("down_not_money", ()), *changes.get("up_by_to", ()),
                                            *changes.get("down_by_to", ())])
        self.after_level = re.compile(r"^(?:\s+(?:[A-Za-z][\w'’-]*|(?:19|20)\d\d)){0,8}\s*,\s+(?P<dir>up|down)\b",
                                      re.IGNORECASE)

    def rise_to(self, text: str, expr: NumberExpr) -> NumberExpr:
        """"prices went up to $5": after a verb of moving, "up to" is a rise to a level, not the
        qualifier "at most" (the expression loses "up to" and reads exact)."""
        if expr.qualifier != "up to" or not text[expr.start:expr.core_start].lower().startswith("up"):
            return expr
        if not _MOVED.search(text, max(0, expr.start - 12), expr.start):
            return expr
        written = _UP_TO.match(text, expr.start, expr.core_start)
        start = written.end() if written else expr.start
        return replace(expr, start=start, qualifier="exact", low=expr.value, high=expr.value)

    def read(self, text: str, expr: NumberExpr, floor: int, kind: str | None = None) -> Change:
        """The change of ``expr``; ``floor``: where its sentence starts; ``kind``: the figure's
        kind when the context changed it ("80,000 dollars" is money)."""
        if expr.kind == "multiplier":
            word = text[expr.core_start:expr.core_end].lower()
            if word in self.lex.multipliers and word in self.lex.change_words:  # "doubled", not "twice"
                return Change("up" if self.lex.multipliers[word] > 1 else "down", False)
            as_many = _AS_MANY.match(text, expr.core_end)
            if as_many and expr.value and expr.value != 1 and then_after(text, as_many.end()):  # "twice as many as in 2020"
                return Change("up" if expr.value > 1 else "down", False)
        before = _before(text, expr.start, floor)
        if EARLIER.search(before):  # an earlier value: "up from 40", "down from a peak of 40,000"
            return NO_CHANGE
        money = (kind or expr.kind) == "money"
        tail = _tail(before)
        # (the regexes that end in ``_BRIDGE`` run only where their word can stand: most numbers have none)
        found = self.amount.search(before) if tail is None or "by" in tail[1:] or _ends_in(tail, self._plain_ends) \
            else None
        if found and is_margin(found.group()):
            return NO_CHANGE  # "lost by 400 votes": a margin of defeat, no fall
        if found:
            word = (found.group("w1") or found.group("w2")).lower()
            # "lost $41 to $2,310": a loss with the level it left is a fall
            direction = self._direction(word, before[:found.start()], money and not _TO_LEVEL.match(text, expr.end))
            if direction:
                return Change(direction, False)
        if (tail is None or _ends_in(tail, self._off_ends)) and self.off.search(before) and \
                _OFF_AFTER.match(text, expr.end):
            return Change("down", False)
        if (kind or expr.kind) == "percent":
            found = self.of_object.search(before)
            if found and not _NOT_OBJECT.intersection(found.group("obj").lower().split()):
                direction = self._direction(found.group("w").lower(), before[:found.start()], False)
                if direction:
                    return Change(direction, False)
        if (tail is None or _ends_in(tail, self._percent_ends)) and self.amount_of_percent.search(before) and (
                (kind or expr.kind) == "percent" or _POINTS_AFTER.match(text, expr.end)):
            return Change("up", False)
        worded: bool | None = None  # (whether a change word can stand in ``before``, read once)
        for regex, level in ((self.level, True), (self.again, False)):
            if not (_TO_NEAR_END if level else _OR_AT_END).search(before, max(0, len(before) - 60)):
                continue  # cheap test first: the regex can only end on "to ..." or ", or"
            if worded is None:
                worded = tail is None or self._change_firsts is None or \
                    not self._change_firsts.isdisjoint(_LETTER_RUNS.findall(before.lower()))
            if not worded:
                continue  # (and both need a change word)
            found = regex.search(before)
            if found:
                lost_to = money and _AMOUNT_TO.search(found.group(), found.end("word") - found.start())
                direction = self._direction(found.group("word").lower(), before[:found.start("word")],
                                            money and not lost_to)
                if direction and level and _DOWN_TO.search(found.group(), found.start("word")):
                    direction = "down"  # "bringing the total down to 12"
                if direction:
                    return Change(direction, level)
        after = text[expr.end:expr.end + 60]
        found = self.after_amount.match(after)
        if found:
            return Change("up" if found.group("up") or found.group("up2") else "down", False)
        found = self.than.match(after)
        if found:
            return Change("up" if found.group("up") else "down", False)
        found = self.after_level.match(after)
        if found and not re.search(r"\d", _YEAR.sub("", after[:found.start("dir")])):  # (a year may date the level)
            return Change(found.group("dir").lower(), True)
        return NO_CHANGE

    def _direction(self, word: str, before: str, money: bool) -> str | None:
        changes = self.lex.changes
        if word in ("up", "down"):
            previous = re.search(r"([A-Za-z]+)\s*$", before)
            if previous and previous.group(1).lower() in changes.get("not_before", ()):
                return None  # "made up 40%", "shot down 3 drones"
        if money and word in changes.get("down_not_money", ()):
            return None  # "lost $1 billion" is a loss, not a fall
        return self.lex.change_words.get(word)


#: the runs of ASCII letters of a lower-cased text
_LETTER_RUNS = re.compile(r"[a-z]+")


def _first_words(words) -> frozenset[str] | None:
    """The first run of letters of each of ``words`` (lower case: "edged up": 'edged'); None when one opens with
    none."""
    first = set()
    for word in words:
        letters = _LETTER_RUNS.match(word.lower())
        if letters is None:
            return None
        first.add(letters.group())
    return frozenset(first)


def _last_words(words) -> tuple[str, ...]:
    """The last word (lower case) of each of ``words`` ("edged up": 'up')."""
    return tuple(sorted({w.lower().split()[-1] for w in words if w.strip()}))


def _tail(before: str) -> list[str] | None:
    """The end of ``before`` that a regex ending in "{_BRIDGE}\\s*$" can match on: its last word that is none of
    ``_BRIDGE_WORDS`` and the words after it (lower case, split at spaces as ``\\s`` does; '' first when all its
    words are such). None when ``before`` is not ASCII: re's case-insensitive matching then knows letters
    ``str.lower`` does not ('ſ' for 's')."""
    if not before.isascii():
        return None
    words = before.lower().split()
    k = len(words)
    while k and words[k - 1] in _BRIDGE_WORDS:
        k -= 1
    return words[max(0, k - 1):] if k else [""] + words


def _ends_in(tail: list[str], ends: tuple[str, ...]) -> bool:
    """Whether a regex "\\b(?:words)\\b{_BRIDGE}\\s*$" can match the text ``tail`` was read from: one of the
    ``tail``'s words ends in the last word of one of the words (``ends``; the words after it are ``_BRIDGE``'s)."""
    return bool(ends) and any(w.endswith(ends) for w in tail)


#: how far (characters) an earlier value and the level it links to may lie apart
_LINK_REACH = 200


def link_earlier_values(text: str, figures: Sequence[Figure]) -> list[Figure]:
    """"the toll rose to 52, up from 40", "sales climbed from 3.1 million to 3.9 million": the
    level reached names the earlier level it changed from (``Figure.previous``). An earlier
    value is a figure right after "from" (``ChangeReader.read`` gives it no change); its level
    is the nearest figure within ``_LINK_REACH`` characters of the same sentence and kind that
    is a level with a change and not itself an earlier value; the earlier value takes what
    happened from its level ("up from 400" has no verb of its own). ``figures`` are in text order."""
    def floor(figure: Figure) -> int:
        return figure.sentence.start if figure.sentence else 0

    leads = {i: _before(text, f.span.start, floor(f)) for i, f in enumerate(figures)}
    # "reached $1.5bn, compared with $1.2bn a year earlier": a level before it, with no verb of change (and none
    # read: the text states no rise, as the gold sets have it); without a time of its own, "compared with" sets two
    # groups side by side ("up 3%, compared with $1.2bn for its rival"), no earlier value
    compared = {i for i, before in leads.items() if is_compared(before) and then_after(text, figures[i].span.end)}
    earlier = {i for i, before in leads.items() if EARLIER.search(before) and (i in compared or not is_compared(before))}
    links: dict[int, tuple[int, int]] = {}  # level's index -> (distance, earlier one's index)
    for i in sorted(earlier):
        e = figures[i]
        best: tuple[int, int] | None = None  # (distance, index)
        for step in ((-1,) if i in compared else (-1, 1)):
            j = i + step
            while 0 <= j < len(figures) and abs(figures[j].span.start - e.span.start) <= _LINK_REACH:
                f = figures[j]
                if (j not in earlier and (f.change or i in compared) and f.level and _same_kind(text, e, f)
                        and floor(f) == floor(e) and (best is None or abs(f.span.start - e.span.start) < best[0])):
                    best = (abs(f.span.start - e.span.start), j)
                j += step
        if best is not None and (best[1] not in links or best[0] < links[best[1]][0]):
            links[best[1]] = (best[0], i)
    out = [replace(f, previous=figures[links[k][1]].id) if k in links else f for k, f in enumerate(figures)]
    for level, (_, i) in links.items():  # "rose from 4 to 5 dollars": the earlier value counts what the level counts
        e, f = out[i], out[level]
        if f.predicate and e.predicate != f.predicate:  # "900 in shelters, up from 400": 400 were in shelters too
            e = out[i] = replace(e, predicate=f.predicate, place=e.place or f.place)
        if e.unit is None and f.unit:
            out[i] = replace(e, unit=f.unit, kind=f.kind if e.kind == "count" else e.kind,
                             unit_norm=f.unit_norm if e.kind == "count" else e.unit_norm)
        elif _elided(text, e, f):  # "cut from 12 months to eight": the level counts what its earlier value counts
            out[level] = replace(f, unit=e.unit, kind=e.kind, unit_norm=e.unit_norm)
    return out


#: a level with no noun of its own: the sentence or clause goes on after the number
_NO_NOUN = re.compile(r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:in|on|by|at|after|before|from|for|last|this|next|over|since|"
                      r"under|when|while|and|but|a|an|per|each)\b", re.IGNORECASE)


def _elided(text: str, earlier: Figure, level: Figure) -> bool:
    """"from 90 minutes to 60", "from 2 euros to 3": a bare level after an earlier value that
    names its unit (written after it, or a kind of its own: money, time)."""
    if level.kind != "count" or not earlier.unit or level.unit == earlier.unit or \
            not _NO_NOUN.match(text, level.span.end):
        return False
    return earlier.kind != "count" or text[earlier.span.end:].lstrip().lower().startswith(earlier.unit.lower())


def _same_kind(text: str, earlier: Figure, level: Figure) -> bool:
    """An earlier value and its level count alike; a bare number ("from 4 to 5 dollars", "from
    12 months to eight") is any kind."""
    return earlier.kind == level.kind or (earlier.kind == "count" and earlier.unit is None) or \
        (level.kind == "count" and bool(_NO_NOUN.match(text, level.span.end)))


def _before(text: str, start: int, floor: int) -> str:
    """The words a number's change is read from: up to ``_BEFORE`` characters before
    ``start``, not before ``floor`` (its sentence's start)."""
    return text[max(floor, start - _BEFORE):start]
