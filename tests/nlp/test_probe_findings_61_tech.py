"""Generalisation check of the sixty-first session on technology, products and entertainment news (helper W):
twenty-six short articles (``probe_tech_61``) with 'the company said in a blog post', 'according to a regulatory
filing', 'the release notes say', 'a representative for the singer said', 'her publicist confirmed', 'the studio
announced', 'the developer wrote on its forum', 'in a statement to' an outlet, reviewers and critics ('reviewers
praised', 'critics called it X'), software and documents that speak ('the app warns users that', 'the error
message says', 'the terms of service state', 'a pop-up message tells riders'), 'leaked benchmarks suggest',
'analysts at X expect', 'fans claimed', a chief executive on an earnings call, and product names, features, song and
film titles in quotation marks; each report with its hand-written gold (a word of the cue, the source, the first
content), the lines that report nothing (specs, prices, release dates, feature lists, chart positions, box-office
figures with no source, titles) and the speakers of pronouns and of 'the company' or 'the studio'. Every sentence
is written for the test.

Counted before this pass (main at 0df84c7), all written before any mend: reports 77 of 80 right (missed 2, a
content cut wrong 1, no wrong source), lines that report nothing 56 of 56 (no false report), speakers 5 of 11 (the
pronouns 5 of 5; 'the company' or 'the studio' 0 of 6). Mended: a coined name the NER left untagged that an 'its'
takes up in its clause is a body ('Zipwheel will cap its e-scooters. The company said X', ``its_bodies``), and a
name the NER took for a body or a person that stands alone between quotation marks is a work's title, no body
'the studio' stands for ('"Hollow Pines" took $31 million ... according to the studio', ``quoted_titles``). After:
reports 77 of 80, lines 56 of 56, speakers 8 of 11. PolNeAR train and dev records (and dev speakers) are the same
before and after.
Conventions followed (counted on PolNeAR train): a thing that speaks (a sign, an ad, a message, a website, a
filing) is a source (14 of 15, 'according to a report/filing' 18 of 19), 'analysts expect' is a report (35 of 38),
'praised' is a cue (35 of 40), and a headline's 'X praise Y' is a report of its own (kept, no gold)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_tech_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("app_warns", "warns", "The Coinrise app"):
        "'app' is a subject that says nothing (``mute_subjects.txt``: 'the app asks for your password'); a message it"
        " shows ('warns users that X') is the firm's words, but PolNeAR train has no app that speaks to count on",
    ("terms_of_service", "state", "The terms of service"):
        "the parser reads 'service state' as one noun and 'that users keep X' as its relative clause",
    # (the sixty-second session joins 'already downloaded', a participle the parser hung on 'says' as a second
    # clause, to the clause before it: ``hung_participles``)
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("ereader", "the company"):
        "'Pagewell' the NER took for a person and no 'its' takes up; 'the company' goes to the headline's 'Bookseller'",
    ("series_renewed", "the company"):
        "'The streaming service Brightwave': 'service' is no firm's noun and the NER took the name for a person",
    ("smart_speaker", "Smart speaker maker"):
        "the headline's firm noun is given the lede's first speaker, the users who complained, not the firm named next",
}

(parsed, test_a_report_of_tech_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_firm, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a coined name the NER leaves untagged, taken up by 'its' (``its_bodies``)
    ("Quorvin has cut the price of its smart lock. The company said sales had been slow.", "Quorvin"),
    ("Zentra, a Berlin start-up, opened its first office in Lisbon. The company said it would hire 40 people.", "Zentra"),
    # nor a title between quotation marks taken up by 'its'
    ('"Kestrel Point" took $18 million over the weekend. The film cost about $5 million, according to the studio.', "studio"),
])
def test_a_firm_behind_a_description(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_a_name_after_a_title_is_no_body_for_its(nlp):
    assert [r.speaker for r in top(nlp, "Dr Hollis said its results were clear.")] == ["Dr Hollis"]


@pytest.mark.parametrize(("text", "name", "title"), [
    # a name alone between quotation marks, with or without the comma the quotation keeps (``quoted_titles``)
    ('"Hollow Lanes" took $31 million in cinemas.', "Hollow Lanes", True),
    ('"Glass Tide," the band\'s first single, sold well.', "Glass Tide", True),
    ('The actor "Sonny" Vale said X.', "Sonny", False),
    ('Marlow Films said X.', "Marlow Films", False),
])
def test_a_name_alone_between_quotation_marks_is_a_title(nlp, text, name, title):
    from spacy.tokens import Span

    from sourcebook.nlp.attribution.quoted_titles import quoted_title

    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert quoted_title(Span(doc, start, start + len(name.split()), label="ORG")) is title
