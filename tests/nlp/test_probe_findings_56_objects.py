"""The fifty-sixth session's helper on the extent of a noun content (helper objects): a noun object or a
preposition's object of a verb of saying ends before the phrase closing it that tells where, how or why the
words were given, which the parser hung on the noun or the verb's tail ran over (``occasion_ends.py``): an
event held for talk ('in the debate', 'with a speech', 'at one of her rallies'; ``talk_event_nouns.txt``), a
manner or a purpose ('in a manner that X', 'in hopes of X', 'at an alarming pace'; ``manner_phrase_nouns.txt``)
and the anonymity formula. A thing that happens there ('the chaos during the hearing'), a phrase of no
occasion ('her record in the campaign'), a clause content and a stance or a wish keep the phrase. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # an event held for talk
    ("The senator announced her candidacy with a speech that mocked her rivals.", "announced", "The senator",
     "her candidacy"),
    ("He announced his retirement with a speech in the village hall.", "announced", "He", "his retirement"),
    ("Dana Reyes talks about rents at every one of her rallies.", "talks about", "Dana Reyes", "rents"),
    ("The governor talked about water prices in the third televised debate.", "talked about", "The governor",
     "water prices"),
    ("The mayor asked for their support during a radio interview in March.", "asked for", "The mayor",
     "their support"),
    # a manner or a purpose
    ("Ms. Okafor spoke about the housing shortage in a manner that surprised her allies.", "spoke about",
     "Ms. Okafor", "the housing shortage"),
    ("The minister criticized the strike in an effort to reassure commuters.", "criticized", "The minister",
     "the strike"),
    ("Critics are already blaming the drought at an alarming pace.", "blaming", "Critics", "the drought"),
    # the anonymity formula
    ("The official confirmed the meeting on the condition of anonymity.", "confirmed", "The official", "the meeting"),
    ("A staffer confirmed the talks on condition of anonymity.", "confirmed", "A staffer", "the talks"),
])
def test_a_noun_content_ends_before_the_occasion_or_manner_of_speaking(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # near misses: a thing that happens there, a phrase of no occasion, a topic's own noun, a clause content
    ("The coach praised the turnout at the rally.", "praised", "The coach", "the turnout at the rally"),
    ("The activists decried the chaos during the hearing.", "decried", "The activists",
     "the chaos during the hearing"),
    ("They asked about her record in the campaign.", "asked about", "They", "her record in the campaign"),
    ("The author talked about her book at the festival.", "talked about", "The author",
     "her book at the festival"),
    ("He spoke about the pace of the reforms.", "spoke about", "He", "the pace of the reforms"),
    ("She talked about her hopes for the town.", "talked about", "She", "her hopes for the town"),
    ("She said the vote was held in a manner that broke the rules.", "said", "She",
     "the vote was held in a manner that broke the rules"),
    # a wish, no verb of saying: its object may be where it is
    ("The villagers hope for a miracle at the convention.", "hope for", "The villagers",
     "a miracle at the convention"),
])
def test_a_phrase_that_belongs_to_the_content_stays(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)
