"""Generalisation check of the sixty-second session on local government, council and school news (helper A):
forty-five short articles (``probe_councils_62``) with council meetings ('Councillor X told the meeting', 'the motion
states', 'residents packed the hall to complain that', 'The meeting heard that X'), planning objections and appeals,
council spokespeople, minutes, agendas and reports to cabinet, mayors, school boards, head teachers' letters and
inspectors' findings, an ombudsman, parents and pupils quoted, petitions, consultations, votes, budgets and
council-tax figures, each report with its hand-written gold (a word of the cue, the source, the first content), the
lines that report nothing (agenda items, vote tallies, budget lines, opening hours, addresses, names of schemes and
schools in quotes, road closures) and the speakers of pronouns and titled names ('Cllr'). Every sentence is written
for the test.

Counted before this pass (main at 90c8d76a) on the first thirty-eight articles (written before any mend; the gold
corrected to PolNeAR's conventions first): reports 106 of 109 right (missed 2, a content cut wrong 1, no source
wrong), lines that report nothing 72 of 74 (two lines reported), speakers 13 of 13. Mended: a meeting's 'minutes'
with 'the' or an owner are a record that says what was said, no stretch of time holding nothing ('The minutes
record that X', 'The council's minutes show Y'; ``scenes``; two strict xfails of the 57 and 59 sets pass with it); a
'claim' with a 'for' phrase naming money is a demand to be paid ('Drivers have lodged 212 claims for damage to
tyres', ``money_claims``); a 'charge' with a word of a fee or an amount set before it is a fee, no accusation ('a
daily charge for older vans'; ``fee_words.txt``, ``fee_charges``). After: reports 107 of 109, lines 73 of 74,
speakers 13 of 13. The two articles written next, to probe those mends in other words, gave reports 3 of 4 before and
4 of 4 after, lines 5 of 5. Four more written then to widen the check gave reports 15 of 16, lines 7 of 7, speakers 0
of 2, and two more mends: a council's 'The meeting heard that X' and 'Councillors heard that Y' are evidence heard on
the record, a report with no source (``audience_nouns.txt``), and a person's name opening with a rank ('Cllr',
'Sgt') set after a role with 'of' is a person, not the body the role introduces ('The chair of the planning
committee, Cllr Gordon Ashdown, said X' kept 'Cllr' in the speaker and lent 'he' the role; ``relabel``; a strict
xfail of the 60 courts set passes with it). After: 16
of 16, 7 of 7, 2 of 2; the article written last, to probe these, gave reports 2 of 3 before and 3 of 3 after,
speakers 2 of 2. None of the mends changes a record on PolNeAR train or dev, nor the speakers of dev (0.960 of 552).
Conventions followed as PolNeAR has them (counted on train): 'X voted 7-2 to Y' is in neither list (36 of 112
'voted' are cues, 'The council voted 6-1 for the resolution' one); 'has declared a climate emergency' is left out of
the lines that report nothing (a state declared: 2 of 5 such on train and 3 of 3 on dev are cues, 'declared
bankruptcy'); a passive 'expected to' with no one named ('Works are expected to cost £26,000') is kept, no gold (5 of
9 on train are cues); 'approved' a plan is a cue (2 of 3 on train); 'describes X as "Y"' keeps 'X as' in the
content; a petition 'calling for' X is in neither list (1 of 2 on train)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_councils_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("officers_recommend", "says", "A report to the planning committee"):
        "'the panels would harm the setting of Wexcombe Priory, a listed building': a content ends before an"
        " apposition set off by a comma after its last noun (extending contents over appositions did not pay on"
        " PolNeAR train)",
    ("clean_air_zone", "described", "Cllr Stuart Mabey (Con, Eastfield)"):
        "'described the charge as \"a tax on tradespeople\"': 'charge' is a noun of words (an accusation), so the"
        " object joins the cue ('described the claim as false'); here it is a fee named by 'the' alone, which no"
        " word before it marks (``fee_charges`` needs one)",
}
#: lines still reported: (article, line) -> why
STILL_SHOWN = {
    ("consultation_parking",
     "More than 1,400 people responded to the council's consultation on parking charges in Brackwell town centre."):
        "'responded to' a consultation is taking part in it, no answer to anyone's words; PolNeAR train has no such"
        " shape ('responded to requests for comment' is a cue), so no class to mend",
}

(parsed, test_a_report_of_council_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a meeting's minutes with 'the' or an owner: a record, no stretch of time (``scenes``)
    ("The minutes say the treasurer warned of a shortfall.", "say", "The minutes", "the treasurer warned of a shortfall"),
    ("The board's minutes show that two governors asked for a vote.", "show", "The board's minutes",
     "two governors asked for a vote"),
])
def test_a_meetings_minutes_are_a_source(nlp, text, cue, source, content):
    assert [(r.cue.text, r.source.text, r.contents[0].text) for r in top(nlp, text)] == [(cue, source, content)]


@pytest.mark.parametrize("text", [
    # a time is still no source ('The final minutes saw a late goal'; ``scenes``)
    "The final minutes saw a late goal.",
    "Ten minutes later the lights went out.",
    # a claim for money: a demand to be paid, no words (``money_claims``)
    "Residents have filed claims for compensation over the flooding.",
    "Motorists lodged 90 claims for damage caused by potholes last year.",
])
def test_a_time_or_a_claim_for_money_reports_nothing(nlp, text):
    assert [r.cue.text if r.cue else None for r in top(nlp, text)] == []


@pytest.mark.parametrize("text", [
    # a fee called a charge: no accusation (``fee_charges``; 'backed' and 'voted for' a plan stay cues)
    "Members backed a weekly charge for builders' skips on the highway.",
    "Councillors voted for an annual charge for residents' parking permits.",
    "Councillors in Redbridge Vale have approved a daily charge for older vans and lorries entering the city centre.",
])
def test_a_fee_called_a_charge_is_no_cue(nlp, text):
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None and "charge" in r.cue.text] == []


@pytest.mark.parametrize(("text", "cue"), [
    # an accusation stays one ('the charges against him', 'a charge that X'; not a fee)
    ("She denied the charge that she had misled the committee.", "denied"),
    ("Critics charge that the levy is unfair.", "charge"),
])
def test_an_accusation_called_a_charge_stays_a_report(nlp, text, cue):
    assert cue in [r.cue.text for r in top(nlp, text) if r.cue is not None]


@pytest.mark.parametrize(("text", "content"), [
    # a council's meeting and its members hear evidence on the record: no source (``audience_nouns.txt``)
    ("The meeting heard that the roof of the market hall was unsafe.", "the roof of the market hall was unsafe"),
    ("Councillors heard that the ferry had lost money for six years.", "the ferry had lost money for six years"),
])
def test_a_meeting_hears_with_no_source(nlp, text, content):
    assert [(r.cue.text, r.source, r.contents[0].text) for r in top(nlp, text)] == [("heard", None, content)]


@pytest.mark.parametrize(("text", "speaker"), [
    # a rank opening a name set after a role with 'of': a person, no body (``relabel``)
    ("The chair of the licensing committee, Cllr Ruth Penhale, said the bar could reopen. She said it had a new manager.",
     "Ruth Penhale"),
    ("The head of the traffic unit, Sgt Colm Rafferty, said the lights had failed. He said they were fixed by noon.",
     "Colm Rafferty"),
])
def test_a_rank_after_a_role_with_of_opens_a_persons_name(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]
