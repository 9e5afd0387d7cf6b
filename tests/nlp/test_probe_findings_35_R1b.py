"""Patterns of the thirty-fifth session (helper R1b): contents cut short or taken from the wrong clause: a participle
set off after an opening 'According to X' the tagger read as a past tense; a 'but' clause in the report's tense whose
'but' the parser hung on the cue; words hung on a trailing
cue before its comma; a bidding's second infinitive; the cue's object that is no addressee (a dative given, or a
document); 'that' before a bare count noun and an infinitive; a dateline's first word; a name's closing stop. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    # a participle set off after the source, read as a past tense
    ("According to the Treasury's impact assessment, published an hour before the debate, the poorest households "
     "will be \u00a3310 worse off.", "According to", "the poorest households will be \u00a3310 worse off"),
    ("According to the lawsuit, filed in federal court on Monday, guards ignored the warnings.", "According to",
     "guards ignored the warnings"),
    ("According to the police, officers arrived at 9 p.m.", "According to", "officers arrived at 9 p.m."),
    # a 'but' clause in the shifted tense, 'but' hung on the cue
    ("Chief Ray Okafor said two barns had burned but no homes had been lost.", "said",
     "two barns had burned but no homes had been lost"),
    ("She said the assessor had visited twice but she had not received a report.", "said",
     "the assessor had visited twice but she had not received a report"),
    ("He said the mails were personal, but for his rivals it is a cover-up.", "said", "the mails were personal"),
    # a relative clause set off after the content stays the writer's (PolNeAR's reading)
    ("He said he wanted a win in Texas, which votes on March 1.", "said", "he wanted a win in Texas"),
    # words the parser hung on a trailing cue before its comma
    ("Young adults are leaving churches not in anger but in silence, the pastor told a conference.", "told",
     "Young adults are leaving churches not in anger but in silence"),
    ("The dam will hold, officials said.", "said", "The dam will hold"),
    # the cue's object that is no addressee
    ("The utility has told him power could take another 10 days.", "has told", "power could take another 10 days"),
    ("Nine bishops warned the proposal could \"split the church.\"", "warned", "the proposal could \"split the church.\""),
    ("The mayor told reporters the bridge would reopen on Monday.", "told", "the bridge would reopen on Monday"),
    ("He warned the council the budget would not balance.", "warned", "the budget would not balance"),
    # 'that' before a bare count noun and an infinitive is its determiner
    ("Analysts expect that trend to continue through the winter.", "expect", "that trend to continue through the winter"),
    ("She expected that prices would fall.", "expected", "prices would fall"),
])
def test_content_not_cut_short(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The pastor urged members to greet newcomers and to call anyone who misses three Sundays.", "urged",
     "members to greet newcomers and to call anyone who misses three Sundays"),
    ("Police asked residents to stay indoors and to report anything suspicious.", "asked",
     "residents to stay indoors and to report anything suspicious"),
])
def test_a_biddings_second_infinitive(nlp, text, cue, content):
    assert [(a.cue.text, contents(a)) for a in records(nlp, text)] == [(cue, [content])]


def test_a_biddings_guard(nlp):
    found = [(a.cue.text, contents(a)) for a in records(nlp, "She asked him to leave, and he refused to say why.")]
    assert found == [("asked", ["him to leave"]), ("refused", ["to say why"])]


@pytest.mark.parametrize("text, content", [
    ("Wire\nTOKYO, Aug 7 - Okuda Metals is in talks to merge with Marrowfield Steel, the Nikkei reported on Thursday.\n",
     "Okuda Metals is in talks to merge with Marrowfield Steel"),
    ("Wire\nTOKYO (Reuters) - Okuda Metals is in talks to merge with Marrowfield Steel, the Nikkei reported on Thursday.\n",
     "Okuda Metals is in talks to merge with Marrowfield Steel"),
    ("Wire\nLONDON - Shares fell sharply on Monday, traders said.\n", "Shares fell sharply on Monday"),
])
def test_a_datelines_first_word(nlp, text, content):
    assert [contents(a) for a in records(nlp, text)] == [[content]]


@pytest.mark.parametrize("text, speaker", [
    ("Prices rose, said Luis Ferreira.", "Luis Ferreira"),
    ("Prices rose, said Maria Lopez.", "Maria Lopez"),
    ("Prices rose, said Luis Ferreira, a trader.", "Luis Ferreira"),
])
def test_a_names_closing_stop(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text)] == [speaker]
