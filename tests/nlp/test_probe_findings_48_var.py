"""Patterns of the forty-eighth session's world-styles probe (helper var), found by writing twelve
short articles in the house styles of English-language press outside the US (``probe_articles_48_var``:
Indian, Nigerian, Ghanaian, Kenyan, South African, Pakistani, Filipino, Singaporean, Malaysian,
Australian and New Zealand, Irish and British, and wire copy) and then sentences in the shapes the
articles showed wrong.

A dateline ending in a colon ('LAHORE: ', 'NEW DELHI, Jan 5: '), as South and Southeast Asian papers
write it, is no part of the content it opens (``candidate._COLON_DATELINE``). A medium named by two
words set off after the source ('The union, in a press release, said') says how it spoke, not who
it is (``occasions._medium``). A name set off right after the role ending an opening phrase ('In a
statement signed by its spokesman, X, the society noted') is that role's: the source is the body
after it (``fronted_roles``). A sentence-case headline's first adjective is no subject of a noun
read as a verb ('New rules for X from July', ``headline_subjects``). More honorifics are titles
('Sardar', 'Tunku', 'Alh.', 'Barr.'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_48_var import ARTICLES, GOLD, NOT_REPORTS
from probe_records import article_checks, contents, top, touching

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)


@pytest.mark.parametrize(("name", "speaker"), [
    ("india", "Ramesh Chandra Nayak"), ("india", "Lata Mohanty"), ("nigeria", "Musa Danladi"),
    ("nigeria", "Funmilayo Adeyemi"), ("ghana", "Kwabena Owusu-Ansah"), ("kenya", "Wanjiku Kamau"),
    ("southafrica", "Kevin Mileham"), ("philippines", "Teodoro Herbosa"), ("singapore", "Amy Khor"),
    ("malaysia", "Ahmad Zahid Hamidi"), ("australia", "Julie Collins"), ("ireland", "Eoin Ó Broin"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


@pytest.mark.parametrize(("text", "content"), [
    ("CHENNAI: The state will build 12 new bridges this year, Works Minister Arjun Rao said.",
     "The state will build 12 new bridges this year"),
    ("PESHAWAR: The province will hire 900 teachers, the minister said.", "The province will hire 900 teachers"),
    ("NEW DELHI, Jan 5: Fares will not rise this year, the railway board said.", "Fares will not rise this year"),
    # (the wire's dash form, as before)
    ("NAIROBI - Fares will not rise this year, the railway board said.", "Fares will not rise this year"),
])
def test_a_dateline_ending_in_a_colon_is_no_part_of_the_content(nlp, text, content):
    (record,) = top(nlp, text)
    assert contents(record) == [content]


def test_a_label_that_is_no_dateline_keeps_its_colon_rules(nlp):
    # a one-letter answer label and a sentence with a colon inside are left as they were
    (record,) = top(nlp, "Ms Osei said: The clinic will open on Monday.")
    assert record.source.text == "Ms Osei"
    assert contents(record) == ["The clinic will open on Monday"]


@pytest.mark.parametrize(("text", "source"), [
    ("The Minority in Parliament, in a press release, said the increase was too small.", "The Minority in Parliament"),
    ("The traders' union, in a news release, said the market would stay shut.", "The traders' union"),
    # a phrase that says who the source is stays
    ("The chairman of the board, Dr. Yaw Boateng, said the market would stay shut.",
     "The chairman of the board, Dr. Yaw Boateng"),
])
def test_a_two_word_medium_set_off_is_no_part_of_the_source(nlp, text, source):
    (record,) = top(nlp, text)
    assert record.source.text == source


@pytest.mark.parametrize(("text", "source", "content"), [
    ("In a statement signed by its spokesman, Mr. Chinedu Eze, the Lagos Traders Association noted that rents had doubled.",
     "the Lagos Traders Association", "rents had doubled"),
    ("In a letter signed by its secretary, Ada Nwosu, the guild said the strike would go on.", "the guild",
     "the strike would go on"),
])
def test_the_name_of_the_role_ending_an_opening_phrase_is_not_the_source(nlp, text, source, content):
    (record,) = top(nlp, text)
    assert record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize(("text", "source"), [
    # the phrase ends with a place, or the name is the role's own subject: the name stays
    ("In Accra, Ada Nwosu, the guild's head, said the strike would go on.", "Ada Nwosu, the guild's head"),
    ("In a statement, the party's spokesman, Kofi Mensah, said the vote was rigged.", "the party's spokesman, Kofi Mensah"),
])
def test_a_name_after_another_opening_phrase_stays_the_source(nlp, text, source):
    (record,) = top(nlp, text)
    assert record.source.text == source


@pytest.mark.parametrize("headline", [
    "New rules for e-scooter retailers from July",
    "Fresh curbs on plastic bags from March",
])
def test_a_sentence_case_headlines_first_adjective_is_no_source(nlp, headline):
    text = headline + "\n\nSINGAPORE - Shops will face fines from July, the agency said."
    assert touching(top(nlp, text), text, headline) == []
    assert [r.cue.text for r in top(nlp, text)] == ["said"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tunku Azlan said the club would be sold. Azlan added that offers had come in.", "Azlan"),
    ("Alh. Musa Garba said the dam was safe.", "Musa Garba"),
    ("Barr. Emeka Nwosu said the case would be appealed.", "Emeka Nwosu"),
])
def test_honorifics_are_no_part_of_the_speaker(nlp, text, speaker):
    assert top(nlp, text)[0].speaker == speaker
