# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Generalisation check of the fifty-ninth session (helper E): unnamed and hedged sources, social and
broadcast reports, documents, opinion and analysis, cues in participles and infinitives and after 'as' and
'while' (``probe_sentences_59``), each with its hand-written gold, and lines that report nothing: questions
to the reader, headings, plans to speak, quoted titles, scare quotes, the writer's own claims and first
person. Every sentence is written for the test.

Counted before this pass (304 lines): reports 176 of 191 (missed 10: two leaked drafts that show and
propose, 'Few doubt that X', a caption after a colon, 'So the argument goes:', 'is surely right that X', 'as
one adviser described it', 'a growing sense among traders that X', 'The instructions on the box state',
a copy of a contract that shows; a source wrong 4: three asides whose source the parser ran over the
sentence's opening subject, 'The money, an official with knowledge of the budget said, had been spent',
and 'People who know the striker well' without 'well'; a content cut wrong 1), lines that report nothing
107 of 113 (three quoted titles whose first word is a cue verb, 'the film "Tell Me No Lies"', 'the album
"Say It Loud"', 'His debut novel, "Tell the Bees",'; a question to the reader, a plan to speak, a heading).
Mended: a Title-Cased quotation read as a clause right after the noun of a made thing (or the comma after
it) names the work, and a cue inside such a name gives no record (``work_titles``; train: no right record
changed, PolNeAR's political news has no such title); a draft, a blueprint, a handbook, a manual, a
presentation, a slide, a copy and an excerpt are documents that can show or propose (``source_nouns.txt``,
``document.txt``; train: no record changed; dev: 2 right records gained, 'Another slide shows X'); the
sentence's opening noun phrase the parser folded into the subject of an aside cue goes back to the
content and out of the source (``folded_subjects``; train: one right record with its source made exact,
'Clinton, a top aide said, "..."'). After: reports 182 of 191, lines that report nothing 110 of 113.
The rest is listed in ``STILL_WRONG`` and ``STILL_SHOWN`` with the reason, a strict xfail each, so
that a mend shows as a pass."""

from __future__ import annotations

import pytest
from probe_checks import set_tests
from probe_sentences_59 import NOT_REPORTS, REPORTS

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "Few doubt that the harbour will need dredging again within five years.":
        "the parser reads 'Few' as an adjective on 'doubt' ('Many doubt that X' loses its source the same way);"
        " 'Few believe X' is right",
    "It is now clear, officials acknowledge, that the warning came too late.":
        "the aside's content is the 'that' clause alone; PolNeAR would open it at 'It is now clear' (one such"
        " sentence, no class)",
    "The senator shared a clip on X with the caption: \"This is what leadership looks like.\"":
        "a caption a post carries is no cue the rules know ('with the caption:'), and a colon label needs a holder"
        " before it",
    "So the argument goes: cheaper fares will fill the trains.":
        "'the argument goes' names no holder and the rules build no record from it (rare in train)",
    "Wierzbicki is surely right that the system cannot last.":
        "'right that X' is the writer's verdict on a view, which PolNeAR may or may not mark; no adjective rule"
        " reads it",
    "The plan, as one adviser described it, is \"to buy time and hope\".":
        "'as X put it' is an idiom of ``speech_idioms.json``; 'as X described it' is not (no instance in train)",
    "People who know the striker well say he will never play for the club again.":
        "the parser reads 'well' as an interjection on 'say', so the source stops at 'striker' (it overlaps PolNeAR's)",
    "The instructions on the box state that the device must be charged for eight hours before use.":
        "the parser reads 'box state' as a compound noun, so there is no verb to build a record on",
    "There is a growing sense among traders that the rally is over.":
        "'sense' is no belief noun; PolNeAR marks 'a sense that X' 4 of 11 times in train and the rules found 0"
        " right, 1 wrong, so there is no word to add",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN = {
    "Do you know what your pension will be worth when you stop working?":
        "PolNeAR marks 'you' as a source (53 in train) and the rules' 'you' records are right 15 to 9, so a question"
        " to the reader is read as one",
    "The governor plans to deliver her annual address in February.":
        "PolNeAR marks 'plans to' as an attribution 55 times of 189 in train and the rules' 'plan' records are right"
        " 27 to 12, so a plan to speak is kept",
    "Letters to the editor: Readers respond to our housing series":
        "'respond to' a noun in a heading reads as a report; one heading, no class",
}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


@pytest.mark.parametrize("text", [
    "The documentary \"Say What You Saw\" won the jury prize.",
    "Her memoir, \"Admit Nothing\", is out in paperback.",
    "The song \"Tell Her Tonight\" was a hit in 1984.",
])
def test_a_cue_verb_in_a_work_title_gives_no_record(nlp, text):
    """``work_titles``: Title-Cased words quoted right after the noun of a made thing name it."""
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None] == []


def test_a_chant_is_no_work_title(nlp):
    """'the crowd' makes nothing: its quoted words are what it chanted."""
    text = "The crowd chanted \"Lock Them Up\" as the senator arrived."
    assert "chanted" in [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None]


def test_a_report_about_a_titled_work_is_indirect(nlp):
    """The title is a name, not the director's words, so the report quotes nothing of hers."""
    text = "The director said the film \"Tell Me No Lies\" was her hardest shoot."
    found = [(r.cue.text, r.kind, r.contents[0].text) for r in nlp(text)._.sourcebook_attributions if r.cue is not None]
    assert found == [("said", "indirect", "the film \"Tell Me No Lies\" was her hardest shoot")]


@pytest.mark.parametrize(("text", "source"), [
    ("The draft shows that the levy will double.", "The draft"),
    ("A leaked blueprint proposes that the port be moved inland.", "A leaked blueprint"),
    ("The presentation shows that sales fell in every region.", "The presentation"),
    ("Copies of the emails show that the mayor knew.", "Copies of the emails"),
])
def test_a_draft_or_a_copy_shows(nlp, text, source):
    """Documents of ``source_nouns.txt`` that can show or propose, found on the set and probes beside it."""
    assert any(r.source is not None and r.source.text == source for r in nlp(text)._.sourcebook_attributions)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The fee, sources close to the player said, was close to 30 million euros.", "sources close to the player", "The fee"),
    ("The hospital, a nurse with twenty years on the ward said, is at breaking point.", "a nurse with twenty years on the ward",
     "The hospital"),
    ("The tower, an engineer with the firm said, is sinking.", "an engineer with the firm", "The tower"),
])
def test_a_subject_folded_into_an_asides_source_goes_back_to_the_content(nlp, text, source, content):
    """``folded_subjects``: 'The money, an official with knowledge of the budget said, had been spent'."""
    assert any(r.source is not None and r.source.text == source and r.contents[0].text == content
               for r in nlp(text)._.sourcebook_attributions)


@pytest.mark.parametrize(("text", "source"), [
    ("Jane Doe, a spokeswoman, said the plan would cost 3 million euros.", "Jane Doe, a spokeswoman"),
    ("The plan, Jane Doe, a spokeswoman, said, will cost 3 million euros.", "Jane Doe, a spokeswoman"),
])
def test_a_source_with_an_apposition_keeps_it(nlp, text, source):
    assert any(r.source is not None and r.source.text == source for r in nlp(text)._.sourcebook_attributions)
