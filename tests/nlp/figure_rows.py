"""What the figure sets of rows (``test_figures_64``, ``test_figures_65``) share: the figures of a sentence at a fixed
publication date, each sentence run once, and one test case per checked field of a row, a still-wrong field a strict
xfail with its reason."""

from __future__ import annotations

import pytest


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
