"""Patterns of the forty-eighth session (helper spb): where a speech content starts. A verb of saying
or writing whose object names the remark itself (a note, a comment, an opinion piece, little,
responsibility) reports what the remark is about: the object and the preposition after it join the cue
('claimed responsibility for') and the content is the topic (``remark_topics``). Not another's remark
(a possessive: 'criticized the mayor's comments on X'), a platform a comment was posted on, a time, nor
a noun that 'of' only describes ('a note of caution'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The union claimed responsibility for the walkout.", "claimed responsibility for", "The union", "the walkout"),
    ("The rebels later claimed credit for the blockade of the port.", "claimed credit for", "The rebels",
     "the blockade of the port"),
    ("The councillor wrote an opinion piece on school funding.", "wrote an opinion piece on", "The councillor",
     "school funding"),
    ("The mayor said little about the harbour plan.", "said little about", "The mayor", "the harbour plan"),
    ("The campaign spent the evening tweeting angry comments about the moderator.", "tweeting angry comments about",
     "The campaign", "the moderator"),
])
def test_the_topic_of_a_remark_is_the_content(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    ("The councillor criticized the mayor's comments on housing.", "criticized", "the mayor's comments on housing"),
    # (the platform is where the words went out, no part of them: ``occasion_ends``, sixty-second pass)
    ("The councillor posted a comment on Twitter.", "posted", "a comment"),
    ("The senator said little on Monday.", "said", "little"),
    ("The governor sounded a note of caution.", "sounded", "a note of caution"),
])
def test_near_misses_keep_the_object(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [expected]
