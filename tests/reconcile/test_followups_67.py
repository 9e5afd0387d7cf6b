"""Follow-ups on figures' times and measures (issue 12), each on sentences written for these
tests: a blow's verb ("hit", "struck") that starts a running total only when a happening deals
it, a total reached "by" a day or a month, fiscal years by the country the article tells, a
forecast's month, the cause of a toll, and one source's revised counts.

Decisions. A count reached "by" a time ("By Friday, 300 had fled", "By March, 5,000 had fled")
is a total up to then: no start, its end the Friday or the month's end (no later than the
publication date when its verb is done), as a deadline still to come already was; the Friday
was read as the whole of that day, as if 300 fled on Friday. For the measures nothing changes: a
time with no start speaks of its end, as the day did. A fiscal year is named by the year it ends
in; with one country the article's words tell (the Pentagon, the NHS, Canberra) it is that
country's year (October, April, July); else the two calendar years it falls in, no month made up.
One source's two values that do not overlap for an unknown time ("40 dead", later "52 dead")
stay out of any single-source measure: that verdict says the copies repeat one count, and they
do not; they are no conflict either (one source) and, with no time, no change.

Counts on these 41 rows: before the mends 18 right; after them all 41. Mended: ``blow_verbs.txt``
and ``timex`` ("since the index hit a low in March" from March; "since the storm hit the coast on
Friday" from that Friday; "since the quake struck" from its onset); "damaged" counts only things
(``measures.json``: not the families a storm "hit"); ``timex`` and ``deadlines`` ("by Friday");
``fiscal`` with ``fiscal_countries.txt``; ``foreign_times`` with ``forecast_words.txt``;
``reconcile.measures.causes`` with ``cause_nouns.txt`` (the strict xfail of test_measures_67).
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_dates_66 import figure_time
from .test_measures_63 import _gold, _measures

JUN10 = "2034-06-10"  # Saturday
SEP10 = "2034-09-10"  # Sunday
JAN15 = "2031-01-15"  # Wednesday
MAR15 = "2031-03-15"  # Saturday

# (sentence, published, the figure's span, (time as written, start, end) or None)
TIMES = [
    # ---- (1) a blow dealt by a happening starts a running total; by anything else, only the day after it
    ("Shares in Corvel have gained 40% since the index hit a low in March.", JUN10, "40%",
     ("since the index hit a low in March", "2034-03-01", JUN10)),
    ("The Dravo index has risen 1,200 points since it hit a record low in March.", JUN10, "1,200",
     ("since it hit a record low in March", "2034-03-01", JUN10)),
    ("Some 300 workers have returned to the Harlow mill since the union struck a deal with the owners in May.",
     JUN10, "Some 300", ("since the union struck a deal with the owners in May", "2034-05-01", JUN10)),
    ("Prices in Ostry have risen 12% since inflation hit a peak in January.", JUN10, "12%",
     ("since inflation hit a peak in January", "2034-01-01", JUN10)),
    ("Sales of the Tarn bike have tripled to 90,000 since the firm struck a deal with the Velo chain.", JUN10,
     "90,000", None),
    ("Since the storm hit the coast on Friday, 4,000 people have fled Kell Bay.", JUN10, "4,000",
     ("Since the storm hit the coast on Friday", "2034-06-09", JUN10)),
    ("Rescuers have pulled 140 survivors from the rubble in Marrach since the quake struck Marrach on Friday.",
     JUN10, "140", ("since the quake struck Marrach on Friday", "2034-06-09", JUN10)),
    ("Since the quake struck, rescuers have pulled 140 survivors from the rubble in Marrach.", JUN10, "140",
     ("Since the quake struck", None, JUN10)),
    ("Since the floods hit, 2,000 people have been evacuated from Ostry.", JUN10, "2,000",
     ("Since the floods hit", None, JUN10)),
    ("Since the cyclone hit, 52 people have died along the Kell coast.", JUN10, "52",
     ("Since the cyclone hit", None, JUN10)),
    # ---- (2) a total reached "by" a day or a month: up to then, no start
    ("By Friday, 300 people had fled Luskmoor.", JAN15, "300", ("By Friday", None, "2031-01-10")),
    ("By March, 5,000 families had been rehoused in Brisklow.", JAN15, "5,000", ("By March", None, "2030-03-31")),
    ("By March, 5,000 families had been rehoused in Brisklow.", MAR15, "5,000", ("By March", None, MAR15)),
    ("By Tuesday evening, 70 villages in Drummel were cut off by the snow.", JAN15, "70",
     ("By Tuesday", None, "2031-01-14")),
    ("The army wants to evacuate 10,000 people from Luskmoor by Friday.", JAN15, "10,000",
     ("by Friday", None, "2031-01-17")),
    # ---- (3) fiscal years: the country's the article tells, else the two calendar years
    ("The Pentagon spent $840 billion in fiscal 2033, the Congressional Budget Office said.", JUN10,
     "$840 billion", ("in fiscal 2033", "2032-10-01", "2033-09-30")),
    ("Congress approved $12 billion for the Navy by fiscal 2033.", JUN10, "$12 billion",
     ("by fiscal 2033", None, "2033-09-30")),
    ("The NHS in England spent £12 billion on agency staff in the 2032-33 financial year.", JUN10, "£12 billion",
     ("in the 2032-33 financial year", "2032-04-01", "2033-03-31")),
    ("Canadian hospitals spent C$3 billion on agency nurses in FY2033, the health ministry in Ottawa said.", JUN10,
     "C$3 billion", ("in FY2033", "2032-04-01", "2033-03-31")),
    ("The Australian treasury spent A$20 billion on defence in FY2033.", JUN10, "A$20 billion",
     ("in FY2033", "2032-07-01", "2033-06-30")),
    ("Ostrander Glass made a profit of $40 million in fiscal 2033.", JUN10, "$40 million",
     ("in fiscal 2033", "2032-01-01", "2033-12-31")),
    ("In 2032-33, the Brannock council collected £80m in parking fees.", JUN10, "£80m",
     ("In 2032-33", "2032-01-01", "2033-12-31")),
    ("The Pentagon and the British defence ministry spent $9 billion on the jets in fiscal 2033.", JUN10,
     "$9 billion", ("in fiscal 2033", "2032-01-01", "2033-12-31")),  # two countries: the years
    # ---- (4) a forecast's month is when it was made
    ("The firm will cut 300 jobs, fewer than the 450 forecast in July.", SEP10, "450", None),
    ("The firm will cut 300 jobs, fewer than forecast in July.", SEP10, "300", None),
    ("Output will rise 2%, less than the 3% forecast in July.", SEP10, "3%", None),
    ("The state will borrow $9 billion this year, less than the $12 billion it forecast in July.", SEP10,
     "$9 billion", ("this year", "2034-01-01", "2034-12-31")),
    # a verb done: the month may be the figure's own, and stays where it was
    ("Exports rose 2% in August, less than the 3% forecast in July.", SEP10, "3%",
     ("in July", "2034-07-01", "2034-07-31")),
    ("The council will vote on 350 homes in October.", SEP10, "350", ("in October", "2034-10-01", "2034-10-31")),
]


@pytest.mark.parametrize(("sentence", "published", "span", "want"), TIMES)
def test_a_figures_time(nlp, sentence, published, span, want):
    assert figure_time(nlp, sentence, published, span) == want


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("homes", "hit", ("buildings", "damaged")),  # "The storm hit 300 homes"
        ("hospitals", "struck", ("hospitals", "damaged")),
        ("families", "hit", None),  # "The pay freeze hit 2,000 families": no damage counted
        ("people", "struck", None),  # "The virus struck 300 people"
    ],
)
def test_damage_is_done_to_things(unit, predicate, key):
    assert count_kind(unit, predicate, 300) == key


# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- (5) the cause of a toll: two kinds, two tolls; one kind in other words, one toll
    ("quake and aftershock", [
        ("a", "2034-03-06", "An earthquake killed 57 people in Marrach on Friday, the interior ministry said."),
        ("b", "2034-03-06", "A strong aftershock killed nine people in Marrach on Sunday, the interior ministry "
                            "said."),
    ], []),
    ("quake and earthquake", [
        ("a", "2034-03-04", "An earthquake killed 57 people in Marrach on Friday, the interior ministry said."),
        ("b", "2034-03-06", "The quake has killed 80 people in Marrach, the interior ministry said on Monday."),
    ], [("changed_over_time", {"a:57", "b:80"})]),
    ("wildfire and blaze", [
        ("a", "2034-08-06", "A wildfire destroyed 40 homes in Pellowby on Sunday, the fire service said."),
        ("b", "2034-08-08", "The blaze in Pellowby has destroyed 95 homes, the fire service said on Tuesday."),
    ], [("changed_over_time", {"a:40", "b:95"})]),
    ("fire and explosion in one port", [
        ("a", "2034-08-06", "A fire killed four people at the Harrow docks on Sunday, the police said."),
        ("b", "2034-08-08", "An explosion killed 11 people at the Harrow docks on Tuesday, the police said."),
    ], []),
    ("a toll with no cause joins one with", [
        ("a", "2034-03-04", "At least 20 people died in Marrach on Friday, the interior ministry said."),
        ("b", "2034-03-06", "The earthquake has killed 80 people in Marrach, the interior ministry said on Monday."),
    ], [("changed_over_time", {"a:At least 20", "b:80"})]),
    # ---- (6) one source's revised counts with no date: no single-source measure
    ("revised in one undated article", [
        ("a", None, "The floods have killed 40 people in Ostry, the police said. On Tuesday evening the police "
                    "said the floods had killed 52 people in Ostry."),
    ], []),
    ("revised in a later undated article of one outlet", [
        ("a", None, "The floods have killed 40 people in Ostry, the police said."),
        ("b", None, "The floods have killed 52 people in Ostry, the police said."),
    ], []),
    ("the same count in two undated articles", [
        ("a", None, "The floods have killed 40 people in Ostry, the police said."),
        ("b", None, "The floods have killed 40 people in Ostry, the police said on the radio."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)
