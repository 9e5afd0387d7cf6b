"""Speakers of the fifty-sixth session (helper acted): a trade noun right after a sentence in which
something was done to a named person, or in which they complained, is whoever worked on the case.

'Lea Fox was injured when the wall fell. The structural engineer said X' is not Fox, nor is 'The
weary driver said' after someone complained of a late bus; a trade (``trade_nouns.txt``) goes to
the person only when the article gave them the word (an apposition, a title), and epithets of
standing or positions ('the pensioner', 'the veteran', 'the young striker') and a trade after a
person who acted ('Ed Shaw said X. The retired engineer said Y') still go to them
(``acted_upon``, ``epithet_after``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers


def _speaker(nlp, text, source):
    found = dict(_speakers(nlp, text))
    assert source in found, found
    return found[source]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Lea Fox was injured when the garden wall fell. The structural engineer said the bricks were loose.",
     "The structural engineer", "structural engineer"),
    ("Ida Lund complained that the tram was late again. The weary driver said the points had frozen.",
     "The weary driver", "weary driver"),
    ("Piet Korver was treated at the scene for burns. The retired firefighter said the stairs had been blocked.",
     "The retired firefighter", "retired firefighter"),
    ("Ravi Sood was questioned for two hours on Monday. The young lawyer said the police had no grounds.",
     "The young lawyer", "young lawyer"),
    ("Mona Hale was injured in the blast at the depot. The young driver said he had seen a flash.",
     "The young driver", "young driver"),
    ("Oskar Brun was flown to hospital after the fall. The experienced pilot said the wind had been gusting.",
     "The experienced pilot", "experienced pilot"),
])
def test_a_trade_after_someone_something_was_done_to_is_someone_else(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # the article gave the person the trade: an apposition, a title
    ("Lea Fox, an engineer, was injured when the garden wall fell. The structural engineer said the bricks were "
     "loose.", "The structural engineer", "Lea Fox"),
    ("Engineer Lea Fox was injured when the garden wall fell. The structural engineer said the bricks were loose.",
     "The structural engineer", "Lea Fox"),
    ("Ravi Sood, a lawyer, was questioned for two hours on Monday. The young lawyer said the police had no grounds.",
     "The young lawyer", "Ravi Sood"),
    # a trade after a person who acted is still that person's epithet
    ("Ed Shaw said his brother had kept every receipt. The retired engineer said the family would show them to the "
     "court.", "The retired engineer", "Ed Shaw"),
    # epithets of standing and positions after someone something was done to still go to them
    ("Tom Hale was injured in the crash on the bypass. The pensioner said he had not seen the van.",
     "The pensioner", "Tom Hale"),
    ("Sam Keller was honoured by the council on Friday. The veteran said the medal belonged to his crew.",
     "The veteran", "Sam Keller"),
    ("Ada Moss was sent off in the second half. The young striker said she had gone for the ball.",
     "The young striker", "Ada Moss"),
])
def test_a_trade_the_article_gave_or_an_epithet_is_that_person(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker
