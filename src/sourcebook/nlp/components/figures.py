"""The figures component: every numeric claim of a Doc as a ``model.Figure``.

find: the number grammar (``nlp.numbers``) runs over the text once; each expression is
kept unless its context makes it a date, a year, a time of day, list numbering, part of a
name or the pronoun/determiner "one"; then the parse gives what it counts (unit), what
happened (predicate), where (place), when (time, resolved against
``doc._.sourcebook_published``) and who says so (``nlp.figures_sources``).
Only the few tokens around each number are looked at, so the component costs little next
to the parse.
"""

from __future__ import annotations

import logging
import re

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ...model import Figure, Span
from ..extensions import register_extensions
from ..figures_context import context, find_place, find_predicate, find_unit, pluralize, predicate_text
from ..figures_sources import Sources
from ..numbers import NumberExpr, find_numbers
from ..timex import find_times, resolve

log = logging.getLogger(__name__)

VERSION = "sourcebook.figures.v1"

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’]*)[\s,]*$")
_WORD_AFTER = re.compile(r"^[\s,]*(?:of\s+)?([A-Za-z][\w.'’]*)")
_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0\u2022*>•·-]*$")
_LIST_END = re.compile(r"^[.)]\s")
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d$")
_AGE_AFTER = re.compile(r"^(?:-|\s)?years?[- ]old|^-year\b|^\s+years?\s+of\s+age", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages|age)\s+$", re.IGNORECASE)
_ONE_KEEP_BEFORE = re.compile(r"\b(?:only|just|exactly|merely|than|single)\s+$", re.IGNORECASE)
_DIGITS = re.compile(r"[\d,.]+$")


