# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Generalisation check of the fifty-eighth session (helper A): long wire sentences with the cue in the
middle or at the end, reports in relative clauses, passive and raised reports, future and modal speech acts,
reports in questions, courts, police and science, business, sport and culture pages, Indian, British,
African and Australian house styles, quote tails with no comma (``probe_sentences_58``), each with its
hand-written gold, and lines that report nothing though they hold a cue word in another sense. Every
sentence is written for the test.

Counted before this pass (right of 153): reports 92 of 103 (missed 4: a business verb, a culture verb, two
nouns heading a subject; a content cut wrong 6: a comma the parser split a clause at, a closing 'as' clause,
a closing apposition, two 'described X as Y', a quotation before 'was all X would say'; a source wrong 1),
lines that report nothing 44 of 50 (six cue words in another sense: 'called a tow truck', 'call the
helpline', 'admitted 40 patients', 'reported for duty', 'called for the ball', 'conceded a free kick').
Mended: a verb whose only object is people let in, work turned up for or a thing asked for in play with
'for', or a thing summoned by phone that the parser read as the verb's predicate, reports nothing
(``taken_senses``, ``taken_objects.txt`` '+admit', '+report_for', '+call_for', '+call'); so for a figure a
firm books and a copy signed for a fan, 'posted a loss', 'signed copies' (found on probes beside the set,
'+post', '+sign'), a song sung and a place in a final made sure of, 'sang the aria', 'confirmed its place in
the final' ('+sing', '+confirm'); a free kick given away is a score let in ('kick' in ``score_nouns.txt``, ``scores``); a
noun of saying or of a state with its 'that' clause heading the subject and no holder named is not judged by
the ranker's threshold, 'The announcement that X came as a shock' (``subject_stances``; train: 3 right
records gained, none wrong); and, on probes beside the set, 'apprised the media that X' is a report of
telling (``speech_verbs.txt``). After: reports 93 of 103, lines that report nothing 50 of 50.
The rest is listed in ``STILL_WRONG`` with the reason, a strict xfail each, so that a mend shows as a pass.
Gold read again against PolNeAR's train after the first count: a second 'that' clause joined by ', and that'
stays in the content (163 to 5 in train); 'The keeper shouted at his defenders to push up' is a report of
what he shouted, not play-by-play."""

from __future__ import annotations

import pytest
from probe_checks import set_tests
from probe_sentences_58 import NOT_REPORTS, REPORTS

#: why 'described X as Y' is listed
_DESCRIBED = ("PolNeAR marks 'described X as Y' both ways: the cue 'described' with the content 'X as Y' (most"
              " often) and the cue 'described X as' with the content 'Y'; the rules give the second, which the scorer"
              " matches too")

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "The transport ministry said on Monday that 312 kilometres of track between Osterby and the coast, much of it laid before 1950, would be closed for up to 14 months from September so that signalling, bridges and level crossings could be replaced at a cost of 2.3 billion crowns.":
        "the parser reads 'much of it laid before 1950' as a clause of 'said' beside 'would be closed', so the content"
        " comes in two pieces at the comma (the scorer matches it whole)",
    "Air quality in the capital fell to \"hazardous\" levels on Sunday for the ninth time this year as crop burning in neighbouring states sent smoke across the plains, the pollution control board said.":
        "the closing 'as' clause is cut as a clause of time; PolNeAR keeps such a clause about as often as it leaves it"
        " out (train: 13 kept, 18 left out), so there is no rule to draw",
    "Officials at the Ministry of Water in Harrat said on Thursday that reservoirs serving the city of 4 million people were at 11 percent of capacity, the lowest since records began in 1962.":
        "a closing apposition is cut from a content; extending contents over appositions did not pay on PolNeAR",
    "The company guided for full-year revenue of between 4.1 and 4.3 billion dollars.":
        "'guide for' a figure is a business page's verb PolNeAR's political news never has (one 'guided', another sense)",
    "The regulator's finding that the tariffs were excessive came after a two-year inquiry.":
        "'finding' is no noun of saying in the lexicon (it is a copula noun, 'The finding is that X'), so no record is"
        " built",
    "\"We were second best all night,\" admitted the captain, Ruairi Quill.":
        "the parser leaves the name after the comma off 'the captain' here ('said the captain, Ruairi Quill' is right)",
    "The band teased a new album on social media on Sunday night.":
        "'tease' is in the lexicon, but a noun object with no clause ('a new album') is scored under the threshold",
    "The director described the shoot as \"the hardest three months of my life\".":
        _DESCRIBED,
    "A Downing Street source described the leak as \"deeply unhelpful\".":
        _DESCRIBED,
    "\"No comment\" was all the agent would say.":
        "a quotation as the subject of 'was all X would say' is read with 'was' in it",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN: dict[str, str] = {}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The claim that the ferry was overloaded turned out to be false.", "claim", "the ferry was overloaded"),
    ("Rumours that the mill would be sold lifted its shares.", "Rumours", "the mill would be sold"),
])
def test_a_report_noun_heading_the_subject_is_kept(nlp, text, cue, content):
    """``subject_stances``: a noun of saying with its 'that' clause as the subject, held by nobody named."""
    assert any(r.cue is not None and r.cue.text == cue and r.source is None and r.contents[0].text == content
               for r in nlp(text)._.sourcebook_attributions)


@pytest.mark.parametrize("text", [
    "The claims that have been made about the mill are false.",
    "The fact that the mill was sold surprised nobody.",
])
def test_a_relative_clause_or_a_fact_heading_the_subject_is_no_report(nlp, text):
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None] == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The deputy commissioner apprised the media that 12 villages had been evacuated.", "The deputy commissioner",
     "12 villages had been evacuated"),
    ("\"The culvert is blocked,\" the engineer apprised the panchayat.", "the engineer", "The culvert is blocked"),
])
def test_apprised_tells(nlp, text, source, content):
    """'apprise' (``speech_verbs.txt``, ``addressee_verbs.txt``), as Indian papers use it: found on probes beside the set."""
    assert any(r.cue is not None and "apprised" in r.cue.text and r.source is not None and r.source.text == source
               and r.contents[0].text.strip('"') == content for r in nlp(text)._.sourcebook_attributions)


@pytest.mark.parametrize("text", [
    "The group posted a pre-tax loss of 40 million dollars for the year.",
    "Kimani posted the fastest time in qualifying.",
    "The author signed copies of her book at the festival.",
    "The tenor sang the aria with real feeling.",
    "Rovers confirmed promotion with a draw at Ashby.",
    "The college admits 300 students a year.",
    "The winger called for a pass but was ignored.",
])
def test_a_thing_booked_signed_sung_or_made_sure_of_is_no_report(nlp, text):
    """``taken_senses`` for the verbs found on probes beside the set ('+post', '+sign', '+sing', '+confirm')."""
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("He posted a comment on Twitter.", "posted"),
    ("She sang the praises of the new manager.", "sang"),
    ("The club confirmed the signing of a new striker.", "confirmed"),
])
def test_near_misses_of_those_senses_stay_reports(nlp, text, cue):
    assert cue in [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None]
