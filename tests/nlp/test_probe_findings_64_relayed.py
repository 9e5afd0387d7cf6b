"""Generalisation check of the sixty-fourth session on relayed and broadcast speech (helper J): thirty-seven short
articles (``probe_relayed_64``) on words that reach the article through a channel or a go-between: 'said through an
interpreter', 'told state television, according to a translation by X', 'in remarks carried by the state news agency',
'in comments broadcast on Sunday', 'in a video posted on social media', 'in an interview aired on X', 'in a recording
obtained by X ... can be heard telling', 'in a letter read out by her lawyer', 'in a statement read to reporters by a
spokesperson', 'wrote in a since-deleted post', 'according to a transcript released by X', 'according to a readout of
the call', 'said in a podcast', 'told the X newspaper', 'was heard saying on a hot mic', 'a spokesperson relayed',
'according to minutes of the meeting', 'X quoted Y as saying', 'said through his lawyer', 'told listeners to X', 'in a
voice note', 'speaking by video link', 'according to a pool report', 'in a message relayed by his daughter'; each report
with its hand-written gold, the lines that report nothing (programme listings, channel names, narration of a
broadcast, captions, 'Watch: ...', 'Listen to the full interview', episode titles, credits, 'Editor's note', 'Read
more') and the speakers, named again by pronoun or role across paragraphs. Every sentence is written for the test.

Counted on PolNeAR train before the gold was settled: 'X said Y, according to Z' is one report of Z holding the whole
clause (7 of 7, the translation and transcript cases 2 of 2), so the gold of 'told state television ..., according to a
translation by X' and 'according to a transcript released by X' is the 'according to' record; 'The video shows X' is a
report of the video (train marks all three of its pictures 'showing': 'videos show', 'Photos showed', 'The video
shows'), so the two such lines left the lines that report nothing for the reports.

On the first twenty-seven articles (written before any mend; main at the session's start, the gold settled as above):
reports 78 of 79 right (missed 1: 'a hospital spokesperson relayed'; no source, content end or false report wrong),
lines that report nothing 58 of 58, speakers 17 of 19 ('The video shows tents. She said': the video; 'the mayor of
Brannock, Olu Adeyemi-Stone ... he said': the headline's 'Mayor'). Mended: a thing quoted as a subject ('the video',
'the lawsuit', not ``holders.holds_views``) is no 'he' or 'she' the sentences before a pronoun are about: the scan
passes it for the sentence before, or takes the person named as its owner ('Lind's lawsuit demands X. He seeks'),
``subjects``. After: speakers 18 of 19. The six articles written next (voice notes, video links, an agency quoting an
official, an audio message, a pool report, a message relayed by a daughter): reports 14 of 15, lines 15 of 15, speakers
4 of 4 before and after; the last four, after the mend (a clip's relative clause, an interview published, 'Asked ... on
Radio X', an aide reading a message): reports 9 of 11, lines 8 of 8, speakers 1 of 4 (each left below with its
reason). On PolNeAR train the mend changes 6 speakers, each wrong before (a document's or a video's): 1 right after
('Podliska's lawsuit demands X. He'), 5 still wrong by errors made before them; dev speakers 0.960 over 552 before and
after; no record changes on train or dev."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_relayed_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("spokesperson_relayed", "relayed", "a hospital spokesperson"):
        "'relay' is no cue: PolNeAR train has 'relay(ed)' five times and marks none as a cue ('witnesses who relayed the"
        " same story'), so there is no class to add it by",
    ("message_daughter", "said", "The actor Desmond Ashgrove"):
        "the parser hangs the that-clause on the participle of 'in a message relayed by his daughter that X' ('read out"
        " by' parses right); train has no 'said in a N <participle> by X that' at all, so no class to mend",
    ("clip_viewed", "said", "he"):
        "'posted a second video in which he said X' is a report of 'posted' holding the 'said' (PolNeAR: 'posted a"
        " photo' or 'posted the clip' is none); train has no media noun with 'in which' after a verb, so no class",
    ("asked_on_radio", "said", "the health minister, Lorcan Devlin"):
        "the NER tags 'Lorcan' a nationality, so 'Asked' is taken for the source; with a name it knows ('John Murphy')"
        " the record is right: a name's class, not a relay's",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("morning_programme", "he"):
        "the NER takes 'Brannock, Olu Adeyemi-Stone' for one body, so the mayor named is no person and 'he' goes to the"
        " headline's 'Mayor'; on train every source 'the ROLE of X, Name' gives the name (one list aside), no class",
    ("clip_viewed", "he"): "the report is held by 'posted' (see the report still wrong), so no top-level record has it",
    ("asked_on_radio", "he"): "the minister's name is no person to the NER (see the report still wrong): the headline's role",
    ("aide_relayed_words", "She"):
        "a caption line ('Clip: the aide reading the message') is read as a sentence about the aide, whom 'She' then"
        " takes; captions between a speaker and a pronoun are few on train (no class counted)",
}

(parsed, test_a_relayed_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a thing quoted as the subject is passed for the sentence before (``subjects``)
    ("In Lorwick on Friday, Ms. Odhiambo was shaken by the crowd, she said later. A video of the rally shows her"
     " holding her bag above her head. She said she had been afraid.", "Odhiambo"),
    ("The climber Nadia Brennholt said she was safe. The video shows a row of tents. She said two men had turned back.",
     "Nadia Brennholt"),
    # or gives the person named as its owner (also right before: the owner is the person named last)
    ("Tomas Lind sued the council in March. Lind's lawsuit demands his reinstatement. He also seeks damages.",
     "Tomas Lind"),
])
def test_a_thing_quoted_is_no_he_or_she(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_a_person_described_still_is_one(nlp):
    text = 'Omar Reyes spoke first. A former inmate said he had watched a cellmate die. "Nobody came," he said.'
    assert [r.speaker for r in top(nlp, text)][-1] == "former inmate"
