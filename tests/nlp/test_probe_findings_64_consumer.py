"""Generalisation check of the sixty-fourth session on consumer and local business news (helper H): thirty-four short
articles (``probe_consumer_64``) on recalls, cafe and shop closures and openings, delivery failures, hygiene ratings,
doorstep and ticket scams, discount stores, bank branch closures, an ombudsman's ruling, hotel reviews, refunds,
bakery chains, village shops, empty high streets, phone faults, an award, wrong energy bills, gym contracts, market
rents, a car dealer in court, broadband cuts, a pub bought by villagers, a collapsed boiler firm, post office moves,
cinema prices, a watchdog's study, a laundrette fire, a food app, a travel firm's collapse, ferry refunds, a pub's
beer, a gym's flood, fake perfume and a florist's rent: 'a spokesperson for the firm said it was looking into the
matter', 'The owner, who opened the cafe in 2009, said', 'Customers have taken to social media to complain that',
"The council's inspection report said", 'Trading Standards warned', 'One shopper, who did not want to be named,
told', 'The bank said fewer customers now use the branch', 'The ombudsman ruled', 'Reviews on the site describe',
'Locals fear', 'The chain confirmed', and speakers named again by pronoun or role ('The mother of three', 'The
pensioner', 'The couple', 'she'); each report with its hand-written gold, the lines that report nothing (opening
hours, addresses, prices, menu items, ratings, instructions to readers, a shop's history and promotional lines stated
by the writer, 'has been approached for comment') and the speakers. Every sentence is written for the test.

Counted on main at the session's start. The first twenty-six articles (written before any run): reports 72 of 74
right, no content missed; lines that report nothing 46 of 47; speakers 12 of 12. Three gold items were corrected to
the conventions first: 'Magistrates heard that X' has no source (``audience_nouns.txt``: what a court hears was said by
someone unnamed); 'describe the rooms as cold and the breakfast as poor' holds both objects (PolNeAR marks 'describe X
as Y' with X in the content, 30 of 30 read in train); 'Contact your bank immediately if you think X' is a report of
'you' (PolNeAR marks generic 'you' in conditionals, 'if you don't like it', 'if you want to'; 53 'you' sources in
train), so that instruction line was replaced by one with no verb of thought. The six articles written next, on harder
shapes, gave reports 22 of 23 (a study's 'has found' after the report missed), lines 6 of 8, speakers 1 of 4.
Probing sentences then showed two classes, each checked in articles written before mending: a local business named
by its kind ('The shop said X', 'The pub denied that X', so 'store', 'salon', 'garage', 'cinema', 'nursery':
16 nouns of 17 tried) gave no speaker, and 'denied that' no record at all (three articles); and a role a 'who' clause
gives ('Pauline Reed, who runs Petals, said X. The owner said Y') was never taken back (one article). On main over all
thirty-four articles: reports 106 of 109 right (wrong source 0, content end 1, missed 2), lines 62 of 64 (2 false
reports), speakers 15 of 23. After: reports 107 of 109 (content end 1, missed 1), lines 62 of 64, speakers 16 of 23.

Mended: a business named by its kind speaks for its firm (``source_nouns.txt``: 'shop', 'store', 'pub', 'salon',
'garage', 'cinema', ...; not 'surgery', an operation in most news, 'The surgery showed that X'; not 'takeaway', a
lesson in PolNeAR train, 'the takeaway from X', nor 'farm' and
'gym', which made written lines that report nothing into reports: 'Three poultry farms have confirmed cases', a page's
label 'Corestrong Gym: May news'). And the small model takes a capitalised plural of people opening a sentence with
'of' or 'at' and a firm's name for one ORG ('Customers of Comfi Living say X', 3 of 20 such sentences tried), so the
firm was named after its customers and 'The company said' took the customers back; the entity is the firm's name after
the link (``patrons``, called from ``relabel``, as 'Millions of' is cut by ``index.without_count``). On PolNeAR train
and dev no record changes (train tp 13039 of 15654, dev 1415 of 1711) and the speakers on dev stay 0.960 over 552.
Tried and left: the role noun a 'who' clause gives ('who owns the shop': the owner), which lost the trade an epithet
names ('Samira Khan, who owns a corner shop ... The shopkeeper said' is Khan on main).
"""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_consumer_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("hotel_reviews", "describe", "Reviews on the site"):
        "'describe the rooms as cold and the breakfast as poor': the parser coordinates 'poor' with the clause, not a"
        " second object with its 'as', so the content ends at 'cold'; one sentence of its kind, no class in train",
    ("watchdog_trolleys", "found", "a study by the consumer watchdog Shopwise"):
        "'X, a study by the consumer watchdog Shopwise has found': the parser reads 'Shopwise has found' as a relative"
        " clause on 'watchdog' ('the watchdog [that] Shopwise has found'), so no clause has the study for subject; with"
        " no descriptive noun before the name ('a survey by the traders' association has found') it is found",
}

