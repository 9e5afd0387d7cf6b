"""Web check of the fifty-eighth session (helper B): forty-four pages a news crawl picks up that are mostly no
news (``probe_web_58``: blogs and travel diaries, reviews, a recipe, how-to guides, forum threads and comments,
listings, obituaries, live blogs and match reports, press-release boilerplate, a job advert, a FAQ, cookie and
terms notices, newsletters, a column, horoscopes, explainers, school, church and club newsletters), each report
with its hand-written gold (a word of the cue, the source, the first content) and every other paragraph a line
that reports nothing. Every sentence is written for the test.

Counted on main before any mend (all forty-four pages): reports 57 of 62 right, lines that report nothing 188 of
209 silent. The 21 lines shown, by shape: first person 7 ('I told my sister we would X', 'I always say X', 'We
regret that X', 'I asked Ellie to X'), a game's play 4 ('Harlow hit the woodwork', 'Marsh attacks the net',
'Lopes calls for the ball', 'The linesman points to the corner flag'), a horoscope's people 4 ('Gemini: Someone
close to you is hinting at a change'), a label before a colon 3 ('Grantham Resident: X', 'Response from Brevo:
X', a Q&A's 'A: X'), a question 1 ('Did your water test show any ammonia?'), boilerplate 1 ('The Company cautions
readers not to X'), an act to come 1 ('The review will determine whether X'); none from a heading or a list item.
The 5 reports wrong: a report inside a labelled line taken by the label 3 ('Anon: The councillor said X'), a
content run over ', and she was right' 1, a cue missed 1.

Mended: a thing played at in a game is the object of a literal verb ('hit the woodwork', 'blasted the ball
over the bar', 'called for the ball', 'pointed to the spot': ``handled_objects``, ``handled_nouns.txt``), and
'hit' of a mark reached ('hit a nerve', 'hit a new high': ``taken_senses``, ``taken_objects.txt``); the people
of a sign's entry on a horoscope's page are the forecast ('Virgo: Someone at work will suggest X', 'Leo: A
friend is keen to X': ``horoscopes``, ``copula_clauses``). After: reports 57 of 62, lines 195 of 209. The rest
is listed in ``STILL_WRONG`` and ``STILL_SHOWN`` with the reason, a strict xfail each, so that a mend shows as
a pass; most are PolNeAR's conventions, measured on its train split."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_web_58 import ARTICLES, GOLD, NOT_REPORTS

#: why a writer's own first-person report stays shown
_FIRST = ("a writer's first-person report outside quotation marks is one PolNeAR marks ('I told Megyn Kelly that X'):"
          " on its train split a top-level 'I' source is right 52 times and wrong 28, 'we' 25 and 4")
#: why a label before a colon stays a source
_LABEL = ("a name before a colon at the head of a line is a transcript's speaker, which PolNeAR marks (colon cues right"
          " 103 times and wrong 37 on train), and a report inside the line is held by it ('Bill Clinton: Hillary thinks"
          " X' right 6 times, wrong once)")

#: reports still missed or cut wrong: (page, cue, source) -> why
STILL_WRONG = {
    ("comments", "said", "The councillor for our ward"): _LABEL,
    ("camera_qa", "says", "The manufacturer"): _LABEL + "; here a Q&A's 'A:'",
    ("club_newsletter", "says", "Coach Andy Pike"): _LABEL + "; here a newsletter's section label 'Minis:'",
    ("city_break", "told", "Our host at the guesthouse"):
        "', and she was right' is parsed as a conjunct of the reported clause's verb, so the content runs on; a"
        " writer's verdict on what was told ('and he was right') ends it only when hung on the cue",
}

#: lines that report nothing but still give a record: (page, line) -> why
STILL_SHOWN = {
    ("hike_diary", "I told my sister we would reach the hut before dark, and I believed it when I said it."): _FIRST,
    ("hike_diary", "Tomorrow we descend to Kelmar. I promise myself a hot bath and an entire pizza."): _FIRST,
    ("kettle_review", "The lid hinge feels cheap. I wonder whether it will last a year."): _FIRST,
    ("kettle_review", "Response from Brevo: We are sorry to hear about the hinge."): _LABEL,
    ("flatbread_recipe", "These are the flatbreads my grandmother made every Friday. I always say they taste better torn"
     " by hand than cut."): _FIRST,
    ("job_ad", "Closing date: 30 June. We regret that we cannot reply to every applicant."): _FIRST,
    ("parenting_blog", "I asked Ellie to put her shoes on."): _FIRST,
    ("tenant_forum", "I asked the agent for it in writing and they ignored me. Am I allowed to withhold rent?"):
        _FIRST + "; the parser also takes 'it' for what was asked",
    ("comments", "Grantham Resident: Typical council. They promised a new bus shelter three years ago and we are still"
     " standing in the rain."): _LABEL,
    ("camera_qa", "A: One battery is included. A spare costs extra."):
        "an interview's 'A:' line is the interviewee's as the project has it (``test_probe_findings_57_layouts``)",
    ("aquarium_forum", "Did your water test show any ammonia? Cloudy water in a new tank is usually a bacterial bloom."):
        "PolNeAR marks a yes-no question's report ('Did the investigation find reasons to X?'): 4 of 7 on train right",
    ("safe_harbor", "Statements in this announcement that are not historical facts are forward-looking. The Company"
     " cautions readers not to place undue reliance on them."):
        "'cautioned X not to Y' is a report PolNeAR marks (train: 9 right, 1 wrong); only the words 'undue reliance'"
        " tell the boilerplate, too narrow a rule",
    ("regulator_notice", "The review will determine whether customers were charged fees that were not disclosed."):
        "PolNeAR marks a finding still to come ('Voters will also determine if X'): 2 of 3 on train right",
    ("football_minute", "70 min: The linesman points to the corner flag. Nothing comes of it."):
        "'flag' is left out of ``handled_nouns.txt``: 'pointed to the flag' is also a figure of a nation's pride",
}




(parsed, test_a_report_on_a_web_page_is_found, test_a_web_line_that_reports_nothing_gives_no_record, _,
 test_a_web_report_still_wrong, test_a_web_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN)


@pytest.mark.parametrize(("text", "cue"), [
    # a game's play with a verb that can be a cue: the thing played at makes it literal
    ("Okafor hit the bar from twenty yards.", "hit"),
    ("The home side hit the crossbar twice.", "hit"),
    ("Lyle blasted the ball over the bar.", "blasted"),
    ("Marsh attacked the second serve all afternoon.", "attacked"),
    ("Keane pointed to the scoreboard and shook his head.", "pointed"),
    ("The striker called for the ball on the edge of the box.", "called"),
    ("The referee pointed to the spot.", "pointed"),
    # 'hit' of a mark reached
    ("The bill hit a nerve with rural voters.", "hit"),
    ("Shares hit a record on Tuesday.", "hit"),
    # the people of a horoscope's entry
    ("Your stars\n\nAries (21 March - 19 April): Your boss will tell you something important.\n\n"
     "Taurus (20 April - 20 May): A neighbour insists on a favour.", "tell"),
])
def test_a_literal_or_forecast_verb_is_no_report(nlp, text, cue):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None and cue in r.cue.text] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # the figurative or personal senses stay reports
    ("The coach called for calm after the game.", "called for", "The coach", "calm"),
    ("Critics slammed the bar association for its silence.", "slammed", "Critics", "the bar association for its silence"),
    ("Critics called for a bar on foreign buyers.", "called for", "Critics", "a bar on foreign buyers"),
    ("Critics attacked the bar on foreign buyers.", "attacked", "Critics", "the bar on foreign buyers"),
    ("The senator attacked the rebound in prices.", "attacked", "The senator", "the rebound in prices"),
    ("The ad hits Trump on escalating violence.", "hits", "The ad", "Trump on escalating violence"),
    ("The minister pointed to the figures as proof.", "pointed to", "The minister", "the figures as proof"),
    # a name is no thing played at
    ("Trump attacked the Post for its coverage.", "attacked", "Trump", "the Post for its coverage"),
    # a sign named in a news page is no horoscope
    ("Leo Hart, the club's chairman, said the ground would be sold.", "said", "Leo Hart, the club's chairman",
     "the ground would be sold"),
])
def test_a_report_near_a_mended_sense_stays(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there
