"""Classes of what a figure counts, what happened, where and over which stretch of time.

The word lists live in the lexicon table ``measures.json`` (``nlp/lexicon/data/``; users add
entries with a file of the same shape: ``sourcebook build --measures FILE``, installed by
``nlp.lexicon.extend_tables``). Everything here reads the figure's own strings
(unit, predicate, place, time as written): no gazetteer, no parser.
"""

from __future__ import annotations

import contextlib
import gc
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sourcebook.aliases import fold
from sourcebook.nlp.lexicon import count_words, extra_path, load_extra, word_set
from sourcebook.nlp.lexicon import table as lexicon_table

_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_PAREN = re.compile(r"\(([^)]*)\)")
# a run of capitalised words (with inner "al-", "de", "of the" glue): a named place
_PROPER = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:al|el|de|du|of|the|la|le)[\s-]+)?[A-Z][\w'\u2019-]*)*")
#: words that count a stretch of time, with their value ("two" 2, "several" 3)
_NUMBER_WORDS = count_words()
#: how a happening written as a place or a state begins ("in shelters", "in tents", "without power")
_LOCATIVE = ("in ", "inside ", "at ", "under ", "without ")


@dataclass(frozen=True, slots=True)
class UnitClass:
    name: str  # the class ("people")
    population: str  # the sub-population within it ("children"), or the class name itself
    compare: bool = True
    agent: bool = False  # has a doer (who paid, pledged, spent): compared only when it is known


@dataclass(frozen=True, slots=True)
class HappeningClass:
    name: str
    nature: str  # "stock" (a state at a moment), "event" (a flow over a window) or "target" (an aim: no count)
    units: frozenset[str] = frozenset()  # the only unit classes it applies to (empty: any)
    implies: str | None = None  # what a figure with no counted noun counts ("22 dead": people)
    #: counted nouns it cannot count though their class is one it applies to: the dead are no survivors, so
    #: 'pulled 12 bodies from the rubble' is no rescue while 'pulled 12 survivors' is
    excludes: frozenset[str] = frozenset()
    #: counted nouns one of its words cannot count: 'pulled out 300 troops' is a withdrawal, though 'pulled out' is
    #: a rescue of people and 'rescued 40 troops' one of troops ((word, nouns) pairs, folded)
    excludes_with: tuple[tuple[str, frozenset[str]], ...] = ()

    def excluded(self, noun: str, words: set[str]) -> bool:
        """Whether it cannot count ``noun`` (folded) when its predicate's happening words are ``words``."""
        return noun in self.excludes or any(w in words and noun in nouns for w, nouns in self.excludes_with)


@dataclass(frozen=True, slots=True)
class Place:
    root: str | None  # folded named place ("aleppo"), None when the mention names none
    direction: str | None  # "east", "west", ... within the root
    local: bool  # a neighbourhood, hospital, named sub-place: one spot, not the whole area


@dataclass(frozen=True, slots=True)
class Scope:
    kind: str | None  # cumulative | current | window | incident | None (not stated)
    anchor: str | None = None  # for cumulative: what it counts from ("war", "siege")
    days: float | None = None  # for windows: the stated length in days ("four days" -> 4)


class _Phrases:
    """Whole-word phrase lookup: longest phrase first, earliest position wins."""

    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping
        alternatives = sorted(mapping, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in alternatives) or r"(?!x)x"
        self.regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")

    def first(self, text: str) -> str | None:
        match = self.regex.search(text)
        return self.mapping[match.group(0)] if match else None

    def all(self, text: str) -> list[str]:
        return [self.mapping[m.group(0)] for m in self.regex.finditer(text)]


@dataclass(frozen=True)
class Classes:
    units: _Phrases
    unit_info: dict[str, UnitClass]
    happenings: _Phrases
    natures: dict[str, str]
    happening_info: dict[str, HappeningClass]
    cumulative: _Phrases
    war: _Phrases
    current: _Phrases
    incident: _Phrases
    local: _Phrases
    directions: _Phrases
    window_units: dict[str, float]
    level_verbs: _Phrases  # "climbed to": moves a level, says nothing of what happened
    #: counted nouns that are a happening itself ("arrests", "murders") -> the happening's name
    happening_nouns: dict[str, str] = field(default_factory=dict)

    # ----------------------------------------------------------------------- units
    def unit(self, unit: str | None) -> UnitClass | None:
        """The class of a unit as written ("civilians" -> people/people; "children" ->
        people/children), or None when no class lists it."""
        if not unit:
            return None
        text = fold(_PAREN.sub(" ", unit))
        key = self.units.first(text)
        if key is None:
            return None
        return self.unit_info[key]

    def happening(self, predicate: str | None) -> HappeningClass | None:
        """The happening class of a predicate ("have fled" -> displaced), None when unknown."""
        if not predicate:
            return None
        names = self.happenings.first(fold(predicate))
        if names is None:
            return None
        return self.happening_info[names.split("\t")[0]]

    def noun_happening(self, noun: str | None) -> HappeningClass | None:
        """The happening a counted noun is itself ("made 2,900 arrests": detained; "53 murders": killed), None
        when the noun as a whole names none; what it counts is what the happening implies (people)."""
        name = self.happening_nouns.get(fold(noun)) if noun else None
        return self.happening_info[name] if name else None

    def happening_words(self, predicate: str | None) -> set[str]:
        """The happening words a predicate holds, folded, as ``happenings_of`` reads them ('pulled out')."""
        return {m.group(0) for m in self.happenings.regex.finditer(fold(predicate))} if predicate else set()

    def happenings_of(self, predicate: str) -> list[HappeningClass]:
        """Every happening class a predicate names, in the order its words come; a place that
        says it ("in shelters") before the verb that only holds them there: people who "remain
        in shelters" or were "left in shelters" are sheltered, not trapped or displaced."""
        text = fold(predicate)
        found = [(not m.group(0).startswith(_LOCATIVE), m.start(), self.happenings.mapping[m.group(0)])
                 for m in self.happenings.regex.finditer(text)]
        names = dict.fromkeys(name for *_, joined in sorted(found) for name in joined.split("\t"))
        return [self.happening_info[name] for name in names]

    # ----------------------------------------------------------------------- places
    def place(self, place: str | None) -> Place:
        if not place:
            return Place(None, None, False)
        names = _PROPER.findall(place.replace("\u2019", "'"))
        folded_names = []
        for name in names:
            # "Eastern Aleppo", "the Old City of Aleppo", "Idlib province": the place is
            # the last word that is neither glue, a direction nor an administrative noun
            words = [w for w in fold(name).split() if w not in _STOP_CAPS and not self.directions.first(w)]
            if words:
                folded_names.append(words[-1])
        text = fold(place)
        direction = self.directions.first(text)
        root = folded_names[-1] if folded_names else None
        local = len(folded_names) > 1 or bool(self.local.first(text))
        return Place(root, direction, local)

    # ----------------------------------------------------------------------- scope
    def scope(self, time: str | None, place: str | None = None, predicate: str | None = None) -> Scope:
        """Whole-war total, current state, a stated window or one incident, from the words of
        the figure's time (first), predicate and place."""
        time_text = fold(time or "")
        other = fold(" ".join(p for p in (predicate, place) if p))
        if time_text:
            if self.cumulative.first(time_text):
                return Scope("cumulative", self._anchor(time_text))
            days = self.window_days(time_text)
            if days is not None:
                return Scope("window", days=days)
            if self.incident.first(time_text):
                return Scope("incident")
            if self.current.first(time_text):
                return Scope("current")
            return Scope("window")
        if self.incident.first(other):
            return Scope("incident")
        if self.cumulative.first(other) and "since" in other.split():
            return Scope("cumulative", self._anchor(other))
        return Scope(None)

    def window_days(self, text: str) -> float | None:
        """The stated length of a window ("in the past 24 hours" -> 1.0), None if none."""
        match = _WINDOW.search(text)
        if not match:
            return None
        count = match.group(1) or "1"
        unit = match.group(2) or match.group(4)
        factor = self.window_units.get(unit)
        if factor is None:
            return None
        number = float(count.replace(",", "")) if count[0].isdigit() else _NUMBER_WORDS.get(count, 1)
        return number * factor

    def _anchor(self, text: str) -> str:
        if self.war.first(text):
            return "war"
        after = text.split("since", 1)[-1].split()
        words = [w for w in after if w not in ("the", "a", "an", "start", "beginning", "of", "began", "begun", "started")]
        return words[0] if words else "unspecified"


_STOP_CAPS = word_set("place_glue_words")
# "in the past 24 hours", "the last two weeks"; not a moment ("a year ago", "two days earlier")
# nor a calendar period ("last year" is the year before this one, as "in 2029" is a year)
_WINDOW = re.compile(
    r"\b(\d[\d,.]*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
    r"(?:\s+(?:more|full|straight|consecutive))?\s+(hours?|days?|weeks?|fortnight|months?|years?)\b"
    r"(?!\s+(?:ago|earlier)\b)"
    r"|\b(?:past|previous|(?<=the )last)\s+()(hours?|days?|weeks?|fortnight|months?|years?)\b"
)


def _merge_tables(tables: list[dict]) -> dict:
    merged: dict = {"units": {}, "happenings": {}, "scope": {}}
    for table in tables:
        for name, entry in table.get("units", {}).items():
            target = merged["units"].setdefault(name, {"words": [], "within": {}, "compare": True, "agent": False})
            target["words"] += entry.get("words", [])
            target["compare"] = entry.get("compare", target["compare"])
            target["agent"] = entry.get("agent", target["agent"])
            for sub, words in entry.get("within", {}).items():
                target["within"].setdefault(sub, []).extend(words)
        for name, entry in table.get("happenings", {}).items():
            target = merged["happenings"].setdefault(name, {"words": [], "nature": "event", "units": [],
                                                            "excludes": [], "excludes_with": {}, "nouns": []})
            target["words"] += entry.get("words", [])
            target["nouns"] += entry.get("nouns", [])
            target["excludes"] += entry.get("excludes", [])
            for word, nouns in entry.get("excludes_with", {}).items():
                target["excludes_with"].setdefault(word, []).extend(nouns)
            target["nature"] = entry.get("nature", target["nature"])
            target["units"] += entry.get("units", [])
            target["implies"] = entry.get("implies", target.get("implies"))
        for name, entry in table.get("scope", {}).items():
            if isinstance(entry, dict):
                target = merged["scope"].setdefault(name, {})
                for key, value in entry.items():
                    if isinstance(value, list):
                        target.setdefault(key, []).extend(value)
                    else:
                        target[key] = value
            else:
                merged["scope"].setdefault(name, []).extend(entry)
    return merged


@lru_cache(maxsize=4)
def load_classes(extra: str | None = None) -> Classes:
    """The bundled classes plus those of ``extra`` (a path to a JSON file of the same shape)."""
    tables = [lexicon_table("measures")]
    if extra:
        tables.append(load_extra("measures", extra))
    data = _merge_tables(tables)
    unit_words: dict[str, str] = {}
    unit_info: dict[str, UnitClass] = {}
    for name, entry in data["units"].items():
        compare = bool(entry.get("compare", True))
        agent = bool(entry.get("agent", False))
        for word in entry["words"]:
            unit_words[fold(word)] = f"{name}\t{name}"
        for sub, words in entry.get("within", {}).items():
            for word in words:
                unit_words[fold(word)] = f"{name}\t{sub}"
        unit_info.update({f"{name}\t{sub}": UnitClass(name, sub, compare, agent) for sub in (name, *entry.get("within", {}))})
    # a word may name several happenings, each for its own units ("reached": aid delivered of trucks, and
    # aided of the people it reached): the mapping holds their names in order, tab-joined
    happening_words: dict[str, str] = {}
    for name, entry in data["happenings"].items():
        for word in entry["words"]:
            known = happening_words.get(fold(word))
            happening_words[fold(word)] = name if known is None or name in known.split("\t") else f"{known}\t{name}"
    scope = data["scope"]

    def phrases(words: list[str]) -> _Phrases:
        return _Phrases({fold(w): fold(w) for w in words})

    directions = {fold(w): name for name, words in scope.get("directions", {}).items() for w in words}
    return Classes(
        units=_Phrases(unit_words),
        unit_info=unit_info,
        happenings=_Phrases(happening_words),
        natures={name: entry["nature"] for name, entry in data["happenings"].items()},
        happening_info={name: HappeningClass(name, entry["nature"], frozenset(entry.get("units", [])), entry.get("implies"),
                                             frozenset(fold(w) for w in entry.get("excludes", [])),
                                             tuple((fold(w), frozenset(fold(n) for n in nouns))
                                                   for w, nouns in entry.get("excludes_with", {}).items()))
                        for name, entry in data["happenings"].items()},
        cumulative=phrases(scope.get("cumulative", [])),
        war=phrases(scope.get("war", [])),
        current=phrases(scope.get("current", [])),
        incident=phrases(scope.get("incident", [])),
        local=phrases(scope.get("local", [])),
        directions=_Phrases(directions),
        window_units={k: float(v) for k, v in scope.get("window_units", {}).items()},
        level_verbs=phrases(scope.get("level_verbs", [])),
        happening_nouns={fold(noun): name for name, entry in data["happenings"].items() for noun in entry["nouns"]},
    )


def classes() -> Classes:
    """The measure classes: the packaged table, extended by the user's file when a build
    installed one (``nlp.lexicon.extend_tables``)."""
    return load_classes(extra_path("measures"))


@contextlib.contextmanager
def paused_gc():
    """Pause the cyclic garbage collector for one pass over a whole store.

    The store-wide passes allocate a few records per figure and free nothing until they
    end; CPython's full collections would then re-scan the growing heap again and again
    (merge_speakers over a million mentions took twice as long with it on). The records
    form no reference cycles, so nothing is lost; the previous state is restored on exit.
    The threshold is set to 0 as well: a library that turns the collector back on meanwhile
    (srsly's msgpack reader does, for each part of a spaCy model it loads) starts no collection.
    """
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
