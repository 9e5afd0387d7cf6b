"""Figures counted per a head, a journey, a unit of goods or a base of people, on sentences written for these tests:
'£6,920 per pupil', '£1.30 a journey', '$71 per barrel', '£2.40 per head', '12 deaths per 100,000 people', '3.2 beds
per 1,000 residents', 'a fare of £2 per trip', '$230 a tonne', '400 cars per shift'; beside them periods ('£11.50 an
hour', '£480 a year'), totals ('£84m', '£2.4m'), steps back in time ('£2.7bn a year earlier', '$790m a month ago'),
units with a 'per' of their own ('38 milligrams per litre', '5 per cent') and the sources of figures named with an
article ('the county said', 'according to the council').

Decision: a figure's ``rate`` is what it is counted per, as the sentence writes it: a period as before ('hour',
'year'), else the head or unit after 'per', 'a' or 'an' right after the figure or its counted noun ('pupil', 'journey',
'barrel', '100,000 people'; ``figures.per_units``). An editor checking a sum per pupil needs to know it is per pupil:
reconciliation counts a figure with a rate as a measure per that rate (``reconcile.measures.items``), so a sum per
pupil is never summed with or compared to a total, nor to a sum per journey. A period goes first ('£950 a month per
flat': month). The base's number ('100,000' of 'per 100,000 people') stays a figure of its own, as the 63 and 67
sets and the figure evaluations have it; a base with no noun is the number ('16.8 per 100,000': 100,000). A 'per' on
the subject ('Funding per pupil rose to £7,100') is left (a strict xfail): the rate is read only right after the figure.

According to: a source is given without its article, whether the parse named it ('according to the council': council)
or an attribution's source did ('the county said': county; before, 'the county'). The 63 and 70 energy sets accepted
either form in twelve rows; they now expect the one without, as this set does.

Counts on these 40 sentences (47 figures, 275 checked fields) right / wrong / missing, before these mends -> after:
rate 27/20/0 -> 46/1/0, according_to 43/2/0 -> 45/0/0; value 47/0/0, kind 47/0/0, unit 46/0/0 and time 43/0/0
unchanged; no figure found that is none, before and after. Mended: the head or unit a sum or a count is counted per
(``figures.per_units``, lexicon ``figures/rate_stop_words``); a step back in time is no sum's period ('$1.2bn a year
earlier': ``money.find_rate`` now asks ``percent_rates.stepped_back``, the check the other periods use; the 65 set's
strict xfail passes and is gone); one form for a source's name (``figures.sources.without_article``). With them the
70 services set's two rates per head ('£1.10 a journey', '£7,460 per pupil') and the 69 tech set's '$12 per user per
month' (user) are right, and the 65 set's '158p a litre' and '£18 per adult' now expect litre and adult. Merged after
the 71 transport set, the 'per' on the subject is read ('Funding per pupil rose to £7,100': pupil, ``figures.per_units``;
rate 47/0/0) and its strict xfail is gone."""

from __future__ import annotations

import pytest
from figure_rows import ANY, MS, C, M, P, field_of, figure_set_tests

#: a Thursday: "last year" is 2023
PUBLISHED = "2024-03-14"

FIELDS = ("value", "kind", "unit", "rate", "time", "according_to")


