"""Generalisation check of the sixty-first session on international diplomacy, summits and climate talks (helper
U): twenty-seven short articles (``probe_summits_61``) with communiqués and joint statements, draft texts 'seen by'
a paper, negotiators and unnamed delegates, countries and capitals as sources, foreign ministries' briefings, envoys
and their titles, 'called on Y to', 'urged', 'warned that', 'pledged', 'signalled', readouts of calls, a state news
agency and one claim reported by several sides, each report with its hand-written gold (a word of the cue, the
source, the first content), the lines that report nothing (schedules, treaty titles, figures with no source,
arrivals, overtime) and the speakers. Every sentence is written for the test.

Counted before this pass (main at 0df84c75) on the first twenty-four articles (written before any mend), with the
gold set right to PolNeAR's train where it disagreed: reports 68 of 71 right (a wrong source 1, missed 1, a
content cut wrong 1), lines that report nothing 47 of 48, speakers 5 of 5. The three articles written next
(anonymous diplomats, a declaration, accusations between capitals) gave 9 of 10 (missed 1) and 5 of 5 lines. Mended:
an 'as' clause right after the sentence whose verb has a topic of its own after 'over' or 'about' says when, no aside ('Talks
stalled as rich and poor countries argued over who should pay', ``argued_whiles``); an 'according to' phrase quoted
alone is the speaker's words inside a report, no source ('told state television the reservoir was filled
"according to the rules"', ``according_edges.quoted_alone``); a trade of barbs, charges, accusations, insults or
blame is a light idiom of saying with its topic after 'over' or 'about' ('traded barbs about X', ``light_idioms.json``;
train +2 right, none wrong); 'trade' with goods for its object is an exchange, no cue ('traded his rallies for a town
hall', ``exchanges``; train 2 wrong records gone). After: reports 78 of 81, lines 53 of 53, speakers 5 of 5.
Conventions followed as PolNeAR's train marks them: a participle set off after the subject ('A Western diplomat,
speaking on condition of anonymity, said') is no part of the source; 'dismissed the charge as "fantasy"' and
'welcomed the text as X' keep the 'as' phrase in the content; 'signed the treaty' and 'agreed to X' are reports
(train 4 of 6 'signed' records right); a headline's 'Tarvos rejects X' is a report of its own (kept, no gold)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_summits_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("joint_statement", "said", "a joint statement issued after the talks"):
        "'..., a joint statement issued after the talks said.': the parser reads 'after the talks said' as a clause"
        " of time, 'the talks' its subject ('a statement released after the meeting said' is parsed right; PolNeAR's"
        " train has no such tail)",
    ("pledges", "pledged", "Donor countries"):
        "'Donor countries pledged 2.1 billion dollars for X': the ranker's threshold drops a pledge of money by"
        " 'countries' ('Donors pledged X' is kept; train has no pledge of money to weigh)",
    ("treaty_signing", "signed", "Norland and Velmora"):
        "'signed the treaty in Dremmen on Tuesday': the parser hangs 'in Dremmen' on the treaty's name, so the"
        " content runs on over where it was signed",
}

(parsed, test_a_report_of_the_talks_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize("text", [
    # an 'as' clause of time whose verb has its own topic after 'over' or 'about' (``argued_whiles``)
    "The summit ran late as the two delegations argued over the wording of the final paragraph.",
    "Ferries were held in port as the harbour board quarrelled about the new fees.",
])
def test_an_as_clause_of_time_with_a_topic_is_no_aside(nlp, text):
    # (the topic's own record, 'argued over X', may stay: only no record of the sentence before the clause)
    assert [(r.cue.text, [c.text for c in r.contents]) for r in top(nlp, text)
            if r.contents and r.contents[0].start < r.cue.start] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # an aside of accord still holds the sentence (no topic of its own)
    ("Fuel prices will rise again, as the finance minister warned last month.", "warned", "the finance minister",
     "Fuel prices will rise again"),
    # an 'according to' phrase quoted alone is the reporter's words (``according_edges.quoted_alone``)
    ('The coach told reporters the season was going "according to plan".', "told", "The coach",
     'the season was going "according to plan"'),
    ('The minister said the ballot had been counted "according to the law".', "said", "The minister",
     'the ballot had been counted "according to the law"'),
    # a trade of barbs, charges or blame with its topic after 'over' or 'about' (``light_idioms.json``)
    ("The two envoys traded barbs over the fishing quotas.", "traded barbs over", "The two envoys",
     "the fishing quotas"),
    ("The ministers traded accusations about the failed talks.", "traded accusations", "The ministers",
     "the failed talks"),
    # a body in scare quotes is still a source
    ('Exports fell by a tenth, "according to the ministry".', "according to", "the ministry",
     "Exports fell by a tenth"),
])
def test_a_shape_of_the_talks(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    # 'trade' or 'swap' with goods or places for its object, an exchange (``exchanges``, ``traded_words.txt``)
    "The team traded its best striker for two young defenders.",
    "The two navies traded patrol boats for coastal radar systems.",
])
def test_an_exchange_of_goods_is_no_report(nlp, text):
    assert top(nlp, text) == []
