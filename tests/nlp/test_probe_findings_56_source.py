"""The fifty-sixth session's sources (helper source): records whose content is right and whose source
is not, read on PolNeAR train. Every sentence is written for the test.

Mended: an infinitive of purpose the parser hung on the object of a verb, the object a text, a medium
or a measure that could speak on its own ('held a briefing to brag that X', 'are using the failed
legislation to portray Y'), is the act of the verb's subject, who held or used it
(``purpose_infinitives.py``; the same for such an object read as the infinitive's controller, 'using the
stalled bill to portray Y', ``verbs._controller``); and a free quotation opening the sentence right after
a report in the writer's own words goes on with that report, not with a quoted report a sentence
earlier ('"A," says Delgado. She says X. "B."': B is X's sequel, ``nearer_reports.py``)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top

from sourcebook.nlp.attribution.purpose_infinitives import purpose_holder


def _reports(nlp, text):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents])
            for r in records(nlp, text)]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Both campaigns in the heated county race are using the failed legislation to portray their opponent as an "
     "obstacle.", "to portray", "Both campaigns in the heated county race", "their opponent as an obstacle"),
    ("Both parties in the crowded council race are using the stalled bill to portray their rival as the obstacle.",
     "to portray", "Both parties in the crowded council race", "their rival as the obstacle"),
])
def test_an_infinitive_on_a_text_or_a_law_used_is_the_user_s(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_the_holder_of_a_briefing_is_the_one_who_held_it(nlp):
    doc = nlp("The mayor on Friday held an impromptu press briefing to brag that the deficit had shrunk.")
    brag = next(t for t in doc if t.text == "brag")
    lex = nlp.get_pipe("sourcebook_attributions").extractor.lex
    assert brag.dep_ == "relcl"  # (the parse the rule mends)
    holder = purpose_holder(lex, brag)
    assert holder is not None and holder.text == "mayor"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # one ranked among its kind says it: the noun stays the source
    ("Voters in the town heard the first official to say that the plant would close.", "to say",
     "the first official", "the plant would close"),
    # people the verb acts on do the saying
    ("The scandal led voters to say they would stay home.", "to say", "voters", "they would stay home"),
])
def test_near_misses_keep_the_noun_or_the_people_acted_on(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_quotation_after_a_pronoun_s_report_goes_on_with_it(nlp):
    text = ('"We have bigger worries than this," says Rosa Delgado, 41, a teacher from Tulsa, who took part in a '
            'follow-up interview. She says families should be free to choose. "It is their life, and it harms nobody."')
    shown = _reports(nlp, text)
    assert ("says", "Rosa Delgado, 41, a teacher from Tulsa, who took part in a follow-up interview",
            ["We have bigger worries than this"]) in shown
    assert ("says", "She", ["families should be free to choose", "It is their life, and it harms nobody"]) in shown


def test_a_quotation_after_another_speaker_s_report_is_that_speaker_s(nlp):
    text = ('"We waited ten years," said Ana Ruiz, a tenant. The landlord, Tom Bell, says the flat was inspected in '
            'May. "We did everything the law asks."')
    shown = _reports(nlp, text)
    assert ("said", "Ana Ruiz, a tenant", ["We waited ten years"]) in shown
    assert ("says", "The landlord, Tom Bell", ["the flat was inspected in May", "We did everything the law asks"]) in shown


@pytest.mark.parametrize("text", [
    # a denial goes on with nothing: the quotation stays the earlier speaker's
    '"We waited ten years," said Ana Ruiz, a tenant. She did not say why. "Nobody ever came."',
    # the rest of the cue's own sentence is no report of its own
    '"We waited ten years," said Ana Ruiz, a tenant, on Monday. "Nobody ever came."',
])
def test_a_quotation_with_no_report_between_stays_with_the_quoted_speaker(nlp, text):
    assert ("said", "Ana Ruiz, a tenant", ["We waited ten years", "Nobody ever came"]) in _reports(nlp, text)
