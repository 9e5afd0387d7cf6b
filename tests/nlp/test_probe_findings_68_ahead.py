"""Generalisation check of the sixty-fourth pass on speech before and after it happens and on sources in passive
shapes (helper C): twenty-nine short articles (``probe_ahead_68``) with scheduled or expected speech ('will say in a
speech on Monday that X', 'is set to announce X', 'is expected to tell MPs X', 'In remarks prepared for delivery, X
will argue Y', 'Excerpts released in advance show X saying Y', '"X," Y will say'), modal speech ('may tell the
court', 'could argue', 'would say', 'might claim'), passive sources ('It was claimed by X that Y', 'Y, it was
reported by X', 'X was quoted by the paper as saying Y', 'Y was confirmed by police', 'The figures, released by X,
show Y', 'Y, the council was told'), sourceless hearsay ('It is understood that X', 'It is thought that Y', 'It has
been suggested that Z') and traps ('will speak at 3pm', 'is due to give evidence', 'is due to be sentenced', 'The
speech was postponed', 'The announcement was delayed', 'It emerged that X'); each report with its hand-written gold,
the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start (written before any mend): reports 47 of 53, lines that report nothing 33 of
34, speakers 4 of 5. Four of those misses were the gold's, corrected first to the project's and train's conventions:
'was quoted by X as saying' and 'quoted X as saying' have the cue 'saying' as the earlier sets have it (two);
'Gary Penn, 52, admitted eight counts of fraud' is a report, as train marks 'denied the charges' and 'pleaded guilty
to a charge' (4 of 4), not a silent line; the speaker of 'is also expected to tell' was asked by a cue word, not the
cue. With the gold so: reports 50 of 54, lines 33 of 33, speakers 5 of 5 on main. Mended: 'It was claimed by X that
Y' and 'It was alleged by X that Y', whose clause the parser hung as a relative clause on the agent's noun, so no
report at all (``agent_clauses``); 'The figures, released by X, show Y', whose verb the parser read as a compound of
the clause's subject after the phrase's closing comma, so the source lost the phrase (``compound_verbs``). After:
reports 53 of 54, lines 33 of 33, speakers 5 of 5. Found while probing the same shapes closing their sentence and
mended too (tests below): hearsay in a passive with 'it', 'X, it was claimed.', 'Y, it was reported.', which the
ranker's threshold dropped (``closing_hearsay``); a raising passive with a bare infinitive of saying, 'X, the
minister is expected to say.', read as an expectation of no one named (``wrapped.closing_raised``); 'X, the
minister was quoted as saying.', no record at all (``quoted_closings``). On PolNeAR train and dev the mends change
no record (train 13049 right of 15662, dev 1416 of 1711, before and after): its American texts hardly have these
shapes."""

from __future__ import annotations

import pytest
from probe_ahead_68 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("unity_excerpts", "saying", "Helen Varga"):
        "read as the excerpts' report ('show', the source 'Excerpts released in advance', the content 'Helen Varga"
        " saying X'); the gold follows the convention for 'quoted X as saying Y' (X's), but train has no 'show X"
        " saying Y' to say how PolNeAR marks it, so no rule was written for it",
}

(parsed, test_a_report_before_or_after_the_speech_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _shown(nlp, text):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents])
            for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "record"), [
    # the clause after 'It was V-ed by X' is the verb's, not a relative clause on X (``agent_clauses``)
    ("It was claimed by opposition councillors that the flood report had been kept from residents.",
     ("was claimed", "opposition councillors", ["the flood report had been kept from residents"])),
    ("It was alleged by the prosecution that Mr Dale had hidden the money.",
     ("was alleged", "the prosecution", ["Mr Dale had hidden the money"])),
    # a set-off participle phrase stays in the source (``compound_verbs``)
    ("The results, released by the electoral commission, show turnout fell to 52% in May.",
     ("show", "The results, released by the electoral commission", ["turnout fell to 52% in May"])),
    # hearsay closing its sentence, 'it' its passive subject (``closing_hearsay``)
    ("The stand will be rebuilt, it was claimed.", ("was claimed", None, ["The stand will be rebuilt"])),
    ("The base will close in the spring, it was reported last night.",
     ("was reported", None, ["The base will close in the spring"])),
    ("Two men were arrested, it is understood.", ("is understood", None, ["Two men were arrested"])),
    # a raising passive closing its sentence with a bare infinitive of saying: its subject says it (``wrapped``)
    ("The tax will be scrapped, the minister is expected to say.",
     ("is expected to say", "the minister", ["The tax will be scrapped"])),
    ("The levy is fair, the mayor is expected to argue on Monday.",
     ("is expected to argue", "the mayor", ["The levy is fair"])),
    # a clause before a closing 'was quoted as saying' is the participle's (``quoted_closings``)
    ("The tax would go, the minister was quoted as saying.", ("saying", "the minister", ["The tax would go"])),
    ("The tax would go, the minister was quoted by the Courier as saying.",
     ("saying", "the minister", ["The tax would go"])),
])
def test_a_passive_report_is_read(nlp, text, record):
    assert _shown(nlp, text) == [record]


@pytest.mark.parametrize("text", [
    # a relative clause with its gap stays on its noun; no verb of saying
    "It was built by a firm that the mayor owns.",
    # a closing 'it was V-ed' of no verb of saying
    "The stand was rebuilt, it was built in 1990.",
])
def test_a_passive_that_reports_nothing(nlp, text):
    assert _shown(nlp, text) == []


def test_a_closing_raising_passive_with_words_of_its_own_keeps_them(nlp):
    # 'say so' stands for the clause before, which is the minister's report (``wrapped.closing_raised``; the 'so'
    # no pro-form report of its own, test_followups_68b), not an expectation of no one's with the clause
    assert _shown(nlp, "The tax will be scrapped, the minister is expected to say so.") == [
        ("is expected to say", "the minister", ["The tax will be scrapped"])]
