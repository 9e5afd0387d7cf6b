"""Generalisation check of the seventy-first pass on belief, knowledge and estimate cues and on documents as sources
(helper D): thirty-nine short articles (``probe_beliefs_71``) in every domain, with beliefs and fears ('Police believe
X', 'Experts fear X', 'do not believe X', 'Detectives suspect X', 'Some economists doubt that X', 'reckon X'), states
with an adjective ('are convinced that X', 'are confident X', 'remain hopeful that X'), expectations and hopes
('Analysts expect the bank to X', 'Organisers hope so'), knowledge ('The club knows X', 'It is understood that X', 'It
is thought X'), first person ('I think X', 'I do not think X'), estimates ('estimates the cost at £2.4m', 'Organisers
estimate that X'), documents as sources ('A poll published on Sunday shows X', 'Data published on Monday by X show Y',
'the study concludes that X', 'Minutes of the meeting reveal that X', 'The filing states that X', 'The audit
identified X', 'A leaked memo warns that X', 'Records seen by the Courier show X', 'An analysis of 40 apps by X found
Y') and traps that report nothing (a mental state with no content, 'a farmer who knew the area well', 'feared for
their safety'; a document as a thing, 'The study was 40 pages long', 'The poll of 1,200 adults was carried out by X').
Every sentence is written for the test.

Counted on main at the session's start, on the first thirty-one articles (written before any look at the pipeline):
reports 55 of 57, lines that report nothing 34 of 35, speakers 12 of 13. Two of the misses were the gold's, corrected
to PolNeAR train's marking: 'thinks so', 'said so' are marked with 'so' the content (8 of the 12 on train, the other
4 inside quotations, nested), so 'Organisers hope so' is a report and no trap; and 'estimates X at Y' is marked as
one span on train 2 times of 3 ('estimates LinkedIn's users at 100 million'), so the content is 'the cost of the
repairs at £2.4m'. With the gold corrected: reports 57 of 58, lines 34 of 34, speakers 12 of 13. The eight articles
written next (harder shapes) gave reports 13 of 16 on main: 'Most of the growers I spoke to believe X' (the parser
read 'to believe' as an infinitive on a quantifier at the root) and 'Scientists are increasingly convinced that X'
(the participle tagged an adjective when an adverb comes between, with the passive's auxiliary and subject) found
nothing. Mended: such an adjective is its own copula as the participle is (``nouns.adjective_holder``); a quantifier at
the root whose relative clause ends on its preposition, or whose 'of' phrase's noun holds it, is the subject of the
verb after the clause (``stranded``). In all: reports 70 of 74 on main and 72 of 74 after, lines 42 of 42, speakers
14 of 15 before and after. On PolNeAR train these two mends change no record (train 13083 right of 15697, dev 1416
of 1711, before and after). Read on train's misses of belief cues: 'are confident in X' was marked 5 times of 7 (the
other two inside quotations) and never found; 'confident' takes 'in' as 'interested' does (``attitude_adjectives.json``),
and no attitude's preposition names a time ('looked confident in the first half', ``attitude_adjectives``): train
+3 right, none lost (13086 of 15700), dev unchanged.

Counted on PolNeAR train before writing the gold (first annotator's files): 'believe' 76 cues, 'think' 103, 'fear' 31,
'know' 135 (most of the misses 'known as', a naming), 'expect' 109, 'hope' 75, 'estimate' 20, 'doubt' 23, 'worry' 36,
'convinced' 9, 'confident' 12, 'assume' 6, 'understand' 15; 'expressed doubt/concern that' 20 of 21; a copula and an
adverb in the cue ('are convinced', 'remain confident'); 'Officials expect it to raise rates' content 'it to raise
rates ...'; documents as sources ('poll', 'report', 'data', 'survey', 'filing', 'study' with 'show', 'found',
'suggest', 'reveal', 'concluded', 'said' and the like) 108 marked of 129, the content what they show ('a poll shows
Sanders leading' content 'Sanders leading ...'); 'is believed to' and 'is thought to' unmarked (4 of 4), so no line of
the set has them; 'fear for', 'hope so' inside quotations unmarked."""

from __future__ import annotations

import pytest
from probe_beliefs_71 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("bus_stones", "said", "The driver"):
        "'said he had stopped the bus and called the police': the parser hangs 'called' on 'said', the driver's own"
        " deed after his words (a reading the sentence allows); the content stops at 'bus'. Content ends are left as"
        " they are (no variant reached 2:1 on train)",
    ("wildcat_sighting", "knew", "Ranger Ellis Ford, who has worked in the woods for 30 years"):
        "'knew the animal was not a pet as soon as he saw the film': the time clause is read into the content; a content"
        " end again, left as it is",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("flu_wards", "The hospital's chief nurse, Olu Adeyemi"):
        "the NER tags 'Olu Adeyemi' a place and no list knows 'Olu' as a given name; ``apposed_names`` takes an unknown"
        " given name only when the surname stands alone elsewhere in the article, and this one names her once",
}

(parsed, test_a_belief_or_a_document_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_the_set, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _records(nlp, text):
    return [(r.cue.text, r.source.text if r.source else "", r.contents[0].text) for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a participle of a state tagged an adjective after an adverb, with the passive's auxiliary (``nouns``)
    ("Scientists are increasingly convinced that the glacier will vanish.", "are increasingly convinced", "Scientists",
     "the glacier will vanish"),
    ("Voters were now convinced the mayor had lied.", "were now convinced", "Voters", "the mayor had lied"),
    # a quantifier at the root before a relative clause ending on its preposition (``stranded``)
    ("Most of the growers I spoke to believe the frost has ruined the crop.", "believe",
     "Most of the growers I spoke to", "the frost has ruined the crop"),
    ("Most of the nurses we spoke with say the ward is short of staff.", "say", "Most of the nurses we spoke with",
     "the ward is short of staff"),
    ("Many of the traders I talked to expect prices to rise.", "expect", "Many of the traders I talked to",
     "prices to rise"),
    # 'confident in' what one trusts, an attitude as 'interested in' (``attitude_adjectives.json``)
    ("Investors are confident in the bank's plan.", "are confident in", "Investors", "the bank's plan"),
    ("Some nurses are less confident in the new rota.", "are less confident in", "Some nurses", "the new rota"),
])
def test_a_mended_belief(nlp, text, cue, source, content):
    assert (cue, source, content) in [(c, s, x.rstrip(".")) for c, s, x in _records(nlp, text)]


@pytest.mark.parametrize("text", [
    "Most of the growers I spoke to wanted to sell.",  # no verb of saying or believing after the clause
    "Some of the men we hired to fix it left early.",  # an infinitive of purpose, no stranded preposition
    "The windows were badly damaged by the storm.",  # a passive with an adverb, no adjective of a state
    "The home side looked confident in the first half.",  # a time after an attitude's preposition (``attitude_adjectives``)
    "The senator was outspoken in 2015.",
])
def test_no_belief_made(nlp, text):
    assert _records(nlp, text) == []
