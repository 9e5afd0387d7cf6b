"""Generalisation check of the sixty-eighth pass on where reported content ends (helper K): thirty short articles
(``probe_content_ends_68``) with coordinated clauses ('said X and that Y', one content; 'said X and left the
chamber'), trailing attributions ('"...," she added', 'said on Tuesday, adding that Y'), time adverbials, relative
clauses inside the content and on the source, 'as well as', 'but', 'while', 'because' and 'as' clauses, a purpose
clause carrying the cue ('spoke to reporters to say Y'), mixed quotations kept whole ('called the plan "a betrayal"
and said Y'), quotations running over two paragraphs and an unbalanced quotation mark; each report with its
hand-written gold (as PolNeAR train marks each shape: counts in the set's docstring), the lines that report nothing
and the speakers. Every sentence is written for the test.

Counted on main at the session's start (written before any look at the output): reports 63 of 71, lines that report
nothing 30 of 30, speakers 8 of 8. Three of the eight misses were the gold's: a quotation over two paragraphs is
split in two at the new paragraph's open mark (the gold now gives the first part, as for a quotation split around
its cue: the characters are the same), and 'said she was proud of the award, and the town council will hold a
reception for her' ends before the writer's new fact as 'but it has not yet allowed visitors' does. So 66 of 71;
the five left are below. The mend (``perfect_conjuncts``: a present perfect after 'and' joined to a reported clause
held by a modal or 'to', in a report in the present, is the reporter's next act: 'insists the party must be X, and
has championed Y') touches no article of the set; it is tested below. On PolNeAR train it makes two records right
and loses none (13053 -> 13055 right of 15667; speech 9671 -> 9673: 'insists the GOP must be a party of ideas, and
has championed X', 'has said she wants to establish X and has expressed Y'); dev is unchanged (1416 right of 1711).

Not mended: 'said X and left the chamber' (below), whose shape is nowhere in train's text to measure a rule by. In
the seventieth pass (helper O) 'Crumb & Co said X' is no longer split at the ampersand before the parser
(``components/name_joins``), so its source is whole: 67 of 71."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_content_ends_68 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

STILL_WRONG = {
    ("plant_jobs", "said", "Ines Carrow, the company's operations director"):
        "'said staff would be offered posts and left the meeting': 'left' is the participle too ('would be offered"
        " posts and left to choose'), so the clause's passive may hold it and the tagger's past is no safe sign; the"
        " shape ('said X and left', 'walked out') is nowhere in PolNeAR train's text",
    ("walkout", "said", "Councillor Rhys Madoc"):
        "'said the vote was a sham and left the chamber': a vote cannot leave, but nothing in the syntax says so"
        " (``narration.persons_act`` reads only an act on the reporter's own thing, 'cut his price target'); the"
        " shape is nowhere in PolNeAR train's text",
    ("mutual_savings", "say", "Mr Falk"):
        "'spoke to reporters ... to say it had never been stronger': the cue is 'spoke' and the content starts at"
        " 'to say'; train puts 'to say' in the cue ('took to Twitter to say', 'tweeted on Friday to say'), but the"
        " pipeline reads no such record on train at all, so nothing there measures a change",
    ("lion_cubs", "said", "Brackenhill Zoo"):
        "', but it has not yet allowed visitors to see them', the writer's new fact, runs on in the content: on train"
        " a 'but' clause is nine times in ten inside the content (272 to 30), and cutting or extending content ends"
        " wholesale never reached 2:1 there",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_ends_where_it_should, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "content"), [
    # a present perfect in the cue's tense joined to a clause held by a modal or 'to' (``perfect_conjuncts``)
    ("Dana Orlov, a city councillor, insists the harbour must stay public, and has backed a campaign to buy it.",
     "the harbour must stay public"),
    ("The union says the pay offer would leave nurses poorer, and has balloted its members.",
     "the pay offer would leave nurses poorer"),
])
def test_the_reporters_perfect_ends_the_content(nlp, text, content):
    assert [c.text for c in top(nlp, text)[0].contents] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # a perfect joined to a perfect, or after a cue in the past, goes on with what was said
    ("The firm says it has cut costs and has sold two of its ships.", "it has cut costs and has sold two of its ships"),
    ("Mr Pell said the council would lose the vote and has no plan for the harbour.",
     "the council would lose the vote and has no plan for the harbour"),
    ("The mayor said the city wants to build homes and has bought land for them.",
     "the city wants to build homes and has bought land for them"),
])
def test_a_perfect_of_the_clause_goes_on(nlp, text, content):
    assert [c.text for c in top(nlp, text)[0].contents] == [content]
