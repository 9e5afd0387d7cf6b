"""Red team of the fifty-third session (helper rt3): sentences written to attack the rules merged late
in the session: a topic phrase after a speaker (``topic_phrases``: 'Councillors over the levy said')
and a time after a medium that is also a body (``occasions``: 'The Rivera campaign on Monday said'),
a condition opening the content (``lead_phrases``: 'says, win or lose, X'), a share's answer ending
before the writer's comparison (``share_comparisons``) and 'N in M' shares (``poll_shares``), plural
polls with no pollster (``surveys``), and the speaker changes in ``ledes`` and ``body_nouns``.
Fixed here: ``probe_records.found_report`` answered a pair, always true in
'assert found_report(...)', and is now true only when the report is found.
Unfixed wrong outcomes are strict xfails with their reasons. Every sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top
from probe_records import sources_and_speakers as _speakers


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Analysts concerning the merger said the deal would face scrutiny.", "said", "Analysts",
     "the deal would face scrutiny"),
    ("Doctors regarding the outbreak warned that hospitals were full.", "warned", "Doctors", "hospitals were full"),
    ("Campaigners about the closure of the library said it would hurt children.", "said", "Campaigners",
     "it would hurt children"),
    ("Protesters over the dam said the valley would flood.", "said", "Protesters", "the valley would flood"),
    ("Parents over the weekend said the school had flooded.", "said", "Parents", "the school had flooded"),
    ("State television on Friday said the president had resigned.", "said", "State television",
     "the president had resigned"),
    ("The network on Tuesday said it would drop the show.", "said", "The network", "it would drop the show"),
    # near misses: an age, a place, a count, a phrase of 'in' or 'on' a topic, a dated poll keep their words
    ("Voters over 65 said the pension was too low.", "said", "Voters over 65", "the pension was too low"),
    ("Workers over the age of sixty said they feared the new rules.", "said", "Workers over the age of sixty",
     "they feared the new rules"),
    ("Residents over the river said the ferry had stopped running.", "said", "Residents over the river",
     "the ferry had stopped running"),
    ("Rangers over the mountain said the trail was closed.", "said", "Rangers over the mountain",
     "the trail was closed"),
    ("Residents concerning some 40 homes said the water was brown.", "said", "Residents concerning some 40 homes",
     "the water was brown"),
    ("Students about to graduate said jobs were scarce.", "said", "Students about to graduate", "jobs were scarce"),
    ("A poll on Monday showed the mayor ahead.", "showed", "A poll on Monday", "the mayor ahead"),
    ("The campaign on housing said rents must be capped.", "said", "The campaign on housing", "rents must be capped"),
    ("Our campaign in the north said volunteers were needed.", "said", "Our campaign in the north",
     "volunteers were needed"),
])
def test_topic_and_time_after_a_speaker(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("Officials over the border said the crossing would stay closed.", "Officials over the border"),
    ("Managers over the whole region said sales had fallen.", "Managers over the whole region"),
    ("Supervisors over the night shift said the machines broke down often.", "Supervisors over the night shift"),
    ("The commander over the northern forces said the attack had failed.", "The commander over the northern forces"),
])
# ('over' of an area or of whom one is in charge: ``over_areas.txt``, fifty-fifth pass)
def test_over_of_place_or_authority_stays(nlp, text, source):
    assert found_report(top(nlp, text), "said", source, text.split(" said ")[1].rstrip("."))


@pytest.mark.parametrize(("text", "content"), [
    ("The coach says, win or lose, he is staying.", "win or lose, he is staying"),
    ("The judge said, unless new evidence emerges, the case is closed.", "unless new evidence emerges, the case is closed"),
    ("The captain said, once the storm passed, the ship would sail.", "once the storm passed, the ship would sail"),
    ("The chef says, whether you like it or not, butter matters.", "whether you like it or not, butter matters"),
    # near misses: a word or a phrase set off that is no condition is left as the other rules have it
    ("The mayor says, if anything, the budget is too small.", "if anything, the budget is too small"),
    ("The minister said, once again, the talks had failed.", "once again, the talks had failed"),
    ("The singer said, however, the tour would go on.", "however, the tour would go on"),
])
def test_a_phrase_opening_the_content(nlp, text, content):
    found = top(nlp, text)
    assert any(r.contents and r.contents[0].text == content for r in found), found


@pytest.mark.xfail(strict=True, reason="a pair of nouns joined by 'or' ('rain or shine') is no pair of bare verbs: "
                                       "the content opens after it, unlike 'win or lose'")
def test_a_pair_of_nouns_opening_the_content(nlp):
    found = top(nlp, "The owner says, rain or shine, the market opens at eight.")
    assert found_report(found, "says", "The owner", "rain or shine, the market opens at eight")


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Fifty-two percent said yes, compared with last year's survey.", "said", "Fifty-two percent", "yes"),
    ("Half of the parents said the school was too far, compared with a third last year.", "said",
     "Half of the parents", "the school was too far"),
    ("Sixty percent of the nurses said they felt safe at work, compared with about half of the doctors.", "said",
     "Sixty percent of the nurses", "they felt safe at work"),
    ("Nine in 10 voters said the economy was weak.", "said", "Nine in 10 voters", "the economy was weak"),
    ("Six in 10 of the tenants said the rent was too high.", "said", "Six in 10 of the tenants",
     "the rent was too high"),
    # near misses: a person's comparison, one with no figure and one of a group that is no share stay
    ("The mayor said costs rose 4 percent, compared with 2 percent in 2019.", "said", "The mayor",
     "costs rose 4 percent, compared with 2 percent in 2019"),
    ("Forty percent of drivers said the road was safer, compared with the old road.", "said",
     "Forty percent of drivers", "the road was safer, compared with the old road"),
    ("Most residents said the park was cleaner, compared to two years ago.", "said", "Most residents",
     "the park was cleaner, compared to two years ago"),
    ("The bus runs two in 10 minutes, said the driver.", "said", "the driver", "The bus runs two in 10 minutes"),
])
def test_shares_and_their_comparisons(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Recent Gallup polls show the senator ahead.", "show", "Recent Gallup polls", "the senator ahead"),
    ("Two polls released Monday showed the race tied.", "showed", "Two polls released Monday", "the race tied"),
    ("The latest polls from Gallup suggest the lead has shrunk.", "suggest", "The latest polls from Gallup",
     "the lead has shrunk"),
    ("The newspaper's polls have shown support falling.", "have shown", "The newspaper's polls", "support falling"),
    ("Smith trails in several recent polls, and aides said he would change tack.", "said", "aides",
     "he would change tack"),
])
def test_plural_polls(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize("text", ["The governor has a lead in Ohio polls.", "Smith trails in several recent polls."])
def test_plural_polls_of_the_race_report_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.xfail(strict=True, reason="a subject before 'but says' takes the first clause's words into the source "
                                       "('Her rival trails in recent national polls but'); not ``surveys``' doing")
def test_a_subject_of_two_verbs(nlp):
    found = top(nlp, "Her rival trails in recent national polls but says he will win.")
    assert found_report(found, "says", "Her rival", "he will win")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Doctor warns of heat danger\n\nDr Mia Kent said older people should stay indoors. Kent said fans were not enough.",
     "Mia Kent"),
    ("Professor says tuition is too high\n\nProf Carla Mendes said students were borrowing too much.", "Carla Mendes"),
    ("Doctor defends clinic hours\n\nThe clinic's owner, Dr Omar Haddad, said the hours would not change.",
     "Omar Haddad"),
])
def test_a_headline_title(nlp, text, speaker):
    assert _speakers(nlp, text)[0] == ("Doctor" if text.startswith("Doctor") else "Professor", speaker)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("A spokeswoman for Hallam Bank said the branch would close. The lender said staff would be moved.",
     "The lender", "Hallam Bank"),
    ("A chairman of the bank, Lu Fen, said profits rose. The bank said it would pay a dividend.",
     "A chairman of the bank, Lu Fen", "Lu Fen"),
    ("An analyst with a regional bank said rates would fall. The bank said its forecast was cautious.",
     "An analyst with a regional bank", "analyst with a regional bank"),
])
def test_a_role_at_a_firm(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker
