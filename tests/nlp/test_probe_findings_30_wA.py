"""Patterns of the thirtieth session (helper wA): a platform named only as where one posted, a
count of people the NER took into a body's name, and a body's first word alone, taken for a
person. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- a platform named in passing


def test_a_platform_named_only_as_where_one_posted_is_not_the_company(nlp):
    text = ("Outage apology\nSorvik apologised in a video posted on LinkedIn. "
            "The company later said the outage had been caused by a faulty update.")
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text, "said")] == [("Sorvik", "organisation")]


@pytest.mark.parametrize("text, speaker", [
    # a platform the article is about is the company
    ("LinkedIn fined\nLinkedIn was fined 300 million euros by the Irish regulator. The company said it would appeal.",
     "LinkedIn"),
    ("Bank apology\nKestrel Bank apologised on Facebook on Monday. The company said customers would be refunded.",
     "Kestrel Bank"),
    ("Telco\nNorvane Telecom posted an apology on LinkedIn. The company said services had been restored.",
     "Norvane Telecom"),
])
def test_the_company_stays_the_firm_the_article_is_about(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, "said")] == [speaker]


# ---------------------------------------------------------------- a count of people opening a name


@pytest.mark.parametrize("text, speaker", [
    ("Phone outage\nMillions of Veltra Mobile customers were unable to make calls on Thursday, the company said.",
     "Veltra Mobile"),
    ("Millions of Veltra Mobile customers were unable to make calls on Thursday, the company said.", "Veltra Mobile"),
    ("Bank outage\nThousands of Arden Bank customers could not log in on Friday, the bank said.", "Arden Bank"),
    ("Islamic State Sahel Province claimed the attack, the group said.", "Islamic State Sahel Province"),
])
def test_a_count_of_people_is_no_part_of_the_body_they_are_customers_of(nlp, text, speaker):
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text, "said")] == [(speaker, "organisation")]


# ---------------------------------------------------------------- a body's first word alone


def test_a_bodys_first_word_alone_is_that_body(nlp):
    text = "Lab review\nGrantham Medical School investigated the lab. Grantham said the review was closed."
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text, "said")] == [
        ("Grantham Medical School", "organisation")]


@pytest.mark.parametrize("text, speaker, kind", [
    # a person the article names in full with that surname is that person
    ("Lab review\nGrantham Medical School investigated the lab. Professor Ellen Grantham said the review was closed. "
     "Grantham added that no one was hurt.", "Ellen Grantham", "person"),
    ("Housing\nAlder Housing Association opened a new office. Marcus Pell, its director, spoke. "
     "Pell said the office would help.", "Marcus Pell", "person"),
])
def test_a_surname_of_a_person_named_in_full_stays_theirs(nlp, text, speaker, kind):
    found = records(nlp, text)
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, kind)
