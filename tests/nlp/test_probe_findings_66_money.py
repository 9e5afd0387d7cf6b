"""Generalisation check of the sixty-second pass on personal finance and money advice writing (helper L): thirty-two
short articles (``probe_money_66``) on savings rates, fixed mortgages, pensions, a self-assessment deadline, scams by
advert, text and cold call, energy bill help, readers' questions answered by an expert ('A reader writes: "X"', 'Q: ...
A: ...'), a budgeting diary in the first person, ISAs, card debt, the state pension, switching bonuses, inheritance
tax, pay-later schemes, tax on savings, car insurance, student loans, surveys of households, a base rate cut, tax
codes, gold, prize bonds, debt letters, loans written off, a flat that did not exist, lost pension pots and a
lender's data breach: 'the bank said it would pass on the cut', 'according to the comparison site X', 'Experts
recommend', 'the adviser says savers should', 'The consumer group X warned', 'The pensions regulator estimates', 'The
Tax and Duties Office said', 'Brokers expect', 'she told us', 'The fraud victim said', and speakers named again by
pronoun ('She', 'He', 'It'); each report with its hand-written gold, the lines that report nothing (the writer's
advice in the imperative, rates and products listed, example sums, definitions, deadlines, first-person narration)
and the speakers. Every sentence is written for the test.

Gold corrected first to the project's convention: a source keeps its relative clause ('Sasha Kerr, who runs the money
blog Penny Ledger'), as PolNeAR's maximal sources do.

Counted on main at the session's start, on the first twenty-five articles (written before any run): reports 50 of 52
right (1 content end wrong, 1 missed), lines that report nothing 52 of 55 (3 false reports), speakers 7 of 7. The six
articles written next, to probe harder shapes, gave reports 13 of 14, lines 6 of 9, speakers 1 of 1; the one written
after the first mends, reports 1 of 3 and lines 1 of 1 on main. The failures, grouped: an advert, a listing or a call
answered read as a report ('after answering an online advert for a cryptocurrency fund', 'He answered an advert on
social media', 'She responded to a listing for a flat'; PolNeAR leaves 'Clinton super PAC answers Rove ad' unmarked,
the one such record on train, which was wrong), mended by ``money_senses`` (``answered_notices.txt``); a sum or a debt
written off or down read as a judgement ('can write off debts of up to £50,000', 'wrote down the value of its loans by
£85m'; PolNeAR train has only the judgement, 'has written off efforts', left a cue), mended by ``money_senses``
(``written_off_nouns.txt``); an appeal to those it concerns missed, the parser hanging the infinitive on the word
after the one bidden ('urged customers affected to change their passwords', 'asked anyone concerned to call 101'; none
on PolNeAR train), mended by ``affected_infinitives`` (``bidden_modifiers.txt``). In all, on main: reports 64 of 69,
lines 59 of 65, speakers 8 of 8; after: reports 66 of 69, lines 64 of 65, speakers 8 of 8. On PolNeAR train the mends
drop one wrong record ('answers Rove ad'; right 13039 before and after, of 15654 -> 15653), on dev they change none
(1415 of 1711); speakers on dev 0.960 over 552 before and after."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_money_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("fixed_mortgages", "says", "Tomas Rekowski, a mortgage adviser at Gorrell & Finch"):
        "'says borrowers coming off cheap deals should start X': the parser makes 'borrowers coming off cheap deals'"
        " a clause of its own beside 'should start X', so the content comes in two touching spans; on PolNeAR train"
        " such split contents are right 25 of 30 as they are, so no class to join",
    ("warm_home", "urged", "Its chief executive, Rhona Gillies"):
        "'urged anyone struggling to contact their supplier early': 'struggling to contact' is a reading the words"
        " allow (the infinitive of 'struggling'), so the verb has no complement; 'urged customers struggling with"
        " repayments to call' is found",
    ("bonus_rate", "state", "The terms and conditions"):
        "after a headline the parser reads 'The terms and conditions state' as a noun phrase ('conditions state',"
        " 'state' a conjunct of 'terms'), the clause a relative clause on it; the sentence alone is found",
}

#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("pension_transfer", "Genuine firms will never cold-call you about your pension."):
        "'cold-call' is read as a verb of calling with 'about' for its topic; one hyphenated word, no class on train",
}

(parsed, test_a_report_of_money_writing_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # an advert, a listing or a phone call answered (``money_senses``, ``answered_notices.txt``)
    "He replied to an advert for a holiday let in the local paper.",
    "She answered a call from a woman claiming to work for the tax office.",
    "Hundreds of investors responded to adverts promising returns of 20%.",
    # a sum or a debt written off or down in the books (``written_off_nouns.txt``)
    "The lender has written off £90m of unpaid overdrafts.",
    "The fund wrote down its stake in the retailer by £12m.",
    "Unpaid arrears of up to £2,000 were written off by the housing association.",
])
def test_a_money_act_is_no_report(nlp, text):
    assert [r.cue.text for r in top(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    # the words answered stay reports: questions, calls for something
    ("The minister answered questions from savers.", "answered", "questions from savers"),
    ("The chancellor responded to calls for a windfall tax on banks.", "responded to", "calls for a windfall tax on banks"),
    ("The treasurer responded to calls from councillors to quit.", "responded to", "calls from councillors to quit"),
    # a judgement of someone's chances, PolNeAR's sense of 'write off'
    ("Party officials wrote off her chances of winning the seat.", "wrote off", "her chances of winning the seat"),
])
def test_words_answered_and_a_judgement_stay(nlp, text, cue, content):
    assert [(r.cue.text, r.contents[0].text) for r in top(nlp, text)] == [(cue, content)]


@pytest.mark.parametrize(("text", "content"), [
    # the infinitive the parser hung on the word after the one bidden (``affected_infinitives``)
    ("The building society urged members affected to check their statements.", "members affected to check their statements"),
    ("The ombudsman has asked anyone interested to respond by June.", "anyone interested to respond by June"),
    ("Trading officers encouraged those concerned to report the caller.", "those concerned to report the caller"),
])
def test_an_appeal_to_those_concerned_is_found(nlp, text, content):
    assert [r.contents[0].text for r in top(nlp, text)] == [content]


def test_a_word_with_its_own_infinitive_is_left():
    """'able to help' keeps its infinitive: the word is no one addressed (not in ``bidden_modifiers.txt``)."""
    from sourcebook.nlp.attribution.affected_infinitives import affected_infinitives
    from sourcebook.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Police urged anyone able to help to come forward.")
    assert affected_infinitives(doc) == ({}, {})
