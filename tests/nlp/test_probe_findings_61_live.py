"""Generalisation check of the sixty-first session on live blogs, timelines and breaking-news layouts (helper L):
twenty-two short pages (``probe_live_61``) with live entries stamped '10:42 GMT', 'Updated 3 minutes ago', '2h ago',
'BREAKING:' and 'UPDATE 2-', timelines ('March 3: X says', '2 February - Engineers report X', 'Monday: X said'),
'What we know so far' and key-points lists, Q&A explainers, embedded posts, 'Here is what X said:' above a block
quotation and round-ups of reactions, each report with its hand-written gold (a word of the cue, the source, the
first content), the lines that report nothing (stamps, bylines, 'Share this entry', 'Follow our live coverage',
headings, scores) and the speakers. Every sentence is written for the test.

Counted before this pass (main at 934e332) on all twenty-two pages (written before any mend): reports 54 of 61
right (missed 3, a wrong source 3, a content cut wrong 1), lines that report nothing 52 of 55, speakers 7 of 12
(four of the five wrong were of reports missed or with a wrong source). Mended: a list's glyph or a timeline's tag
opening the line is no part of the source ('\u2022 Officials said X', '2 February - Engineers report X', 'UPDATE 2 -
Officials said X', ``line_openers``); 'Here is what the campaigner said:' reports the quotation or paragraph below
(its 'what' is no thing said, and a role the parser hung on it, 'what campaigner Nadia Osei', is the source's,
``cleft_colons``); a heading 'How people reacted:' takes no paragraph below (``cleft_colons``, for
``colon_blocks``); a headline's 'residents told to keep windows shut' names no one (``told_passives``);
'Sugar tax explained: what changes?' is an explainer's topic (``explained_rubrics``); 'campaigner' is a role noun,
and such a role opening the sentence in capitals ('Campaigner Nadia Osei said') is another role than a lede's ('A
High Court judge ruled X', ``ledes``); a verb of urging's infinitive that the parser hung as a clause of purpose past a
phrase on the verb is what is urged ('urged people within two miles of the site to stay indoors',
``bidden_infinitives``). After: reports 59 of 61 (two contents cut wrong, no report missed, no source wrong), lines
55 of 55, speakers 12 of 12.
Conventions followed as the project has them: a headline's 'Judge rules X' is a report of its own (kept, no gold);
'Inspectors found X' is left unjudged (a finding, neither gold nor a line that reports nothing)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_live_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("updated_ago", "urged", "Halsey council"):
        "'to stay indoors and keep windows and doors closed': the parser hangs 'closed' on 'urged' as a second verb,"
        " so the content ends at 'doors' (as it does with 'people near the site', the infinitive read right)",
    ("qa_minister", "announced", "Health minister Aoife Brennan"):
        "'announced the change in the budget': the parser hangs 'in the budget' on 'the change', so the content runs"
        " on over where it was announced",
}

(parsed, test_a_report_of_each_live_page_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_description, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a list's glyph or a timeline's tag glued to a bare plural (``line_openers``)
    ("\u2022 Lifeguards said the beach would stay shut until Friday.", "said", "Lifeguards",
     "the beach would stay shut until Friday"),
    ("14 June - Auditors report a shortfall of two million in the pension fund.", "report", "Auditors",
     "a shortfall of two million in the pension fund"),
    ("Sunday - Organisers said the parade would follow the old route.", "said", "Organisers",
     "the parade would follow the old route"),
    ("UPDATE 3 - Firefighters said the roof had collapsed.", "said", "Firefighters", "the roof had collapsed"),
    ("Thursday, 16:40 - Divers said the hull had been found.", "said", "Divers", "the hull had been found"),
    # a verb of urging's infinitive read as a clause of purpose past a phrase on the verb (``bidden_infinitives``)
    ("Doctors advised patients in the north to boil water.", "advised", "Doctors", "patients in the north to boil water"),
    ("The council urged people within two miles of the site to stay indoors.", "urged", "The council",
     "people within two miles of the site to stay indoors"),
    # a cleft that presents the quotation or paragraph below (``cleft_colons``)
    ("Here is what the head teacher said outside the gates:\n\n\"Every child is safe and every parent has been"
     " called.\"", "said", "the head teacher", "Every child is safe and every parent has been called."),
    ("This is what the harbour master wrote:\n\nThe channel will stay closed to yachts until the wreck is lifted.",
     "wrote", "the harbour master", "The channel will stay closed to yachts until the wreck is lifted."),
])
def test_a_shape_of_the_live_pages(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize(("text", "cues"), [
    # a heading that says how, above reports of their own (``cleft_colons``)
    ("How the villages reacted:\n\nThe parish council said the decision was a relief.", ["said"]),
    # a headline's passive with its auxiliary dropped (``told_passives``)
    ("Flood warning: campers told to leave the river bank\n\nUpdated 10 minutes ago", []),
    # an explainer's topic (``explained_rubrics``)
    ("Water bills explained: who pays more from April?", []),
])
def test_a_heading_of_the_live_pages_reports_nothing_of_its_own(nlp, text, cues):
    assert [r.cue.text if r.cue else None for r in top(nlp, text)] == cues


def test_a_role_opening_the_sentence_is_another_than_the_ledes(nlp):
    text = ("An appeal court judge ruled on Monday that the quarry could not be extended.\n\n"
            "Campaigner Ruth Adebayo said the villagers had been proved right.")
    assert [r.speaker for r in top(nlp, text)] == ["appeal court judge", "Ruth Adebayo"]
