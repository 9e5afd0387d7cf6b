"""Follow-ups of the sixty-ninth pass on questions put to a speaker and refusals to comment (helper M). Every
sentence here is written for this file, with made-up names and places.

Questions put in the passive, counted on train (each sentence read): 'X was asked about Y' is marked 10 times in
11, always with no source and Y the content (8 times with the cue 'was asked about', once 'about Y' the content,
twice the subject joined to it); 'X was asked whether Y' / 'if Y' / 'what Y' / 'who Y' 5 of 5, no source and
the question the content; with an agent, 12 of 12 with the agent the source and the question the content ('was
asked by host Y whether Z', 'was asked by a caller why Z', 'When asked by Ingraham on Thursday about Z': source
'Ingraham', content 'about Z').
The parser hangs the 'about' phrase after an agent inside the agent's phrase, on its noun ('by reporters about
the flood'), on a relative clause on it ('by a woman who lives near the quarry about the blasting') or on a
place after it ('by a student at the rally about her vote'): the source ran on over the question, and with no
question the subject, the one asked, became the content ('The mayor'); a participle ('Asked by a reporter about
the fares, X said Y') gave no record at all. Mended in ``agent_questions`` (the mend of 'was asked by a caller
why X'): such a phrase is the verb of asking's, unless the verb has its question or infinitive, or the phrase
is a document's topic ('by the author of a book about the club'); and so is a question opened by 'why', 'how' or
'whether' that the parser hung on the agent's relative clause as an adverbial clause ('by a woman who lives near
the quarry whether X', helper C's xfail in ``test_followups_69c``), not 'if' (a condition as often) nor a clause
the relative clause's verb takes ('who wondered whether X'). Of the 10 lines below that mend it, 0 were right on
main (5a0daedf) and 10 after; the 7 left alone stay as they were.

PolNeAR: train 13067 right of 15684 predicted before and after (speech 9687 of 11002), no record changes: its
parses hang these phrases where the verb finds them ('When asked by Ingraham on Thursday about Z' was right
before). Dev 1416 of 1711, no record changes.

Refusals to comment, counted on train (each sentence read): 'declined' / 'refused to comment' is marked 29 of
29 (a report, decided); a non-reply to a request for comment ('did not (immediately) respond to a request for
comment', 'requests to comment on X', 'did not reply to a request for comment') 11 of 20, twice more only as a
nominal 'request(s) for' with no source; 'did not return a request / a message / calls seeking comment' 2 of 4;
'could not (immediately) be reached / contacted for comment' 0 of 4; 'didn't respond to a request for comment on
whether X' 0 of 1; 'has not responded to requests for comment' never occurs. The plain form is silent on main by
the ranker's threshold alone (its score 0.33 to 0.43 against 0.45; no rule or word list mutes it), and so are or
are not its variants: 'has not responded' (perfect) and a longer content ('on whether X', 'an email seeking
comment on Friday') score just above the threshold. One mechanism that mutes every non-reply to a request for
comment, as the convention reads, would remove exactly five train records that main shows (counted from the
baseline dump): four right (Briggs 'did not respond to requests to comment on the subject', Hicks 'did not
respond to USA TODAY's request for comment', a spokesman after a relative clause, 'She did not respond to a
recent request for comment, choosing to step back') and one wrong (G-III); dev shows none. It loses right records
4 for 1, so none is made; the variants still shown are strict xfails below. 'could not be reached for comment'
(train 0 of 4) and 'did not return calls seeking comment' give no record, as the plain form.
"""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The mayor was asked by a woman who lives near the quarry about the blasting.", "was asked",
     "a woman who lives near the quarry", "about the blasting"),
    ("The mayor was asked by reporters about the flood.", "was asked", "reporters", "about the flood"),
    ("The mayor was asked by a reporter from the Kelvaro Gazette about the flood.", "was asked",
     "a reporter from the Kelvaro Gazette", "about the flood"),
    ("The senator was asked by a student at the rally about her vote on the dam.", "was asked",
     "a student at the rally", "about her vote on the dam"),
    ("The coach was asked by a fan who had driven from Orvel about the new stadium, and he laughed.", "was asked",
     "a fan who had driven from Orvel", "about the new stadium"),
    ("The minister was questioned by a committee of lawmakers about the missing funds.", "was questioned",
     "a committee of lawmakers", "about the missing funds"),
    ("Asked by a reporter about the fares, the minister said they would fall.", "Asked", "a reporter",
     "about the fares"),
    ("When asked by reporters about the strike, Ms. Hale said nothing.", "asked", "reporters", "about the strike"),
])
def test_an_about_phrase_after_an_asking_passives_agent_is_what_was_asked(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The mayor was asked by a woman who lives near the quarry whether the blasting would stop.",
     "a woman who lives near the quarry", "whether the blasting would stop"),
    ("The mayor was asked by a man who runs the bakery why the road was closed.", "a man who runs the bakery",
     "why the road was closed"),
])
def test_a_question_hung_on_the_agents_relative_clause_is_what_was_asked(nlp, text, source, content):
    assert found_report(top(nlp, text), "was asked", source, content)


