"""Speech reports found in the seventy-third pass's reading of PolNeAR train's gold speech records that only a
prediction with another cue touched (197 at the start), and the mirror (182 predicted speech records touching
only gold reports of another kind): the cue's extent through a verb of willing, trying or refusing.

Counted first on train: a refusal and an infinitive of saying ('declined to say X', 'refused to admit Y') is
marked whole as often as the cue stops at the refusal, so it stays; three shapes train marks one way mend:

- an infinitive of saying whose topic follows a preposition runs the cue on through it (``topic_chains``:
  'declined to comment on X', 9 of the 13 records it widens);
- a noun of stance after 'in' runs back to its verb (``stance_phrases``: 'spoke out in favor of X', 7 of 7);
- a gerund after 'by' right on a verb runs back to it (``by_gerunds``: 'concluded by urging X', 12 of 15).

Train speech: 9717 right of 11023 predicted (F1 0.8589) before, 9732 of 11040 (F1 0.8596) after; no record of
all kinds lost. Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest
from probe_records import contents, top


def _one(nlp, text, cue):
    shown = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert len(shown) == 1, [(r.cue.text if r.cue else None, contents(r)) for r in top(nlp, text)]
    return shown[0]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("A spokeswoman for the Harlow port authority declined to comment on the dredging contract.",
     "declined to comment on", "A spokeswoman for the Harlow port authority", "the dredging contract"),
    ("Councillor Brann declined to elaborate on her plans for the depot.",
     "declined to elaborate on", "Councillor Brann", "her plans for the depot"),
    ("Mr. Okafor declined to speculate about the timing of the vote.",
     "declined to speculate about", "Mr. Okafor", "the timing of the vote"),
    ("The club declined to comment Tuesday on the striker's contract.",
     "declined to comment Tuesday on", "The club", "the striker's contract"),
    ("The ministry has refused to comment on reports that the ferry will be sold.",
     "has refused to comment on", "The ministry", "reports that the ferry will be sold"),
])
def test_an_infinitive_of_saying_and_its_topic_are_the_cue(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # the infinitive alone: what was refused is the content
    ("The agency declined to comment.", "declined", "to comment"),
    # no topic: a phrase of the story it was asked for
    ("A spokesman declined to comment for this story.", "declined", "to comment for this story"),
    # how, not about what
    ("Ms. Varro declined to speak on the record about the talks.", "declined", "to speak on the record about the talks"),
    ("He refused to answer on several occasions.", "refused", "to answer on several occasions"),
    # an object or a clause of its own: train stops the cue at the refusal as often as not
    ("The union declined to say whether it would strike.", "declined", "to say whether it would strike"),
    ("The coach refused to discuss the injury.", "refused", "to discuss the injury"),
])
def test_no_topic_leaves_the_refusal_the_cue(nlp, text, cue, content):
    assert contents(_one(nlp, text, cue)) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Councillor Ada Brann has spoken out in favor of the new tram line.",
     "has spoken out in favor of", "the new tram line"),
    ("The bishop also argued in favour of keeping the chapel open.",
     "also argued in favour of", "keeping the chapel open"),
    ("Every member of the board voted in favor of the merger.", "voted in favor of", "the merger"),
    ("Mr. Tolley, who was always in favor of the bypass, resigned on Friday.", "was always in favor of", "the bypass"),
])
def test_a_stance_noun_after_in_runs_back_to_its_verb(nlp, text, cue, content):
    assert contents(_one(nlp, text, cue)) == [content]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Mayor Tilde Brann concluded by urging residents to stay calm.",
     "concluded by urging", "Mayor Tilde Brann", "residents to stay calm"),
    ("Ms. Okafor responded first by saying she had not seen the letter.",
     "responded first by saying", "Ms. Okafor", "she had not seen the letter"),
    ("The host followed up by asking whether the ferry would run on Sunday.",
     "followed up by asking", "The host", "whether the ferry would run on Sunday"),
    # an adverb set off by commas stays out of the cue
    ("The governor, however, interjected by accusing the board of delay.",
     "interjected by accusing", "The governor", "the board of delay"),
])
def test_a_gerund_after_by_runs_back_to_its_verb(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_a_gerund_after_a_verb_and_its_object_stays_alone(nlp):
    # the verb's own object between: what was launched, and the gerund how
    assert contents(_one(nlp, "He launched his campaign by promising lower fares.", "promising")) == ["lower fares"]
