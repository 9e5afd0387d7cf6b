"""Measures across articles on disasters (issue 12's "cross-article verdicts that compare unrelated numbers"), a
ninth check on written stories: a quake's toll that rises over four days from two bodies (changed over time), the
dead, the injured and the missing of one landslide each told by two bodies (three measures that agree), missing
people found, evacuees counted by two bodies (agreeing within the qualifier, or a conflict when the ranges do not
overlap: "about 2,000" against 5,400, as the 70 crowds set decided for the police and the organisers), homes
destroyed told twice, an area burned over days, and a quake's magnitude from two agencies (6.4 and 6.2: a conflict,
two exact readings of one quake); and the look-alikes that must never be compared: homes destroyed and homes
damaged, people evacuated and people displaced, a town's toll and its province's, the dead and the injured of one
tornado, damage and insured losses, aftershocks and the dead, rain in two towns, people rescued and people evacuated.
Each story is 2-3 dated articles with the hand gold: the figures (article:number as written) that form one measure,
and its verdict. Sentences, places and names written for these tests.

Evacuees are no count of the displaced. An evacuation is the authorities' count of the people they moved out of a
danger, often for a night; a displaced count (an agency's) also holds those who fled on their own and those whose
homes were lost. Read as one happening (as ``measures.json`` had it), 6,000 people evacuated from a town and 9,500
displaced in it were a conflict that no source disputes; now 'evacuated' is a happening of its own (two rows of the
68 review set that read it as displaced now read it as evacuated). A magnitude is a figure (``test_figures_71_disasters``
says why) and a measure of its own: its noun is its happening, whatever the verb ('struck', 'had a magnitude of'),
an event of the quake's day, so the cause named with it keeps a quake's magnitude apart from an aftershock's
(``reconcile.measures.causes``).

Counts on the 16 stories written before counting (10 gold measures in 8 stories; 8 stories with none): before this
set 9 measures right in group and verdict, 1 missed (the magnitudes: 'had a magnitude of 6.2' had no unit, and no
magnitude took part in a measure), 1 false comparison (6,000 evacuated against 9,500 displaced: a conflict), no wrong
verdict, 7 of 8 kept apart; after it 10 right, none missed, none false, 8 of 8 kept apart. Fixed: a magnitude after
'a magnitude of' (``figures.build``) and magnitudes as a unit with their own happening, measured (``measures.json``);
evacuated people as a happening apart from the displaced (``measures.json``). Three stories were written after the
mends to check them (the last three): on main all three passed, the quake's magnitude against an aftershock's only
because no magnitude took part in a measure; with the magnitudes first read as a stock (a state, grouped with no
cause) the two were joined as changed over time, so the happening is an event; now all three pass. The other measure
and date sets, the event corpora's gold and the figure sets are unchanged but for the two rows of the 68 review set.
"""

from __future__ import annotations

import pytest

