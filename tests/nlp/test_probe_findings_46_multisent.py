"""Patterns of the forty-sixth session (helper multisent): a sentence of the writer's right after a
report of speech closed by its cue clause, with no cue of its own, that ends on a quotation opened
inside it goes on with what the speaker said, and the report's content runs on over the whole
sentence, the writer's words and all ('"It was a long night," she said. It was "the longest shift
of my career."'; ``quoted_sequels``). Not a name or a title in quotation marks, a scare quote of a
word or two, a sentence with a cue of its own or a subject of its own that is no pronoun, a phrase
quoted in the writer's clause that goes on after it, nor after a cue that opens its sentence ('The
mayor said X. The work ... "Y."'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ('"It was a long night," she said. It was "the longest shift of my whole career."', "said",
     'It was "the longest shift of my whole career'),
    ("The repairs will take a year, he said. That means waiting until \"the new bridge is finally open.\"", "said",
     'That means waiting until "the new bridge is finally open'),
    ('"We have waited long enough," the organiser said. But that is not the same as "giving up on the talks."', "said",
     'But that is not the same as "giving up on the talks'),
])
def test_the_writers_next_sentence_ending_on_a_quotation_goes_on(nlp, text, cue, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert len(found) == 1
    assert contents(found[0])[-1] == content


@pytest.mark.parametrize("text, cue, content", [
    # a name in quotation marks
    ('The park will reopen, the mayor said. In fact, she founded "Friends Of The Park."', "said",
     "The park will reopen"),
    # a scare quote
    ("The park will reopen, the mayor said. Locals call it the \"jewel.\"", "said", "The park will reopen"),
    # the writer's narration of another, with a subject of its own
    ('"The road is closed," Ortiz said. The farmer lost a week of work when "the bridge was washed away."', "said",
     "The road is closed"),
    # a cue of its own
    ('The road will reopen, the mayor said. Critics called the plan "a costly mistake for the town."', "said",
     "The road will reopen"),
    # a phrase in the writer's clause that goes on after it
    ('The road will reopen, the mayor said. Then "the storm" hit the coast.', "said", "The road will reopen"),
    # the next paragraph
    ('The road will reopen, the mayor said.\nThe work will go on until "every lane is safe again."', "said",
     "The road will reopen"),
    # a cue that opens its sentence holds its report in its clause
    ('The mayor said the road would reopen. The work will go on until "every lane is safe again."', "said",
     "the road would reopen"),
])
def test_no_run_on_over_a_name_a_cue_or_a_new_paragraph(nlp, text, cue, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert [contents(r) for r in found] == [[content]]
