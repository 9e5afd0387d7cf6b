# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Generalisation check of the fifty-ninth session (helper G) of NOUN and PHRASE cues: nouns of saying with a
'that' clause, an 'of' or 'for' phrase, an infinitive or a quotation in every position (heading the subject,
in a verb's object, after a preposition, held by a possessive or by a 'from' or 'by' phrase), frames
('according to', 'in the words of', 'in X's telling', 'as X put it', 'X's position is that'), beliefs and
estimates, documents and data (``probe_nouns_59``), each with its hand-written gold, and lines that report
nothing though they hold such a noun or phrase. Every sentence is written for the test.

Counted before this pass (of 154): reports 77 of 104 right (missed 24: a noun of saying with its 'that'
clause heading the subject with a holder named or after 'after' or 'following', 6; a possessive's noun with
its 'of' or 'for' phrase, 6; frames with a copula or a colon, 3; others one each, 9; a content cut wrong 2; a
source wrong 1), lines that report nothing 48 of 50 ('according to the season', 'thought for a moment'; a
birth awaited and a raised 'was expected to be', which PolNeAR marks, were moved out of them). Mended: a noun of saying with its own 'that'
clause heading the subject, whoever holds it, or after 'after', 'following', 'amid' or 'despite', is not
judged by the ranker's threshold ('A warning from the coastguard that X came too late', 'after claims that
Y'; ``noun_clauses``; PolNeAR train: 2 right records gained, none wrong; dev: none right lost, one wrong gained ('Despite media
pronouncements that X', whose source PolNeAR marks as 'media', a word the rules do not take as a holder); the same rule for the noun in any position gained 10 right and 17 wrong, so the object of a verb, of
'to' or of 'including' is left to the threshold); a measure or a kind a thing is sorted by after 'according
to' names no source ('season', 'weight', 'colour' in ``keeping_nouns.txt``); and how long, 'for a moment',
'for a while', is no content ('moment', 'while', 'minute', 'hour' in ``manner_nouns.txt``). After: reports 83
of 104, lines that report nothing 50 of 50. The rest is listed in ``STILL_WRONG`` with the reason, a strict
xfail each, so that a mend shows as a pass. Tried and not kept: not judging a possessive's noun of saying
with its 'of' or 'for' phrase ('The mayor's denial of any wrongdoing'): PolNeAR train 14 right, 24 wrong
('his message of love', 'their statement of principle'); a birth awaited as no report ('is expecting her
second child'): PolNeAR train marks it."""

from __future__ import annotations

import pytest
from probe_checks import set_tests
from probe_nouns_59 import NOT_REPORTS, REPORTS

#: why a possessive's noun with its 'of' or 'for' phrase is listed
_OWNED = ("a possessive's noun of saying with its 'of' or 'for' phrase is built and dropped by the ranker's threshold;"
          " not judging it let more wrong records through than right on PolNeAR train (14 right, 24 wrong: 'his message"
          " of love', 'their statement of principle')")
#: why a copula and a colon after a common noun's possessive is listed
_COLON = ("a noun held by a common noun's possessive before 'was clear:' or 'was blunt:' is left as the writer's summary"
          " (``nouns._person_owned`` takes only a pronoun's or a name's); PolNeAR train has no copula-and-colon frame"
          " of this shape, so there is nothing to measure a change on")

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "Speculation that the brewery will be sold to a Danish group has grown this week.":
        "'speculation' is no noun of saying in the lexicon (PolNeAR train marks it 3 times in 15 'speculation that')",
    "Rumours that the striker had asked for a transfer swept the terraces.":
        "the parser reads 'swept the terraces' as part of the 'that' clause, so the content runs to the sentence's end",
    "The archbishop's plea for calm was read out in every parish on Sunday.": _OWNED,
    "The regulator's criticism of the water firm's leak record was unusually sharp.": _OWNED,
    "The mayor's denial of any wrongdoing did little to calm the council chamber.": _OWNED,
    "The farmers' call for a ban on cheap imports has split the party.":
        _OWNED + "; and the noun 'call for' did not pay in earlier sessions",
    "The head teacher's apology for the exam mix-up was posted on the school website.": _OWNED,
    "The charity renewed its appeal for blankets as the cold snap deepened.":
        "'renew' is no verb of saying, and the noun's own record ('its appeal for') is dropped as " + _OWNED,
    "The defence lawyer cast doubt on the witness's account that the van was blue.":
        "'cast doubt on' is no idiom of the lexicon, so nothing takes the report in its object",
    "Ferrano made a promise that the orchard would never be built on.":
        "'made a promise that X' is built with the light verb alone as the cue and the noun phrase as the content, and"
        " the threshold drops it",
    "The surveyor gave his opinion that the chapel walls were sound.":
        "the noun's possessive ('his') is taken as the source, not the subject of the light verb 'gave'",
    "A pledge by the council to repair the sea wall before winter has been broken.":
        "the parser hangs 'has been broken' inside the infinitive, so the content runs on and the threshold drops it",
    "Calls from residents for a pedestrian crossing on Marsh Lane have gone unanswered.":
        "the noun 'calls for' with a 'from' holder builds no record (the noun 'call for' did not pay in earlier sessions)",
    "In the words of one shop owner, the high street has been left to rot.":
        "with 'one' before the holder the record falls under the threshold ('In the words of the shop owner' is right)",
    "The word from the dressing room is that the captain will play on Saturday.":
        "'word' is no copula noun (PolNeAR train has no 'the word from X is that')",
    "The auditor's message was clear: the trust could not afford another deficit.": _COLON,
    "The manager's verdict on the defeat was blunt: \"We were a shambles.\"": _COLON,
    "Few doubt that the governor will seek a second term.":
        "the parser reads 'Few' as an adjective of 'doubt', so the verb has no subject ('Few believe that X' is right)",
    "The cost of the repairs is estimated at 2 million pounds.":
        "'is estimated at' a figure raises no report (PolNeAR train has no 'estimated at' cue)",
    "The forecast predicts heavy snow across the hills on Thursday.":
        "a noun object's content ends before the phrases the parser hung on the verb ('across the hills on Thursday')",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN: dict[str, str] = {}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("A warning from the harbour board that the slipway was unsafe went unheeded.", "warning", "the harbour board",
     "the slipway was unsafe"),
    ("An admission by the landlord that the boiler was faulty led to the settlement.", "admission", "the landlord",
     "the boiler was faulty"),
    ("Parking charges were dropped following complaints that the meters were broken.", "complaints", "",
     "the meters were broken"),
])
def test_a_noun_of_saying_with_its_clause_heading_the_subject_or_after_after_is_kept(nlp, text, cue, source, content):
    """``noun_clauses``: the threshold does not judge a noun of saying with its own 'that' clause there."""
    assert any(r.cue is not None and r.cue.text == cue and (r.source.text if r.source else "") == source
               and r.contents[0].text == content for r in nlp(text)._.sourcebook_attributions)


@pytest.mark.parametrize("text", [
    "The claims that have been made about the depot are false.",
    "Following the announcement that the mayor made on Friday, shares rose.",
    "After the announcement, the crowd went home.",
    "Eggs are graded according to weight.",
    "Fabric is priced according to colour.",
    "She thought for a while before answering.",
    "They waited for an hour at the gate.",
])
def test_a_relative_clause_a_measure_or_a_length_of_time_is_no_report(nlp, text):
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None] == []
