"""From a parsed Doc to ``model.Figure`` records: every numeric claim with what it counts,
what happened, where, when and who says so.

find: the number grammar (``numbers``) runs over the text once; each expression is kept
unless its context makes it a date, a year, a time of day, list numbering, part of a name
or the pronoun/determiner "one" (``filters``); then the parse gives what it counts (unit),
what happened (predicate), where (place) (``context``), when (``timex``, resolved against
``doc._.sourcebook_published``) and who says so (``sources``). Only the few tokens around
each number are looked at, so it costs little next to the parse.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy
from spacy.attrs import (
    ENT_IOB,
    ENT_TYPE,
    IDX,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    PREFIX,
    SPACY,
)
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...model import Figure, Span
from ..attribution.tables import text_of
from ..lexicon import entries, table, word_set
from ..sentences import sentence_at
from .ages import written_age
from .anchored import STEP, anchored
from .change import ChangeReader, link_earlier_values
from .coming import coming
from .confidence import confidence_level, interval_bounds
from .context import (
    context,
    find_agent,
    find_place,
    find_predicate,
    find_rate,
    find_unit,
    pluralize,
    predicate_text,
    subject_of_level,
)
from .copula_changes import moved_copula
from .datelines import story_day
from .deadlines import ahead
from .durations import when_first
from .earlier import base_before, dates_another
from .estimates import estimated_unit
from .filters import inside_name, is_figure, named_number
from .fiscal import firm_source, fiscal_months, fiscal_written
from .foreign_times import foreign
from .grammar import alternation
from .kinds import kind_places
from .level_units import implicit_unit, partitive_units, reaches, tallied
from .majorities import majorities
from .metre_lengths import depth_level, in_metres
from .modifier_happenings import with_modifier_happening
from .named_places import with_named_places
from .national_scope import nationwide
from .numbers import NumberExpr, find_numbers, lexicon
from .occurrences import occurrence_unit
from .outcomes import outcome
from .own_nouns import own_noun
from .parts import part_noun
from .payers import find_payer
from .per_units import per_what
from .percent_rates import written_rate
from .race_times import in_parts
from .reading_bounds import reading_bound
from .score_figures import with_scores
from .site_places import site_places
from .sources import Sources
from .spelled_units import spelled_unit
from .story_steps import story_times
from .subject_places import subject_place
from .tallies import tally_holder
from .timex import find_times, resolve
from .units import normalise_unit
from .verb_periods import verb_period
from .weights import weighed
from .world_places import world_place

__all__ = ["Extractor"]

_AGE_AFTER = re.compile(r"^(?:-|\s)?years?[- ]old|^\s+years?\s+of\s+age", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|age|turn|turns|turned|turning)\s+$", re.IGNORECASE)
# "Phyllis Schlafly dies at 92;": an age when no counted noun follows
_DIED_AT = re.compile(r"\b(?:dies|died)\s+at\s+$", re.IGNORECASE)  # (not "put the number of dead at 74")
_NO_NOUN = re.compile(r"[^\w\s]|\s*$|\s+(?:in|on|after|from|following|of|at|when|while|and)\b")
#: "R$45", "the over-65s": digits glued to a currency sign or a hyphen are inside one token; they are triggers
_GLUED_DIGITS = re.compile(r"(?<=[$£€¥₹-])\d")
#: "a quarter of a percentage point", "by half a point": a fraction of a percentage point is a percentage
_OF_POINT = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b", re.IGNORECASE)
#: characters of context looked at on each side of a figure at most
_MAX_REACH = 400
_LEVEL_AT = re.compile(r"(?:\s+(?:per\s+cent|percent|points?|higher|lower|up|down))*"
                       r"(?:\s+(?:than|on|from)\s+[^,.;:\d]{0,30}?)?,?\s+at\s+", re.IGNORECASE)
#: a second amount of the same change: "rose 0.3% month on month and 2.9% year on year"
_AND_AMOUNT = re.compile(r"(?:\s+[A-Za-z-]+){0,4},?\s+(?:and|or)\s+(?:by\s+)?", re.IGNORECASE)
#: "patients over 20 years": a span of time, not an age bound
_SPAN_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|decades?)\b(?![- ]old)", re.IGNORECASE)
_MAGNITUDE = re.compile(r"\bmagnitude[\s-]+$", re.IGNORECASE)
_MAGNITUDE_OF = re.compile(r"\bmagnitude\s+of\s+$", re.IGNORECASE)  # "had a magnitude of 6.2"
#: "a 7.8-magnitude quake", "measured 4.8 on the Richter scale": the reading of a quake's scale
_MAGNITUDE_AFTER = re.compile(r"[\s-]magnitude\b|\s+on\s+the\s+Richter\s+scale\b", re.IGNORECASE)
#: "up from 240 a year earlier": a step back dates only the earlier value it follows, not the level before it
_STEP_BACK = STEP  # (and "up from 51,000 the previous year")
_JUST_AFTER = re.compile(r"\D{0,30}")  # (no other number between: "5.1% from 4.8% a year earlier")
_SUFFIX = re.compile(r"\s+or\s+\w+|\+|-?\s*plus\b", re.IGNORECASE)


class Extractor:
    """Finds the figures of a Doc (ids f1, f2, ... in text order); one instance serves every
    Doc. ``directory``: the lexicon to read (default: the packaged one); ``scores``: keep
    sports scores and vote tallies ("beat them 3-1") as figures of kind ``score`` (by
    default they are no figures)."""

    def __init__(self, directory: str | Path | None = None, scores: bool = False) -> None:
        self.directory = directory
        self.scores = scores
        self.ctx = context(directory)
        self.numbers = lexicon(directory)
        self.changes = ChangeReader(self.numbers)
        self._moved = self.numbers.changes.get("up", frozenset()) | self.numbers.changes.get("down", frozenset())
        self.measure_names = frozenset(self.numbers.measure_units.values()) | {"metres", "meters"} | \
            word_set("figures/spelled_units", directory)
        #: "waiting lists", "the index", "sales of": subjects that tally something else
        subjects = entries(table("figures/level_subjects", directory))
        self.tallies = {tag: frozenset(w for w, t in subjects.items() if t == tag)
                        for tag in ("people", "points", "of", "previous")}
        #: "children under 5", "voters over 65": a bound on age after the people it bounds
        self.score_re = re.compile(rf"\b(?:{alternation(self.ctx.score_words)})\b[^.;:!?\d]{{0,40}}?"
                                   r"(?<![\w.,-])(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})(?![\w%]|[.,]\d|\s*per\b)",
                                   re.IGNORECASE)
        self.age_bound = re.compile(rf"\b(?:{alternation(self.ctx.age_bound_nouns)})\s+"
                                    r"(?:under|over|aged|below|above)\s+\d{1,3}$", re.IGNORECASE)
        # hashes of the trigger words, digits and place labels in ``_vocab``'s string store
        self._vocab: Vocab | None = None
        self._hashes = self._digits = self._place_hashes = numpy.empty(0, dtype="uint64")

    def __call__(self, doc: Doc) -> tuple[Figure, ...]:
        return self.find(doc) if len(doc) else ()

    # -- find -----------------------------------------------------------------------
    def find(self, doc: Doc) -> tuple[Figure, ...]:
        arr = doc.to_array([IDX, LIKE_NUM, LOWER, PREFIX, ORTH, SPACY, ENT_IOB, ENT_TYPE, LENGTH])
        text = text_of(doc)  # (joined once per Doc: the attribution component has read it already)
        triggers = self._triggers(doc, arr) + [m.start() for m in _GLUED_DIGITS.finditer(text)]
        exprs = sorted([e for e in find_numbers(text, triggers, self.numbers)
                        if is_figure(self.ctx, text, e) and not confidence_level(text, e, self.directory)]
                       + majorities(text, self.directory), key=lambda e: e.start)  # "A majority of voters"
        if self.scores:
            exprs = with_scores(text, exprs, self.score_re)
        if not exprs:
            return ()
        places = self._places(doc, arr, text)
        sources = Sources(doc, text, tuple(doc._.sourcebook_attributions or ()), self.ctx)
        published = story_day(text, doc._.sourcebook_published)  # a wire story's dateline, a day before its page
        figures: list[Figure] = []
        times_cache: dict = {}
        previous: dict[tuple[int, int], Figure] = {}
        for expr in exprs:
            expr = self.changes.rise_to(text, expr)
            span = doc.char_span(expr.core_start, expr.core_end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = sentence_at(doc, span[-1].i)
            if expr.kind != "score" and inside_name(span, expr.start) and not interval_bounds(span, self.directory, text) or (
                    expr.kind == "count" and expr.qualifier == "exact" and named_number(span, self.ctx)):
                continue
            clip = _clip(text, sent, expr)
            figure = self._figure(doc, text, expr, span, clip, places, sources, published, times_cache,
                                  previous.get(clip))
            if figure is None:
                continue
            figure = _with_id(figure, f"f{len(figures) + 1}")
            figures.append(figure)
            previous[clip] = figure
        return tuple(link_earlier_values(text, partitive_units(text, figures)))

    def _triggers(self, doc: Doc, arr) -> list[int]:
        """Offsets of the tokens that are or start with a digit or number word, read from
        the token arrays (no Python loop over the tokens)."""
        if self._vocab is not doc.vocab:
            strings = doc.vocab.strings
            self._vocab = doc.vocab
            self._hashes = numpy.array(sorted(strings.add(w) for w in self.numbers.trigger_words), dtype="uint64")
            self._digits = numpy.array(sorted(strings.add(str(d)) for d in range(10)), dtype="uint64")
            self._place_hashes = numpy.array(sorted(strings.add(p) for p in self.ctx.place_labels), dtype="uint64")
        mask = (arr[:, 1] == 1) | _among(arr[:, 2], self._hashes) | _among(arr[:, 3], self._digits)
        return arr[mask, 0].astype("int64").tolist()

    def _places(self, doc: Doc, arr, text: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of the GPE/LOC/FAC entities, from the token arrays (``Doc.ents``
        builds a Span for every entity)."""
        rows = numpy.flatnonzero(_among(arr[:, 7], self._place_hashes))
        places: list[tuple[int, int, str]] = []
        last = -2
        for i in rows.tolist():
            start, end = int(arr[i, 0]), int(arr[i, 0] + arr[i, 8])
            if i == last + 1 and arr[i, 6] == 1 and places:  # I: continues the entity
                places[-1] = (places[-1][0], end, text[places[-1][0]:end])
            else:
                places.append((start, end, text[start:end]))
            last = i
        # names of other labels a kind of place frames ("the hill town of Surat Dara", an ORG) and names no entity
        # holds ("the town of Callowmere", "killed 17 people in Kelvaro")
        # and a town a site stands at ("the terminal at Skelby")
        sited = [p for p in site_places(doc, self.directory) if not any(s < p[1] and p[0] < e for s, e, _ in places)]
        return with_named_places(sorted(places + kind_places(doc, arr, text, self.directory) + sited), doc, text,
                                 self.directory)

    def _figure(self, doc, text, expr, span, clip, places, sources, published, times_cache, previous):
        ctx = self.ctx
        kind, unit = expr.kind, expr.unit
        after = text[expr.core_end:expr.core_end + 20]
        before = text[max(0, expr.start - 12):expr.start]
        last = doc.char_span(clip[0], clip[1], alignment_mode="contract")
        sent_end = last.end if last is not None and len(last) else span.end
        next_index = span.end
        if expr.end > expr.core_end and _SUFFIX.match(text, expr.core_end, expr.end):  # "1,000 or so protesters"
            whole = doc.char_span(expr.core_start, expr.end, alignment_mode="expand")
            next_index = whole.end if whole is not None else next_index
        # the counted noun
        unit_token = None
        if kind == "ordinal":
            unit = pluralize(expr.noun, ctx=ctx)
        elif kind == "measure" and unit in ctx.time_units.values():
            kind = "duration"  # "in 2hr 4min 12sec": a time written with abbreviated units
        elif kind in ("measure", "multiplier", "age", "score"):
            pass
        elif kind == "count" and (_MAGNITUDE.search(before) or _MAGNITUDE_AFTER.match(text, expr.core_end)):
            unit = "magnitude"  # "a magnitude 6.1 earthquake", "a 7.8-magnitude quake": the scale, not the quake
            expr = reading_bound(text, expr, self.numbers)  # "aftershocks above magnitude 4": a floor
        elif _AGE_AFTER.match(after) or _AGE_BEFORE.search(before) or _apposed_age(doc, span, expr) or \
                (kind == "count" and expr.qualifier == "exact" and written_age(doc, span, expr.value)) or \
                (_DIED_AT.search(before) and _NO_NOUN.match(after)) or \
                (self.age_bound.search(text, max(0, expr.start - 20), expr.core_end) and not _SPAN_AFTER.match(after)):
            kind, unit = "age", "years"
        elif kind == "fraction" and _OF_POINT.match(text, expr.end):
            kind, unit = "percent", "percentage points"
        else:
            allow_of = expr.qualifier == "vague" or kind in ("fraction", "ratio") or not span[-1].is_digit
            unit_token, noun = find_unit(doc, next_index, sent_end, allow_of or kind == "percent", ctx)
            if unit is None:
                unit = noun
            if kind == "money" and own_noun(text[expr.start:expr.end], unit_token, ctx.currency_words):
                kind, unit = "count", noun  # "lent £5m to 40 firms": the second number counts its own noun
            if unit_token is not None and kind == "count":  # noun is None exactly when unit_token is
                key = unit_token.lower_
                if key in ctx.currency_words and not weighed(unit_token, self.directory):
                    kind = "money"  # not "weighs 12 pounds", a measure
                elif (counted := occurrence_unit(unit_token, self.directory)) is not None:
                    unit = counted  # "downloaded 3 million times": a count of downloads, no duration
                elif key in ctx.time_units and ctx.time_units[key] is not None and " " not in (unit or ""):
                    kind = "duration"
                    unit = ctx.time_units[key]
                elif (whole := spelled_unit(doc, unit_token, unit, self.measure_names)) is not None:
                    kind, unit = "measure", whole  # "938 horsepower", "287 miles", "320 kilometres per hour"
        if unit_token is None and kind == "count" and text[expr.core_start:expr.core_end].lower() == "one":
            return None  # "the only one who": a pronoun, not a count
        anchor = unit_token if unit_token is not None else span[-1]
        predicate = find_predicate(anchor)
        if kind == "count" and depth_level(text[expr.start:expr.end], unit_token, predicate, self.directory):
            expr = in_metres(expr)  # "Floodwater in Marley rose to 1.6m": a depth, not millions
            kind, unit = "measure", "metres"
        change = self.changes.read(text, expr, clip[0], kind)
        if change.direction is None and previous is not None and previous.change and not previous.level and \
                _LEVEL_AT.fullmatch(text, previous.span.end, expr.start):
            change = replace(change, direction=previous.change)  # "down 0.4% at $1.27": the level reached
        elif change.direction is None and previous is not None and previous.change and not previous.level and \
                previous.kind == kind and _AND_AMOUNT.fullmatch(text, previous.span.end, expr.start):
            change = replace(change, direction=previous.change, level=False)  # "rose 0.3% in May and 2.9% on a year"
        near = previous if previous is not None and expr.qualifier != "vague" and \
            expr.start - previous.span.end <= 100 else None
        if unit is None and kind == "count":
            unit = part_noun(span[-1])  # "60 people were killed, 12 of them children"
        if unit is None and kind == "count":  # "officials put the death toll at 40"
            unit = estimated_unit(anchor, predicate, ctx, self.tallies["people"], self.directory)
        if unit is None and kind == "count" and (change.direction or reaches(predicate, text, expr)):
            # a level with no noun: "the death toll has risen to 52" counts people killed (its
            # subject decides even after another count: "thousands searched, and the dead rose to 89")
            # (a copula with 'up' or 'down' names no happening, but its subject is counted: "staff numbers are up")
            level_verb = predicate or moved_copula(anchor, self._moved)
            subject_unit, happening = subject_of_level(level_verb, ctx)
            near_count = near is not None and near.kind == "count" and bool(near.unit)
            # "rose by 25,000 cars to 310,000": the count of the same verb decides
            same_verb = near is not None and near_count and near.predicate == predicate_text(predicate)
            if (subject_unit is not None and (happening is not None or not same_verb)) or not near_count:
                unit = tallied(level_verb, subject_unit, self.tallies, self.ctx) if happening is None else subject_unit
                predicate = happening or predicate
            if unit in self.tallies["previous"] and near is not None and near_count:
                unit = near.unit  # "added 8 million subscribers, bringing its total to 247 million"
        if unit is None and kind == "count" and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and \
                anchor.head.head.lower_ in self.tallies["people"]:
            unit = "people"  # "crowds of more than 60,000", "an audience of 2,000"
        if unit is None and kind == "count" and (_MAGNITUDE.search(before) or
                                                 _MAGNITUDE_OF.search(text, max(0, expr.start - 16), expr.start)):
            unit = "magnitude"  # "an earthquake of magnitude 6.8", "a magnitude of 6.2"
            expr = reading_bound(text, expr, self.numbers)  # "an aftershock of around magnitude 5"
        if unit is None and kind == "count":
            unit = implicit_unit(anchor, predicate, near, self.ctx)
        clause = None
        if predicate is not None:
            clause = (predicate.left_edge.idx, predicate.right_edge.idx + len(predicate.right_edge))
        town = subject_place(predicate, anchor, unit, self.directory)  # "Ashworth received 120mm of rain"
        place = None if nationwide(text, expr.end, self.directory) else \
            find_place(places, clip, clause, expr.start, text, ctx.locative_preps) or town or \
            world_place(text, clip, clause, self.directory)  # "Worldwide, 48,000 people were infected"
        time, time_start, time_end = self._time(text, clip, clause, expr, published, times_cache, anchor)
        time_start, time_end = ahead(predicate, time, time_start, time_end, published)  # "will clear 400 by June"
        time_start, time_end = coming(predicate, time, time_start, time_end, published)  # "will vote on Thursday"
        according_to, attribution = sources.find(expr.start, expr.end, anchor, clip)
        if town is not None and according_to == town:
            according_to, attribution = None, None  # "Kelden recorded 40C": the town had the heat, it tells nothing
        time_start, time_end = fiscal_months(time, time_start, time_end, published, text, self.directory,  # "FY2030"
                                             fiscal_written(time) and firm_source(anchor.doc, according_to, self.directory))
        agent = (find_agent(predicate, anchor, ctx) or find_payer(predicate, anchor, ctx)) if kind == "money" else \
            tally_holder(predicate, span[-1], anchor, unit)  # "Ilse Varga won 52,900 votes": whose votes
        if agent and according_to == agent and attribution is not None:
            outer = sources.find(expr.start, expr.end, anchor, clip, skip=agent)
            if outer[1] is not None:  # "Donors pledged $45m, the ministry said": the ministry reports the pledge
                according_to, attribution = outer
        if agent and place and re.search(rf"\b{re.escape(place)}\b", agent):  # (not 'Niger' in 'Nigeria')
            place = None  # "Norway pledged 200 million kroner": the giver, not where the money went
        if place and time and re.fullmatch(rf"(?:[a-z]+\s+)*{re.escape(place)}", time):
            place = None  # "A$20 billion in FY2035": the whole time is the name, so the name is no place
        return Figure(
            id="",
            span=Span.of(text, expr.start, expr.end),
            value=expr.value,
            low=expr.low,
            high=expr.high,
            qualifier=expr.qualifier,
            kind=kind,
            unit=unit,
            # "left 28 dead" (outcomes), "405,000 unemployed people" (modifier_happenings)
            predicate=outcome(predicate, anchor, self.directory)
            or with_modifier_happening(unit_token, predicate_text(predicate)),
            place=place,
            time=time,
            time_start=time_start,
            time_end=time_end,
            according_to=according_to,
            attribution=attribution,
            sentence=Span.of(text, clip[0], clip[1]),
            change=change.direction,
            level=change.level,
            unit_norm=normalise_unit(kind, unit, text[expr.start:expr.end], self.numbers),
            agent=agent,
            rate=(find_rate(anchor, ctx) if kind == "money" else written_rate(anchor, kind, unit, ctx)) or
            verb_period(anchor, kind, unit, ctx) or per_what(span, kind, unit, ctx),  # '£7,460 per pupil': pupil
        )

    def _time(self, text, clip, clause, expr, published, cache, anchor):
        key = clip
        if clip[1] - clip[0] >= 2 * _MAX_REACH:  # cut out of a longer sentence: share blocks
            block = expr.start // _MAX_REACH
            key = (max(0, (block - 1) * _MAX_REACH), (block + 2) * _MAX_REACH + 100)
        times = cache.get(key)
        if times is None:
            times = [(t.start + key[0], t.end + key[0], t.text) for t in find_times(text[key[0]:key[1]], self.directory)]
            cache[key] = times
        story = cache.get(("story", clip))  # "the following year", "that summer": steps of a story of the past
        if story is None:
            story = cache[("story", clip)] = story_times(text, clip, times, published, self._told, self._times_of)
        candidates = [t for t in times + [s for s in story.spans if story.usable(s, text, expr.end)]
                      if clip[0] <= t[0] and t[1] <= clip[1] and not (t[0] <= expr.core_start < t[1]) and not story.covers(t)
                      and not (_STEP_BACK.search(t[2]) and t not in story.periods
                               and not _JUST_AFTER.fullmatch(text, expr.end, t[0]))
                      and not dates_another(text, expr.end, t[0])  # "52, up from 40 in 2019": 40's year
                      and not base_before(text, t[0], t[1], expr.start)  # "up 12,000 on last year to 98,000"
                      and not in_parts(text, t[1])]  # "won in 3 hours 41 minutes": a race time, no time of a figure
        if clause is not None:
            candidates = [t for t in candidates if clause[0] <= t[0] and t[1] <= clause[1]] or candidates
        candidates = [t for t in candidates if not foreign(anchor, t[0], t[1], t[2])]  # "which opened in 1998"
        candidates = when_first(candidates)  # "for two hours on Tuesday": Tuesday
        if not candidates:
            return None, None, None
        nearest = min(candidates, key=lambda t: min(abs(t[0] - expr.end), abs(expr.start - t[1])))
        start, end, written = nearest = story.chosen(nearest, text, expr.end)
        if nearest in story.periods:
            time_start, time_end = story.periods[nearest]
        else:  # "$5m in 2029, up from $4m a year earlier"
            time_start, time_end = anchored(written, start, times, published, self._told)
        return written, time_start, time_end

    def _told(self, said: str, day: str | None) -> tuple[str | None, str | None]:
        return resolve(said, day, self.directory)

    def _times_of(self, stretch: str) -> list[tuple[int, int, str]]:
        return [(t.start, t.end, t.text) for t in find_times(stretch, self.directory)]


