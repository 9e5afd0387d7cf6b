"""What the reconcile sets of rows share: one test case per checked field of a figure, a still-wrong field a strict
xfail with its reason (``field_row_tests``), and the kind of count a unit and a predicate make for the measures
(``count_kind``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sourcebook.model import Figure, Span
from sourcebook.reconcile.classes import classes
from sourcebook.reconcile.measures.items import Classifier


def field_row_tests(rows, wrong: dict, figure: Callable, get: Callable = getattr) -> tuple:
    """The tests of one set of (sentence, span, field, wanted value) rows, for its module to bind (names starting
    with 'test_'): each field right, read by ``get`` from the figure ``figure(nlp, sentence, span)`` finds (a
    (sentence, span, field) ``wrong`` lists a strict xfail with its reason); and every still-wrong case a row."""
    def cases():
        for sentence, span, field, want in rows:
            reason = wrong.get((sentence, span, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(sentence, span, field, want, marks=marks, id=f"{sentence[:36]}|{span}|{field}")

    @pytest.mark.parametrize(("sentence", "span", "field", "want"), list(cases()))
    def field_right(nlp, sentence, span, field, want):
        found = figure(nlp, sentence, span)
        assert found is not None
        assert get(found, field) == want

    def every_wrong_case_a_row():
        assert set(wrong) <= {(sentence, span, field) for sentence, span, field, _ in rows}

    return field_right, every_wrong_case_a_row


def count_kind(unit: str, predicate: str, value: float = 140, agent: str | None = None):
    """The measure identity a figure of ``value`` ``unit`` with ``predicate`` (and ``agent``) gets: None when it
    takes part in no measure, else (unit class, happening) and, with an agent, its holder too."""
    identity = Classifier(classes()).identity(Figure("f1", Span(0, 3, str(value)), value, value, value, "exact",
                                                     unit=unit, predicate=predicate), agent)
    if not identity:
        return identity
    return (identity[0][0], identity[1][0], identity[2]) if agent is not None else (identity[0][0], identity[1][0])
