"""Follow-ups on the second wave's figure and measure reports (pass 67b), each on sentences written for these
tests with made-up names and places; the paper's day is a Wednesday.

Decisions. The dead are no survivors: a happening may name counted nouns it cannot count though their class is one
it applies to (``measures.json``: the rescued class ``excludes`` 'bodies', 'corpses', 'remains'), so 'pulled 12
bodies from the rubble' counts no rescue while 'pulled 12 survivors' still does. 'pulled out 300 troops' (a
withdrawal) and 'pulled 40 staff off the project' are left: the counted noun's class cannot tell them from
'pulled 300 miners out', and a class of its own for the verb would part them from every other rescue (pass 68
mended the troops: the rescued class's ``excludes_with``, ``test_followups_68``). A time
written 'the previous day' after a number is no counted noun ('rose to 31 on Tuesday from 12 the previous day': the
toll's people, not 12 days). A singular noun after a count that is the parse's root or a forecast's word is a verb
read as a noun (``figures.misread_nouns``: 'Some 30 staff work at the plant', 'the 450 forecast in July'). A place
that is the whole of the figure's time ('in FY2035') is no place. 'Doctors saw 45 children' keeps the doctors as
the source: PolNeAR marks 'saw' with an object as a cue ('saw the incident'), and the attribution records follow it.

Counts on these 28 rows and 6 checks of the classes: on main before the mends 19 rows and 4 checks right; after
them 25 rows (3 strict xfails) and all 6 checks.
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


#: (sentence, figure's span, field, wanted value); the field "measure" is (unit class, happening) or None
ROWS = [
    # what a pull counts: the dead are not rescued
    ("Rescuers pulled 12 bodies from the rubble in Varn on Monday.", "12", "measure", None),
    ("The recovery teams pulled out 25 corpses from the mine.", "25", "measure", None),
    ("Rescuers pulled 12 survivors from the rubble in Varn on Monday.", "12", "measure", ("people", "rescued")),
    ("Firefighters pulled 3 children from the burning house in Ilm.", "3", "measure", ("people", "rescued")),
    ("Crews have pulled 140 people alive from collapsed homes since the quake.", "140", "measure",
     ("people", "rescued")),
    ("Since the storm, 60 people have been pulled from floodwaters in Drea.", "60", "measure", ("people", "rescued")),
    ("The army pulled out 300 troops from the border town of Kessel.", "300", "measure", None),
    ("The firm pulled 40 staff off the Brandt project last week.", "40", "measure", None),
    ("Divers pulled the bodies of 9 migrants from the river near Osk.", "9", "measure", None),
    # a time after the number is no counted noun
    ("The toll rose to 31 on Tuesday from 12 the previous day.", "12", "measure", ("people", "killed")),
    ("The toll rose to 31 on Tuesday from 12 the previous day.", "31", "kind", "count"),
    ("The toll rose to 31 on Tuesday from 12 the previous day.", "12", "time_start", "2034-03-06"),
    ("Deaths climbed to 19 on Monday from 15 on Sunday.", "15", "measure", ("people", "killed")),
    ("The trial of the Orrin brothers lasted 12 days.", "12", "kind", "duration"),
    # a verb read as a noun after the count
    ("Some 30 staff work at the plant in Tarn.", "Some 30", "unit", "staff"),
    ("About 400 people work at the Holm factory.", "About 400", "unit", "people"),
    ("Some 30 staff worked at the plant until it closed.", "Some 30", "unit", "staff"),
    ("Sales were 380, fewer than the 450 forecast in July.", "450", "unit", None),
    ("Output was 300 tonnes, short of the 420 predicted in May.", "420", "unit", None),
    ("Brell Mills announced 300 job cuts on Monday.", "300", "unit", "cuts"),
    # a time that is a name is no place
    ("The company expects revenue of A$20 billion in FY2035.", "A$20 billion", "place", None),
    ("The company expects revenue of A$20 billion in FY2035.", "A$20 billion", "time", "in FY2035"),
    ("Since the Kessel quake, 90 people have died in Kessel.", "90", "place", "Kessel"),
    ("The party won 40 seats in Brell in May.", "40", "place", "Brell"),
    # 'saw' with an object is a cue, as PolNeAR marks it
    ("Doctors saw 45 children with burns at the Kell clinic.", "45", "according_to", "Doctors"),
    ("Police said 40 people were pulled from the river.", "40", "according_to", "Police"),
    ("Police said 40 people were pulled from the river.", "40", "measure", ("people", "rescued")),
    ("Rescuers saved 12 soldiers from the barracks in Merrow.", "12", "measure", ("combatants", "rescued")),
]

#: (sentence, span, field): why it is still wrong
WRONG = {
    ("The firm pulled 40 staff off the Brandt project last week.", "40", "measure"):
        "'pulled 40 staff off' reads as a rescue of people: the figure keeps no 'off' or 'from' phrase to tell it",
    ("Divers pulled the bodies of 9 migrants from the river near Osk.", "9", "measure"):
        "the counted noun is 'migrants' after 'the bodies of': the dead are in the noun before the number",
}


def _get(figure: Figure, field: str):
    return _measure(figure) if field == "measure" else getattr(figure, field)


test_a_figures_field, test_every_wrong_case_is_a_row = field_row_tests(ROWS, WRONG, _figure, _get)


@pytest.mark.parametrize(("unit", "predicate", "key"), [
    ("bodies", "pulled from the rubble", None),
    ("bodies", "rescued", None),
    ("corpses", "pulled out", None),
    ("bodies", "found dead", ("people", "killed")),
    ("survivors", "pulled", ("people", "rescued")),
    ("miners", "pulled out", ("people", "rescued")),
])
def test_the_dead_are_not_rescued(unit, predicate, key):
    assert count_kind(unit, predicate) == key
