"""Follow-ups the last pass left on figures and measures (pass 68), each on sentences written for these tests with
made-up names and places; the paper's day is a Wednesday.

Decisions. Withdrawn troops are not rescued people: a happening may name counted nouns that one of its words
cannot count (``measures.json``: the rescued class's ``excludes_with`` gives 'pulled' and 'pulled out' troops,
forces, peacekeepers, diplomats, envoys and personnel), so 'pulled out 300 troops' counts no rescue while 'rescued
40 troops' and 'pulled 30 soldiers from the rubble' still do; 'pulled 450 soldiers out of the valley' and 'pulled
40 staff off the project' are left (soldiers and staff are pulled from rubble as often). A firm's fiscal year is
its own, whatever government the article names (``figures.fiscal.firm_source``: 'Harlow Systems, a supplier to the
Pentagon' keeps the two calendar years, the Pentagon's own figure its October year). 'The next day', 'the
following morning' and 'the day before' step from the last single day written before them, in their sentence or
the few before (``figures.relative_days``), and with none the day is unknown, not tomorrow. The subject of a verb
of seeing that can keep a count, a person's noun or a named person, body or facility, is a figure's source
(``figures.counters``: 'Nurses at Kellbrook Hospital saw 212 cases', as PolNeAR marks 'saw' with an object as a
cue; not 'The city saw 300 homicides', nor the place 'The hospital in Tarn saw 90 people'), and a common noun's
'at' phrase with a name is part of it, as in the attribution records ('Volunteers at the Orrin shelter'). A deed
of care stays no one's count ('The clinic treated 80 patients', as test_figures_64 and test_figures_67_health
decided).

Counts on these 33 rows and 8 checks of the classes: on main before the mends 15 rows and 7 checks right; after them
31 rows (2 strict xfails) and all 8 checks.
"""

from __future__ import annotations

import pytest

from sourcebook.model import Figure
from sourcebook.reconcile.classes import classes
from sourcebook.reconcile.measures.items import Classifier

from .rows import count_kind, field_row_tests
from .test_dates_66 import figure_at

#: a Wednesday
PUBLISHED = "2034-03-08"

_CLASSIFIER: list[Classifier] = []


def _figure(nlp, sentence: str, span: str):
    return figure_at(nlp, sentence, PUBLISHED, span)


def _measure(figure: Figure):
    if not _CLASSIFIER:
        _CLASSIFIER.append(Classifier(classes()))
    identity = _CLASSIFIER[0].identity(figure, None)
    return identity and (identity[0][0], identity[1][0])


def _get(figure: Figure, field: str):
    if field == "measure":
        return _measure(figure)
    if field == "dates":
        return (figure.time_start, figure.time_end)
    return getattr(figure, field)


