"""Generalisation check of the sixty-second session on celebrity, royal and tabloid-style news (helper M):
thirty-two short articles (``probe_gossip_62``) with anonymous insiders ('a source close to the couple told Glint
magazine', 'An insider claimed', 'Friends say', 'Pals say'), hearsay with no holder ('is said to be furious',
'reportedly', 'According to reports', 'It is understood that'), palaces and representatives ('Kensford Palace
declined to comment', 'A representative for the actor X denied', 'Her rep confirmed the split'), fans and posts ('Fans
speculated', 'She captioned the photo', 'took to Instagram to share', 'In a since-deleted post'), the trade's light
verbs ('hinted at', 'teased', 'gushed', 'joked'), a tabloid's claim ('alleged') and 'People who know him describe him
as X'; each report with its hand-written gold (a word of the cue, the source, the first content), the lines that
report nothing (outfits, red-carpet narration, ages and marriages, film and album titles, follower counts, tour dates)
and the speakers of pronouns. Every sentence is written for the test.

Counted before this pass (main at 8c7b1ac0, the gold first corrected to PolNeAR's conventions: 'X is reportedly Y'
keeps the auxiliary in the content, 'X is .. spending', 3 of 3 on train; 'describe him as Y' keeps 'him as' in the
content, 3 of 4): reports 59 of 69 right (missed 5, a source wrong 1, a content cut wrong 4), lines that report
nothing 68 of 71, speakers 5 of 6. Mended: 'rep', 'reps', 'publicist' are roles that stand for a person ('Her rep
confirmed the split' gave no record; ``role_nouns.txt``); the parser's second subject right after a preposition that
ends the first with no object is that object ('A representative for the actor Malcolm Reyes-Oduya denied X' had the
actor for source; ``doubled_subjects``); a show presented, a look revealed and a year's 'hit' report nothing ('has
presented the quiz show Brain Drain since 2015', 'revealed her toned figure', 'the 1968 hit Velvet Evening';
``show_business``); a platform closing a noun content is where the words went out, as an occasion is ('announced the
news on Instagram'; ``occasion_ends``: on PolNeAR train 4 contents end so, 3 of them right, which now end as the
gold does; no count changed). After: reports 63 of 69 (missed 3, a content cut wrong 3), lines 71 of 71, speakers 5
of 6. On PolNeAR the mends change no right record; 'rumour' adds one wrong record on train (a hearsay passive in a
relative clause inside another report's source, which PolNeAR leaves unmarked as it would 'is said to').
The eight articles written after the mends, to probe the set's shapes in other words ('are rumoured to be', 'It has
been claimed that', 'Sources claim', 'A pal revealed:', 'she quipped', 'opened up about', 'slammed X for', 'hit back
at', 'posted on X'), gave reports 20 of 22 (a content cut wrong 2), lines 19 of 19, speakers 4 of 4; 'rumour' was
added to the verbs of saying first ('are rumoured to be planning a reunion tour' gave no record; its passive reads as
'is said to'; PolNeAR train has no verb 'rumored' outside another report's source). Of thirty lines written
after, in the set's kinds that report nothing (outfits, purchases, weddings, births, premieres, tours), one gave a
record: 'He welcomed his first child with his partner in March', a belief; a child born is now among the people
'welcome' greets (``welcomed_guests.txt``, ``good_turns``; PolNeAR train has no such cue, one inside a content). Of
fifteen reports written then, one speaker was missing ('the pal insisted'): 'pal', 'confidant' and 'confidante'
are now people as 'friend' is (``source_nouns.txt``)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_gossip_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("swimmer_engaged", "captioned", "She"):
        "'She captioned the photo: \"X\"': 'caption' is no verb of the cue lexicon; PolNeAR train has one 'caption' at"
        " all, so nothing to measure a new cue on",
    ("presenter_diagnosis", "share", "TV presenter Gemma Oduya"):
        "'took to Instagram to share that X': 'share' with a clause is a cue once on train and left unmarked once;"
        " no class to add it by",
    ("feud_denied", "said", "Actress Harriet Quell"):
        "'she and her co-star Ben Achterberg were \"X\"': the parser hangs the name as an apposition of 'she' and the"
        " quotation splits the content around it; without the quotation the content is whole, so no class",
    ("canada_move", "told", "a source close to the prince"):
        "'X is planning to move to Canada with his young family, a source close to the prince told Regal magazine':"
        " the parser reads the source as an apposition of 'family' and 'told' as a conjunct of 'planning', whose"
        " belief takes the sentence; ', a source close to him said' after a clause is right on train (4 of 4)",
    ("ring_spotted", "say", "Pals"):
        "the content stops before the apposition of its last noun ('her boyfriend, the property developer X');"
        " extending contents over appositions was tried and did not pay",
    ("golden_hour", "hinted", "Singer Damon Ferrante"):
        "'hinted at a new relationship in the lyrics of his latest single': the content keeps the phrase of where;"
        " no class of content ends to mend",
    ("candid_interview", "opened up", "Chart-topper Ellie Marchbank"):
        "'opened up about her struggle with anxiety in an interview with Pulse radio': the parser hangs the occasion on"
        " the object, so the content keeps it; on PolNeAR train a content ending in 'in an interview (a statement)' is"
        " matched either way (3 such ends, all counted right), nothing to gain",
    ("kitchen_dance", "says", "Adeyemi"):
        "'she is \"done with the gym\" and will \"just dance instead\"': the content ends with the first quotation"
        " before a verb joined by a bare 'and'; ', and' + clause ends a content on PolNeAR (55:12), a bare 'and' with"
        " no subject is no class of its own there",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("swimmer_engaged", "She"): "the report of 'captioned' is missed (see above), so it has no speaker",
}

(parsed, test_a_report_of_celebrity_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a show presented, a look revealed, a year's hit (``show_business``)
    "Delahunt, 52, has presented the quiz show Brain Drain since 2015.",
    "She hosts the podcast Late Talk with her sister.",
    "He presents the breakfast programme on Radio Vale.",
    "She revealed her toned figure in a red bikini on a beach in Barbados.",
    "Ellis Monroe, the crooner behind the 1968 hit Velvet Evening, turns 80 on Thursday.",
    "Her 2004 hit Broken Lanterns topped the charts for a month.",
    # a child born (``welcomed_guests.txt``, ``good_turns``)
    "He welcomed his first child with his partner in March.",
    "The couple welcomed a baby girl on Tuesday.",
])
def test_a_show_a_look_a_hit_or_a_birth_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a star's people (``role_nouns.txt``) and a preposition's object read as a second subject (``doubled_subjects``)
    ("Her rep confirmed the split on Tuesday.", "confirmed", "Her rep", "the split"),
    ("His publicist said the actor was resting at home.", "said", "His publicist", "the actor was resting at home"),
    ("A spokeswoman for the actor Tom Vale confirmed the news.", "confirmed", "A spokeswoman for the actor Tom Vale",
     "the news"),
    ("A representative for the singer Ann Ledger denied that she had cancelled the tour.", "denied",
     "A representative for the singer Ann Ledger", "she had cancelled the tour"),
    # findings presented, a secret revealed and an attack keep their cues
    ("The mayor presented the plan as a compromise.", "presented", "The mayor", "the plan as a compromise"),
    ("She revealed that the couple had split.", "revealed", "She", "the couple had split"),
    # hearsay passive of 'rumour' (``speech_verbs.txt``) and a platform closing a noun content (``occasion_ends``)
    ("The singer is rumoured to be dating a footballer.", "rumoured", "", "The singer"),
    ("The mayor announced her resignation on Facebook.", "announced", "The mayor", "her resignation"),
    ("He announced the policy on housing.", "announced", "He", "the policy on housing"),
])
def test_a_rep_and_a_role_before_a_name_are_sources(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "speaker"), [
    # a friend by the tabloids' words is a source noun as 'friend' is (``source_nouns.txt``)
    ("\"It's over,\" the pal insisted.", "pal"),
    ("A close confidant of the prince said he was \"hurt\".", "close confidant of the prince"),
    ("His rep said the actor was resting at home.", "His rep"),
])
def test_a_pal_a_confidant_and_a_rep_are_speakers(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