# (text, span, value, kind, unit, rate, time, according to); every figure of a sentence is listed
FIGURES = [
    # per a head
    ('Schools in Harwick receive £6,920 per pupil, the education board said.',
     '£6,920', 6920, M, 'pounds', 'pupil', None, 'education board'),
    ('The meal scheme costs the Pellworth trust £2.40 per head.',
     '£2.40', 2.4, M, 'pounds', 'head', None, None),
    ('The Tamsett council spends £410 a resident on social care.',
     '£410', 410, M, 'pounds', 'resident', None, None),
    ('Tickets cost €18 per person at the Lannet museum.',
     '€18', 18, M, 'euros', 'person', None, None),
    ('The Brenholt fund gave £500 a family to those flooded out.',
     '£500', 500, M, 'pounds', 'family', None, None),
    ('Funding per pupil in Elmsford rose to £7,100 last year.',
     '£7,100', 7100, M, 'pounds', 'pupil', 'last year', None),
    # per a journey, a trip, a car, a share
    ('Passengers in Dunmore pay £1.30 a journey on the new tram.',
     '£1.30', 1.3, M, 'pounds', 'journey', None, None),
    ('Riders on the Orwell line pay a fare of £2 per trip.',
     '£2', 2, M, 'pounds', 'trip', None, None),
    ('The Velda tunnel toll is £4.80 per car.',
     '£4.80', 4.8, M, 'pounds', 'car', None, None),
    ('Shares in Dorrow Mining were sold at 340p a share.',
     '340p', 340, M, 'pence', 'share', None, None),
    ('The firm paid a dividend of 12p a share, the company said.',
     '12p', 12, M, 'pence', 'share', None, 'company'),
    # per a unit of goods
    ('Brent crude fell to $71 per barrel on Friday.',
     '$71', 71, M, 'dollars', 'barrel', 'on Friday', None),
    ('Coffee growers in Rivaldo earn $2.10 a kilo for their beans.',
     '$2.10', 2.1, M, 'dollars', 'kilo', None, None),
    ('Wheat traded at $230 a tonne in Marsby on Tuesday.',
     '$230', 230, M, 'dollars', 'tonne', 'on Tuesday', None),
    ('Dairy farmers in Wenholt were paid 29p per litre of milk last month.',
     '29p', 29, M, 'pence', 'litre', 'last month', None),
    # counts per a base of people or per a unit of work
    ('The region of Ostermark recorded 12 deaths per 100,000 people in 2023.',
     '12', 12, C, 'deaths', '100,000 people', 'in 2023', 'region'),
    ('The region of Ostermark recorded 12 deaths per 100,000 people in 2023.',
     '100,000', 100000, C, 'people', None, ANY, ANY),
    ('Hospitals in Cressby have 3.2 beds per 1,000 residents.',
     '3.2', 3.2, C, 'beds', '1,000 residents', None, None),
    ('Hospitals in Cressby have 3.2 beds per 1,000 residents.',
     '1,000', 1000, C, 'residents', None, None, None),
    ('The ward reported 4.2 infections per 1,000 patients in March.',
     '4.2', 4.2, C, 'infections', '1,000 patients', 'in March', 'ward'),
    ('The ward reported 4.2 infections per 1,000 patients in March.',
     '1,000', 1000, C, 'patients', None, ANY, ANY),
    ('Road deaths in Kessel fell to 41 per 1,000,000 people last year.',
     '41', 41, C, ANY, '1,000,000 people', 'last year', None),
    ('Road deaths in Kessel fell to 41 per 1,000,000 people last year.',
     '1,000,000', 1000000, C, 'people', None, ANY, None),
    ('The Corby Mills plant builds 400 cars per shift.',
     '400', 400, C, 'cars', 'shift', None, None),
    # periods stay periods, and go first
    ('Cleaners at the Ashgrove depot earn £11.50 an hour.',
     '£11.50', 11.5, M, 'pounds', 'hour', None, None),
    ('The average water bill in Keswold will rise to £480 a year.',
     '£480', 480, M, 'pounds', 'year', None, None),
    ('Landlords in Brenn charge £950 a month per flat.',
     '£950', 950, M, 'pounds', 'month', None, None),
    ('The Calder works makes 9,000 bricks a day.',
     '9,000', 9000, C, 'bricks', 'day', None, None),
    # totals
    ('The Harwick school budget is £84m this year.',
     '£84m', 84000000, M, 'pounds', None, 'this year', None),
    ('The trust spent £2.4m on new ambulances.',
     '£2.4m', 2400000, M, 'pounds', None, None, None),
    ('The club paid £4m, a record fee, for the Orrin striker.',
     '£4m', 4000000, M, 'pounds', None, None, None),
    ('Dorrow sold 400 cars in May, a dealer said.',
     '400', 400, C, 'cars', None, 'in May', 'dealer'),
    # a step back in time is no period
    ('Revenue at Holm Foods reached £3.1bn, against £2.7bn a year earlier.',
     '£3.1bn', 3100000000, M, 'pounds', None, None, None),
    ('Revenue at Holm Foods reached £3.1bn, against £2.7bn a year earlier.',
     '£2.7bn', 2700000000, M, 'pounds', None, 'a year earlier', None),
    ('The Selwyn fund held $840m, up from $790m a month ago.',
     '$840m', 840000000, M, 'dollars', None, None, None),
    ('The Selwyn fund held $840m, up from $790m a month ago.',
     '$790m', 790000000, M, 'dollars', None, 'a month ago', None),
    ('Profits at Tarrant Bank rose to £55m from £41m a year before.',
     '£55m', 55000000, M, 'pounds', None, None, None),
    ('Profits at Tarrant Bank rose to £55m from £41m a year before.',
     '£41m', 41000000, M, 'pounds', None, ANY, None),
    # a 'per' of the unit's own
    ('Nitrate in the river Tarn reached 38 milligrams per litre.',
     '38', 38, MS, 'milligrams per litre', None, None, None),
    ('Fares in Dunmore rose 5 per cent in January.',
     '5', 5, P, 'percent', None, 'in January', None),
    # sources named with an article: one form, without it
    ('Bus use in Porlock rose 8% last year, the county said.',
     '8%', 8, P, 'percent', None, 'last year', 'county'),
    ('The county said it would spend £5m on roads.',
     '£5m', 5000000, M, 'pounds', None, None, 'county'),
    ('About 2,300 homes were flooded, according to the council.',
     'About 2,300', 2300, C, 'homes', None, None, 'council'),
    ('The board said 61 schools would close.',
     '61', 61, C, 'schools', None, None, 'board'),
    ('Prices in Varnia rose 3%, according to the Office for Pricing.',
     '3%', 3, P, 'percent', None, None, 'Office for Pricing'),
    ('The Ferrant Group said its profit rose to £19m.',
     '£19m', 19000000, M, 'pounds', None, None, 'Ferrant Group'),
    ('Sales at Dray Mills fell 4% in May, the company said.',
     '4%', 4, P, 'percent', None, 'in May', 'Dray Mills'),
]

