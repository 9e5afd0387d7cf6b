"""Election results across articles, a check on written stories: a provisional count and the final one (changed over
time), a party's votes told by the commission and claimed by the party (a conflict when they differ), the
commission's turnout and a party's claim of it (a conflict only when they differ beyond rounding), a party's seats
told twice or against the last election; and the look-alikes that must never be compared: one party's seats and
another's, a constituency's turnout and the national one (different places), a share of the vote and a share of the
seats (different units), a poll's share and the result's (a poll is a forecast), a margin and the winner's votes,
seats gained and seats held. Each story is 1-2 dated articles with the hand gold: the figures (article:number as
written) that form one measure, and its verdict. Sentences, places and names written for these tests.

Counts on the 19 stories written before counting (9 gold measures; 10 stories with none): on main 5 of the 9 right,
4 missed, no false comparison, 10 of 10 kept apart. After the mends 6 right, 3 missed, no false comparison, 10 of 10
kept apart. Fixed: a tally handed over by a verb of giving is the one it is given to ('The Liberal Centre gained 12
seats, giving it 40': the pronoun of a participle clause is the doer of the verb it hangs on; 'gave Labour 12
seats', also when the parser hangs the name on the counted noun), not when a poll or a projection gives it
(``figures.tallies``, lexicons ``figures/tally_givers`` and ``figures/projection_nouns``). The three turnout stories
are the strict xfails of ``STILL_WRONG`` (a turnout is a percentage, which takes part in no measure: see their
reason). Four stories were written after the mends to check them (the last four of ``STORIES``): on main three
passed and the pronoun's tally was missed; now all four pass. The figure mends of ``test_figures_71_elections``
(margins, towns with a bearing, national figures, a record's 'since') are checked at the end.
"""

from __future__ import annotations

import pytest

