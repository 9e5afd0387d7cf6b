"""Web check of the fifty-ninth session (helper F): sixty-two pages of genres the earlier web sets had little of
(``probe_web_59``: long-form feature narration, obituaries, travel writing, restaurant, film, book, game, concert
and podcast reviews, science explainers, personal essays and blogs, recipes and how-to guides, product and app
pages, set-up notes and a FAQ, match, race and chess reports, council, school, club and gym newsletters, event and
theatre listings, a weather forecast, a court list, job and rental adverts, a wedding notice, release notes, a plot
summary, a town history, a police appeal, a lost-cat notice, a sermon's summary), each report with its
hand-written gold (a word of the cue, the source, the first content) and every other paragraph a line that reports
nothing. Every sentence is written for the test.

Counted on main before any mend (9338f69, all sixty-two pages): reports 61 of 65 right, lines that report nothing
307 of 337 silent. The 30 lines shown, by cause: a thing sensed or a skill learned 5 ('he noticed the first crack
in the hull', 'felt the floor move under her slippers', 'He had learned to read the water', 'I learned to
practise', 'have been learning about the Romans'), a thing for a source with a thing for its content 5 ('The menu
promises house-made noodles', 'Each district asks you to X', 'a display tells the story of X', 'Our interactive
map shows every volcano', 'diaries reveal a man who X'), a decision or an assent 5 ('he decided to sell the
licence', 'The council has agreed to fund X'), words PolNeAR counts 4 ('thanked the volunteers', 'would like to
thank', 'The director will discuss how X', 'answers most questions'), the reader's view in an order's condition 2
('if you plan to walk X, check Y', 'If you suspect your dog has X, move it'; an order's bidden saying, 'Ask them to
tell you how X', shares a line with 'learning about'), a game's play 2 ('offered one on move 24', 'asked her mount
for one more effort'), first person 2 ('I realised X', 'my advice is simple: X'), and one each of a craft ('Vane
writes the weather'), a body part's 'seemed', a resultative ('cheered themselves hoarse'), a term given
('Physicists call X precession') and an app's name before a colon ('Tidewatch: tide times'). None from a body part
begging or pleading ('my lungs begging for air'), 'No one knows X', 'Nobody can say X', a purpose 'to determine
whether X', a figure of tearing out ('pulled out the fickle grape') or a heading with a label ('Review: X'). The 4
reports wrong: a content run over ', and you spend X', one cut before ', despite X', a cue missed after 'The manual'
and after 'Our trainers'.

Mended: a verb of the senses with a bare verb's clause and a subject of its own ('felt the floor move', 'heard the
roof tear'), 'notice' or 'spot' with a thing and no clause, and 'learn' with an infinitive ('learned to read the
water'): ``perceived``, ``perception_verbs.txt`` (PolNeAR train: two wrong records gone, none right lost; 'learn
about' is left, right once and wrong once); a verb of saying an order to the reader bids and the reader's view in
such an order's condition ('Ask them to explain X', 'If you think X, call Y'): ``bidden``; manuals, handbooks,
guidebooks, rulebooks, booklets and factsheets are documents that state things (``source_nouns.txt``). After:
reports 62 of 65, lines 313 of 337 (314 since the sixtieth session's ``page_figures``: 'Our
interactive map shows X' is the page's own figure). The rest is listed in ``STILL_WRONG`` and ``STILL_SHOWN`` with the reason, a
strict xfail each, so that a mend shows as a pass; most are PolNeAR's conventions, measured on its train split."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_web_59 import ARTICLES, GOLD, NOT_REPORTS

#: why a writer's own first-person report stays shown
_FIRST = ("a writer's first-person report outside quotation marks is one PolNeAR marks ('I told the mayor that X'):"
          " on its train split a top-level 'I' source is right 52 times and wrong 28")
#: why a decision or an assent stays shown
_RESOLVE = ("PolNeAR marks a decision or an assent to act about as often as not: of the records with 'decided' for cue on"
            " train 12 are right and 14 wrong, with 'agreed (to)' 38 right and 7 wrong")
#: why a thing's figure stays shown
_THING = ("a thing for the source with a thing for the content: PolNeAR marks a document or a poll that reveals or shows a"
          " thing ('Emails reveal X', 'polls show X'; revealed: 38 right, 11 wrong on train), and only the sense of the"
          " source ('the menu', 'a display', 'our map') tells the figure, too open a class for a word list")

#: reports still missed or cut wrong: (page, cue, source) -> why
STILL_WRONG = {
    ("game_review", "tells", "An old clockmaker"):
        "', and you spend X' is parsed as a conjunct inside the 'when' clause of the reported clause, so the content"
        " runs on (the same parse as ``test_probe_findings_58_web``'s ', and she was right')",
    ("volcano_explainer", "believe", "Scientists monitoring Mount Kerrow"):
        "the content ends before ', despite X', a circumstance the rules set aside as the report's ('amid', 'despite':"
        " ``asides``), not the belief's",
    ("gym_newsletter", "recommend", "Our trainers"):
        "'trainer' is left out of the nouns of people a stance verb needs for its subject ('Our coaches recommend X' is"
        " found): it is also a shoe",
}

#: lines that report nothing but still give a record: (page, line) -> why
STILL_SHOWN = {
    ("trawler_feature", "By spring he decided to sell the licence. The buyer, a company from the mainland, ripped out the"
     " wooden wheelhouse within a week."): _RESOLVE,
    ("beekeeper_obituary", "He is survived by Ruth, two grandsons and his hives, which a neighbour has agreed to keep."):
        _RESOLVE,
    ("thriller_review", "Dara Quill plays a coastguard officer who notices that the tide tables in the harbour office have"
     " been altered. She decides to say nothing and watch."): _RESOLVE,
    ("council_newsletter", "The council has agreed to fund a new bench on the green in memory of Harold Pyke."): _RESOLVE,
    ("allotment_blog", "The committee decided to put in a second water trough after the dry spell in July."): _RESOLVE,
    ("noodle_review", "The menu promises house-made noodles, and they deliver: springy, thin and cut to order."): _THING,
    ("novel_review", "Their father's diaries, which open each chapter, reveal a man who doubted everything and everyone."):
        _THING,
    ("game_review", "Each district asks you to reroute light through mirrors and prisms, and the first few are genuinely"
     " clever."): _THING,
    ("museum_guide", "Upstairs, a display of ship's chronometers tells the story of how sailors learned to find their"
     " longitude."): _THING + "; 'tells the story of X' is a cue PolNeAR marks 2 times of 3 on train",
    ("novel_review", "Vane writes the weather better than anyone. The gales howl, the frost creeps and the orchard groans"
     " under the snow."): "'write' with a topic for its object ('writes about the weather' is a cue); the craft is told"
                         " only by 'better than anyone'",
    ("piano_essay", "For the first month my fingers refused to do anything I asked of them. My left hand, in particular,"
     " seemed to have a mind of its own."):
        "a source-less 'seemed' is a cue PolNeAR marks (``test_probe_findings_41_seem``); the body part is the clause's"
        " subject, not a holder",
    ("piano_essay", "Somewhere in the third month I realised I was no longer counting. The music had started to come from"
     " somewhere I could not name."): _FIRST,
    ("moving_blog", "If you are thinking of moving abroad, my advice is simple: say yes to every invitation for the first"
     " three months."): _FIRST + "; here a noun cue, 'my advice is'",
    ("netball_report", "Thanks to all the parents who drove to Eastbury and cheered themselves hoarse."):
        "a resultative with a reflexive ('cheered themselves hoarse'): one page's figure, no class on train",
    ("sports_day_newsletter", "Year 4 have been learning about the Romans. Ask them to tell you how an aqueduct works."):
        "'learn about X' is a cue PolNeAR marks as often as not (train: right once, wrong once); the order after it is"
        " mended (``bidden``)",
    ("sports_day_newsletter", "Mrs Okonjo would like to thank everyone who donated to the book fair."):
        "'would like to X' is a wish PolNeAR marks: 7 right, none wrong on train",
    ("cricket_club_news", "Club president Derek Pryce thanked the volunteers who painted the pavilion and fixed the roller."):
        "'thanked X' is a cue PolNeAR marks: 14 right, 3 wrong on train",
    ("theatre_listing", "Thursday, 6pm: pre-show talk. The director will discuss how the play grew out of interviews with"
     " former keepers' families."): "'will discuss X' is a cue PolNeAR marks: 3 right, 1 wrong on train",
    ("chess_report", "Needing only a draw, she offered one on move 24, but her opponent, Liam Grady, declined and pressed for"
     " a win."): "a game's play with verbs of offering and pressing for; 'draw' and 'win' are also an election's words",
    ("race_report", "Jockey Kate Fairlie asked her mount for one more effort up the hill, and the mare found it."):
        "'asked X for Y' with an animal for X: one page's figure, no class on train",
    ("earbuds_setup", "Having trouble? Our support team answers most questions within a day."):
        "'answered questions' is a cue PolNeAR marks ('answered questions from reporters'): 14 right, 6 wrong on train",
    ("physics_explainer", "Physicists call the slow circling precession. Gravity tries to tip the top over, but the spin"
     " turns that pull sideways."):
        "'call X Y' with a term for Y is a name given, but 'called X a disaster' a view (183 right, 58 wrong on train);"
        " only the bare noun tells the term",
    ("app_listing", "Tidewatch: tide times and surf forecasts"):
        "a name before a colon at the head of a line is a transcript's speaker, which PolNeAR marks (colon cues right"
        " 103 times and wrong 37 on train); an app's unknown name reads as one, where 'Corestrong Gym: May news' does not",
}


(parsed, test_a_report_on_a_web_page_is_found, test_a_web_line_that_reports_nothing_gives_no_record, _,
 test_a_web_report_still_wrong, test_a_web_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN)


@pytest.mark.parametrize(("text", "cue"), [
    # a thing sensed: a bare verb's clause with a subject of its own, or a thing seen
    ("She felt the floor move under her feet.", "felt"),
    ("He felt the wind change as the boat turned.", "felt"),
    ("We watched the shed float away down the lane.", "watched"),
    ("That winter he noticed the first crack in the hull, a split that widened every time the boat came home heavy.",
     "noticed"),
    ("Rangers spotted a gap in the fence near the lake.", "spotted"),
    # a skill learned
    ("He had learned to read the water from his grandfather.", "learned"),
    ("She is learning to speak Welsh at evening classes.", "learning"),
    # a saying an order to the reader bids, and the reader's view in its condition
    ("Ask them to tell you how an aqueduct works.", "tell"),
    ("Ask your pharmacist to explain how the dose should be split.", "explain"),
    ("Encourage your child to say what they saw.", "say"),
    ("If you think your child has a fever, call the surgery.", "think"),
    ("If you feel the mortgage is too high, speak to an adviser.", "feel"),
])
def test_a_thing_sensed_or_bidden_is_no_report(nlp, text, cue):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None and cue in r.cue.text] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a view held, news learned or heard, a finding: the cue stays
    ("Voters feel the economy is weak.", "feel", "Voters", "the economy is weak"),
    ("She felt that the board had let her down.", "felt", "She", "the board had let her down"),
    ("He learned that the mill would close.", "learned", "He", "the mill would close"),
    ("I learned how to see in the dark.", "learned", "I", "how to see in the dark"),
    ("She learned of the closure from a neighbour.", "learned of", "She", "the closure from a neighbour"),
    ("He noticed the minister had left early.", "noticed", "He", "the minister had left early"),
    # the mayor's words heard are the mayor's report
    ("I heard the mayor say the bridge would close.", "say", "the mayor", "the bridge would close"),
    # a bidding with a subject is a report; a condition with no order keeps its verb
    ("They asked him to explain how the dose should be split.", "asked", "They", "him to explain how the dose should be split"),
    # a manual or a handbook states things
    ("The manual recommends charging the case fully before first use.", "recommends", "The manual",
     "charging the case fully before first use"),
    ("The handbook says staff must sign in.", "says", "The handbook", "staff must sign in"),
])
def test_a_report_near_a_sensed_or_bidden_verb_stays(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there
