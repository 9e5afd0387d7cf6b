"""Generalisation check of the sixty-eighth pass on who is speaking across a long article (helper L): twenty-five
articles of seven to nine paragraphs (``probe_longspeakers_68``) with two speakers of the same gender ('Ms Hale ...
Ms Odum ... she said'), role phrases naming an earlier speaker ('the 45-year-old', 'the father of three', 'the former
minister', 'the striker', 'the Dublin-born author', 'the company's founder', 'the veteran'), speakers first named in
the headline or a photo caption, a speaker named once and quoted later with 'he' only, 'they' for a body, a family
name shared by two people ('John and Mary Tell'), a name's short forms ('Okafor', 'Chidi') and a speaker introduced
in the line of their first quotation; each report with its hand-written gold, the lines that report nothing and the
speakers. Every sentence is written for the test.

Counted on main at the session's start (written before any mend; one gold speaker's cue corrected first to the
record's form, 'has promised', which ``speaker_of`` matches whole): reports 119 of 119 right, lines that report
nothing 45 of 46 (below), speakers 74 of 88. Mended: a place the NER took for a person before a hyphen and a word of
origin ('the Glasgow-born singer': 'Glasgow' was the speaker of a later 'she'; ``birthplaces``, ``origin_words.txt``),
a role phrase with the same place and word of origin as a person's description names that person by any noun ('the
Glasgow-born singer ... The Glasgow-born star said'; ``origins``, asked by ``role_synonyms``), and 'Toys' a word
that makes a name a firm's ('Kipling Toys', a PERSON, so 'The company' and 'They' named no one;
``organisation_words.txt``). After: reports 119 of 119, lines 45 of 46, speakers 78 of 88. On PolNeAR the mends
change no record (train 13053 right of 15667, dev 1416 of 1711, before and after); speakers on dev 0.960 (529 of
551, role 0.837) and on the train speaker gold 0.947 (234 of 247, role 0.741), before and after. In the seventieth
pass (helper O) 'Crumb & Co' is no longer split before the parser (``components/name_joins``), and its line's 'plans
to' is shown as any firm's plan is: lines 44 of 46."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_longspeakers_68 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

STILL_WRONG = {}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("solar_farmer", "The developer, Brightfield Energy, wants to build the park on land it leases from the county."):
        "'wants to' is a cue PolNeAR marks now and then (train has 84 cues 'want' or 'wants' against 342 'want to'"
        " or 'wants to' in its text), and a firm's aim to build is the kind the ranker keeps",
    ("bakery_founder", "Crumb & Co, the bakery chain, plans to open 20 shops in the Midlands next year."):
        "'plans to' is a cue PolNeAR marks now and then (train has 32 cues 'plan' or 'plans' against 170 'plan to',"
        " 'plans to' or 'planned to' in its text) and the ranker keeps a firm's plan; the line gave no record only while"
        " the parser split the sentence after 'Crumb' (mended before the parser, ``components/name_joins``): 'Harlow"
        " Foods, the bakery chain, plans to X' was shown all along",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("debut_prize", "The Dublin-born author"):
        "the article never says Niamh Corrigan was born in Dublin nor calls her an author (the headline's 'Novelist'"
        " names no one): the reader infers the prize winner, the record keeps the description",
    ("bakery_founder", "The company's founder"):
        "'The chain was started ... by Rosa Lind' gives her no role: a passive's agent is not read as the founder",
    ("bakery_founder", "she"):
        "the 'she' follows the founder's record before it, which kept the description (above)",
    ("eye_clinic", "The clinic's director"):
        "the photo caption names Dr Amara Nwosu at the clinic, not as its director: no role to match",
    ("eye_clinic", "she"):
        "the 'she' follows the director's record before it, which kept the description (above)",
    ("captain_retires", "The veteran"):
        "'the veteran' is a part in a story (a war veteran a witness, ``counterparts``) that the last speaker may"
        " take, and Frank Dolan spoke last; the article never called Kerr a veteran",
    # ('marathon_grandmother', 'The 71-year-old' is Iris Kane since the follow-ups' ``aged_kinds``, test_followups_68c:
    # a role noun before an age in the headline is no name; speakers 79 of 88)
    ("airline_routes", "The airline's boss"):
        "'Its chief executive, Marta Rusk': the 'Its' is not resolved to the one-word Skylane (it is to 'Brennock"
        " Air'), and Skylane is an airline only by its apposition, which no synonym's body words read",
    ("airline_routes", "she"):
        "the 'she' follows the boss's record before it, which kept the description (above)",
    ("harbour_chair", "The chairman of the Portlow Harbour Board"):
        "the headline's 'Owen Pryce quits as chair of harbour board' is no description the role phrase matches, and"
        " a role with its own 'of' body is complete in itself",
}

(parsed, test_a_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_resolved_across_the_article, test_a_report_still_wrong, test_a_line_still_shown,
 test_a_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "speakers"), [
    # the same place and word of origin name the person described so, by another noun (``origins``)
    ("Ivo Brandt, a Kelby-born pianist, will retire this year. The Kelby-born musician said his hands were tired.",
     ["Ivo Brandt"]),
    ("Lena Marsh, the Kelby-raised novelist, won the prize. The Kelby-born author said she was stunned.",
     ["Lena Marsh"]),
    # no one the article said was born there: the description stays
    ("Lena Marsh won the prize. The Dublin-born author said she was stunned.", ["Dublin-born author"]),
    # a place before '-born' is no person a later 'she' stands for (``birthplaces``)
    ("The Glasgow-born star said the tour would start in May. \"I have missed the stage,\" she said.",
     ["Glasgow-born star", "Glasgow-born star"]),
    # 'Toys' makes a name a firm's ('organisation_words.txt')
    ("Kipling Toys is recalling 40,000 scooters. The company said no child was hurt. They said parents should stop.",
     ["Kipling Toys", "Kipling Toys"]),
])
def test_a_speaker_named_by_origin_or_firm(nlp, text, speakers):
    assert [r.speaker for r in top(nlp, text)] == speakers
