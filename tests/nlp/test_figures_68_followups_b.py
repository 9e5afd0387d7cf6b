"""Follow-ups b of the 68 figure sets, on sentences written for these tests: a document that shows a figure, made by
a body named in the clause above it, is that body's report ('The agency released figures showing 4,200
admissions': the agency, as 'according to figures released by X' gives X); a one-word town that is the subject of a
verb of receiving, recording or having is the figure's place and no source of it ('Ashworth received 120mm of rain',
``subject_places``), a town the recogniser tags a firm or a person only for a reading of the weather, so a firm's
loss or a player's points keep no place ('Acme recorded a loss of £4m', 'Smith had 12 points'); an acronym's plural
keeps its capitals as the unit ('500,000 EVs' -> 'EVs', ``context.pluralize``)."""

from __future__ import annotations

import pytest
from figure_rows import published_figures

#: a Thursday
PUBLISHED = "2024-03-14"

_DOCS: dict[str, tuple] = {}


def _field(nlp, text, span, field):
    found = {f.span.text: f for f in published_figures(nlp, text, PUBLISHED, _DOCS)}
    assert span in found, list(found)
    return getattr(found[span], field)


@pytest.mark.parametrize("text, span, field, want", [
    # a document's maker named in the clause above it is the source (``released``)
    ('The agency released figures showing 4,200 admissions.', '4,200', 'according_to', 'agency'),
    ('The Pellworth health trust published data showing 2,300 admissions last year.', '2,300', 'according_to',
     'Pellworth health trust'),
    ('Figures released by the Dunmore council show 870 evictions.', '870', 'according_to', 'Dunmore council'),
    # a town as the subject is the place (``subject_places``)
    ('Ashworth received 120mm of rain on Sunday.', '120mm', 'place', 'Ashworth'),
    ('Brackton had 312mm of rain overnight.', '312mm', 'place', 'Brackton'),
    ('Kelden recorded 40C on Tuesday.', '40C', 'place', 'Kelden'),
    ('Kelden recorded 40C on Tuesday.', '40C', 'according_to', None),
    ('Aberdeen saw 30cm of snow on Friday.', '30cm', 'place', 'Aberdeen'),
    ('London recorded 34C on Tuesday.', '34C', 'place', 'London'),
    # ... not a firm's or a person's
    ('Acme recorded a loss of £4m.', '£4m', 'place', None),
    ('Smith had 12 points in the game.', '12', 'place', None),
    ('Dana Firth recorded 40 songs in a year.', '40', 'place', None),
    # ... nor a name in a preposition's phrase, the place it names stays
    ('Farmers in Oxley received 90mm of rain.', '90mm', 'place', 'Oxley'),
    # an acronym's plural keeps its capitals (``context.pluralize``)
    ('The firm sold 500,000 EVs last year.', '500,000', 'unit', 'EVs'),
    ('Dealers sold 40 SUVs in March.', '40', 'unit', 'SUVs'),
    ('The fund backs 3,000 NGOs across the region.', '3,000', 'unit', 'NGOs'),
    ('The bill passed with 12 MPs abstaining.', '12', 'unit', 'MPs'),
    # ... a plain plural stays in lower case
    ('Dealers sold 40 Vans in March.', '40', 'unit', 'vans'),
])
def test_followup_b(nlp, text, span, field, want):
    assert _field(nlp, text, span, field) == want
