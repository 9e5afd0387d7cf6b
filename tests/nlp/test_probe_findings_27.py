"""Patterns found in the twenty-seventh session (issue 12; docs/accuracy.md, "Twenty-sixth
pass"): articles written about music and film, terrorism and security, opinion polls,
cybersecurity, shipping, drug regulation, retail and carmakers, and the English-language press
of India, Pakistan, Nigeria and Kenya. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- bodies' names and kinds


@pytest.mark.parametrize("text, speaker", [
    ("Tarvex Genetics, based in Boston, said the study had been stopped.", "Tarvex Genetics"),
    ("Mercer Generics said stocks of the tablet had fallen sharply.", "Mercer Generics"),
    ("Halden Diagnostics said the test had been withdrawn.", "Halden Diagnostics"),
])
def test_a_firm_named_by_its_trade_is_an_organisation(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "organisation")]


def test_the_company_after_a_report_about_a_firm_is_that_firm(nlp):
    text = ("Mercer Generics said stocks had fallen sharply. "
            "Orrin Neuro's anxiety pill missed its main goal, the company said on Monday.")
    assert [a.speaker for a in records(nlp, text, "said")] == ["Mercer Generics", "Orrin Neuro"]


def test_a_founder_is_a_person_whatever_her_group_is_called(nlp):
    text = '"They acted late," said Lena Brooks, founder of Cures Now, a group that lobbies for cheaper drugs.'
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Lena Brooks", "person")]


# ---------------------------------------------------------------- people's names


@pytest.mark.parametrize("text, speaker", [
    ("Party general secretary Shri Manoj Kumar Sinha alleged that the Centre had collected more.",
     "Manoj Kumar Sinha"),
    ("Union Petroleum Minister Shri Harish Chandra Joshi expressed confidence that prices would fall.",
     "Harish Chandra Joshi"),
    ("Provincial Health Minister Syed Mehboob Ali Shah said the hospital would reopen.", "Syed Mehboob Ali Shah"),
])
def test_a_name_the_ner_cut_in_two_is_one_person(nlp, text, speaker):
    found = records(nlp, text)
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "person")]


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize("text, source", [
    ('Opposition attacks fuel rise\n\nNEW DELHI: The Congress on Saturday accused the government of '
     '"looting the common man" after prices rose.', "The Congress"),
    ("Talks resume\n\nPORT HARCOURT: The state governor said on Monday that talks would resume.", "The state governor"),
])
def test_a_dateline_of_words_in_capitals_before_a_colon_is_no_speaker(nlp, text, source):
    found = [a for a in records(nlp, text) if a.source is not None and a.source.start > text.index("\n\n")]
    assert [a.source.text for a in found] == [source]
    assert all(a.cue.text != ":" for a in records(nlp, text))


def test_a_transcript_of_two_voices_in_capitals_keeps_its_turns(nlp):
    text = ("Interview\n\nJANE ROE: We will not give up the fight.\nTOM WELLS: Then we will see you in court.\n"
            "JANE ROE: So be it.")
    found = [a for a in records(nlp, text) if a.cue is not None and a.cue.text == ":"]
    assert [a.source.text for a in found] == ["JANE ROE", "TOM WELLS", "JANE ROE"]


# ---------------------------------------------------------------- reports inside reports


def test_a_past_verb_joined_in_a_present_report_is_the_reported_clauses(nlp):
    text = "The complaint says he bought two rifles online and posted instructions for making explosives."
    found = records(nlp, text, "says")
    assert [a.contents[0].text for a in found] == [
        "he bought two rifles online and posted instructions for making explosives"]
    assert not [a for a in records(nlp, text, "posted") if a.source is not None and a.source.text == "The complaint"]


def test_a_role_inside_a_report_is_not_its_reporter(nlp):
    text = ('Whitlock told jurors the defendant had been "obsessed" with the attack and had written in a notebook '
            'that he wanted revenge.')
    nested = [a for a in records(nlp, text) if a.source is not None and a.source.text == "the defendant"]
    assert nested and all(a.speaker != "Whitlock" for a in nested)
    assert [a.speaker for a in records(nlp, text, "told")] == ["Whitlock"]
