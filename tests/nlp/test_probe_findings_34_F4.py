"""False records from noun cues and headlines found in the thirty-fourth session: a noun of
saying that is the object of an infinitive completing another noun ('the ability to provide
assurance that X'), a headline's verb read as a plural noun ('Agency scraps plan to X'), a verb of a
literal act done with an instrument ('Jury Hits Veltrane With $214 Million Verdict') and a
thing withheld, not a claim denied ('inspectors again denied access'), and a headline's clause
joined to the report by a comma that the parser made the cue's governor. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- an act one could make, none made


@pytest.mark.parametrize("text, noun", [
    ("The agency's ability to provide assurance that the programme is exclusively peaceful is limited, the report said.",
     "assurance"),
    ("The decision to issue a warning that the dam could burst came late, officials said.", "warning"),
    ("Her failure to give an assurance that the plant was safe angered residents.", "assurance"),
])
def test_noun_under_an_infinitive_of_a_noun_is_no_record(nlp, text, noun):
    assert records(nlp, text, noun) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The firm rejected claims that it had lied.", "claims", "it had lied"),
    ("Reports that the ship had sunk were denied by the navy.", "Reports", "the ship had sunk"),
])
def test_noun_with_its_clause_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a report of an event


@pytest.mark.parametrize("text", [
    "Police said there were reports of looting in the city.",
    "Hours later reports came in of deaths of children after a bombing.",
])
def test_report_of_an_event_stays_an_unspecified_report(nlp, text):
    # the seed gold's convention and PolNeAR's: 'reports of X' with no one named are unspecified reports
    found = [a for a in records(nlp, text) if a.cue is not None and a.cue.text.lower().startswith("report")]
    assert len(found) == 1 and found[0].source is None


@pytest.mark.parametrize("text, cue, source, content", [
    ("Reports that the ship had sunk were denied by the navy.", "Reports", None, "the ship had sunk"),
    ("Her claims of abuse were dismissed, the court said.", "claims of", "Her", "abuse"),
    ("The ministry dismissed reports of a rift between the two leaders.", "reports of", None,
     "a rift between the two leaders"),
])
def test_report_with_a_clause_or_a_source_stays(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert [(a.source.text if a.source else None, contents(a)) for a in found] == [(source, [content])]


# ---------------------------------------------------------------- a headline's verb read as a plural noun


@pytest.mark.parametrize("headline", [
    "Agency scraps plan to close offices",
    "Council cuts plan to build homes",
])
def test_headline_verb_read_as_a_noun_makes_no_belief(nlp, headline):
    text = headline + "\nThe agency said on Monday it would keep all its offices open.\n"
    assert records(nlp, text, "plan") == []


@pytest.mark.parametrize("headline, source", [
    ("Union leaders plan to strike over pay", "Union leaders"),
    ("Tech firms plan to cut jobs", "Tech firms"),
])
def test_headline_plural_subject_keeps_its_plan(nlp, headline, source):
    text = headline + "\nThe union said talks had failed.\n"
    assert [a.source.text for a in records(nlp, text, "plan")] == [source]


# ---------------------------------------------------------------- an act done with an instrument, a thing withheld


@pytest.mark.parametrize("headline", [
    "Jury Hits Veltrane With $214 Million Verdict",
    "US Hits China With New Tariffs",
])
def test_hit_with_an_instrument_is_no_stance(nlp, headline):
    text = headline + "\nA jury ordered Veltrane to pay $214 million, its lawyers said.\n"
    assert [a.cue.text for a in records(nlp, text) if a.cue is not None and a.cue.text.lower() == "hits"] == []


def test_headline_access_denied_is_no_denial(nlp):
    text = ("IAEA says Varesh uranium stockpile grew, inspectors again denied access\n"
            "The agency said in a report that the stockpile had grown.\n")
    found = records(nlp, text)
    assert [a.cue.text for a in found if a.cue is not None and a.cue.text == "denied"] == []
    says = records(nlp, text, "says")
    assert [(a.source.text, contents(a), a.parent) for a in says] == [
        ("IAEA", ["Varesh uranium stockpile grew, inspectors again denied access"], None)]


@pytest.mark.parametrize("headline, content", [
    ("Former Engineer Says Firm Stole Design, Lawsuit Alleges", "Former Engineer Says Firm Stole Design"),
    ("Police say suspect fled, officers found car", "suspect fled | officers found car"),
])
def test_headline_tail_cue_and_joined_clauses_stay(nlp, headline, content):
    text = headline + "\nThe firm denied the claim on Monday.\n"
    first = [a for a in records(nlp, text) if a.cue is not None and a.cue.start < len(headline) and a.parent is None]
    assert [" | ".join(contents(a)) for a in first] == [content]


@pytest.mark.parametrize("text", [
    "A judge denied him bail.",
    "Journalists were denied entry to the court, the union said.",
    "The minister denied access to journalists, officials said.",
])
def test_thing_withheld_is_no_denial(nlp, text):
    assert records(nlp, text, "denied") == []


@pytest.mark.parametrize("text, content", [
    ("The company denied the allegations.", "the allegations"),
    ("The company denied that it had paid bribes.", "it had paid bribes"),
])
def test_denial_of_a_claim_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "denied")] == [[content]]


def test_senator_hits_back_stays_as_before(nlp):
    text = "The senator hit back at critics, saying the plan was sound."
    assert [contents(a) for a in records(nlp, text, "saying")] == [["the plan was sound"]]


def test_a_verbal_attack_with_a_phrase_after_a_comma_stays_a_record(nlp):
    # the instrument of an act stands with it: ', with jabs that cut at X' is the writer's, about the words
    text = ("The senator aggressively attacked her rival as a fraud during the debate on Monday night, "
            "with jabs that cut at the core of his appeal.")
    found = records(nlp, text, "attacked")
    assert len(found) == 1 and contents(found[0])[0].startswith("her rival as a fraud")
