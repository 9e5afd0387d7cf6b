"""Sources of the fifty-third session (helper srcspan), found by writing sentences with a speaker
followed by a prepositional phrase that either tells who the speaker is or what they spoke about.

'about', 'over', 'regarding' and 'concerning' right after a noun of people name the topic of
the speaking, so the source ends before them (``topic_phrases``): 'Councillors over the levy
said' has the source 'Councillors'. A phrase that tells who the speaker is stays ('the minister
for health', 'residents of the valley', 'critics of the plan', 'workers at the plant'), a thing
keeps its topic ('a report about the mill'), and so does an age ('voters over 65'). A medium
noun that is also a body ('campaign', 'television') speaks as the body, so a time after it is
when it spoke and ends the source ('The Rivera campaign on Monday said'), while a poll or a
report keeps its date (``occasions``). Every sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Opposition councillors over the levy said the cuts went too far.", "said", "Opposition councillors",
     "the cuts went too far"),
    ("Growers over the late frost warned that fruit prices would rise.", "warned", "Growers",
     "fruit prices would rise"),
    ("Neighbours about the noise said the bar stayed open until dawn.", "said", "Neighbours",
     "the bar stayed open until dawn"),
    ("Teachers about the new timetable complained that lessons were too short.", "complained", "Teachers",
     "lessons were too short"),
    ("Councillors regarding the old park said it would be sold.", "said", "Councillors", "it would be sold"),
    ("Economists concerning inflation warned that rates would climb.", "warned", "Economists",
     "rates would climb"),
    ("Senators over the nomination said the hearing was unfair.", "said", "Senators", "the hearing was unfair"),
    ("Critics of the council over its handling of the storm said help came too late.", "said",
     "Critics of the council", "help came too late"),
    ('"The levy goes too far," said opposition councillors over the budget.', "said", "opposition councillors",
     "The levy goes too far"),
    ("Nurses over pay said they would walk out.", "said", "Nurses", "they would walk out"),
])
def test_a_topic_after_the_speaker_is_no_part_of_it(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The minister for health said the wards would reopen.", "said", "The minister for health",
     "the wards would reopen"),
    ("A spokesman for the navy said the convoy was safe.", "said", "A spokesman for the navy", "the convoy was safe"),
    ("Residents of the valley said the river had risen.", "said", "Residents of the valley", "the river had risen"),
    ("The head of the union said members would strike.", "said", "The head of the union", "members would strike"),
    ("Experts at the college said the bridge was sound.", "said", "Experts at the college", "the bridge was sound"),
    ("The woman in the red coat said she had seen the driver.", "said", "The woman in the red coat",
     "she had seen the driver"),
    ("Critics of the plan said it would raise rents.", "said", "Critics of the plan", "it would raise rents"),
    ("Workers at the mill said they had not been paid.", "said", "Workers at the mill", "they had not been paid"),
    # near misses: a thing keeps its topic; an age or a count over which is who the speakers are
    ("A report about the mill said it had lost money for years.", "said", "A report about the mill",
     "it had lost money for years"),
    ("Voters over 65 said the pension was too low.", "said", "Voters over 65", "the pension was too low"),
    ("Members over the age of 70 said the club should stay open.", "said", "Members over the age of 70",
     "the club should stay open"),
    ("Families over the hill said the water was cut off.", "said", "Families over the hill",
     "the water was cut off"),
    ("The chatter about the merger suggested the deal would close.", "suggested", "The chatter about the merger",
     "the deal would close"),
])
def test_a_phrase_of_who_the_speaker_is_stays(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


def test_a_quoted_titles_topic_stays_with_the_title(nlp):
    text = 'Ana Ruiz, the author of "Night Freight," about a drowned town, said the dam was a mistake.'
    assert found_report(top(nlp, text), "said", 'Ana Ruiz, the author of "Night Freight," about a drowned town',
                        "the dam was a mistake")


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The Rivera campaign on Monday said the debate should be moved.", "said", "The Rivera campaign",
     "the debate should be moved"),
    ("Lund's campaign on Friday said the ads were false.", "said", "Lund's campaign", "the ads were false"),
    # near misses: a poll or a report keeps its date
    # (the date the parser hangs on the verb: ``dated_polls``, fifty-fifth pass)
    ("A Harbour Times poll in June found that most voters backed the levy.", "found",
     "A Harbour Times poll in June", "most voters backed the levy"),
])
def test_a_time_after_a_body_that_is_a_medium(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)
