# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Generalisation check of the sixtieth session (helper E) of HEDGED, PASSIVE and ANONYMOUS reports:
agentless and passive reports ('it is understood that X', 'X is said to be Y', 'was told that X', 'the move
was welcomed by unions'), adverbs and frames of report ('reportedly', 'allegedly', 'by her own account', 'on
the record'), anonymous and vague sources ('sources say', 'a person briefed on the talks', 'there are fears
that X', 'the view in Brussels is that X'), hedged, refused and future reports ('would neither confirm nor
deny X', 'declined to say', 'is expected to announce X', 'will tell the conference that X') and lines that
report nothing though they hold such a word (``probe_hedged_60``). Every sentence is written for the test.

Counted before this pass (of 103 reports, 50 lines that report nothing): reports 89 right, 4 with the source
wrong (a passive's agent run over a phrase hung on it, twice; a place read into the cue; an 'it' that names a
body read as empty), 2 with the content wrong ('described as X by Y', 'reports of X near Y'), 8 missed (a
participle of hearsay modifying its noun twice, 'allegedly' twice, 'by all accounts', 'word is that', 'is set
to unveil', 'to date' read as a phrase of time), no speaker wrong; lines that report nothing 47 of 50 ('was
officially opened by', 'was declared open by', a set-off 'said to be worth X' giving the subject as the
sayer). After: reports 91 of 103, lines that report nothing 48 of 50. The gold was read again
against PolNeAR train where it first disagreed: a raising passive with a perfect infinitive of saying is the
passive's report with no source ('is understood to have told colleagues X', as 'are said to be urging'), an
expectation with a noun object is no one's ('is expected to endorse X': 6 of 8 in train have no source),
'accused X of Y' takes X with Y (4 of 6), 'stopped short of saying X' is the saying's, and a greeting
('welcomed world leaders') and a film that 'tells the story of' are marked there, so they left the lines
that report nothing. Mended: a past participle of hearsay with a to-infinitive modifying its noun is the
passive of hearsay, no source, the noun and the infinitive the content ('A developer known to be bullish on
golf', 'in a year expected to produce record turnout'; ``hearsay_participles.hearsay_noun``; PolNeAR train: 4
right records gained, 1 wrong, the same sentence in a second article whose gold runs on to the main verb; dev:
no record changed); and one set off by commas right after the subject and before the sentence's verb reports
nothing however the parser hung it, as 'The buyer, believed to be an oil heir, paid X' already did ('The
farmer, believed to be in his sixties, was taken to hospital' gave 'The farmer' as the believer;
``set_off_hearsay``; no such phrase in PolNeAR train or dev). A first try that made the set-off phrase a
report with no source took any subject set off by a comma and lost 15 right refusals and pledges after an
apposition on train ('The agency, a regulator, declined to comment'); a past read as a clause's verb
('evidence that Obama wanted to X') is never the modifier. The rest is listed in ``STILL_WRONG`` and ``STILL_SHOWN`` with
the reason, a strict xfail each, so that a mend shows as a pass. Tried and not kept: 'allegedly' as a hedging
adverb read as 'reportedly' is ('The goalkeeper allegedly punched a steward'): PolNeAR train 3 wrong records,
none right (its few are inside another's content or folded into a verb's cue)."""

from __future__ import annotations

import pytest
from probe_checks import set_tests
from probe_hedged_60 import NOT_REPORTS, REPORTS, SPEAKERS

#: why a passive's agent that runs over a phrase hung on it is listed
_AGENT = ("a passive's agent runs over the phrase the parser hung on its noun; PolNeAR train has 9 agents with such a"
          " phrase, 7 of them right as they stand (its sources are maximal: '34% of GOP voters in the RealClearPolitics"
          " average'), so there is nothing to measure a cut on")

#: why 'allegedly' is listed
_ALLEGEDLY = ("'allegedly' is no cue; read as 'reportedly' is, it gave PolNeAR train 3 wrong records and no right one"
              " ('who allegedly assaulted a reporter' inside another's content, 'were all allegedly targeted by X' folded"
              " into the verb's cue)")

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "The goalkeeper allegedly punched a steward in the car park after the match.": _ALLEGEDLY,
    "The builder allegedly used cheap cement in the foundations of the flats.": _ALLEGEDLY,
    "The school was praised by inspectors for its work with younger pupils.": _AGENT,
    "The ski lift was declared unsafe by engineers after the avalanche.": _AGENT,
    "The cheese cooperative's accounts were described as chaotic by the auditor.":
        "'described as X by Y' takes the 'as' phrase for the content and not the subject (PolNeAR train has 2 'was"
        " described as', too few to measure a change on)",
    "The vase is believed to date from the Ming dynasty.":
        "the parser reads 'to date' as the phrase of time ('so far'), so the passive has no infinitive",
    "By all accounts, the new abbess runs the convent with a firm hand.":
        "'by all accounts' is no frame of the lexicon (PolNeAR train has one, folded into a verb's cue: 'is by all"
        " accounts enjoying')",
    "There were reports of gunfire near the border crossing overnight.":
        "a noun cue's 'of' content ends at its first noun; changing where an 'of' phrase ends did not pay in earlier"
        " sessions",
    "The view in Brussels is that the deal cannot be reopened.":
        "the place is read into the cue ('The view in Brussels is') and names no holder; PolNeAR train has no 'the view"
        " in X is that'",
    "Word is that the head chef has been poached by a rival hotel.":
        "'Word is that' is no frame of the lexicon (none in PolNeAR train)",
    "The carmaker is set to unveil its first electric van next month.":
        "'is set to' is no raising frame; PolNeAR train marks 'is set to release' once and leaves 'is due to' and 'is"
        " scheduled to address' unmarked 4 times",
    "The Harwick Trust owns the estate. It is expected to announce that the house will open to the public.":
        "'It is expected to announce that X' is read with an empty 'it' by design (``raised_reports``: 'It is expected"
        " to say that X'); PolNeAR train has no case of either",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN = {
    # ('The new library was officially opened by the Duke of Arlen on Saturday.' is right since ``opened_places``)
    "The bridge was declared open by the mayor's grandson.":
        "'declared X open', a ceremony, is read as 'declare' a judgement ('was declared unsafe by engineers' is one);"
        " PolNeAR train marks 'was declared the winner by news organizations'",
}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


@pytest.mark.parametrize(("text", "speaker"), [(t, s) for t, s in SPEAKERS.items() if t not in STILL_WRONG])
def test_the_speaker_of_a_hedged_report(nlp, text, speaker):
    """The speaker a reader gives: a pronoun's or a role's name, none where the report names nobody."""
    cue, source, content = next(r[2:] for r in REPORTS if r[1] == text)
    found = [r for r in nlp(text)._.sourcebook_attributions if r.parent is None and r.cue is not None
             and cue.lower() in r.cue.text.lower() and (r.source.text if r.source else "") == source]
    assert found and found[0].speaker == speaker, [(r.cue.text, r.speaker) for r in found]


@pytest.mark.parametrize("text", [r[1] for r in REPORTS if r[0] == "nested"])
def test_a_hedged_report_inside_a_quotation_is_the_quoters_alone(nlp, text):
    """'The caretaker said: "It was announced that X."': one top-level record, the quoter's (PolNeAR is univocal)."""
    assert len([r for r in nlp(text)._.sourcebook_attributions if r.parent is None]) == 1


@pytest.mark.parametrize(("text", "cue", "noun", "infinitive"), [
    ("A wholesaler known to be generous with credit took over the shop.", "known", "A wholesaler", "to be generous with credit"),
    ("In a winter expected to bring heavy snow, the county bought two ploughs.", "expected", "a winter", "to bring heavy snow"),
    ("A clause known to favour the builders was struck out of the contract.", "known", "A clause", "to favour the builders"),
])
def test_a_past_participle_of_hearsay_modifying_its_noun_has_no_source(nlp, text, cue, noun, infinitive):
    """``hearsay_participles.hearsay_noun``: the noun and the infinitive are the content, no one the source."""
    found = [([c.text for c in r.contents], r.source) for r in nlp(text)._.sourcebook_attributions
             if r.cue is not None and r.cue.text.endswith(cue)]
    assert ([noun, infinitive], None) in found, found


@pytest.mark.parametrize("text", [
    "The ferryman, thought to be the oldest on the river, retired on Friday.",
    "The ledger, said to hold the names of every smuggler, was sold at auction.",
    "The farmer, believed to be in his sixties, was taken to hospital.",
])
def test_a_past_form_of_hearsay_set_off_after_the_subject_reports_nothing(nlp, text):
    """``hearsay_participles.set_off_hearsay``: however the parser hung it, as 'The buyer, believed to be X, paid Y'."""
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None] == []


@pytest.mark.parametrize(("text", "source"), [
    ("The port authority, a big landlord on the quay, declined to comment.", "The port authority, a big landlord on the quay"),
    ("Ms Ferreira, the club's lawyer, promised to appeal.", "Ms Ferreira, the club's lawyer"),
])
def test_a_subject_with_an_apposition_keeps_its_infinitive_report(nlp, text, source):
    """A subject set off by a comma before a verb with an infinitive is its source when no verb of the sentence follows."""
    assert source in [r.source.text for r in nlp(text)._.sourcebook_attributions if r.source is not None]