def _among(column, values):
    """``numpy.isin(column, values)`` for ``values`` sorted: each looked up by bisection (``isin`` sorts
    both arrays, or compares the column with each value in turn)."""
    if not len(values):
        return numpy.zeros(len(column), dtype=bool)
    at = numpy.searchsorted(values, column)
    return values[numpy.minimum(at, len(values) - 1)] == column


def _apposed_age(doc: Doc, span, expr: NumberExpr) -> bool:
    """"Cory Smith, 22, of Flint": a bare number between commas after a name is an age."""
    first, last = span[0].i, span[-1].i
    if expr.kind != "count" or expr.qualifier != "exact" or not 0 < expr.value < 120:
        return False
    if first < 2:
        return False
    # "Cory Smith, 22, of Flint", "The driver, 24, was", 'said Lena Marsh, 24.'
    closed = last + 1 >= len(doc) or doc[last + 1].text in (",", ")", ";") or doc[last + 1].text == "." and (
        doc[first - 2].ent_type_ == "PERSON")
    return doc[first - 1].text == "," and (doc[first - 2].pos_ == "PROPN" or doc[first - 2].tag_ == "NN") and closed


def _clip(text: str, sent, expr) -> tuple[int, int]:
    """The figure's sentence cut to its line: the parser runs headlines, list items and
    bullet points into the next line."""
    lo = max(0, expr.start - _MAX_REACH)
    line_start = text.rfind("\n", lo, expr.start) + 1 or lo
    line_end = text.find("\n", expr.end, expr.end + _MAX_REACH)
    line_end = min(len(text), expr.end + _MAX_REACH) if line_end < 0 else line_end
    start, end = max(sent.start_char, line_start), min(sent.end_char, line_end)
    # a longer "sentence" is a segmentation failure (or no parse): keep the figure's surroundings
    start, end = max(start, expr.start - _MAX_REACH), min(end, expr.end + _MAX_REACH)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _with_id(figure: Figure, figure_id: str) -> Figure:
    return replace(figure, id=figure_id)
