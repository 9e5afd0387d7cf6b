"""What the figure sets of rows (``test_figures_64``, ``test_figures_65``) share: the figures of a sentence at a fixed
publication date, each sentence run once, and one test case per checked field of a row, a still-wrong field a strict
xfail with its reason."""

from __future__ import annotations

import pytest

#: a field a row leaves unchecked
ANY = object()

#: the figure kinds as the rows write them
E = "exact"
C = "count"
M = "money"
P = "percent"
MS = "measure"
D = "duration"
R = "ratio"
F = "fraction"
X = "multiplier"


def published_figures(nlp, text: str, published: str, cache: dict) -> tuple:
    """The figures of ``text`` published on ``published``, kept in ``cache`` so each sentence is run once."""
    if text not in cache:
        doc = nlp.make_doc(text)
        doc._.sourcebook_published = published
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        cache[text] = doc._.sourcebook_figures
    return cache[text]


def field_cases(rows, fields: tuple[str, ...], wrong: dict, unchecked: object):
    """(text, span, field, want) for every field of every (text, span, *values) row but those set to
    ``unchecked``; a field ``wrong`` lists is a strict xfail with its reason."""
    for text, span, *values in rows:
        for field, want in zip(fields, values, strict=True):
            if want is unchecked:
                continue
            reason = wrong.get((text, span, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(text, span, field, want, marks=marks, id=f"{text[:30]}|{span}|{field}")


def same_value(got, want) -> bool:
    """Whether a field's value is the one wanted: one of a tuple of answers, a float to three places ('Two-thirds':
    0.6667, '1 in 12': 0.0833), else equal."""
    if isinstance(want, tuple):
        return got in want
    if isinstance(want, float) and isinstance(got, float):
        return abs(got - want) < 1e-3
    return got == want


def field_of(figs, fig, field: str):
    """``fig``'s ``field`` among ``figs``, the figures of its sentence: for 'previous', the span of the earlier
    figure it names (its id means nothing to a reader of the rows)."""
    if field == "previous":
        return next((f.span.text for f in figs if f.id == fig.previous), None)
    return getattr(fig, field)


def spans_listed(rows, text: str) -> list[str]:
    """The spans the (text, span, *values) rows list for ``text``, sorted: every figure the sentence should give."""
    return sorted(row[1] for row in rows if row[0] == text)


def wrong_without_row(rows, wrong: dict) -> set[tuple[str, str]]:
    """The (text, span) of ``wrong`` cases that no row holds (a still-wrong case must name a checked figure)."""
    return {(text, span) for text, span, _ in wrong} - {(row[0], row[1]) for row in rows}


def figure_set_tests(rows, fields: tuple[str, ...], wrong: dict, unchecked: object, published: str,
                     without: list[str]) -> tuple:
    """The tests of one figure set of rows, for its module to bind (names starting with 'test_'), and its
    ``figures(nlp, text)``: every checked field right but the still-wrong ones (strict xfails with their reason),
    every figure of a sentence found and no other (a figure whose value is still wrong may be missing), every
    still-wrong case a row, and no figure in the sentences ``without`` (a number in a name, a score, a rank)."""
    cache: dict[str, tuple] = {}

    def figures(nlp, text):
        return published_figures(nlp, text, published, cache)

    @pytest.mark.parametrize("text, span, field, want", list(field_cases(rows, fields, wrong, unchecked)))
    def field_right(nlp, text, span, field, want):
        figs = figures(nlp, text)
        found = {f.span.text: f for f in figs}
        assert span in found, list(found)
        assert same_value(field_of(figs, found[span], field), want)

    @pytest.mark.parametrize("text", sorted({row[0] for row in rows}))
    def every_figure_listed(nlp, text):
        found = sorted(f.span.text for f in figures(nlp, text))
        missing = {span for span in spans_listed(rows, text) if (text, span, "value") in wrong and span not in found}
        assert found == [span for span in spans_listed(rows, text) if span not in missing]

    def every_wrong_case_a_row():
        assert not wrong_without_row(rows, wrong)

    @pytest.mark.parametrize("text", without)
    def without_figures(nlp, text):
        assert [f.span.text for f in figures(nlp, text)] == []

    return figures, field_right, every_figure_listed, every_wrong_case_a_row, without_figures