@pytest.mark.parametrize(("text", "clause"), [
    ("The mayor was asked by a woman who wondered whether the blasting would stop.", "whether the blasting would stop"),
    ("The mayor was asked by a man who would move if the quarry grew.", "if the quarry grew"),
])
def test_a_clause_the_relative_clause_takes_stays_its_own(nlp, text, clause):
    # (a verb that takes a question, 'wondered whether X'; an 'if' that opens a condition of the relative clause)
    assert not [r for r in top(nlp, text) if any(c.text == clause for c in r.contents)]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The coach was asked by the author of a book about the club whether he would stay.", "was asked",
     "the author of a book about the club", "whether he would stay"),
    ("The mayor was asked by Tom Vane, a local farmer, about the new road.", "was asked", "Tom Vane, a local farmer",
     "about the new road"),
    ("The mayor was asked by reporters whether the bridge would reopen.", "was asked", "reporters",
     "whether the bridge would reopen"),
])
def test_a_question_the_verb_has_or_a_documents_topic_is_left_alone(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor was asked about the flood on Tuesday.", "was asked", "the flood"),
    ("The mayor was asked whether the bridge would reopen.", "was asked", "whether the bridge would reopen"),
])
def test_a_question_with_no_asker_has_no_source(nlp, text, cue, content):
    found = [r for r in top(nlp, text) if r.cue is not None and cue in r.cue.text]
    assert [(r.source, r.contents[0].text) for r in found] == [(None, content)]


_SILENT = [
    "The company did not respond to a request for comment.",
    "Ms. Ostrander did not respond to requests for comment.",
    "Dana Pell could not be reached for comment.",
    "Mr. Ostrander could not be reached for comment on Tuesday.",
    "Lena Ostrander, a spokeswoman for the quarry, could not immediately be reached for comment.",
    "The firm did not return calls seeking comment.",
    "A spokesman for the county did not return calls seeking comment on the decision.",
]

_STILL_SHOWN = {
    "The company has not responded to requests for comment.":
        "the ranker scores the perfect just above its threshold (0.46 against 0.45); a mute of every non-reply to a"
        " request for comment loses four right train records for one wrong (train marks the plain form 11 of 20)",
    "The mayor has not responded to several requests for comment since the vote.":
        "the same: the perfect scores above the threshold (0.56)",
    "Ms. Ostrander didn't respond to a request for comment on whether the quarry would close.":
        "a longer content scores above the threshold (0.50); train has one such line, unmarked, too few to mute"
        " the shape apart from the plain form",
    "Ms. Ostrander did not immediately respond to an email seeking comment on Friday.":
        "the same: a longer content scores 0.50",
}


@pytest.mark.parametrize("text", _SILENT)
def test_no_reply_to_a_request_for_comment_is_no_report(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text", [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=why))
                                  for t, why in _STILL_SHOWN.items()])
def test_a_variant_of_no_reply_still_shown(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The firm declined to comment.", "The firm", "to comment"),
    # (the topic after the infinitive is the content: 'declined to comment on', ``topic_chains``)
    ("Dana Pell, the quarry's lawyer, declined to comment on the blasting.", "Dana Pell, the quarry's lawyer",
     "the blasting"),
])
def test_declining_to_comment_stays_a_report(nlp, text, source, content):
    assert found_report(top(nlp, text), "declined", source, content)
