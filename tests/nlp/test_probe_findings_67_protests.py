"""Generalisation check of the sixty-third pass on protests, demonstrations and strikes on the street (helper B):
thirty-one short articles (``probe_protests_67``) with crowds and groups as sources ('the protesters chanted',
'Demonstrators said', 'Organisers estimated'), banners and placards ('The banner read "X"', 'carried placards
saying X', 'banners reading X', 'placards that read X'), police statements ('The Met said', 'A police spokesman'),
counter-protesters, named marchers with ages and towns ('Ana Ruiz, 34, a nurse from Delby'), a campaign's name in
quotation marks that reports nothing, crowd sizes counted by several sources and speakers named again ('the
organiser', 'the nurse', 'the group', 'the force'); each report with its hand-written gold, the lines that report
nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start (the articles written before any run; then the gold set to the project's
conventions: two 'were told to X' lines a report with no source, as 'are asked to X' is; 'Police estimated the
crowd at 15,000' a report, as train's '[the campaign] estimated a crowd at 3,000'; 'protested against X' a report
with 'against' in the cue, as train's 'protests against X'; and three speakers added that the first run showed
wrong or unresolved): reports 67 of 73, lines that report nothing 32 of 33, speakers 14 of 17. Wrong were a slogan
whose first word is a thing one handles ('chanted "Hands off our parks"', read as a literal 'hands'), a carried
sign's 'reading' and 'that read' (no record), a quotation after its cue running on over a phrase of where or when
('shouted "Refugees welcome" at a smaller group ...', 'placards saying "X" as they marched ...'), and 'The
organiser' after 'Ella Marsh, who organised the vigil,' (a name the NER missed, and no 'organiser' role).

Mended: an object inside a quotation opened right after the verb is no thing handled (``handled_objects``); a sign
carried with 'reading' or 'that read' on it gives the carrier's words (``carried_displays``, as 'carrying signs
saying' does); a quotation opened right after its cue ends at its closing mark before 'at', 'as' (a clause's),
'outside', 'while', 'when', 'after', 'before' or 'during' (``quoted_ends``, ``quote_adjunct_words.txt``); a name
with a known given name before ', who' is a person (``who_names``), and 'organise', 'lead' and 'found' make a role
('the organiser', 'the leader', 'the founder': ``trade_verbs.txt``). After: reports 72 of 73, lines 32 of 33,
speakers 15 of 17. On PolNeAR train the mends gain two right records and lose none (13039 -> 13041 right, 15653 ->
15654 predicted: 'had previously said "We'll see," when asked whether X' now ends at the mark and the question is
its own report); on dev they change no record (1415 right of 1711, speech 1079 of 1238, before and after).

Tried and dropped: ending the quotation before 'as' of any kind lost a right record on train ('citing "Bill Maher"
as his guilty pleasure', what the quotation is taken as), so 'as' ends it only as a clause's conjunction; a single
plural word the NER made a body at a sentence's start ('Strikers') read as no name (below)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_protests_67 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("anti_mine", "protested", "Villagers in Hollin Green"):
        "the content keeps 'against' ('against plans for a quarry'): with 'on Saturday' between the verb and its"
        " preposition the cue cannot take it in one span; train marks the noun 'protests against X' a cue twice"
        " and has no verb 'protested ... against' to follow",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("hunger_strike",
     "Noor Haddad, 29, an activist from Selby Cross, ended a 21-day hunger strike outside the Home Office on Friday."):
        "'ended' with the strike for its content, kept at confidence 0.499 and proposed by no cue rule of the"
        " word lists ('began a hunger strike outside the Home Office' is shown too, 'ended her strike on Friday' is"
        " not); where it comes from was not found in this pass",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("crowd_sizes", "The Stop the Bombing coalition"):
        "the parser reads the campaign's name as a clause ('Stop' a subject, 'coalition' its object), so no"
        " body is named and the record has no speaker",
    ("chant_leader", "The company"):
        "the NER tags the headline's and the lede's opening 'Strikers' (NNPS) a body, which 'the company' then"
        " takes; reading such a word as no name, as a singular common noun opening a sentence is read, left the"
        " article's '\"Fair pay now,\" they chanted' with no speaker (it is the strikers through that body now):"
        " tried and dropped",
}

(parsed, test_a_report_at_a_protest_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _shown(nlp, text):
    return [(r.cue.text, r.source.text if r.source else None, [c.text for c in r.contents]) for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "record"), [
    # a carried sign's words are the carrier's (``carried_displays``), as 'carried placards saying X' are
    ('Nurses waved placards reading "Pay us properly" outside the hospital.',
     ("reading", "Nurses", ["Pay us properly"])),
    ('Pupils carried signs reading "Save our school".', ("reading", "Pupils", ["Save our school"])),
    ('The strikers held banners that read "No cuts".', ("read", "The strikers", ["No cuts"])),
    # a thing that reads with no carrier is the source (``quote_verbs``)
    ('Placards read "Stop the cuts".', ("read", "Placards", ["Stop the cuts"])),
])
def test_a_signs_words(nlp, text, record):
    assert _shown(nlp, text) == [record]


@pytest.mark.parametrize(("text", "record"), [
    # a quotation right after its cue ends at its mark before a phrase of where or when (``quoted_ends``)
    ('Dockers shouted "Shame" at managers arriving for work.', ("shouted", "Dockers", ["Shame"])),
    ('Marchers chanted "Hands off our libraries" as they passed the town hall.',
     ("chanted", "Marchers", ["Hands off our libraries"])),
    ('Counter-protesters shouted "Refugees welcome" at a smaller group gathered outside the hall.',
     ("shouted", "Counter-protesters", ["Refugees welcome"])),
    # not 'as' a preposition: what the quotation is taken as stays in the content
    ('Huckabee named the show, citing "Bill Maher" as his guilty pleasure.',
     ("citing", "Huckabee", ['"Bill Maher" as his guilty pleasure'])),
])
def test_a_quotation_ends_at_its_mark(nlp, text, record):
    assert record in _shown(nlp, text)


@pytest.mark.parametrize(("text", "speaker"), [
    # the doer of 'who organised', 'who led', 'who founded' is 'the organiser', 'the leader', 'the founder'
    # (``trade_verbs.txt``), a name the NER missed before ', who' a person (``who_names``)
    ("Ella Marsh, who organised the vigil, said the council had been warned. The organiser said a petition had"
     " 9,000 signatures.", "Ella Marsh"),
    ("Ines Bakri, who led the march, said 5,000 people came. The leader said police had been helpful.", "Ines Bakri"),
    ("Omar Reyes, who founded the campaign, said it would go on. The founder said more marches were planned.",
     "Omar Reyes"),
])
def test_a_doer_named_again(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]