from sourcebook.model import Figure, Span
from sourcebook.reconcile.measures import build_measures
from sourcebook.reconcile.measures.items import MeasureInput

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- a toll over days and from two bodies
    ("quake toll rising over four days", [
        ("a", "2038-03-02", "The earthquake killed 38 people in Solvane province, the interior ministry said on "
                            "Tuesday."),
        ("b", "2038-03-03", "The death toll from the Solvane earthquake has risen to 97, the interior ministry said on "
                            "Wednesday."),
        ("c", "2038-03-05", "At least 160 people died in the earthquake in Solvane province, the civil protection "
                            "agency said on Friday."),
    ], [("changed_over_time", {"a:38", "b:97", "c:At least 160"})]),
    ("landslide dead, injured and missing from two bodies", [
        ("a", "2038-05-10", "The landslide in Merrow Cross killed 11 people and injured 26 others on Monday, the "
                            "regional governor said. Fourteen people are missing."),
        ("b", "2038-05-10", "Eleven people died and 26 were injured in the landslide at Merrow Cross on Monday, the "
                            "fire service said. At least 14 people are still missing."),
    ], [("agree", {"a:11", "b:Eleven"}), ("agree", {"a:26", "b:26"}), ("agree", {"a:Fourteen", "b:At least 14"})]),
    ("missing falling as people are found", [
        ("a", "2038-06-07", "Forty people are missing after the dam burst at Lornway, the police said on Monday."),
        ("b", "2038-06-09", "Twenty-two people are still missing after the dam burst at Lornway, the police said on "
                            "Wednesday."),
    ], [("changed_over_time", {"a:Forty", "b:Twenty-two"})]),
    # ---- evacuees: overlapping ranges agree, far apart conflict
    ("evacuees round vs exact", [
        ("a", "2038-08-16", "Around 5,000 people were evacuated from Casmoor on Monday, the fire service said."),
        ("b", "2038-08-16", "The county said 5,320 people were evacuated from Casmoor on Monday."),
    ], [("agree", {"a:Around 5,000", "b:5,320"})]),
    ("evacuees police vs ministry far apart", [
        ("a", "2038-08-16", "Police said about 2,000 people had been evacuated from Casmoor on Monday."),
        ("b", "2038-08-16", "The interior ministry said 5,400 people were evacuated from Casmoor on Monday."),
    ], [("conflict", {"a:about 2,000", "b:5,400"})]),
    # ---- buildings
    ("homes destroyed two sources", [
        ("a", "2038-03-04", "About 1,200 homes were destroyed by the earthquake in Solvane province, the interior "
                            "ministry said on Thursday."),
        ("b", "2038-03-04", "The quake in Solvane province destroyed 1,180 homes, the Red Crescent said on Thursday."),
    ], [("agree", {"a:About 1,200", "b:1,180"})]),
    # ---- an area burned over days
    ("hectares burned rising", [
        ("a", "2038-08-16", "The fire north of Casmoor has burned 8,000 hectares, the forestry agency said on "
                            "Monday."),
        ("b", "2038-08-18", "The fire north of Casmoor has now burned 12,000 hectares, the forestry agency said on "
                            "Wednesday."),
    ], [("changed_over_time", {"a:8,000", "b:12,000"})]),
    # ---- a quake's size from two agencies
    ("magnitude from two agencies", [
        ("a", "2038-03-01", "A magnitude 6.4 earthquake struck Solvane province on Monday, the geological survey "
                            "said."),
        ("b", "2038-03-01", "The earthquake that struck Solvane province on Monday had a magnitude of 6.2, the "
                            "national seismology institute said."),
    ], [("conflict", {"a:6.4", "b:6.2"})]),
    # ---- traps: never compared
    ("homes destroyed vs damaged", [
        ("a", "2038-03-04", "The earthquake destroyed 1,200 homes in Solvane province, the interior ministry said."),
        ("b", "2038-03-04", "The earthquake damaged 1,250 homes in Solvane province, the governor said."),
    ], []),
    ("evacuated vs displaced", [
        ("a", "2038-04-11", "Authorities evacuated 6,000 people from Drennock on Sunday as the river rose, the mayor "
                            "said."),
        ("b", "2038-04-11", "The floods have displaced 9,500 people in Drennock, the Red Cross said on Sunday."),
    ], []),
    ("a town's toll vs the province's", [
        ("a", "2038-04-13", "The floods killed nine people in Tiverly, the mayor said on Tuesday."),
        ("b", "2038-04-13", "Floods have killed 31 people across Velmora province, the regional government said on "
                            "Tuesday."),
    ], []),
    ("dead vs injured, the same number", [
        ("a", "2038-05-21", "The tornado killed 12 people in Fenwold on Friday, the police said."),
        ("b", "2038-05-21", "Twelve people were injured by the tornado in Fenwold on Friday, the hospital said."),
    ], []),
    ("damage vs insured losses", [
        ("a", "2038-09-13", "Damage from Hurricane Delphine was estimated at $2bn, the governor's office said on "
                            "Monday."),
        ("b", "2038-09-13", "Insured losses from Hurricane Delphine could reach $800m, the broker Vennick Re said on "
                            "Monday."),
    ], []),
    ("aftershocks vs dead", [
        ("a", "2038-03-02", "More than 150 aftershocks have shaken Solvane province since Saturday, the observatory "
                            "said on Tuesday."),
        ("b", "2038-03-02", "The Solvane earthquake has killed 150 people, the health ministry said on Tuesday."),
    ], []),
    ("rain in two towns", [
        ("a", "2038-10-04", "Tarrowby recorded 200mm of rain in 24 hours, the weather service said on Sunday."),
        ("b", "2038-10-04", "Brookhame recorded 120mm of rain on Sunday, the weather service said."),
    ], []),
    ("rescued vs evacuated", [
        ("a", "2038-10-05", "Coastguard crews rescued 312 people from rooftops in Harkmouth on Saturday, the "
                            "coastguard said."),
        ("b", "2038-10-05", "About 300 people were evacuated from Harkmouth on Saturday, the council said."),
    ], []),
    # ---- written after the mends, to check them
    ("evacuees vs people who fled", [
        ("a", "2038-08-23", "Police evacuated 2,400 people from Orlick on Tuesday as the fire spread, the county "
                            "said."),
        ("b", "2038-08-23", "About 7,000 people have fled their homes around Orlick since the fire began, the Red "
                            "Cross said on Tuesday."),
    ], []),
    ("a quake's magnitude vs an aftershock's", [
        ("a", "2038-03-01", "A magnitude 6.4 earthquake struck Solvane province on Monday, the geological survey "
                            "said."),
        ("b", "2038-03-02", "A magnitude 5.1 aftershock struck Solvane province on Tuesday, the geological survey "
                            "said."),
    ], []),
    ("evacuees rising", [
        ("a", "2038-08-22", "About 1,500 people have been evacuated from Orlick since the fire began, the county said "
                            "on Monday."),
        ("b", "2038-08-24", "The county said on Wednesday that 4,800 people had been evacuated from Orlick since the "
                            "fire began."),
    ], [("changed_over_time", {"a:About 1,500", "b:4,800"})]),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("magnitude", "struck", ("magnitudes", "measured")),  # the noun is the happening, whatever the verb
        ("magnitude", "had", ("magnitudes", "measured")),
        ("people", "evacuated", ("people", "evacuated")),  # not displaced
        ("residents", "evacuate", ("people", "evacuated")),
        ("people", "displaced", ("people", "displaced")),
        ("people", "fled", ("people", "displaced")),
        ("homes", "destroyed", ("buildings", "destroyed")),
        ("homes", "damaged", ("buildings", "damaged")),
        ("hectares", "burned", ("area", "burned")),
    ],
)
def test_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 400) == key


