"""A second reader's check of the sixty-seventh pass's first wave of figure, date and measure rules (helpers E and
F): sentences the rules were not written for, near-misses where they must not fire and true cases worded otherwise.
Every sentence is written for this file, with made-up names and places; the paper's day is a Wednesday.

What this reading found (on main before this pass's mends): ``figures.contest_results`` fine where it reaches
('Results showed 18,902 votes', 'The count showed 4,000 votes', 'The ministry recorded 12 deaths' keep their
sources), but a result counted by a verb that the attribution records also read ('The Greens recorded 14 wins')
keeps its subject as the source. ``figures.circumstances`` over-fired on a verb that reports a topic: 'The charity
warned of hunger during a drought affecting 2 million people' and 'The agency warned of shortages because 40% of
wells had dried up' lost the charity and the agency (2 of 6 wrong); mended in ``circumstances``: a verb with an
'of' or 'about' phrase keeps its report, as one with a clause did. ``figures.score_ranges`` fine (a range in per
cent or with a counted noun after a word of winning or losing stays a figure). ``figures.race_times`` fine (a
time in parts gives no figure its time; a day after it still does). ``figures.played_seasons`` fine ('the rainy
season' and 'Season tickets' are no times). ``figures.located`` fine. ``figures.days`` fine on 'overnight' (not
'the overnight rate', 'an overnight curfew'), 'of 2019' (not 'the class of 2019', 'the storm of criticism'),
'between Monday and Wednesday' (not 'between 9 and 5') and 'since Friday's quake'; 'since the index hit a low in
March' read 'since the index hit' with no start where main before the wave read 'in March' (mended by helper O:
it now runs from March), and 'As of
Sunday's count' and 'the previous day' opening a clause after another day are not read. The rescued count's new
'pulled' and 'pulled out' (``measures.json``) over-fire: 'pulled 12 bodies from the rubble', 'pulled out 300
troops' (as combatants) and 'pulled 40 staff off the project' are counted as rescued; kept as strict xfails (the unit
classes cannot tell bodies from survivors, and dropping the bare verbs loses the running totals they were added
for). Of the 54 checks here, 45 passed on main and 47 pass with the mend (7 strict xfails); ``evaluate figures``
stays 414/414, 555 and 311 matched. Pass 67b mended the bodies (the rescued class ``excludes`` the dead,
``test_followups_67b``): 48 pass, 6 strict xfails; pass 68 the troops pulled out (``test_followups_68``)."""

from __future__ import annotations

import pytest

from .rows import count_kind, field_row_tests
from .test_dates_66 import _figures, figure_at

#: a Wednesday
PUBLISHED = "2034-03-08"


def _figure(nlp, sentence: str, span: str):
    return figure_at(nlp, sentence, PUBLISHED, span)


