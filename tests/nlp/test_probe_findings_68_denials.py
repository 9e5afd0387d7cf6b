"""Generalisation check of the sixty-fourth pass on denials, refusals, corrections and non-answers (helper B):
thirty short articles (``probe_denials_68``) with denials ('X denied that Y', 'has denied any wrongdoing', 'X has
denied the allegations, his lawyer said'), negated reports ('did not deny that Y', 'never said Y', 'has not said
whether Y', 'would not say how many'), refusals ('refused to say whether Y', 'declined to confirm reports that Y',
'would neither confirm nor deny that Y', 'X, which built Y, declined to comment on Z'), rebuttals ('dismissed claims
that Y', 'rejected suggestions that Y', 'rejected X as "pure fiction"', 'pushed back on reports that Y', 'disputed
the police's account'), a retraction and a correction ('retracted her claim that Y', 'has corrected an earlier
statement that Y') and lines that report nothing ('did not respond to a request for comment', also after a
relative clause, 'did not return calls seeking comment', 'No one from X was available for comment', a correction at
the foot of an article); each report with its hand-written gold, the lines that report nothing and the speakers.
Every sentence is written for the test.

Counted on main at the session's start (0b19536e), the articles written before any look at what the pipeline does
with them (two lines then moved to the reports, as train marks them: 'checks found cracks in X', a finding, and 'Mr
X is accused of Y', source-less; a third, 'after a newspaper report about the talks', left out, train marking 2 of
10 'report about/on'): reports 74 of 78 right, lines that report nothing 38 of 39, speakers 12 of 12. Wrong were:
'The singer Kaia Bloom, through a spokesman, denied X', its source running on to the spokesman (the parser hangs the
set-off phrase on the name, where 'Ms Bloom, through a spokesman,' has it on the verb); 'retracted her claim that X'
and 'has corrected an earlier statement that X', no cue for the verb, only the noun inside ('her claim', 'statement')
where train marks the outer verb with the noun phrase as content ('retracting his apology', 'dismissed X's
accusations that Y'); and the two below. Mended: a phrase of 'through' or 'via' set off right after a source is how
it spoke, not who it is (``occasions``, ``channel_prepositions.txt``); 'retract', 'recant' and 'correct' are guarded
frames of the verb alone, a report only with a noun of saying or one with a that-clause for object ('retracted the
remark', not 'its claws'; 'corrected her remarks', not 'the error'; ``guarded_frames``). After: reports 76 of 78,
lines 38 of 39, speakers 12 of 12. Probing sentences of the same kinds found no cue for words played down or taken
back: 'played down reports that X', 'poured cold water on reports that X', 'backtracked on its claim that X',
'rowed back on her pledge', frames now beside 'backed away from' ('downplayed X' was one already).

On PolNeAR train the mends gain four right records and lose none (13049 right of 15662 predicted -> 13053 of
15667): a claim recanted, an apology retracted, an idea and a rival's comments played down are found, a second idea
played down is now the whole of what train marks (the noun 'idea' alone was right before), and a source no longer
runs on to a set-off 'via email' (right before and after); one new record is wrong, a minister who 'plays down
concerns', which train leaves unmarked. Dev: no record changes (1416 right of 1711).

Left: 'The teacher corrected the essays' is a report (an essay is a writing, ``report_nouns``); 'X would not comment
on the report' is shown or not as the ranker judges the subject and the object ('Cruz would not comment on the
report' is, 'The club would not comment on the report' is not); 'X, who denies the charges, was remanded' reports
nothing (train has no such relative clause to follow); 'X responded to the claims' is no report, and train marks
'respond to' with an object other than a request for comment 17 times in the 48 counted."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_denials_68 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("never_said_tax", "said", "A leaflet handed out by her campaign last month"):
        "the parser hangs 'last month' on 'said', not on the participle 'handed out', and a time hung on the cue is"
        " when the source spoke ('Trump last week said'), so the source ends before it",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("landlord_lawyer", "Eleven tenants have brought claims against Garrick Moss, who owns the building."):
        "'claims against X' brought or filed is a legal action, but train marks such nouns of a proceeding 4 times in"
        " 33 (a class action filed against a gun maker among them): too mixed to mute",
}
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_speaker_is_right,
 test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _shown(nlp, text):
    return [(r.cue.text, r.source.text if r.source else "", r.contents[0].text if r.contents else "")
            for r in top(nlp, text) if r.cue is not None]


@pytest.mark.parametrize(("text", "source"), [
    # a set-off phrase of who or what carried the words ends the source (``occasions``, ``channel_prepositions``)
    ("The singer Kaia Bloom, through a spokesman, denied that her song was copied.", "The singer Kaia Bloom"),
    ("The chief executive of Dornell Foods, through her lawyers, rejected the findings.",
     "The chief executive of Dornell Foods"),
    ("The rowing club, via its website, said the regatta would go ahead.", "The rowing club"),
    # not set off, it stays with who or what speaks
    ("Figures published through the council's website show rents rose by 9%.",
     "Figures published through the council's website"),
])
def test_a_channel_set_off_after_the_source_is_not_the_source(nlp, text, source):
    assert [s for _, s, _ in _shown(nlp, text)] == [source]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a verb alone that takes back or mends words, with a noun of saying for object (``guarded_frames``)
    ("Councillor Ida Fenn has retracted her claim that the depot was unsafe.", "has retracted",
     "her claim that the depot was unsafe"),
    ("The striker retracted his remarks about the referee.", "retracted", "his remarks about the referee"),
    ("The witness recanted her testimony.", "recanted", "her testimony"),
    ("The agency corrected an earlier statement that the dam was sound.", "corrected",
     "an earlier statement that the dam was sound"),
])
def test_a_retraction_or_a_correction_of_words_is_a_report(nlp, text, cue, content):
    assert [(c, n) for c, _, n in _shown(nlp, text)] == [(cue, content)]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # taking back or making light of words (``guarded_frames``), as 'downplayed X' and 'backed away from X' are
    ("The minister played down reports that she would resign.", "played down", "reports that she would resign"),
    ("The mayor has played down fears of a strike.", "has played down", "fears of a strike"),
    ("The council poured cold water on reports that the pier would be sold.", "poured cold water on",
     "reports that the pier would be sold"),
    ("The council backtracked on its claim that the bins would be collected weekly.", "backtracked on",
     "its claim that the bins would be collected weekly"),
    ("The government backtracked from its promise of a referendum.", "backtracked from",
     "its promise of a referendum"),
    ("The minister rowed back on her pledge to cut fees.", "rowed back on", "her pledge to cut fees"),
])
def test_words_played_down_or_taken_back_are_a_report(nlp, text, cue, content):
    assert [(c, n) for c, _, n in _shown(nlp, text)] == [(cue, content)]


@pytest.mark.parametrize("text", [
    "The band played down the street.",
    "The winger played down the left for most of the game.",
    "The firemen poured cold water on the embers.",
    "The driver backtracked on the road.",
    "The crew rowed back on the river.",
    "The cat retracted its claws.",
    "The firm retracted the offer on Friday.",
    "The engineers corrected the fault in the wiring.",
    "The mayor corrected the error in the budget.",
    "The teacher corrected the essays before the end of term.",  # (a written piece: no claim taken back)
    "The journal retracted the essay in March.",
])
def test_the_same_verbs_with_a_thing_are_none(nlp, text):
    assert _shown(nlp, text) == []
