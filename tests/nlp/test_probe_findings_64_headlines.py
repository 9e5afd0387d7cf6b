"""Generalisation check of the sixty-fourth session on headlines, kickers and standfirsts (helper O): forty-two
short articles (``probe_headlines_64``) whose headline or standfirst carries a report ("'We will reopen the pier':
Mayor vows to ...", "Lighthouse sale 'a mistake', says harbour master", 'Orchestra boss warns of ...', 'Exclusive: X
plans to ...', "'I thought I would freeze' - climber describes ...", 'Police: two held ...', 'Coach hits back at
critics', a standfirst 'The chief executive said the firm would ...') or none ('Floods hit villages in the north',
'Five things to know about X', 'Live: X', 'Watch: X', 'Opinion: X', 'Analysis: why X', a question, 'By Jo Smith',
'Updated 14:05'), each report with its hand-written gold, the lines that report nothing and the speaker the body
names for a headline's or a standfirst's role. Every sentence is written for the test.

Counted before this pass (main at the session's start) on the first thirty-nine articles (written before any mend;
the gold of one headline corrected first to the convention of the colon form, a quotation before a dash the
subject's after it): reports 28 of 32 right (missed 4: the quotation before a spaced dash and a clause; 'climber
describes night on X', 'night' parsed an adverb of time; 'Poll: most voters back the sugar tax', 'back' parsed a
particle; a standfirst's 'Operator:'; no source or content wrong), lines that report nothing 62 of 65 (3 shown: the
tagger's 'Fire crews pumped water', 'Colleagues lined the road', 'The survey questioned 2,100 adults'), speakers 10
of 14. Mended: a headline opening with a quotation, a spaced dash and a clause gives the quotation to the clause's
subject, the colon form's twin ("'We cannot cope' - nurses demand more staff", ``quoted_dashes``); a lede's role of
a body named by 'the' and its noun is the person the next sentences name, as its 'its director' is ('X will cut 300
jobs, the company's chief executive said / Gerald Pike, who ..., said'), and so is a bare definite role opening the
standfirst, the line after the headline, which has nobody before it to stand for ('The chief executive said the firm
would close X', ``lede_owners``). After: reports 29 of 32, lines 62 of 65, speakers 11 of 14. The three articles
written next, to probe the mended shapes in other words, gave reports 2 of 3, lines 5 of 5, speakers 0 of 3 on main;
a librarian and an organiser were no role ('The head librarian says X' / 'Kwame Asante, who has run the library,
said'), now listed in ``role_nouns.txt``: after, reports 3 of 3, lines 5 of 5, speakers 3 of 3. On PolNeAR train and
dev the mends change no record (a quotation and a dash open no headline there; 'the company's chief executive' 2
times in train, none a lede's), nor a speaker on train; speakers on dev 0.960 over 552 before and after.
The reports, lines and speakers still wrong are listed with the reason, a strict xfail each, so that a mend shows as
a pass."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_headlines_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or read wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("quote_dash_describes", "describes", "climber"):
        "'night' after 'describes' is parsed an adverb of time (npadvmod, as 'tonight'), so 'describes' has no object;"
        " 'Survivor describes ordeal in avalanche' is read",
    ("poll_colon", ":", "Poll"):
        "'back' in 'most voters back the sugar tax' is parsed a particle, so no verb follows the colon (with a closing"
        " stop it is read)",
    ("deck_colon_report", ":", "Operator"):
        "a common noun before a colon speaks only on the headline's line (``markers._body_stating``), not on a standfirst",
}

#: lines that report nothing still shown: (article, line) -> why
STILL_SHOWN = {
    ("event_floods", "Fire crews pumped water from houses in Lower Ellin until dawn."):
        "the cue tagger takes 'pumped' after a plural of people for a cue and the ranker keeps it (0.47)",
    ("headline_event_role", "Colleagues lined the road outside Calder station on Friday to see him off."):
        "the cue tagger takes 'lined' after a plural of people for a cue and the ranker keeps it (0.46)",
    ("poll_colon", "The survey questioned 2,100 adults online last week."):
        "'questioned' with people for its object is asking them, no report ('Police questioned two men' too); PolNeAR"
        " train has too few such objects to measure a rule on",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    # ('says_after_role', 'harbour master' is Ewan Rourke since 'master' is a role noun: test_followups_68c)
    ("quote_says_minister", "former chief"):
        "the lede calls her 'A former head of the coastguard', another noun for the post and indefinite, with no name"
        " qualifying it: a lede's delayed identification takes a definite or a named role only",
    ("role_admits", "Festival organiser"):
        "the body names him 'Festival director Liam Ferris', a role other than the lede's 'The organiser of X', which"
        " ``ledes._another_role`` refuses ('Hale's lawyer argued / The judge, Ingrid Solberg,' names the judge)",
}

(parsed, test_a_headline_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_headline_speaker_is_the_person_the_body_names, test_a_report_still_wrong, test_a_line_still_shown,
 test_a_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "source", "content"), [
    # a quotation, a spaced dash and a clause: the clause's subject said it (``quoted_dashes``)
    ("'We cannot cope' - nurses demand more staff\n\nNurses at the Tollcross ward say shifts go unfilled.", "nurses",
     "We cannot cope"),
    ("\u201cToo little, too late\u201d \u2013 union leaders reject pay offer\n\nThe offer was 3 per cent.",
     "union leaders", "Too little, too late"),
])
def test_a_quotation_before_a_headline_dash_is_the_subjects(nlp, text, source, content):
    found, there = found_in(top(nlp, text), "\u2013" if "\u2013" in text else "-", source, content)
    assert found, there


def test_a_dash_inside_a_body_sentence_gives_no_quoted_report(nlp):
    text = "Ferry to resume\n\nThe ferry resumes on Monday. 'Fine' - the word the captain used - was all he said."
    assert all(r.cue is None or r.cue.text != "-" for r in top(nlp, text))


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # a body's role named by 'the' and its noun, named next (``lede_owners``)
    ("Mill to cut jobs\n\nThe mill at Tarn will cut 80 jobs, the firm's managing director said on Monday.\n\nPeter"
     " Quill, who has run the mill since 2019, said orders had fallen by half.", "said", "Peter Quill"),
    # a bare definite role opening the standfirst, named in the body
    ("Pool to close for repairs\n\nThe manager says the roof is no longer safe\n\nThe Eastgate pool will close for"
     " a year.\n\nJoanna Birch, who has run the pool since 2016, said the roof had been patched too often.", "says",
     "Joanna Birch"),
])
def test_a_role_the_lede_or_standfirst_gives_is_the_person_named_next(nlp, text, cue, speaker):
    assert [r.speaker for r in top(nlp, text) if r.cue is not None and r.cue.text == cue][0] == speaker


def test_a_role_owned_by_a_body_named_by_a_or_by_no_article_stays_a_description(nlp):
    text = ("Mill to cut jobs\n\nThe mill will cut 80 jobs, a firm's director said on Monday.\n\nPeter Quill, who has"
            " run the mill since 2019, said orders had fallen.")
    assert [r.speaker for r in top(nlp, text) if r.cue is not None and r.cue.text == "said"][0] != "Peter Quill"
