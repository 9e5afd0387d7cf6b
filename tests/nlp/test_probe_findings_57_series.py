"""Patterns of the fifty-seventh session (helper C, content ends): a content ending in a gerund or an
infinitive that opens a list the parser hung elsewhere goes on over the list when 'and' or 'or' closes
it (``series_ends``); a content cut right before an infinitive on the cue or on its words goes on over
the infinitive (``infinitive_ends``), and one cut before a phrase set off to narrow its last words goes on
over it (``focus_ends``). Not one participle after a comma, the speaker's next act, nor a
progressive clause's verb or a noun's gerund. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ("The union supported raising wages, limiting overtime and banning zero-hour contracts.", "supported",
     ["raising wages, limiting overtime and banning zero-hour contracts"]),
    ("The party urged members to back the plan, attend the rally, and vote in May.", "urged",
     ["members to back the plan, attend the rally, and vote in May"]),
    ("The mayor said money is needed to repair the roads, hire teachers and build a clinic.", "said",
     ["money is needed to repair the roads, hire teachers and build a clinic"]),
])
def test_a_list_the_content_opens_goes_on_with_it(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    ("Party leaders see him as a valuable asset to help other candidates raise money.", "see",
     ["him as a valuable asset to help other candidates raise money"]),
    ("Her neighbours remembered the old baker as fun to be around.", "remembered", ["the old baker as fun to be around"]),
])
def test_an_infinitive_right_after_the_content_goes_on_with_it(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    ("Imams say they have heard rising fears from families, especially children.", "say",
     ["they have heard rising fears from families, especially children"]),
    ("Party officials see him as the stronger candidate, particularly when facing the mayor.", "see",
     ["him as the stronger candidate, particularly when facing the mayor"]),
])
def test_a_narrowing_phrase_after_the_content_goes_on_with_it(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    # one participle after a comma, no list: the speaker's next act
    ("The mayor warned of long delays, citing the cost of steel.", "warned of", ["long delays"]),
    # a progressive clause's verb opens no list of the content's
    ("The firm said it was growing, adding jobs and raising wages.", "said", ["it was growing"]),
    # a noun's gerund: the participles after it are the writer's comment on the ruling
    ("A federal court ruled against the state procedure for removing voters from the rolls, dealing a blow to the "
     "governor and handing a victory to the unions.", "ruled against",
     ["the state procedure for removing voters from the rolls"]),
])
def test_no_list_after_one_participle_or_a_progressive(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]
