"""Patterns of the fifty-second session (red team of the recall rules ``guarded_frames``, ``impersonal_stances``
and ``talked_about``): each was tried on passages of sport, crime, business, culture and web pages, and kept
where only words fit. A frame of confronting a party needs the words named ('over the cuts', 'saying X', 'critics')
and no deed for instrument ('with a wave of raids'), and a subject that can hold words (not 'The new phone', 'The
film'); an existential view asked ('Is there any concern about X?'), an agreement made ('an agreement about the
water') or a place in a text ('questions on page 4') is no view held; a talk one may give ('Guests can ask about
X'), asked about ('Did the coach talk about X?'), set in a condition or said by a thing made ('The brochure talks
about the spa') is left to the ranker's threshold. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


def _cues(found):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in found]


@pytest.mark.parametrize("text, frame", [
    ("The police hit back at the gang with a wave of raids across the city.", "hit back"),
    ("The boxer fired back at his opponent with a flurry of punches.", "fired back"),
    ("The new phone takes aim at Apple with a cheaper price and a bigger screen.", "takes aim"),
    ("The startup took aim at the market leader, Google, with a privacy-first search engine.", "took aim"),
    ("Officers fired back at the suspect, who was wounded in the leg.", "fired back"),
    ("The visitors hit back at the home side in the second half.", "hit back"),
    ("Rangers hit back at Celtic within minutes of the restart.", "hit back"),
    ("The new law takes aim at landlords who leave homes empty.", "takes aim"),
    ("The film touches on themes of loss and exile without ever naming them.", "touches on"),
    ("The course touches on topics such as statistics, ethics and research design.", "touches on"),
    ("The champion fired back at his challenger with a right hook.", "fired back"),
])
def test_a_frame_of_deeds_shots_goals_or_a_thing_is_no_report(nlp, text, frame):
    found = top(nlp, text)
    assert not any(r.cue is not None and frame in r.cue.text for r in found), _cues(found)


@pytest.mark.parametrize("text, cue, source, content", [
    ("The union hit back at critics with a statement on Monday.", "hit back at", "The union", "critics"),
    ("The report takes aim at regulators for failing to act.", "takes aim at", "The report",
     "regulators for failing to act"),
    ("The company fired back at critics who called the product unsafe.", "fired back at", "The company",
     "critics who called the product unsafe"),
    ("The senator took aim at opponents of the bill.", "took aim at", "The senator", "opponents of the bill"),
    ("Defence lawyers hit back at the prosecution over the handling of evidence.", "hit back at", "Defence lawyers",
     "the prosecution over the handling of evidence"),
    ("The article touches on the issue of housing but says little about it.", "touches on", "The article",
     "the issue of housing"),
])
def test_a_frame_done_in_words_stays_a_report(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, noun", [
    ("Q: Is there any concern about the battery overheating? A: No, it passed every safety test.", "concern"),
    ("Are there fears that the bridge will close?", "fears"),
    ("There is an agreement about the sharing of water between the two villages.", "agreement"),
    ("There are questions on page 4 about the reading.", "questions"),
    ("There is agreement between the two parts of the bracket.", "agreement"),
    ("Passengers waited for hours amid confusion at the station.", "confusion"),
])
def test_a_view_asked_a_pact_or_a_page_is_no_view_held(nlp, text, noun):
    found = top(nlp, text)
    assert not any(r.cue is not None and noun in r.cue.text for r in found), _cues(found)


@pytest.mark.parametrize("text, cue, content", [
    ("There are concerns that the striker will miss the cup final.", "concerns", "the striker will miss the cup final"),
    ("There was confusion over the final score after the referee's whistle.", "confusion over", "the final score"),
])
def test_a_view_in_the_air_in_a_sport_report_stays(nlp, text, cue, content):
    found = top(nlp, text)
    assert any(r.source is None and r.cue is not None and cue in r.cue.text and contents(r) == [content]
               for r in found), _cues(found)


@pytest.mark.parametrize("text", [
    "Parents can speak to the head teacher about any concerns.",
    "Guests can ask about late checkout at reception.",
    "Did the coach talk about the injury after the game?",
    "If anyone asks about the leak, send them to me.",
    "The quiz asked about capital cities and rivers.",
    "The brochure talks about the hotel's spa and pool.",
    "The book talks about grief and how families cope with it.",
])
def test_a_talk_one_may_give_asked_about_or_said_by_a_thing_is_left_to_the_threshold(unjudged, text):
    found = top(unjudged, text)
    assert found == [], _cues(found)


@pytest.mark.parametrize("text, cue, content", [
    ("The crew were asked about the delay and said the engine had failed.", "were asked about", "the delay"),
    ("The victim's mother spoke about her son at the vigil.", "spoke about", "her son at the vigil"),
    ("He was pressed about the loan.", "was pressed about", "the loan"),
])
def test_a_talk_given_stays_whatever_the_threshold(unjudged, text, cue, content):
    found = [r for r in top(unjudged, text) if r.cue is not None and r.cue.text == cue]
    assert [contents(r) for r in found] == [[content]], _cues(top(unjudged, text))
