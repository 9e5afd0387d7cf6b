"""Generalisation check of the sixty-fourth session on food and farming news (helper B): thirty-two short articles
(``probe_farming_64``) on a wheat harvest after drought, frost in orchards, recalls of salad, cheese and chocolate,
egg rationing, bird flu, swine fever, bluetongue and foot-and-mouth, milk prices, food banks and pantries, cod quotas,
a potato survey, food inflation, tractor protests, rice and cocoa prices, hail in vineyards, tomato shortages, olive
oil, a beef trade deal, fake honey, floods, bakers' flour, pickers, irrigation bans, sugar beet, coffee, school meals
and a fish auction: 'Farmers in X say', 'The Growers' Association warned', 'A grower in X, who has farmed there for 30
years, said', 'said in a statement', 'The Food Standards Agency advised customers', 'The recall notice says', 'Vets
confirmed', 'The ministry estimates', 'according to the harvest survey', 'Shoppers told reporters', 'The union accused
supermarkets of', 'The company apologised and said', 'Economists expect', 'The director of the food bank said demand
had doubled', and speakers named again by pronoun or role across paragraphs ('He', 'She', 'The farmer', 'The
58-year-old', 'The grower'); each report with its hand-written gold, the lines that report nothing (prices per kilo
and per tonne, yields, acreages and catches stated by the writer, a pack's and a recipe's lines, instructions to the
reader, opening hours, weather narration, a firm's recall of its goods) and the speakers. Every sentence is written
for the test.

Counted on main at the session's start, on the first twenty-six articles (written before any mend): reports 64 of 66
right (content end 1, missed 1; no source wrong), lines that report nothing 64 of 65 (false report 1), speakers 10 of
11 (1 wrong: the missed report's). On all thirty-two (the gold of two corrected first to PolNeAR's marking: a passive
'Customers were advised to X' is no attribution there, 0 of 4 on train; 'said X and that Y' holds both clauses, 163 of
166): reports 81 of 83 (content end 2, missed 1), lines 79 of 81 (false report 2), speakers 13 of 15. Mended: a firm
that recalls its goods tells no memory ('Greenfold Foods is recalling its bags of leaves', ``product_recalls``; PolNeAR
train marks 'recall' 47 of 60 times, never with a firm for its subject: one right record, an analyst the NER took for a
body, is kept by his apposition); a role word taken from the relative clause on a name ('Tamsin Rudd, who grows beet
... The grower said' is Rudd: ``given_roles.doer_words``, read by ``affiliations``; only for a verb of a trade,
``trade_verbs.txt``: any verb's doer, 'who lost the seat' a 'loser', took a headline's epithet from its lede).
After: reports 81 of 83, lines 81 of 81, speakers 14 of 15. Conventions followed as the project has them: a source
ends before the comma that closes a relative clause on it; 'accused X of Y' holds 'X of Y'; 'urged' and 'advised'
hold the one addressed ('keepers to house their birds'); a survey's 'found' and a notice's 'says' are reports of the document."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_farming_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("swine_fever", "confirmed", "Officials"):
        "the day after a noun object ('confirmed a case of X on Monday') is left out of the content, while 'Vets confirmed an"
        " outbreak of X on Sunday' keeps it, as the parser hangs it; PolNeAR train keeps such a day inside 36 times and"
        " outside 33: no convention to mend towards",
    ("bakery_flour", "told", "She"):
        "'told customers in a sign on the shop door that X': the parser hangs the 'that' clause on 'door' as a relative"
        " clause ('that' its object), so 'told' has no clause ('told staff in a letter that X' is found)",
    ("cheese_recall", "said", "The Food Standards Agency"):
        "'said people who had eaten the cheese and felt unwell should X': the content stops before 'and felt' (so before"
        " 'and looked'; not 'and seemed', 'and were'), though the parse is right; one sentence, no class on train",
}

#: speakers of reports still missed: (article, source) -> why
KNOWN_SPEAKERS = {
    ("bakery_flour", "She"): "the report is missed (see STILL_WRONG), so it has no speaker",
}

(parsed, test_a_report_of_farming_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a firm recalls its goods (``product_recalls``)
    "Greenfold Foods is recalling its bags of mixed leaves after listeria was found.",
    "Halvorsen Dairies recalled its yoghurts on Friday.",
    "The retailer has recalled two of its own-brand pizzas.",
])
def test_a_firm_recalling_its_goods_reports_nothing(nlp, text):
    assert [r.cue.text for r in top(nlp, text)] == []


@pytest.mark.parametrize("text", [
    # a person recalls what they remember, and a firm may recall how things were
    "Orla Quinn recalled the day the mill burned down.",
    "The minister recalled that the plan had failed.",
    "The company recalled how it had nearly closed in 2009.",
    "Roffman, a securities analyst for the investment company Janney Scott, recalled numerous calls with the mayor.",
])
def test_a_memory_recalled_is_still_a_report(nlp, text):
    assert [r.cue.text for r in top(nlp, text)] == ["recalled"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the doer of a relative clause on the name (``given_roles.doer_words``)
    ("Tamsin Rudd, who grows beet near Hollesby, said the sums no longer added up. The grower said she would stop.",
     "Tamsin Rudd"),
    ("Tamsin Rudd, who bakes bread in Hollesby, said flour was dear. The baker said she would close on Mondays.",
     "Tamsin Rudd"),
    ("Tamsin Rudd, who keeps bees near Hollesby, said the summer was poor. The beekeeper said she would stop.",
     "Tamsin Rudd"),
])
def test_a_role_from_a_relative_clause_is_taken_back(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


def test_a_doer_no_one_was_is_still_a_description(nlp):
    text = "A baker said bread was dear. Tamsin Rudd, who teaches in Hollesby, said it was not. The baker said it was."
    assert [r.speaker for r in top(nlp, text)][-1] == "baker"


@pytest.mark.parametrize("text", [
    # a person the NER takes for a firm of that name still remembers (``product_recalls._remembered``)
    "Ford recalled his first meeting with the Soviet leader in a long interview.",
    "Chanel recalled the war years in a memoir published after her death.",
])
def test_a_memory_of_a_name_the_ner_calls_a_firm_is_a_report(nlp, text):
    assert [r.cue.text for r in top(nlp, text)] == ["recalled"]



@pytest.mark.parametrize(("text", "speaker"), [
    # a doer that is a role noun is taken back by that noun ('who owns' ... 'the owner', 'who teaches' ... 'the teacher')
    ("Rob Dane, who owns the Anchor pub, said trade was slow. The owner said prices would rise.", "Rob Dane"),
    ("Li Wen, who teaches maths in Harbin, said pupils were anxious. The teacher said exams were hard.", "Li Wen"),
])
def test_a_doer_role_noun_is_taken_back(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


def test_an_owner_by_a_relative_clause_and_another_trade(nlp):
    # the keeper of the business owned is a role of hers too (``given_roles.trade_nouns``: 'shop' -> 'shopkeeper')
    text = ("Ines Marlow, who owns a corner shop in Pellby, said break-ins had doubled. "
            "The shopkeeper said police never came.")
    assert [r.speaker for r in top(nlp, text)] == ["Ines Marlow", "Ines Marlow"]