# --------------------------------------------------------------------------- an article's own figure beside one it attributes


def _figure(article: str, number: str, value: float, unit: str, predicate: str, according_to: str | None):
    figure = Figure(id=f"f{number}", span=Span(0, len(number), number), value=value, low=value, high=value,
                    qualifier="exact", kind="count", unit=unit, predicate=predicate, place="Varrick",
                    time="2038-04-03", according_to=according_to)
    return MeasureInput(f"{article}:{number}", article, f"{article}.txt", figure, "2038-04-03")


def test_an_article_does_not_contradict_the_source_it_reports():
    """Added at the merge: the orvane-quake event corpus showed the agency's 'magnitude 6.4 earthquake' in conflict with
    the same article's own 'Several aftershocks above magnitude 4 followed' once magnitudes became a measure. An
    article's own figure that does not overlap one it attributes counts something else and takes no part in the
    measure (``verdicts._own_asides``); the other article's reading of the quake still agrees."""
    items = [_figure("a", "6.4", 6.4, "magnitude", "measured", "geological survey"),
             _figure("a", "4", 4, "magnitude", "measured", None),
             _figure("b", "6.4", 6.4, "magnitude", "measured", "weather agency")]
    measures = build_measures(items)
    assert [m.verdict for m in measures] == ["agree"]
    assert {x.figure_id for x in measures[0].members} == {"a:6.4", "b:6.4"}


def test_two_named_sources_in_one_article_still_conflict():
    items = [_figure("a", "5,000", 5000, "people", "marched", "police"),
             _figure("a", "20,000", 20000, "people", "marched", "organisers")]
    assert [m.verdict for m in build_measures(items)] == ["conflict"]
