"""Generalisation check of the sixty-seventh pass on company results, earnings calls and guidance (helper L):
thirty-one short articles (``probe_results_67``) with statements and trading updates ('the company said in a
statement'), calls ('told analysts on a conference call', 'Chief financial officer X said on the call', a
transcript's 'Operator:' and named turns), analysts' notes ('analysts at Y wrote in a note', 'said X, an analyst at
Z'), a firm's forward-looking words ('expects revenue of', 'forecast a pretax profit of', 'sees full-year profit',
'guided for'), results and share moves that report nothing ('Revenue rose 4% to $3.1bn', 'Shares fell 2% in early
trading'), a boss named again ('the chief executive', 'Ms X', 'the CFO', 'the group's boss', 'the finance chief'),
tickers ('(LON: BRV)', '(NYSE: KLM)'), 'declined to comment' and 'did not respond to a request for comment'. Every
sentence is written for the test.

Counted on main at the session's start (c0910092) on the thirty-one articles, written before any mend (one gold
corrected first to train: 'Norbeck Games reported revenue of $1.2bn' is a report, a firm's 'reported' with a figure
as train has 'Trump reported between $5,000 and $15,000 in interest income'): reports 65 of 69 right (missed: 'Kilbride
Water forecast that X', the tagger's noun compound 'Water forecast'; 'guided for'; the 'Operator:' turn; and a content
cut before 'this year'), lines that report nothing 44 of 46 ('Hospitals ordered 18% more of its heart monitors' a
directive; 'did not respond to a request for comment' after a relative clause), speakers 18 of 20 ('The CFO', 'The
group's boss'). Mended: a verb of saying read as the noun at its sentence's root keeps the 'that' clause the parser
made its relative clause ('Kilbride Water forecast that household bills would rise', ``noun_verbs``); 'order' with a
counted object is goods bought, no directive ('The airline ordered 40 aircraft', ``stock_orders``); a role written
with a name's possessive ("Harlan Cycles' chief executive") names a body, so 'the company's boss' or 'the group's boss'
may be its holder ('group' a noun of any firm, ``any_firm_nouns.txt``; ``role_synonyms``); a role's initials the NER
tagged a body of their own are the role ('The CFO said' after the chief financial officer: 'cfo' in ``role_nouns.txt``
and ``role_synonyms.json``, ``rank_titles.acronym_role``). After: reports 66 of 69, lines 45 of 46, speakers 19 of 20
(the 'group's boss' below shows only in the tests further down). On PolNeAR train and dev the mends change no record
(train 13049 right of 15662, dev 1416 of 1711, before and after) and no speaker (dev 529 of 551, train's gold 234 of
247, before and after).

Left: 'guided for X' (no cue; PolNeAR train has 'guided' four times, never a firm's guidance), the transcript's
'Operator:' turn, a content end before 'this year' (content boundaries tried and dropped before), 'did not respond'
shown after a source with a relative clause (silent without it), and 'Its chief executive' read as the
housebuilder's, so no name owns the role for 'the group's boss'."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_results_67 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("expects_revenue", "expects", "Tembrook Medical"):
        "the content ends before 'this year', which the parser hangs on 'expects' as when the expecting happens"
        " (a learned or ruled content end was tried four times and dropped: no variant reached 2:1 on train)",
    ("guided_for", "guided", "Orrin Devices"):
        "'guided for X' is no cue: PolNeAR train has 'guided' four times, never a firm's guidance, so there is no"
        " marking to follow",
    ("transcript", ":", "Operator"):
        "a transcript's turn is read for a label that names a person ('Lucia Ferrand:'); the call's operator is a"
        " role with no name, which the label rules do not take (the named turns of the same transcript are found)",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("declined_comment",
     "Larkhill Partners, which has been named as a possible buyer, did not respond to a request for comment."):
        "the same line with a bare source ('Larkhill Partners did not respond to a request for comment') or an"
        " apposition gives no record; with the relative clause in the source the candidate is kept",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("forecast_profit", "The group's boss"):
        "'Its chief executive, Gideon Rusk' is read as the housebuilder's (the description in the sentence before),"
        " which names no body, so 'the group's boss' is no one's ('Caldmoor Homes' chief executive' would be: below)",
}

(parsed, test_a_report_of_company_results_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(map(len, NOT_REPORTS.values())) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a verb read as the noun at the root keeps the clause the parser made its relative clause (``noun_verbs``)
    ("Kilbride Water forecast that household bills would rise next year.", "forecast", "Kilbride Water",
     "household bills would rise next year"),
    ("Tarlow Gas forecast that wholesale prices would fall in the spring.", "forecast", "Tarlow Gas",
     "wholesale prices would fall in the spring"),
    # a directive is still one ('order' with no count, or a count sent somewhere: ``stock_orders``)
    ("The judge ordered the release of 40 prisoners.", "ordered", "The judge", "the release of 40 prisoners"),
    ("The mayor ordered an inquiry into the flooding.", "ordered", "The mayor", "an inquiry into the flooding"),
])
def test_a_report_of_a_firm_or_an_order(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    # 'order' with a counted object is goods bought (``stock_orders``)
    "Hospitals ordered 18% more of its heart monitors last quarter.",
    "The airline has ordered 40 aircraft from a European maker.",
    "The council ordered 12 new buses for the airport route.",
])
def test_goods_ordered_report_nothing(nlp, text):
    assert [r.cue.text if r.cue else None for r in nlp(text)._.sourcebook_attributions] == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a role written with a name's possessive names a body: 'the company's boss', 'the group's boss' (``role_synonyms``)
    ("Harlan Cycles' chief executive, Mia Roe, said sales rose. The company's boss said jobs would go.", "Mia Roe"),
    ("Caldmoor Homes' chief executive, Gideon Rusk, said buyers were waiting. The group's boss said fewer sites would"
     " open.", "Gideon Rusk"),
    # a role's initials the NER tagged a body are the role ('cfo' in ``role_nouns.txt``, ``rank_titles.acronym_role``)
    ("Finance director Ann Roe said costs rose. The CFO said prices would rise.", "Ann Roe"),
    ("Velmar chief financial officer Dana Whitcombe said margins fell. The company's CFO said they would recover.",
     "Dana Whitcombe"),
])
def test_a_boss_named_again_by_a_firm_noun(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]