#: lines that report nothing but still show a record: (article, line) -> why
STILL_SHOWN = {
    ("bakery_sign", "Customers arriving at Hartley's Bakery in Penwick on Monday found the shutters down."):
        "'found X adj' is a finding to the cue rules ('The inquiry found X unlawful'); a thing found in a place is not"
        " told apart by syntax (PolNeAR train marks 'found' 63 times, most with an object and a predicate)",
    ("bakery_sign", "Hartley's was known for its cheese scones and its Christmas cakes."):
        "'X was known for Y' is read as a belief held by no one named, with X in the content, as PolNeAR marks 'is"
        " well known' (train: the subject as the content); kept",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("laundrette_fire", "she"):
        "'The mother of three said X. \"Y,\" she said': an epithet the article never gave the owner before stays a"
        " description, and 'she' takes it up (linking an epithet after a name across paragraphs did not pay before)",
    ("takeaway_app", "It"):
        "'Users of the Dishdrop food delivery app say X. The company blamed Y. It said Z': the tagger takes 'Users' for"
        " a name here, so the users are an organisation and 'The company' and 'It' take them back",
    ("retailer_refund", "The company"):
        "in the article the NER does not join 'Customers of Comfi Living' into one entity, and 'Comfi Living' alone is"
        " no entity either, so 'The company' stays a description ('company')",
    ("pub_prices", "The Fox and Hounds in Wellby"):
        "a pub's name of two nouns joined by 'and' ('The Fox and Hounds') is split by the NER, so its speaker is 'Fox'",
    ("florist_rent", "The owner"):
        "'Pauline Reed, who runs Petals, said X. The owner said Y': a 'who' clause gives the person no role noun (giving"
        " one lost 'who owns a corner shop ... The shopkeeper', which the epithet rules take back), so 'the owner' stays"
        " a description",
    ("gym_flood", "The gym"):
        "'gym' is no speaking noun: listing it made a page's label 'Corestrong Gym: May news' (probe_web_59) a report",
    ("ferry_refunds", "The company"):
        "'Harbourlink Ferries' is no entity to the small model after 'Customers of', so 'The company' stays a description",
}

(parsed, test_a_report_of_consumer_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


def test_the_company_is_not_its_customers(nlp):
    # the people of a firm the NER joined to its name are no name of the firm (``patrons``)
    text = "Customers of Comfi Living say they have waited months for refunds. The company said it was sorry for the delay."
    assert [r.speaker for r in top(nlp, text)] == ["Customers of Comfi Living", "Comfi Living"]


@pytest.mark.parametrize("noun", ["shop", "pub", "store", "salon", "cinema"])
def test_a_local_business_speaks_by_its_kind(nlp, noun):
    # (``source_nouns.txt``: the premises speak for the firm)
    found = top(nlp, f"The {noun} denied that it had overcharged customers. The {noun} said it would reopen next week.")
    assert [(r.cue.text, r.speaker) for r in found] == [("denied", noun), ("said", noun)]


def test_an_operation_is_no_business(nlp):
    # 'surgery' an operation, as most news means it, is no premises that speaks ('the surgery' of a GP is left out)
    assert top(nlp, "The surgery showed that the tumour had not spread to her lungs.") == []


def test_a_body_named_for_people_keeps_its_name(nlp):
    # no people's role opens 'Friends of the Earth': the name stays whole
    text = "Friends of the Earth said the plan was reckless."
    assert [r.speaker for r in top(nlp, text)] == ["Friends of the Earth"]
