"""Reports missed or cut found in the thirty-fourth session, where the parser misread the
reported clause or the cue: a tail after a clause with no finite verb in the parse ('A ferry
carrying 300 people capsized, the coast guard said'), a clause read as the cue's object ('point
out that much of that money funds schools'), a cue read as the object of its subject's
preposition ('Billboards on the highway promise that X'), 'that' as the determiner of a bare
count noun ('said that issue would be decided'), a subject cut from its phrase ('said attendance
at the first session was X'), a clause read as an apposition ('first reported discrepancies'),
and a wire headline's source after a colon ('...: JCS'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a tail after a clause with no finite verb


@pytest.mark.parametrize("text, cue, source, content", [
    ("A ferry carrying 300 people capsized on Thursday, the coast guard said.", "said", "the coast guard",
     "A ferry carrying 300 people capsized on Thursday"),
    ("A ferry carrying 300 people capsized on Thursday, the coast guard said in a statement.", "said", "the coast guard",
     "A ferry carrying 300 people capsized on Thursday"),
    ("Mold complaints at Navy housing spike, watchdog finds\nThe report was released on Monday.", "finds", "watchdog",
     "Mold complaints at Navy housing spike"),
])
def test_a_tail_reports_a_clause_whose_verb_the_parser_misread(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]


@pytest.mark.parametrize("text, cue", [
    ("Last week, officials said.", "said"),
    ("In all, records show.", "show"),
    ("Two days later, police said.", "said"),
    ("Asked about the plan, officials said.", "said"),
    ("Speaking to reporters, the minister said.", "said"),
])
def test_a_tail_after_a_time_or_a_phrase_reports_nothing(nlp, text, cue):
    assert [contents(a) for a in records(nlp, text, cue)] in ([], [[]])


def test_a_tail_after_a_clause_still_reports_it(nlp):
    text = "The ferry capsized on Thursday, the coast guard said."
    assert [contents(a) for a in records(nlp, text, "said")] == [["The ferry capsized on Thursday"]]


# ---------------------------------------------------------------- a clause read as the cue's object


@pytest.mark.parametrize("text, cue, content", [
    ("Supporters point out that much of that money funds schools.", "point out", "much of that money funds schools"),
    ("Critics argue that much of that money funds schools.", "argue", "much of that money funds schools"),
])
def test_a_clause_read_as_the_cues_object_is_its_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("Supporters point out that most of the money funds schools.", "point out", "most of the money funds schools"),
    ("Critics argue that much of that money is wasted.", "argue", "much of that money is wasted"),
])
def test_a_clause_the_parser_read_stays_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_plain_object_of_point_out_is_no_clause(nlp):
    # (read whole as the object, ``particle_objects``, not cut as a misread clause)
    assert [contents(a) for a in records(nlp, "Supporters point out the benefits.", "point out")] == [["the benefits"]]


# ---------------------------------------------------------------- a cue read as the object of the source's preposition


@pytest.mark.parametrize("text, source", [
    ("Billboards on the highway promise that anybody can win.", "Billboards on the highway"),
    ("Posters in the station promise that anybody can win.", "Posters in the station"),
])
def test_a_cue_read_as_the_object_of_the_sources_preposition(nlp, text, source):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "promise")] == [(source, ["anybody can win"])]


def test_a_noun_of_promise_in_a_phrase_is_no_cue(nlp):
    assert records(nlp, "Reports on the campaign promise were published on Monday.", "promise") == []


# ---------------------------------------------------------------- 'that' before a bare count noun


@pytest.mark.parametrize("text, content", [
    ("The judge said that issue would be decided later.", "that issue would be decided later"),
    ("The minister said that plan was dead.", "that plan was dead"),
])
def test_that_before_a_bare_count_noun_is_its_determiner(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("The judge said that the issue would be decided later.", "the issue would be decided later"),
    ("The judge said that issues would be decided later.", "issues would be decided later"),
    ("The judge said that money would be tight.", "money would be tight"),
    ("The mayor said that growth would slow.", "growth would slow"),
])
def test_that_before_another_subject_is_the_complementizer(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


# ---------------------------------------------------------------- a subject's phrase hung on the cue


@pytest.mark.parametrize("text, content", [
    ("Capt. Aaron Whitley said attendance at the first session was the highest he had seen.",
     "attendance at the first session was the highest he had seen"),
    ("The mayor said turnout in the northern districts was lower than expected.",
     "turnout in the northern districts was lower than expected"),
])
def test_a_phrase_between_the_object_and_the_clause_goes_with_the_subject(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor said in a statement the plan was dead.", "said", "the plan was dead"),
    ("He told reporters at a briefing the plan was dead.", "told", "the plan was dead"),
])
def test_the_cues_own_phrase_stays_out_of_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a clause read as an apposition


def test_a_past_tense_read_as_an_apposition_is_the_clause(nlp):
    text = "The pharmacist, Nadia Fenwick, first reported discrepancies in 2022, her attorney said."
    assert [contents(a) for a in records(nlp, text, "said")] == [
        ["The pharmacist, Nadia Fenwick, first reported discrepancies in 2022"]]


@pytest.mark.parametrize("text, cue, content", [
    ("He dismissed criticism from Doley, a banker who has backed the plan.", "dismissed", "criticism from Doley"),
    ("He praised Doley, a respected banker.", "praised", "Doley"),
])
def test_a_description_after_the_content_stays_out(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a wire headline's source after a colon


def test_a_wire_headlines_source_after_a_colon(nlp):
    text = "N. Korea fires missile into East Sea: JCS\nThe launch came on Monday.\n"
    assert [(a.source.text, contents(a)) for a in records(nlp, text, ":")] == [
        ("JCS", ["N. Korea fires missile into East Sea"])]


@pytest.mark.parametrize("text", [
    "The week in review: Ana Ruiz\nAna Ruiz looks back.\n",
    "Interview: John Smith\nHe spoke to us.\n",
    "Residents face a hard choice: stay or go\nResidents met on Monday.\n",
])
def test_a_headlines_colon_before_no_source_is_no_cue(nlp, text):
    assert records(nlp, text, ":") == []
