"""Patterns of the thirty-fourth session (helper R2): what a source that stands for another
stands for. A document a possessive pronoun opens is of whom the pronoun stands for ('His study',
'Their latest report'), and 'the report' after a document that reported with no author is that
document, not an older one's author; 'the company' in a clause hung on a report about a firm
('Shares of X fell after the company said') is that firm; and 'the company' after a firm the
article only described ('South Korea's largest carmaker said') is that one. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speakers(nlp, text, cue):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- a document a possessive pronoun opens


@pytest.mark.parametrize("text, cue, speaker", [
    ('Rents have risen, according to figures from the housing agency. "Tenants suffer," said Professor Ivan Lutz. '
     "His study estimates that rents climb 4 percent a year.", "estimates", "Ivan Lutz's study"),
    ("Researchers from Northfield University tracked 2,000 patients. Their study found that the drug cut deaths "
     "by a third.", "found", "Northfield University's study"),
    ("Analysts at the Meridian Freight Institute say shipping costs are falling. Their latest report estimates that "
     "rates will halve.", "estimates", "Meridian Freight Institute's latest report"),
])
def test_a_document_a_possessive_opens_is_its_owners(nlp, text, cue, speaker):
    assert _speakers(nlp, text, cue) == [(speaker, "description")]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Tenants should read their landlords' records. A city audit found that 30 flats were unsafe. The report said "
     "repairs were overdue.", "said", "city audit"),
    ("Drivers should check their cars' records. A national audit found that 9,000 vans failed tests. The report said "
     "garages were to blame.", "said", "national audit"),
])
def test_the_report_after_one_that_reported_with_no_author_is_that_one(nlp, text, cue, speaker):
    assert _speakers(nlp, text, cue) == [(speaker, "description")]


@pytest.mark.parametrize("text, cue, speaker", [
    ("A report by the National Audit Office found that waiting lists had grown. The report said hospitals were short "
     "of staff.", "said", "National Audit Office"),
    ("Kestrel Bank said profits rose. Its statement said that costs had risen.", "said", "Kestrel Bank's statement"),
    ("A poll by Ifam found that 40 percent backed the plan. The poll also showed that support was falling.", "showed",
     "Ifam"),
])
def test_a_document_with_an_author_stays_its_authors(nlp, text, cue, speaker):
    assert speaker in [s for s, _ in _speakers(nlp, text, cue)]


def test_a_possessive_of_the_sources_own_owner_stays_as_written(nlp):
    text = "Senator Tom Hale said the bill was dead. His lawyer's statement said he would not comment."
    assert _speakers(nlp, text, "said")[-1] != ("Tom Hale's lawyer's statement", "description")


# ---------------------------------------------------------------- 'the company' in a clause hung on a report about a firm


@pytest.mark.parametrize("text, speaker", [
    ("Halden Air said it would add flights. Kestrel Bank's shares rose when the bank said profits had doubled.",
     "Kestrel Bank"),
    ("Acme Mills said it would shut a plant. Shares of Dorran Therapeutics fell 12 percent after the company said "
     "a trial had failed.", "Dorran Therapeutics"),
])
def test_the_company_in_a_clause_hung_on_a_report_about_a_firm_is_that_firm(nlp, text, speaker):
    assert _speakers(nlp, text, "said")[-1] == (speaker, "organisation")


@pytest.mark.parametrize("text, cue, speaker", [
    ("Ofcom fined Harrow Telecom on Monday after the company admitted that it had overcharged customers.", "admitted",
     "Harrow Telecom"),
    ("Brindle Foods said it would recall its soup. Retailers cleared shelves after the company said two people had "
     "fallen ill.", "said", "Brindle Foods"),
    ("Torvane Industries reported a loss. Shares in Torvane Industries fell, the company said.", "said",
     "Torvane Industries"),
])
def test_the_company_after_a_firm_that_spoke_or_acted_stays(nlp, text, cue, speaker):
    assert _speakers(nlp, text, cue)[-1] == (speaker, "organisation")


# ---------------------------------------------------------------- 'the company' after a firm only described


@pytest.mark.parametrize("text, speaker", [
    ("Two ships were held at the port of Tarvin, officials said.\n\nJapan's second-largest carmaker said it would "
     "recall 80,000 vehicles. The company said no one had been hurt.", "Japan's second-largest carmaker"),
    ("A Danish shipping firm said on Tuesday that it would sell 12 vessels. The company said the sale would raise "
     "$400 million.", "Danish shipping firm"),
])
def test_the_company_after_a_firm_only_described_is_that_firm(nlp, text, speaker):
    assert _speakers(nlp, text, "said")[-1] == (speaker, "description")


@pytest.mark.parametrize("text, speaker", [
    ("The carmaker said it would recall cars. Norvik Motors said it would not. The company said demand was strong.",
     "Norvik Motors"),
    ("Kestrel Bank said profits rose. A rival lender said its own profits fell. The bank said costs were rising.",
     "Kestrel Bank"),
])
def test_the_company_after_a_named_firm_stays_that_firm(nlp, text, speaker):
    assert _speakers(nlp, text, "said")[-1] == (speaker, "organisation")
