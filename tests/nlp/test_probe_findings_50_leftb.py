"""Patterns of the fiftieth session (helper leftb): leftovers of earlier helpers in written text.
A bare quoted paragraph after a quoted question put to someone is that one's reply, not the asker's
(``dialogue_turns``); 'The Greek' is the one named 'of Greece' (``epithet_holders``); 'Sr.' keeps its
stop as 'Jr.' does (``pipeline.keep_suffix_stops``); a job advert's vacancy (``vacancies``), a
horoscope's stars (``horoscopes``) and a course outline's plan (``syllabi``) report nothing. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, sources_and_speakers, top


def _owner(found, cue, source):
    return next(r for r in found if r.cue is not None and r.cue.text == cue and r.source is not None
                and r.source.text == source)


@pytest.mark.parametrize(("text", "cue", "source", "question", "reply"), [
    ('"Are you staying?" Ines asked her sister.\n\n"Just the night."\n\n"Why?"\n\n"Work."',
     "asked", "Ines", "Are you staying?", "Just the night"),
    ('"Is the ferry running?" Karl Moe asked the pilot, Ken Sato.\n\n"Not till noon."',
     "asked", "Karl Moe", "Is the ferry running?", "Not till noon"),
    ('"The gate is shut," said the warden, Ola Brandt.\n\n"Since when?" asked Tessa Hune.\n\n"Since dawn."',
     "asked", "Tessa Hune", "Since when?", "Since dawn"),
])
def test_a_bare_reply_to_a_question_put_to_someone_is_not_the_askers(nlp, text, cue, source, question, reply):
    owner = _owner(top(nlp, text), cue, source)
    assert question in contents(owner)[0]
    assert not any(reply in c for c in contents(owner))


@pytest.mark.parametrize(("text", "cue", "source", "more"), [
    # a statement, and a question put to no one, go on with the speaker in the next paragraph
    ('"We have halved the debt," said Mayor Vera Lund.\n\n"We will halve it again."',
     "said", "Mayor Vera Lund", "We will halve it again"),
    ('The mayor spoke first. "Who pays for it?" asked Lena Park.\n\n"Not the taxpayer, if I can help it."',
     "asked", "Lena Park", "Not the taxpayer, if I can help it"),
])
def test_a_bare_paragraph_after_a_statement_or_an_open_question_goes_on(nlp, text, cue, source, more):
    assert any(more in c for c in contents(_owner(top(nlp, text), cue, source)))


@pytest.mark.parametrize(("text", "speakers"), [
    ("The final was played between Emre Kaya of Turkey and Nikos Pappas of Greece. The Turk said he had "
     "played well. The Greek said the wind had ruined his serve.", ["Emre Kaya", "Nikos Pappas"]),
    ("Talks resumed between Lars Holm of Sweden and Pekka Virtanen of Finland. The Swede said a deal was "
     "close. The Finn said nothing was agreed.", ["Lars Holm", "Pekka Virtanen"]),
])
def test_a_nation_word_is_the_one_named_with_that_country(nlp, text, speakers):
    assert [s for _, s in sources_and_speakers(nlp, text)] == speakers


def test_a_nation_word_with_no_stem_in_common_is_no_one_named_with_a_country(nlp):
    text = "Hans Gruber of Austria met Ben Clark of Australia. The Austrian said the talks went well."
    assert sources_and_speakers(nlp, text) != [("The Austrian", "Ben Clark")]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Frank Hollis Sr. said the farm had been sold. His son disagreed.", "Frank Hollis Sr.", "the farm had been sold"),
    ("The mill closed in May. Ann Webb Snr. said the vote was close.", "Ann Webb Snr.", "the vote was close"),
    ("Frank Hollis Jr. said the price was fair.", "Frank Hollis Jr.", "the price was fair"),
])
def test_a_name_suffix_keeps_its_stop(nlp, text, source, content):
    found, there = found_report(top(nlp, text), "said", source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "Delivery Driver\n\nWe are looking for a driver who can plan routes and explain delays to customers.",
    "Join our team\n\nWe are seeking a nurse who can tell patients what to expect after surgery.",
    "Vacancy: Sales Assistant\n\nWe are looking for someone who can say no politely.",
    "Aries (March 21 - April 19)\n\nThe stars suggest a journey. Venus urges caution with money this week.",
    "Your horoscope this week. Jupiter promises good news from a friend. The planets say you should rest.",
    "Week 3: Reading the Press\n\nThis week we will discuss how newspapers decide what is news.",
    "Module outline\n\nIn week two we examine why elections are fought on the economy. "
    "We will also consider how polls are reported.",
])
def test_adverts_horoscopes_and_syllabi_report_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Police are looking for a man who can help them with their inquiries.", "are looking for", "Police"),
    ("Mars said profits rose in the second quarter.", "said", "Mars"),
    ("The stars said they were thrilled with the film.", "said", "The stars"),
    ("The council will discuss how to pay for the bridge next week.", "will discuss", "The council"),
])
def test_near_misses_still_report(nlp, text, cue, source):
    assert any(r.cue is not None and r.cue.text == cue and r.source is not None and r.source.text == source
               for r in top(nlp, text))
