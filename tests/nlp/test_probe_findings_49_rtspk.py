"""Speakers of the forty-ninth session (helper rtspk), found by red-teaming the speaker rules of the
second wave (nation and party epithets, elder and younger of one surname, nicknames, one-word
names after a role, run-on quotations, office prefixes) with short passages of my own.

A title with a prefix is another office than the bare noun both ways: 'Deputy Mayor Ann Ruiz' is
not 'the mayor', as 'the deputy mayor' is not 'Mayor Tom Hale' (``office_ranks``). 'The Republican'
is the one person the article called a Republican ('Jane Hale, a Republican,'), not the last one
named (``epithet_holders``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # the title had a prefix the role phrase lacks: someone else's office
    ("Deputy Mayor Nell Ortega opened the pool. The mayor said the town would pay for it.", "The mayor", "mayor"),
    ("Mayor Piet Olsen opened the pool. Deputy Mayor Nell Ortega cut the ribbon. The mayor said the town would pay.",
     "The mayor", "Piet Olsen"),
    ("Vice President Dora Klee toured the plant. The president said the economy was strong.", "The president",
     "president"),
    ("Coach Abe Lorn and assistant coach Mia Sato spoke after the game. The coach said the team was ready.",
     "The coach", "Abe Lorn"),
    ("Deputy Prime Minister Olaf Brink met the press. The prime minister said trade was strong.",
     "The prime minister", "prime minister"),
    # near misses: the same office, prefix and all, is still the one named
    ("Vice President Dora Klee toured the plant. The vice president said the economy was strong.",
     "The vice president", "Dora Klee"),
    ("Assistant Coach Mia Sato spoke. The assistant coach said the defence was ready.", "The assistant coach", "Mia Sato"),
    ("Acting Mayor Nell Ortega opened the pool. The mayor said the town would pay.", "The mayor", "Nell Ortega"),
])
def test_a_prefixed_title_is_another_office_both_ways(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # the one the article called so, not the last person named
    ("Governor Rhea Stamp, a Republican, vetoed the bill. Senate leader Carl Dowd, a Democrat, was angry. "
     "The Republican said the bill cost too much.", "The Republican", "Rhea Stamp"),
    ("Governor Rhea Stamp, a Republican, vetoed the bill. Senate leader Carl Dowd, a Democrat, was angry. "
     "The Democrat said the veto was cruel.", "The Democrat", "Carl Dowd"),
    ("Ines Varga, a Spaniard, and Kurt Obst met in the final. The Spaniard said she was proud.", "The Spaniard",
     "Ines Varga"),
])
def test_an_epithet_is_the_one_the_article_called_so(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_an_epithet_said_of_no_one_still_goes_to_the_person_named(nlp):
    # near miss: no one was called a Scot; the one person named is still the Scot
    text = "Ewan Laird runs the distillery. The Scot said sales had doubled."
    assert dict(_speakers(nlp, text))["The Scot"] == "Ewan Laird"


def test_an_epithet_said_of_two_tells_no_one_apart(nlp):
    # two people called Democrats: the description picks neither by itself (the older rule decides)
    text = ("Senator Tess Arno, a Democrat, and Senator Milo Hart, a Democrat, met the governor. "
            "The Democrat said the talks went well.")
    assert dict(_speakers(nlp, text))["The Democrat"] in ("Tess Arno", "Milo Hart")


def test_an_epithet_before_the_name(nlp):
    text = "Republican Rhea Stamp vetoed the bill, and Carl Dowd was angry. The Republican said it cost too much."
    assert dict(_speakers(nlp, text))["The Republican"] == "Rhea Stamp"