#: (sentence, figure's span, field, wanted value)
ROWS = [
    # a contest's result: near-misses that keep their source, and true cases
    ("Results showed 18,902 votes for Reed.", "18,902", "according_to", "Results"),
    ("The count showed 4,000 votes for the Greens.", "4,000", "according_to", "count"),
    ("The ministry recorded 12 deaths in Brell.", "12", "according_to", "ministry"),
    ("The survey showed 40% support for the plan.", "40%", "according_to", "survey"),
    ("Official figures show 1,200 votes were spoiled.", "1,200", "according_to", "Official figures"),
    ("Kelby Town have conceded 31 goals in 12 games.", "31", "according_to", None),
    ("Hale polled 9,114 votes in Orwell West.", "9,114", "according_to", None),
    ("The Greens recorded 14 wins this season.", "14", "according_to", None),
    # a figure in a phrase of time or cause: the verb's report keeps it when it reports a topic or a clause (mended)
    ("The charity warned of hunger during a drought affecting 2 million people.", "2 million", "according_to",
     "charity"),
    ("The agency warned of shortages because 40% of wells had dried up.", "40%", "according_to", "agency"),
    ("The WHO said, despite 200 new cases, that the outbreak was slowing.", "200", "according_to", None),
    ("Police said 40 people were arrested after the match.", "40", "according_to", "Police"),
    ("The mayor spoke before a crowd of 3,000 in Brell.", "3,000", "according_to", None),
    ("Reed conceded after trailing by 4,200 votes.", "4,200", "according_to", None),
    # ranges near a word of winning or losing stay figures
    ("After the win, prices rose 2-3 per cent in Kelby.", "2-3", "kind", "percent"),
    ("Since the defeat, attendance has fallen by 10-15 per cent.", "10-15", "kind", "percent"),
    ("The party won 3-5 seats in the north.", "3-5", "unit", "seats"),
    # a time in parts, and a day beside it
    ("The rescue took 3 hours 41 minutes on Tuesday.", "41", "kind", "duration"),
    ("The rescue took 3 hours 41 minutes on Tuesday.", "3", "time", "on Tuesday"),
    ("Varga won the 10,000m in 27 minutes 31 seconds in Brell on Sunday.", "31", "time", "on Sunday"),
    ("The ferry crossing takes 2 hours 10 minutes and carried 300 passengers on Monday.", "300", "time", "on Monday"),
    # seasons
    ("Sales of umbrellas rose 30% in the rainy season.", "30%", "time", None),
    ("Season tickets will cost \u00a3520.", "\u00a3520", "time", None),
    ("Flu cases doubled this season, the health board said.", "doubled", "time", "this season"),
    # places after a preposition of place
    ("Officials from Kelby said 40 homes in Brell were flooded.", "40", "place", "Brell"),
    ("Brell Rovers beat Kelby 3-1 in front of 12,000 fans at Holm Park.", "12,000", "place", "Holm Park"),
    # days
    ("Since the quake struck on Sunday, 140 people have been pulled from the rubble.", "140", "time_start",
     "2034-03-05"),
    ("Since the quake struck on Sunday, 140 people have been pulled from the rubble.", "140", "time_end", PUBLISHED),
    ("Since Friday's quake, 90 people have died in Marrach.", "90", "time_start", "2034-03-03"),
    ("Since the start of the rains, 2,300 people have been displaced.", "2,300", "time_end", PUBLISHED),
    ("Rain fell overnight and 40 homes were flooded in Brell.", "40", "time_start", "2034-03-07"),
    ("The overnight rate rose to 4.5%.", "4.5%", "time", None),
    ("An overnight curfew kept 2,000 people indoors.", "2,000", "time", None),
    ("The floods of 2019 killed 160 people in Brell.", "160", "time_start", "2019-01-01"),
    ("The class of 2019 raised \u00a340,000.", "\u00a340,000", "time", None),
    ("The storm of criticism cost the minister 12 points in the polls.", "12", "time", None),
    ("Between Monday and Wednesday, 60 people were rescued in Brell.", "60", "time_start", "2034-03-06"),
    ("The shop is open between 9 and 5 and sold 300 loaves.", "300", "time", None),
    ("The toll rose to 31 on Tuesday from 12 the previous day.", "12", "time_start", "2034-03-06"),
    ("Prices have risen 8% since the company opened its Brell store.", "8%", "time_end", PUBLISHED),
    # 'hit' is an onset only after a happening's noun, else from the day or month after it (helper O's ``blow_verbs``)
    ("Shares have gained 12% since the index hit a low in March.", "12%", "time_start", "2034-03-01"),
    # 'the previous day' opening a clause counts from the day named before it (since test_dates_68_history)
    ("The river peaked on Monday; the previous day 12 homes were flooded.", "12", "time_start", "2034-03-05"),
    # still wrong
    ("As of Sunday's count, 230 people had died.", "230", "time_start", "2034-03-05"),
]

#: (sentence, span, field): why it is still wrong
WRONG = {
    ("The Greens recorded 14 wins this season.", "14", "according_to"):
        "the attribution records read 'recorded' with its subject, and a figure inside a record takes its source"
        " before ``contest_results`` (which reads the parse) is asked",
    ("As of Sunday's count, 230 people had died.", "230", "time_start"):
        "'as of' before a possessive weekday is left out (``days``: 'Sunday's' names a thing of that day), though"
        " a count's day is the count's",
}


test_a_figures_field, test_every_wrong_case_is_a_row = field_row_tests(ROWS, WRONG, _figure)


@pytest.mark.parametrize("sentence", ["Kelby drew 1-1 with Brell on Saturday.", "The hosts lost 0-2 at home."])
def test_a_score_is_no_figure(nlp, sentence):
    assert _figures(nlp, sentence, PUBLISHED) == ()


@pytest.mark.parametrize(("unit", "predicate", "key"), [
    ("survivors", "dug out", ("people", "rescued")),
    ("people", "pulled", ("people", "rescued")),
    ("cars", "pulled", None),
    ("computers", "infected", None),
    ("people", "infected", ("people", "infected")),
    ("bodies", "pulled", None),  # the rescued class 'excludes' the dead (mended in pass 67b)
    ("troops", "pulled out", None),  # the rescued class's 'excludes_with' (mended in pass 68)
    pytest.param("staff", "pulled", None, marks=pytest.mark.xfail(
        strict=True, reason="'pulled 40 staff off the project' is counted as people rescued")),
])
def test_what_a_pull_counts(unit, predicate, key):
    assert count_kind(unit, predicate) == key
