"""Patterns found in the thirty-first session: bodies and documents named by a description
('the agency', 'the forecaster', 'the thinktank', 'the report', 'the statement', "the jury's
communique") resolved to the body or person the article names as such. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def speakers(nlp, text, source):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text) if a.source is not None and a.source.text == source]


# ---------------------------------------------------------------- a description's head noun and the body it names


@pytest.mark.parametrize("text, source, speaker", [
    ("The FDA said 30 people were ill. More cases are likely, the agency said.", "the agency", "FDA"),
    ("The NTSB opened an inquiry on Friday. The crash was avoidable, the agency said.", "the agency", "NTSB"),
    ("The Met Office issued an alert. Heavy snow is likely in the north, the forecaster said.", "the forecaster",
     "Met Office"),
    ("The Resolution Foundation published new figures. Wages will stall until 2027, the thinktank said.",
     "the thinktank", "Resolution Foundation"),
])
def test_a_bodys_noun_names_the_public_body_or_institute_before(nlp, text, source, speaker):
    assert speakers(nlp, text, source) == [(speaker, "organisation")]


def test_the_agency_after_a_firm_stays_unresolved_to_the_firm(nlp):
    text = "Harrowgate Robotics said 30 units were faulty. More units are affected, the agency said."
    assert speakers(nlp, text, "the agency") != [("Harrowgate Robotics", "organisation")]


# ---------------------------------------------------------------- a document's author


@pytest.mark.parametrize("text, source, speaker", [
    # a name the NER left untagged published it
    ("Prison Rights Monitor published a report on Monday. The 80-page report describes 12 deaths in custody.",
     "The 80-page report", "Prison Rights Monitor"),
    ("Prison Rights Monitor published a report on Monday. The report alleges that guards beat inmates.",
     "The report", "Prison Rights Monitor"),
    # a 'by' the parser hung on the verb
    ("The report, by the Institute for Fiscal Studies, found that rents rose sharply.", "The report",
     "Institute for Fiscal Studies"),
])
def test_a_documents_author_is_its_speaker(nlp, text, source, speaker):
    assert speakers(nlp, text, source) == [(speaker, "organisation")]


def test_a_statement_issued_by_a_person_named_beside_a_noun_is_theirs(nlp):
    text = ('The landlord, Marcus Fenwick, issued a statement. "The building is safe," the statement said.')
    assert speakers(nlp, text, "the statement") == [("Marcus Fenwick", "person")]


def test_a_communique_is_its_owners(nlp):
    text = "The tribunal jury's communique said two players had been banned."
    assert speakers(nlp, text, "The tribunal jury's communique") == [("tribunal jury", "description")]


def test_a_survey_by_a_consultancy_named_beside_it_is_the_firms(nlp):
    text = "A survey by consultancy Orvane showed that 60 percent of mills had cut output."
    assert [k for _, k in speakers(nlp, text, "A survey by consultancy Orvane")] == ["organisation"]


@pytest.mark.parametrize("text, source, speaker", [
    # guards: authors named as before
    ("The National Audit Office published a report on Monday. The report found that costs had doubled.",
     "The report", "National Audit Office"),
    ("A report by the National Audit Office found that costs had doubled.", "A report by the National Audit Office",
     "National Audit Office"),
])
def test_named_authors_stay(nlp, text, source, speaker):
    assert speakers(nlp, text, source) == [(speaker, "organisation")]