#: (sentence, figure's span, field, wanted value); "measure" is (unit class, happening) or None, "dates" (start, end)
ROWS = [
    # 1. withdrawn troops are no rescue
    ("The army pulled out 300 troops from the border town of Kessel.", "300", "measure", None),
    ("The government pulled out 120 diplomats from its embassy in Tarsk.", "120", "measure", None),
    ("Orvania pulled 450 soldiers out of the disputed valley on Tuesday.", "450", "measure", None),
    ("The firm pulled 40 staff off the Brandt project last week.", "40", "measure", None),
    ("Rescuers pulled 30 soldiers from the rubble of the barracks in Merrow.", "30", "measure",
     ("combatants", "rescued")),
    ("Coastguards rescued 40 troops from a sinking landing craft off Brell.", "40", "measure",
     ("combatants", "rescued")),
    ("Rescuers pulled 12 survivors from the rubble in Varn on Monday.", "12", "measure", ("people", "rescued")),
    # 2. a firm's fiscal year is its own
    ("Harlow Systems, a supplier to the Pentagon, said revenue rose 8% in fiscal 2033.", "8%", "dates",
     ("2032-01-01", "2033-12-31")),
    ("Harlow Systems said revenue rose 8% in fiscal 2033. The company sells radios to the Pentagon.", "8%", "dates",
     ("2032-01-01", "2033-12-31")),
    ("Brackwell Ltd, which supplies the NHS, said profit fell 3% in the 2032-33 financial year.", "3%", "dates",
     ("2032-01-01", "2033-12-31")),
    ("The Pentagon said spending on ships rose 8% in fiscal 2033.", "8%", "dates", ("2032-10-01", "2033-09-30")),
    ("The NHS said waiting lists grew 5% in the 2032-33 financial year.", "5%", "dates",
     ("2032-04-01", "2033-03-31")),
    ("The Treasury said borrowing in Britain fell 4% in the 2032-33 financial year.", "4%", "dates",
     ("2032-04-01", "2033-03-31")),
    # 3. a day told from a dated event
    ("The storm hit Varn on March 1. The next day, 40 homes were still without power.", "40", "dates",
     ("2034-03-02", "2034-03-02")),
    ("The dam burst on Monday. The following morning, 300 people were evacuated from Ilm.", "300", "dates",
     ("2034-03-07", "2034-03-07")),
    ("The march was held in Dessary on Saturday. Police had arrested 12 people the day before.", "12", "dates",
     ("2034-03-03", "2034-03-03")),
    ("The factory closed on May 2, 2033, and 200 workers were laid off the next day.", "200", "dates",
     ("2033-05-03", "2033-05-03")),
    ("The quake struck on Sunday. The next day, rescuers pulled 40 survivors from the rubble.", "40", "dates",
     ("2034-03-06", "2034-03-06")),
    ("The quake struck on Sunday. The next day, rescuers pulled 40 survivors from the rubble. The following "
     "morning, they found 12 more.", "12", "dates", ("2034-03-07", "2034-03-07")),
    ("Shops in Tarn reopened the next day with 40 staff.", "40", "dates", (None, None)),
    ("Officials said 90 homes would be rebuilt by next year.", "90", "time", "next year"),
    ("The council will vote on 350 homes the day before the budget.", "350", "time", None),
    # 4. who counted what they saw
    ("Nurses at Kellbrook Hospital saw 212 cases last week.", "212", "according_to", "Nurses at Kellbrook Hospital"),
    ("Nurses saw 212 cases last week.", "212", "according_to", "Nurses"),
    ("Kellbrook Hospital saw 212 cases last week.", "212", "according_to", "Kellbrook Hospital"),
    ("Volunteers at the Orrin shelter counted 340 rough sleepers on Tuesday.", "340", "according_to",
     "Volunteers at the Orrin shelter"),
    ("Doctors saw 45 children with burns.", "45", "according_to", "Doctors"),
    ("Staff at the Orrin shelter saw 90 people on Tuesday.", "90", "according_to", "Staff at the Orrin shelter"),
    ("The clinic treated 80 patients on Sunday.", "80", "according_to", None),
    ("The hospital in Tarn saw 90 people with flu last week.", "90", "according_to", None),
    ("The city saw 300 homicides last year.", "300", "according_to", None),
    ("March saw 40 storms in the north.", "40", "according_to", None),
    ("The match saw 40,000 fans in Brell.", "40,000", "according_to", None),
]

#: (sentence, span, field): why it is still wrong
WRONG = {
    ("Orvania pulled 450 soldiers out of the disputed valley on Tuesday.", "450", "measure"):
        "'pulled' with soldiers is as often a rescue from rubble: the figure keeps no 'out of' phrase to tell a"
        " withdrawal by",
    ("The firm pulled 40 staff off the Brandt project last week.", "40", "measure"):
        "'pulled 40 staff off' reads as a rescue of people: staff are pulled from burning buildings too, and the"
        " figure keeps no 'off' phrase",
}


test_a_figures_field, test_every_wrong_case_is_a_row = field_row_tests(ROWS, WRONG, _figure, _get)


@pytest.mark.parametrize(("unit", "predicate", "key"), [
    ("troops", "pulled out", None),
    ("forces", "pulled", None),
    ("diplomats", "pulled out", None),
    ("troops", "rescued", ("combatants", "rescued")),
    ("troops", "pulled from the rubble", ("combatants", "rescued")),
    ("soldiers", "pulled", ("combatants", "rescued")),
    ("miners", "pulled out", ("people", "rescued")),
    ("bodies", "pulled", None),
])
def test_what_a_withdrawal_counts(unit, predicate, key):
    assert count_kind(unit, predicate) == key
