"""Generalisation check of the sixty-first session on ELECTION AND CAMPAIGN coverage (helper S): twenty-eight short
articles (``probe_campaign_61``) of stump speeches, debates, endorsements, campaign statements and aides, ads and
fundraising emails, polls, fact checks, epithets for candidates ('the former governor', 'the incumbent', 'the
challenger') and quotations interrupted across paragraphs, each report with its hand-written gold (a word of the
cue, the source, the first content), the lines that report nothing (schedules, vote tallies, narration of the day,
slogans quoted as names) and the speakers of pronouns and epithets. Every sentence is written for the test.

Counted before this pass (main at 75fc25b) on the first twenty-six articles, written before any run, with the gold
corrected where PolNeAR train marks otherwise (see the set's docstring): reports 72 of 76 right (missed 3, a
content cut wrong 1, no source wrong), lines that report nothing 46 of 47 silent, speakers 10 of 11. Mended:
'took a shot at', 'took some shots at' and 'took a potshot at' are acts in words like 'took a swipe at' ('shot',
'potshot' in ``act_nouns.txt``, and among the blows of ``act_cues`` that count only from a person or one
described, now one who bears no arms: 'The sniper took a shot at the soldier' is gunfire); the verb 'swipe at' is
a cue with its preposition ('swiped at her rival over X', ``phrasal.json``; 'swiped her card' is none). PolNeAR
train: 3 right records more, 1 more wrong (a content longer than the gold's), dev unchanged. After: reports 73 of
76, lines 46 of 47, speakers 10 of 11. The two articles written after the mends, to probe them in other words,
gave reports 2 of 7 before and 5 of 7 after. In all, before -> after: reports 74 -> 78 of 83, lines 48 of 49
silent, speakers 10 of 11.

Tried and left out: 'aim' as an act noun (train: 'took aim at' is ``guarded_frames``' with its guards, and as an
act noun it let 'The new law takes aim at landlords' and 'The hunter took aim at the target' through); a guarded
frame's object owned by a party ('took aim at the premier's deal'): right on this set, no record changed in train."""

from __future__ import annotations

import pytest
from probe_campaign_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests, found_in
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("attack_ad", "called", "Okonjo's campaign"):
        "'called the ad \"a lie told slowly\"': a quoted label holding a participle is read as a direct quotation,"
        " its content the quotation alone without 'the ad' (PolNeAR puts the object in the content, 168 of 177;"
        " a label with no verb, 'called the ad \"a cheap shot\"', is kept whole; no such miss in train)",
    ("third_party", "ruled out", "Tobias Marsh"):
        "'ruled out backing either of his rivals': a gerund object of 'ruled out' is no content (one such cue in"
        " PolNeAR train, no class)",
    ("incumbent_epithets", "took aim", "Her challenger, Senator Adaeze Okonjo"):
        "'took aim at the premier's deal': ``guarded_frames`` takes 'take aim at' only at a party or words, not at"
        " a party's deal or plan (making that a kind changed no record in PolNeAR train, so it was left out)",
    ("aim_taken", "taking aim", "Former governor Tobias Marsh"):
        "'taking aim at the sale of the state grid company': as above, a deed for object, no party or words",
    ("shots_fired", "took a shot", "Premier Ilse Varga"):
        "'took a shot at X's plan to nationalise the ports on Thursday': the parser hangs the day on 'nationalise',"
        " so the content runs over it",
}
#: lines that report nothing still shown: (article, line) -> why
STILL_SHOWN = {
    ("slogans", "The Varga campaign unveiled its new slogan, \"Steady Hands\", at a convention in Brennet on Saturday."):
        "'unveiled its new slogan': PolNeAR marks 'unveiled a proposal' (5) but not 'unveiled her first ad' or 'a new"
        " nickname' (2); too few to tell a work from a plan by its noun",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("third_party", "the former governor"):
        "the article never calls Tobias Marsh a governor by name, so the epithet has nothing to resolve to",
}

(parsed, test_a_report_of_the_campaign_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_an_epithet, test_a_report_still_wrong, test_a_line_still_shown,
 test_a_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # an act in words named by a shot taken at someone (``act_nouns.txt``)
    ("The mayor also took a shot at the council's budget.", "took a shot at", "The mayor", "the council's budget"),
    ("The governor took some shots at her rival over the ports.", "took some shots at", "The governor",
     "her rival over the ports"),
    # the verb 'swipe at' with its preposition (``phrasal.json``)
    ("The governor swiped at her rival over the budget.", "swiped at", "The governor", "her rival over the budget"),
])
def test_a_shot_or_a_swipe_at_someone(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The sniper took a shot at the soldier.",
    "She swiped her card at the gate.",
])
def test_a_shot_or_a_swipe_in_deed_says_nothing(nlp, text):
    assert top(nlp, text) == []
