"""Generalisation check of the sixty-third session on sports governance, transfer and doping news (helper D):
twenty-nine short articles (``probe_sportsdesk_63``) on clubs, agents, leagues, federations, tribunals, anti-doping
panels and fan groups ('sources close to the club say', 'the player's agent insisted', 'the club said in a statement
on its website', 'the manager told her pre-match press conference', 'the anti-doping panel found', 'the federation
confirmed', 'fans chanted', 'the chairman hit back, saying', 'the striker posted on social media that', 'according to
reports in Spain', 'the league is understood to', 'the athlete denied', 'the ruling says', 'the coach admitted',
'pundits claim'), each report with its hand-written gold (a word of the cue, the source, the first content), the lines
that report nothing (scores, tables, fees and contract lengths stated by the writer, fixtures, match narration,
grounds and trophies named in quotation marks) and the speakers of epithets by age, nation and role. Every sentence
is written for the test.

Counted before this pass (main at 2ab4ae66) on the first twenty-six articles (written before any mend): reports 75
of 79 right (a content's end 3, a source 1, none missed), lines that report nothing 58 of 59, speakers 8 of 9 (and
'The teenager told' after '19-year-old forward Pim Ardenne', added to the gold after the count, gave the coach). Two of
the content ends were the gold's, corrected as PolNeAR marks them: 'dismissed the claims as "nonsense"' keeps 'as
"nonsense"' in the content (5 of 6 'dismissed X as' on train), and a quotation run on by an adjunct ('chanted "X"
throughout the draw') keeps it (107 contents of 124 on train that open on a quotation run past its close); the third,
'said it was "aware of the matter" but would not comment further', is the league's own refusal as the parser joins it
to 'said' (no such refusal on train), so the gold ends at the quotation. So reports 78 of 79. Mended: nationalities
the NER reads now as a nation, now as a name ('the Uruguayan wrote', 'The Lithuanian said'; 20 of 55 such words failed
in a frame sentence) are person epithets (``person_epithets.txt``); an age written before a role and a name is that
person's ('19-year-old forward Pim Ardenne ... The teenager told', ``descriptions._given_age``). After: reports 78 of
79, lines 58 of 59, speakers 10 of 10. The three articles written next, to probe the mended shapes in other words,
gave reports 11 of 11, lines 7 of 7 and speakers 1 of 2 ('The Colombian, who ran the second leg, said': an epithet
with a relative clause set off); mended: such a clause is left out when finding whom the epithet names
(``descriptions.aged``), and 'team-mate' is a hyphenated role ('Team-mate Yolanda Perdomo said' kept the word in the
speaker's name). After: speakers 2 of 2 there. Then the one line reported, 'The Lithuanian is due to fight Reggie Osei
for the vacant title', a bout read as a stance ('will defend her title', 'challenge X for the belt' too): 'defend',
'challenge' or 'fight' with a contest's prize for its object or after its 'for' reports nothing (``contests``,
``contest_prizes.txt``; not 'defended the decision', 'fight the ban'). After: lines 59 of 59 in the first
twenty-six. Probing sentences beyond the set: 'The club's fans' forum heard that X' was missed; a forum, a
conference, a briefing or an assembly hears speakers as one, as a court does (``audience_nouns.txt``; no such subject
of 'heard' on PolNeAR train or dev). PolNeAR train and dev records identical; speakers on dev 0.960 over 552 as
before."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_sportsdesk_63 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("loan_deal", "said", "Saltmere interim coach Denholm Cray"):
        "the tagger reads the club's name opening the sentence as an adjective and the parser hangs it on the verb"
        " as an adverb, so the source starts at 'interim' ('Kelvedon interim coach X said' is right); no source on"
        " PolNeAR train lost its first word so",
}
#: lines that report nothing still reported: (article, line) -> why (none left)
STILL_SHOWN: dict = {}

(parsed, test_a_report_of_sports_governance_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_an_epithet_or_a_surname, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a nationality the NER may take for a name (``person_epithets.txt``)
    ('Nahuel Ferreyra scored twice. "I am happy here," the Uruguayan wrote.', "Nahuel Ferreyra"),
    ("Dainius Vaitkus lost on points. The Lithuanian said he would fight on.", "Dainius Vaitkus"),
    ('Rosa Lindqvist won the sprint. "It hurts," the Icelander said.', "Rosa Lindqvist"),
    # a relative clause set off after the epithet names no one else (``descriptions``)
    ("Marisol Etxeberria tested positive. The Colombian, who ran the second leg, said she had been given it.",
     "Marisol Etxeberria"),
    ("Adaeze Korva, 26, was banned. The 26-year-old, who won bronze in 2025, said she would appeal.", "Adaeze Korva"),
])
def test_an_epithet_of_the_sports_desk(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # an age written before a role and a name is that person's (``descriptions._given_age``)
    ("Kelvedon loaned 19-year-old forward Pim Ardenne to Saltmere. Coach Denholm Cray said he was pleased. The"
     " teenager told the website that he was buzzing.", "Pim Ardenne"),
    ("City signed 27-year-old Brazilian midfielder Thiago Araújo. Coach Denholm Cray said he was pleased. The"
     " 27-year-old said he was happy.", "Thiago Araújo"),
])
def test_an_age_before_a_role_and_a_name(nlp, text, speaker):
    assert top(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize("text", [
    # a contest for a prize is a bout or a race, no stance (``contests``)
    "The Lithuanian is due to fight Reggie Osei for the vacant title on May 17.",
    "Korva will defend her 400m title in Rome next month.",
    "Halvik will challenge Osei for the heavyweight belt in May.",
])
def test_a_contest_for_a_prize_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister defended the decision.", "defended"),
    ("The club said it would fight the ban.", "said"),
])
def test_a_stance_against_a_thing_keeps_its_cue(nlp, text, cue):
    assert [r.cue.text for r in top(nlp, text)] == [cue]


@pytest.mark.parametrize(("text", "content"), [
    # a gathering that hears speakers as one, as a court does: heard from no one named (``audience_nouns.txt``)
    ("The club's fans' forum heard that season ticket prices would rise.", "season ticket prices would rise"),
    ("The conference heard that doping cases had doubled.", "doping cases had doubled"),
])
def test_a_gathering_heard(nlp, text, content):
    found, there = found_in(top(nlp, text), "heard", "", content)
    assert found, there


def test_a_person_who_heard_is_no_gathering(nlp):
    assert top(nlp, "Saltmere supporters heard that the club had been sold.") == []


def test_a_team_mate_is_a_role(nlp):
    assert [r.speaker for r in top(nlp, "Team-mate Yolanda Perdomo said the squad was heartbroken.")] == [
        "Yolanda Perdomo"]