#: sentences with numbers that are no figures
WITHOUT_FIGURES = [
    # (added in the seventy-first pass: the list was empty, so its test was skipped as an empty parameter set)
    "Fares per trip on Route 9 are set by the council in April.",
    "Per-pupil funding for 2026 will be reviewed by the trust.",
    "The rate per head is published on page 4 of the report.",
    "Prices per barrel were discussed at the 2024 summit.",
]

#: (text, span, field): why the figure still gets it wrong
WRONG: dict[tuple[str, str, str], str] = {
}

(figures, test_field, test_every_figure_is_listed, test_every_wrong_case_is_a_row,
 test_names_without_figures) = figure_set_tests(FIGURES, FIELDS, WRONG, ANY, PUBLISHED, WITHOUT_FIGURES)


@pytest.mark.parametrize("text, span, field, want", [
    # the per-what right after the figure or its counted noun (``per_units``)
    ('Households in Brell pay 28p per kilowatt hour.', '28p', 'rate', 'kilowatt hour'),
    ('The clinic sees 14 patients per doctor.', '14', 'rate', 'doctor'),
    ('The clinic sees 14 patients per doctor each day.', '14', 'rate', 'day'),
    ('The suicide rate in Kessel was 11.2 per 100,000.', '11.2', 'rate', '100,000'),
    ('Asthma admissions reached 310 per 100,000 children in Velmar.', '310', 'rate', '100,000 children'),
    ('The fund paid out £2m a claim, a spokesman said.', '£2m', 'rate', 'claim'),
    ('The club sold 4,000 tickets a day before the match.', '4,000', 'rate', None),
    ('The scheme gave 3,000 people a chance to retrain.', '3,000', 'rate', None),
    ('The rise was £3m, per the ministry.', '£3m', 'rate', None),
    ('Sales rose to £3m per the ministry.', '£3m', 'rate', None),
    ('The Orrin club made £2m a year earlier.', '£2m', 'rate', None),
    ('The mill spent £6m a decade ago.', '£6m', 'rate', None),
    ('The county has 8.1 doctors per 10,000 people.', '8.1', 'rate', '10,000 people'),
    # one form of a source's name
    ('The Coastguard Agency said 14 boats were lost.', '14', 'according_to', 'Coastguard Agency'),
])
def test_mended_shape(nlp, text, span, field, want):
    """The shapes mended for this set, on sentences of their own."""
    figs = figures(nlp, text)
    found = {f.span.text: f for f in figs}
    assert span in found, list(found)
    assert field_of(figs, found[span], field) == want


def test_a_sum_per_pupil_is_never_one_measure_with_a_total(nlp):
    """Reconciliation keeps a sum per pupil apart from a total and from a sum per journey of the same doer, and puts two
    sums per pupil together ('The Harwick board spent £6,920 per pupil' in two papers; a third read it as a total)."""
    from sourcebook.model import Figure, Span
    from sourcebook.reconcile.measures import MeasureInput, build_measures

    def sum_of(article: str, rate: str | None, speaker: str) -> MeasureInput:
        figure = Figure(f"{article}1", Span(0, 6, "£6,920"), 6920, 6920, 6920, "exact", kind="money", unit="pounds",
                        predicate="spent", agent="Harwick board", rate=rate)
        return MeasureInput(f"{article}:{figure.id}", article, f"{article}.txt", figure, "2024-03-14",
                            speaker_id=speaker, agent="Harwick board", rate=rate)

    inputs = [sum_of("a", "pupil", "sp:board"), sum_of("b", "pupil", "sp:union"), sum_of("c", None, "sp:council"),
              sum_of("d", "journey", "sp:mayor")]
    groups = [{m.figure_id for m in measure.members} for measure in build_measures(inputs)]
    assert {"a:a1", "b:b1"} in groups
    assert not any("c:c1" in group and len(group) > 1 for group in groups)
    assert not any("d:d1" in group and len(group) > 1 for group in groups)
