"""Polls and election counts across articles, an eighth check on written stories: one party's share in
successive polls by one pollster (changed over time), the same poll told by two outlets (one source: the
pollster's), two pollsters' polls of one week (kept apart: each poll is its own sample, and two samples' shares
that differ by a few points are no conflict between sources, as a police count and a victim survey's estimate are
not: ``test_measures_69_crime``; a pollster's poll is compared only with the same pollster's), a candidate's or a
party's votes as counting goes on ('with 80% of ballots counted' against the final count: changed over time, not a
conflict), a party's seats told by two sources (agree) and against the last election (changed); and the
look-alikes that must never be compared: turnout and votes cast, seats and votes, a candidate's votes in two
constituencies, two candidates' or two parties' tallies, a poll's margin of error and its sample, the people
registered to vote and the votes cast. Each story is 1-2 dated articles with the hand gold: the figures
(article:number as written) that form one measure, and its verdict. Sentences, places and names written for
these tests.

Counts on the 17 stories written before counting (7 gold measures; 10 stories with none): on main none of the 7
right (votes and seats took part in no measure: no happening of them and nobody's tally; a poll's share is a
percentage, which takes part in none), no false comparison, 10 of 10 kept apart (for the same reasons). After the
mends 4 right, 3 missed, no false comparison, 10 of 10 kept apart. Fixed: votes and seats are somebody's, as
money is (``measures.json``: units with a doer): a tally's holder is the subject of a verb of winning or holding
it ('Ilse Varga won 52,900 votes', 'had 41,200 votes'; ``figures/tally_verbs``) or its possessor, not a whole ('42
of the 120 seats') or a margin ('won the seat by 5,300 votes'), and a verb joined by 'and' takes its own subject
('and the Greens won 1.4 million votes': ``nlp.figures.tallies``, the figure's ``agent``); the counted noun is the
happening itself (won, a state: a count that goes on is one tally changing), so votes cast or counted, which are
nobody's, stay out. The three poll stories are the strict xfails at the end (a share is a percentage; see their
reasons). Four stories were written after the mends to check them (the last four of STORIES): on main they gave no
measure (one passed, the margin kept apart; 3 gold measures missed); now all four pass. test_measures_64's votes
counted as the count goes on (a strict xfail until now) passes. The other measure and date sets, the event corpora's
gold and the figure sets are unchanged; test_figures_66's three vote and seat figures now have their holder as agent.
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- one holder's tally: changed over time, agree
    ("votes as the count goes on", [
        ("a", "2037-05-10", "With 80% of ballots counted, Ilse Varga had 41,200 votes in Tarnwick, the electoral "
                            "commission said on Sunday night."),
        ("b", "2037-05-11", "Ilse Varga won 52,900 votes in Tarnwick with all ballots counted, the electoral "
                            "commission said on Monday."),
    ], [("changed_over_time", {"a:41,200", "b:52,900"})]),
    ("a party's votes as the count goes on", [
        ("a", "2037-05-10", "The Union Party had won 1.1 million votes with two thirds of the ballots counted, "
                            "the electoral commission said late on Sunday."),
        ("b", "2037-05-12", "The Union Party won 1.6 million votes in the election, the electoral commission "
                            "said on Tuesday after the final count."),
    ], [("changed_over_time", {"a:1.1 million", "b:1.6 million"})]),
    ("seats told by two sources", [
        ("a", "2037-05-12", "The Union Party won 42 seats in the election, the electoral commission said on "
                            "Tuesday."),
        ("b", "2037-05-12", "The Union Party won 42 of the 120 seats in parliament, its leader Bram Koller said "
                            "on Tuesday."),
    ], [("agree", {"a:42", "b:42"})]),
    ("seats against the last election", [
        ("a", "2037-05-12", "The Union Party won 42 seats, up from 35 in 2033, the electoral commission said."),
    ], [("changed_over_time", {"a:42", "a:35"})]),
    # ---- never compared
    # ---- traps: never compared
    ("two pollsters in one week", [
        ("a", "2037-03-06", "The Greens are on 31% in a Marrick Research poll published on Friday."),
        ("b", "2037-03-07", "The Greens are on 35% in a Halden Insight poll published on Saturday."),
    ], []),
    ("two pollsters in one week, the same share", [
        ("a", "2037-03-06", "The Union Party is on 26% in a Marrick Research poll published on Friday."),
        ("b", "2037-03-07", "A Halden Insight poll published on Saturday also put the Union Party on 26%."),
    ], []),
    ("turnout vs votes cast", [
        ("a", "2037-05-12", "Turnout in Tarnwick was 64%, the electoral commission said on Tuesday."),
        ("b", "2037-05-12", "Some 212,000 votes were cast in Tarnwick, the electoral commission said on "
                            "Tuesday."),
    ], []),
    ("seats vs votes", [
        ("a", "2037-05-12", "The Union Party won 42 seats in the election, the electoral commission said."),
        ("b", "2037-05-12", "The Union Party won 1.6 million votes in the election, the electoral commission "
                            "said."),
    ], []),
    ("a candidate's votes in two constituencies", [
        ("a", "2037-05-11", "Ilse Varga won 52,900 votes in Tarnwick, the electoral commission said."),
        ("b", "2037-05-11", "Ilse Varga won 18,300 votes in Ostry, where she also stood, the electoral "
                            "commission said."),
    ], []),
    ("two candidates in one constituency", [
        ("a", "2037-05-11", "Ilse Varga won 52,900 votes in Tarnwick, the electoral commission said."),
        ("b", "2037-05-11", "Her rival Oskar Dunn won 47,600 votes in Tarnwick, the electoral commission said."),
    ], []),
    ("two parties' seats", [
        ("a", "2037-05-12", "The Union Party won 42 seats in the election, the electoral commission said."),
        ("b", "2037-05-12", "The Greens won 38 seats in the election, the electoral commission said."),
    ], []),
    ("margins of error", [
        ("a", "2037-03-06", "The Marrick Research poll of 1,200 voters has a margin of error of three "
                            "percentage points."),
        ("b", "2037-03-07", "The Halden Insight poll of 1,500 voters has a margin of error of 2.5 percentage "
                            "points."),
    ], []),
    ("registered voters vs votes cast", [
        ("a", "2037-05-12", "Some 331,000 people were registered to vote in Tarnwick, the electoral commission "
                            "said."),
        ("b", "2037-05-12", "Some 212,000 votes were cast in Tarnwick, the electoral commission said."),
    ], []),
    ("a poll's sample vs a party's members", [
        ("a", "2037-03-06", "Marrick Research interviewed 1,200 voters for the poll, published on Friday."),
        ("b", "2037-03-06", "The Greens now have 1,900 members in Tarnwick, the party said on Friday."),
    ], []),
    # ---- written after the mends, to check them
    ("a candidate's votes with a possessive, then the final count", [
        ("a", "2037-05-10", "With 80% of ballots counted, Ilse Varga's 41,200 votes put her ahead in Tarnwick, "
                            "the electoral commission said on Sunday night."),
        ("b", "2037-05-11", "Ilse Varga won 52,900 votes in Tarnwick, the electoral commission said on Monday."),
    ], [("changed_over_time", {"a:41,200", "b:52,900"})]),
    ("a winning margin vs the winner's votes", [
        ("a", "2037-05-11", "Ilse Varga won the Tarnwick seat by 5,300 votes, the electoral commission said."),
        ("b", "2037-05-11", "Ilse Varga won 52,900 votes in Tarnwick, the electoral commission said."),
    ], []),
    ("two parties' votes in one sentence", [
        ("a", "2037-05-12", "The Union Party won 1.6 million votes and the Greens won 1.4 million votes, the "
                            "electoral commission said."),
        ("b", "2037-05-12", "The Greens won 1.4 million votes in the election, their leader Mara Solt said."),
    ], [("agree", {"a:1.4 million", "b:1.4 million"})]),
    ("a party's seats told by the commission and by the party", [
        ("a", "2037-05-12", "The Greens took 38 seats, the electoral commission said on Tuesday."),
        ("b", "2037-05-12", "The Greens secured 38 seats in the new parliament, the party's leader Mara Solt said "
                            "on Tuesday."),
    ], [("agree", {"a:38", "b:38"})]),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("one pollster's successive polls", [
        ("a", "2037-03-06", "The Greens are on 31% in the latest Marrick Research poll, published on Friday."),
        ("b", "2037-04-03", "Support for the Greens has fallen to 27% in the latest Marrick Research poll, "
                            "published on Friday."),
    ], [("changed_over_time", {"a:31%", "b:27%"})],
                 marks=pytest.mark.xfail(strict=True, reason="a poll's share is a percentage, which takes part in no measure "
                                                             "(rates and shares stay out): it would need the party as its "
                                                             "holder ('The Greens are on 31%', 'put the Greens on 31%') and "
                                                             "the pollster beside it, so that two pollsters' polls stay "
                                                             "apart")),
    pytest.param("the same poll told by two outlets", [
        ("a", "2037-03-06", "The Greens are on 31% in a Marrick Research poll published on Friday."),
        ("b", "2037-03-06", "A Marrick Research poll published on Friday put the Greens on 31%, ahead of the "
                            "Union Party on 26%."),
    ], [("single_source", {"a:31%", "b:31%"})],
                 marks=pytest.mark.xfail(strict=True, reason="as above; and the pollster is no source of 'in a Marrick "
                                                             "Research poll' (the first article's share has none)")),
    pytest.param("two parties in one poll", [
        ("a", "2037-03-06", "A Marrick Research poll published on Friday put the Greens on 31% and the Union "
                            "Party on 26%."),
        ("b", "2037-03-06", "The Union Party is on 26% in a Marrick Research poll published on Friday, five "
                            "points behind the Greens."),
    ], [("single_source", {"a:26%", "b:26%"})],
                 marks=pytest.mark.xfail(strict=True, reason="as above: the two parties' shares would need their holders")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("sentence", "number", "holder"),
    [
        ("Ilse Varga won 52,900 votes in Tarnwick.", "52,900", "Ilse Varga"),
        ("With 80% of ballots counted, Ilse Varga had 41,200 votes.", "41,200", "Ilse Varga"),
        ("Ilse Varga's 41,200 votes put her ahead in Tarnwick.", "41,200", "Ilse Varga"),
        ("The Union Party won 1.6 million votes and the Greens won 1.4 million votes.", "1.4 million", "Greens"),
        ("The Union Party won 42 of the 120 seats in parliament.", "42", "Union Party"),
        ("The Union Party won 42 of the 120 seats in parliament.", "120", None),  # the whole
        ("Ilse Varga won the Tarnwick seat by 5,300 votes.", "5,300", None),  # a margin
        ("Some 212,000 votes were cast in Tarnwick.", "Some 212,000", None),  # nobody's
        ("She won 18,300 votes in Ostry.", "18,300", None),  # a pronoun names nobody
        ("The Greens now have 1,900 members in Tarnwick.", "1,900", None),  # no tally
    ],
)
def test_whose_tally(nlp, sentence, number, holder):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2037-05-12"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    assert figure.agent == holder


@pytest.mark.parametrize(
    ("unit", "predicate", "agent", "key"),
    [
        ("votes", "won", "Ilse Varga", ("votes", "won", "ilse varga")),
        ("votes", "put", "Ilse Varga", ("votes", "won", "ilse varga")),  # the noun is the happening
        ("seats", "secured", "Greens", ("seats", "won", "greens")),
        ("votes", "cast", None, None),  # nobody's votes: no measure
        ("seats", "won", None, None),
    ],
)
def test_a_tally_is_its_holders(unit, predicate, agent, key):
    assert count_kind(unit, predicate, 400, agent) == key
