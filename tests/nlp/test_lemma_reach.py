"""``lemma_reach.may_hold``: a line is left unparsed only when no word of it can be a cue word, whatever
part of speech the tagger gives it: every lemma spaCy's rule lemmatizer and the attribute ruler can give
each word is tested (the parse of such a line finds no cue word either)."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.lemma_reach import may_hold
from sourcebook.nlp.attribution.reread import extraction_steps, parsed


def _cue_words(nlp):
    rules = nlp.get_pipe("sourcebook_attributions").extractor.rules
    return rules.cue_forms, rules.cue_lemmas


@pytest.mark.parametrize("line", [
    "Small steps toward college savings in Ohio",
    "Harbour ferry timetable changes for the winter",
    "New wing for Kelso clinic after a wet winter",
])
def test_a_line_no_word_of_which_can_be_a_cue_is_not_parsed(nlp, line):
    forms, lemmas = _cue_words(nlp)
    assert not may_hold(extraction_steps(nlp), nlp.make_doc(line), forms, lemmas)
    doc = parsed(nlp, line, entities=False)
    assert not any(t.lower_ in forms or t.lemma_.lower() in lemmas for t in doc)


@pytest.mark.parametrize("line", [
    "Marta Quill says Harbour Bridge plan is dead",  # (a cue form)
    "Council warned of longer waits at Kelso clinic",  # (a past form: the lemma 'warn')
    "Harbour board denies ferry timetable changes",  # ('denies' to 'deny' by a suffix rule)
    "Ferry crews have had enough of winter timetable",  # ('had': the attribute ruler's 'have')
])
def test_a_line_a_word_of_which_may_be_a_cue_is_parsed(nlp, line):
    forms, lemmas = _cue_words(nlp)
    assert may_hold(extraction_steps(nlp), nlp.make_doc(line), forms, lemmas)


def test_a_pipeline_with_a_step_it_cannot_vouch_for_parses_every_line(nlp):
    forms, lemmas = _cue_words(nlp)
    steps = [*extraction_steps(nlp), lambda doc: doc]  # (any other step might set a lemma)
    assert may_hold(steps, nlp.make_doc("Small steps toward college savings in Ohio"), forms, lemmas)