class Figures:
    """Stores the figures of a Doc as ``model.Figure`` records, ids f1, f2, ... in text order.

    >>> nlp.add_pipe("sourcebook_figures")  # doctest: +SKIP
    """

    version = VERSION

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name
        self.ctx = context()

    def __call__(self, doc: Doc) -> Doc:
        doc._.sourcebook_figures = self.find(doc) if doc.text else ()
        return doc

    # -- find -----------------------------------------------------------------------
    def find(self, doc: Doc) -> tuple[Figure, ...]:
        text = doc.text
        exprs = [e for e in find_numbers(text) if self.is_figure(text, e)]
        if not exprs:
            return ()
        has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        places = [
            (e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ in self.ctx.place_labels
        ]
        sources = Sources(doc, tuple(doc._.sourcebook_attributions or ()))
        published = doc._.sourcebook_published
        figures: list[Figure] = []
        times_cache: dict[int, list] = {}
        previous: dict[int, Figure] = {}
        for expr in exprs:
            span = doc.char_span(expr.core_start, expr.core_end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = span[-1].sent if has_sents else doc[:]
            if self._inside_name(span):
                continue
            figure = self._figure(doc, expr, span, sent, places, sources, published, times_cache,
                                  previous.get(sent.start))
            if figure is None:
                continue
            figure = _with_id(figure, f"f{len(figures) + 1}")
            figures.append(figure)
            previous[sent.start] = figure
        return tuple(figures)

    def is_figure(self, text: str, expr: NumberExpr) -> bool:
        """False for dates, years, times of day, list numbers and names (text context)."""
        core = text[expr.core_start:expr.core_end]
        low = core.lower()
        before = text[max(0, expr.start - 40):expr.start]
        after = text[expr.end:expr.end + 40]
        word_before = _WORD_BEFORE.search(before)
        word_after = _WORD_AFTER.search(after)
        prev = word_before.group(1).lower() if word_before else ""
        nxt = word_after.group(1).lower().rstrip(".") if word_after else ""
        digits = bool(_DIGITS.match(core))
        if expr.kind == "ordinal":
            return (expr.value >= 2 and expr.noun in self.ctx.ordinal_nouns
                    and expr.noun not in self.ctx.date_nouns and prev not in self.ctx.months)
        if prev.rstrip(".") in self.ctx.months or (nxt in self.ctx.months and expr.kind == "count" and digits):
            return False
        if digits and expr.kind == "count" and expr.qualifier == "exact":
            if _LINE_START.search(before) and _LIST_END.match(after):
                return False
            if _YEAR.match(core) and "," not in core:
                return False
            if nxt in self.ctx.time_of_day or after.lstrip().lower().startswith(("a.m", "p.m")):
                return False
            if word_before and before.endswith(word_before.group(1) + " ") and word_before.group(1)[0].isupper() \
                    and prev in self.ctx.name_prefixes:
                return False
            if word_after and word_after.group(1)[0].isupper() and nxt in self.ctx.name_followers:
                return False
            if before.endswith(("[", "(")) and after.startswith(("]", ")")):
                return False
        if low in ("one", "a dozen") and expr.qualifier == "exact" and expr.kind == "count" and low == "one":
            if not _ONE_KEEP_BEFORE.search(before):
                return False
        if low.startswith("scores") and not after.lower().startswith(" of"):
            return False
        if low in ("dozen",):
            return False
        return True

    @staticmethod
    def _inside_name(span: SpacySpan) -> bool:
        """A number inside a name: World War 2, Interstate 75 (the entity starts before it)."""
        first = span[0]
        return first.ent_iob_ == "I" and first.ent_type_ in (
            "ORG", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"
        )

    def _figure(self, doc, expr, span, sent, places, sources, published, times_cache, previous):
        ctx = self.ctx
        text = doc.text
        kind, unit = expr.kind, expr.unit
        after = text[expr.core_end:expr.core_end + 20]
        before = text[max(0, expr.start - 12):expr.start]
        sent_end = sent.end
        next_index = span.end
        # the counted noun
        unit_token = None
        if kind == "ordinal":
            unit = pluralize(expr.noun)
        elif _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
            kind, unit = "age", "years"
        else:
            allow_of = expr.qualifier == "vague" or kind in ("fraction", "ratio") or not span[-1].is_digit
            unit_token, noun = find_unit(doc, next_index, sent_end, allow_of or kind == "percent")
            if unit is None:
                unit = noun
            if noun is not None and kind in ("count", "money"):
                key = unit_token.lower_
                if key in ctx.currency_words:
                    kind = "money"
                elif key in ctx.time_units and ctx.time_units[key] is not None:
                    kind = "duration"
                    unit = ctx.time_units[key]
        anchor = unit_token if unit_token is not None else span[-1]
        predicate = find_predicate(anchor)
        if unit is None and kind == "count":
            unit = self._implicit_unit(anchor, predicate, previous)
        clause = None
        if predicate is not None:
            clause = (predicate.left_edge.idx, predicate.right_edge.idx + len(predicate.right_edge))
        place = find_place(places, sent, clause, expr.start)
        time, time_start, time_end = self._time(text, sent, expr, published, times_cache)
        according_to, attribution = sources.find(expr.start, expr.end, anchor, sent)
        return Figure(
            id="",
            span=Span.of(text, expr.start, expr.end),
            value=expr.value,
            low=expr.low,
            high=expr.high,
            qualifier=expr.qualifier,
            kind=kind,
            unit=unit,
            predicate=predicate_text(predicate),
            place=place,
            time=time,
            time_start=time_start,
            time_end=time_end,
            according_to=according_to,
            attribution=attribution,
            sentence=Span.of(text, sent.start_char, sent.end_char),
        )

    def _implicit_unit(self, anchor, predicate, previous: Figure | None) -> str | None:
        """'people' when the article leaves what is counted implicit ("hundreds wounded"),
        or the unit of the previous count in the sentence ("96 children died and 223 more")."""
        if previous is not None and previous.kind == "count" and previous.unit:
            return previous.unit
        if predicate is not None and predicate.lemma_.lower() in self.ctx.people_verbs:
            return "people"
        if anchor.dep_ in ("nsubj", "nsubjpass"):
            return "people"
        return None

    @staticmethod
    def _time(text, sent, expr, published, cache):
        times = cache.get(sent.start)
        if times is None:
            times = [
                (t.start + sent.start_char, t.end + sent.start_char, t.text)
                for t in find_times(text[sent.start_char:sent.end_char])
            ]
            cache[sent.start] = times
        candidates = [t for t in times if not (t[0] <= expr.core_start < t[1])]
        if not candidates:
            return None, None, None
        start, end, written = min(candidates, key=lambda t: min(abs(t[0] - expr.end), abs(expr.start - t[1])))
        time_start, time_end = resolve(written, published)
        return written, time_start, time_end


def _with_id(figure: Figure, figure_id: str) -> Figure:
    from dataclasses import replace

    return replace(figure, id=figure_id)