from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- one holder's tally
    ("a party's votes, provisional and final", [
        ("a", "2038-09-19", "With 98% of ballots counted, the Harbour Party had taken 1.2m votes, the national "
                            "election board said on Sunday night."),
        ("b", "2038-09-21", "The Harbour Party won 1.26m votes, the national election board said on Tuesday after "
                            "the final count."),
    ], [("changed_over_time", {"a:1.2m", "b:1.26m"})]),
    ("a party's seats, provisional and final", [
        ("a", "2038-09-19", "The Liberal Centre had won 58 seats with most constituencies declared, the national "
                            "election board said on Sunday night."),
        ("b", "2038-09-20", "The Liberal Centre won 61 seats, the national election board said on Monday."),
    ], [("changed_over_time", {"a:58", "b:61"})]),
    ("a party's votes, the board's count against the party's claim", [
        ("a", "2038-09-21", "The Farmers League won 840,000 votes, the national election board said on Tuesday."),
        ("b", "2038-09-21", "The Farmers League won 910,000 votes, its chairman Piet Oberg said on Tuesday."),
    ], [("conflict", {"a:840,000", "b:910,000"})]),
    ("a party's seats told by the board and a newspaper", [
        ("a", "2038-09-21", "The Farmers League secured 34 of the 60 seats in the assembly, the national election "
                            "board said."),
        ("b", "2038-09-21", "The Farmers League took 34 seats, the Kessling Courier reported."),
    ], [("agree", {"a:34", "b:34"})]),
    ("seats gained and seats held", [
        ("a", "2038-09-21", "The Liberal Centre gained 12 seats, giving it 40 in the new assembly, the national "
                            "election board said."),
        ("b", "2038-09-21", "The Liberal Centre won 40 seats, its leader Anna Brisk said."),
    ], [("agree", {"a:40", "b:40"})]),
    ("seats at two elections", [
        ("a", "2034-09-18", "The Greens won 11 seats in the assembly, the national election board said."),
        ("b", "2038-09-21", "The Greens won 4 seats in the assembly, the national election board said."),
    ], [("changed_over_time", {"a:11", "b:4"})]),
    # ---- never compared
    ("two parties' seats", [
        ("a", "2038-09-21", "The Liberal Centre won 40 seats, the national election board said."),
        ("b", "2038-09-21", "The Farmers League won 34 seats, the national election board said."),
    ], []),
    ("two parties' seats, the same number", [
        ("a", "2038-09-21", "The Greens won 4 seats, the national election board said."),
        ("b", "2038-09-21", "The Independents also won 4 seats, the national election board said."),
    ], []),
    ("a constituency's turnout and the national one", [
        ("a", "2038-09-20", "Turnout in Kellow West was 58.2%, the national election board said on Monday."),
        ("b", "2038-09-20", "Turnout across the country was 61.2%, the national election board said on Monday."),
    ], []),
    ("two constituencies' turnout", [
        ("a", "2038-09-20", "Turnout in Ostry was 52%, the national election board said on Monday."),
        ("b", "2038-09-20", "Turnout in Hessby was 57%, the national election board said on Monday."),
    ], []),
    ("a share of the vote and a share of the seats", [
        ("a", "2038-09-21", "The Harbour Party won 41% of the vote, the national election board said."),
        ("b", "2038-09-21", "The Harbour Party won 52% of the seats, the national election board said."),
    ], []),
    ("a poll's share and the result's", [
        ("a", "2038-09-12", "A Marrick Research poll published on Friday put the Harbour Party on 38%."),
        ("b", "2038-09-21", "The Harbour Party won 41.3% of the vote, the national election board said."),
    ], []),
    ("a poll's seats and the result", [
        ("a", "2038-09-12", "A Marrick Research projection published on Friday gave the Harbour Party 70 seats."),
        ("b", "2038-09-21", "The Harbour Party won 63 seats, the national election board said."),
    ], []),
    ("a margin and the winner's votes", [
        ("a", "2038-09-21", "Ada Morrow lost to Tomas Reyne by 400 votes in Kellow West, the board said."),
        ("b", "2038-09-21", "Tomas Reyne won 21,300 votes in Kellow West, the board said."),
    ], []),
    ("two candidates' shares", [
        ("a", "2038-09-21", "Vera Lind won 55.2% of the vote in the second round, the board said."),
        ("b", "2038-09-21", "Oskar Brandt won 44.8% of the vote in the second round, the board said."),
    ], []),
    ("seats gained and seats won", [
        ("a", "2038-09-21", "The Liberal Centre gained 12 seats, the national election board said."),
        ("b", "2038-09-21", "The Farmers League won 12 seats in the south, the national election board said."),
    ], []),
    # ---- written after the mends, to check them
    ("a tally given to a pronoun, told twice", [
        ("a", "2038-09-21", "The Nationalists gained 9 seats, giving them 31 in the assembly, the national election "
                            "board said."),
        ("b", "2038-09-21", "The Nationalists won 31 seats in the assembly, the Kessling Courier reported."),
    ], [("agree", {"a:31", "b:31"})]),
    ("a candidate's votes in two constituencies named with a bearing", [
        ("a", "2038-09-21", "Ada Morrow won 18,200 votes in Kellow West, the national election board said."),
        ("b", "2038-09-21", "Ada Morrow won 9,100 votes in Kellow East, where she also stood, the national election "
                            "board said."),
    ], []),
    ("a candidate's votes in a constituency named with a bearing, told twice", [
        ("a", "2038-09-21", "Ada Morrow won 18,200 votes in Kellow West, the national election board said."),
        ("b", "2038-09-21", "Ada Morrow took 18,200 votes in Kellow West, the Kessling Courier reported."),
    ], [("agree", {"a:18,200", "b:18,200"})]),
    ("a projection's seats given to a party and the result", [
        ("a", "2038-09-12", "The Harbour Party is 5 seats short of a majority, and a Marrick Research projection gave "
                            "them 70 seats."),
        ("b", "2038-09-21", "The Harbour Party won 63 seats, the national election board said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


_SHARE = ("a turnout is a percentage, which takes part in no measure (``measures.items`` skips percent figures: rates "
          "and shares stay out); it would need what the share is of ('Turnout was 61.2%': of the electorate that "
          "voted), which no field of a figure holds (its unit is 'percent'), so turnout cannot be told from a "
          "party's share of the vote")
STILL_WRONG = [
    pytest.param("the board's turnout against a party's claim", [
        ("a", "2038-09-20", "Turnout was 61.2%, the national election board said on Monday."),
        ("b", "2038-09-20", "Turnout was 68%, the opposition Social Front said on Monday."),
    ], [("conflict", {"a:61.2%", "b:68%"})], marks=pytest.mark.xfail(strict=True, reason=_SHARE)),
    pytest.param("the board's turnout and a party's rounded figure", [
        ("a", "2038-09-20", "Turnout was 61.2%, the national election board said on Monday."),
        ("b", "2038-09-20", "Turnout was about 61%, the opposition Social Front said on Monday."),
    ], [("agree", {"a:61.2%", "b:about 61%"})], marks=pytest.mark.xfail(strict=True, reason=_SHARE)),
    pytest.param("provisional and final turnout", [
        ("a", "2038-09-19", "Provisional turnout was 59.8%, the national election board said on Sunday night."),
        ("b", "2038-09-21", "Final turnout was 61.2%, the national election board said on Tuesday."),
    ], [("changed_over_time", {"a:59.8%", "b:61.2%"})], marks=pytest.mark.xfail(strict=True, reason=_SHARE)),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


def _figure(nlp, sentence: str, number: str):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2038-09-21"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    return figure


@pytest.mark.parametrize(
    ("sentence", "number", "holder"),
    [
        # a tally given by a participle clause is the doer's of the verb it hangs on (``tallies``)
        ("The Nationalists gained 9 seats, giving them 31 in the assembly.", "31", "Nationalists"),
        ("The Liberal Centre gained 12 seats, giving it 40 in the new assembly.", "40", "Liberal Centre"),
        ("The Nationalists gained 9 seats, giving them 31 in the assembly.", "9", None),  # a gain, no tally
        ("Voters in the north gave the Greens 12 seats.", "12", "Greens"),  # a named indirect object
        ("The projection gave the Greens 12 seats.", "12", None),  # a forecast is nobody's tally
        ("Ilse Varga won 52,900 votes in Tarnwick.", "52,900", "Ilse Varga"),  # unchanged
    ],
)
def test_whose_given_tally(nlp, sentence, number, holder):
    assert _figure(nlp, sentence, number).agent == holder


@pytest.mark.parametrize(
    ("sentence", "number", "field", "want"),
    [
        # a margin of defeat is no fall (``margins``); a loss with its object stays one
        ("Ada Morrow lost by 400 votes to the sitting mayor.", "400", "change", None),
        ("The Rams lost by just 3 points.", "3", "change", None),
        ("The party lost 14 seats.", "14", "change", "down"),
        ("The Unity Party lost four points in a week.", "four", "change", "down"),
        # a town and a bearing after a preposition of place are one place (``bearing_names``)
        ("The count in Dunmore South was delayed by three hours.", "three", "place", "Dunmore South"),
        ("Turnout in Kellow West was 58.2%.", "58.2%", "place", "Kellow West"),
        ("Sales in North America rose 4%.", "4%", "place", "North America"),
        # a figure said to be the whole country's takes no place from its sentence (``national_scope``)
        ("Turnout in Kellow West was 58.2%, against 61% nationally.", "61%", "place", None),
        ("Turnout in Kellow West was 58.2%, against 61% nationally.", "58.2%", "place", "Kellow West"),
        # a record's 'since' past a few words dates the record, not the figure (``earlier``)
        ("Turnout dropped to 49.5%, the lowest in a general election since 1918.", "49.5%", "time", None),
    ],
)
def test_mended_shape(nlp, sentence, number, field, want):
    assert getattr(_figure(nlp, sentence, number), field) == want
