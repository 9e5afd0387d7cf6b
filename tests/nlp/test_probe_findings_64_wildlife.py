"""Generalisation check of the sixty-fourth session on wildlife and environment news (helper K): twenty-nine short
articles (``probe_wildlife_64``) on poaching, bat and butterfly surveys, curlews, beaver releases, fish kills, seal
pups, wind farms near eagles, street trees, sewage at beaches, zoo births and elephants, wild bees, otters, fishing
bans, wildfire on moors, oil spills, hedgehogs, bogs, ivory, puffins, newts, wolves, coral, badgers, nesting beaches,
poisoned kites, penguins and deer: 'Rangers say', 'The survey found', 'Conservationists warned', 'A spokesperson for
the trust said', 'The Environment Agency confirmed', 'Scientists estimate', 'according to the charity's count', 'Locals
fear', 'The council insisted the trees were unsafe', 'Campaigners accused the water company of', 'The keeper described',
'The study, published in X, suggests', 'Experts believe', 'The zoo announced', and speakers named again by pronoun or
role ('the ranger', 'She'); each report with its hand-written gold, the lines that report nothing (species names and
descriptions, counts stated by the writer, habitat narration, visitor information, animal behaviour, a caption) and the
speakers. Every sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-six articles (written before any mend):
reports 67 of 70 right, lines that report nothing 63 of 64, speakers 10 of 12. Two of the misses and the line were my
gold against PolNeAR's and the project's conventions, so the gold was corrected: 'described the cub as "Y"' keeps 'the
cub as' in the cue, and 'Walkers are asked to keep to the boardwalk' is a request with no source (PolNeAR marks 'are
asked to rank their choices'); then reports 69 of 70, lines 63 of 63, no source or content end wrong. Missed: 'Some
farmers downstream said' (below). Speakers: 'Ranger Megan Tull of the Kestle Moors National Park said X' kept
'Ranger' in the name (the NER took 'Ranger Megan' for the person and 'ranger' was no role), so 'the ranger' and 'She'
after it stayed 'ranger'. Mended: 'ranger', 'gamekeeper' and 'zookeeper' are role nouns (``role_nouns.txt``), so such
a title before a name is no part of it. After: reports 69 of 70, lines 63 of 63, speakers 12 of 12. The three
articles written next, to probe the mended shape in other words ('Gamekeeper X of the Y estate', 'Zookeeper X of Y
Zoo', 'Ranger X of the Y Forest') and a request with no source, gave reports 10 of 10, lines 5 of 5, speakers 3 of 3
both on main and after (there the NER kept the titles out of the names). PolNeAR train and dev have none of the
three words, so the mend changes no record there (speakers on dev 0.960 over 552 before and after).
Seen while probing the mend: 'Sarah Mills said X. She said Y' gave 'She' no speaker, the tagger's plural (NNPS) on
'Mills' making a known first name and a surname of ``organisation_surnames.txt`` a body's name (``relabel``); the
plural no longer counts there. On PolNeAR train it gives 'Cheryl Mills' back to two records of one article that had
'Mills' (of six articles with a 'X Mills'); no record changes on train or dev."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_wildlife_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("trust_beavers", "said", "Some farmers downstream"):
        "in the article the parser hangs the subject on the adverb after it ('farmers' the nsubj of 'downstream', an"
        " advmod of 'said'), so the report has no source and is dropped (alone, the sentence gives 'Some farmers', the"
        " adverb left out); PolNeAR train has three such parses, none on a verb of saying, so no class to mend",
}

(parsed, test_a_report_of_wildlife_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a trade of parks and estates as a title the NER ran into the name is no part of it (``role_nouns.txt``)
    "Ranger Megan Tull of the Lowther reserve said the fence was cut. The ranger said two gates were open.",
    "Gamekeeper Megan Tull of the Ashby estate said the birds were gone. She said it was poison.",
])
def test_a_park_trade_before_a_name_is_a_title(nlp, text):
    assert [r.speaker for r in top(nlp, text)] == ["Megan Tull", "Megan Tull"]


def test_a_trade_no_one_was_given_stays_a_description(nlp):
    assert [r.speaker for r in top(nlp, "A ranger said the fence was cut. The ranger said two gates were open.")] == [
        "ranger", "ranger"]


@pytest.mark.parametrize("text", [
    # a known first name and a surname that is also a body's word, tagged as a plural (``relabel``)
    "Sarah Mills said the fence was cut. She said two gates were open.",
    "Sarah Mills, a warden, said the fence was cut. The warden said two gates were open.",
])
def test_a_person_whose_surname_is_a_body_word_stays_a_person(nlp, text):
    assert [r.speaker for r in top(nlp, text)] == ["Sarah Mills", "Sarah Mills"]


def test_a_firm_of_a_body_word_with_no_given_name_stays_a_firm(nlp):
    assert [r.speaker for r in top(nlp, "Hollis Mills said it would close its plant.")] == ["Hollis Mills"]
