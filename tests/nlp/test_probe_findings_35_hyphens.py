"""Patterns of the thirty-fifth session: a word joined by hyphens whose pieces the parser hung side
by side on one head ('Yun Hae-rin said' read with the subject 'rin'; 'were re-exported' read as
three clauses, the content cut at the hyphen): the pieces are hung on the last one again
(``hyphens.join_hyphenated``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("Ministry spokeswoman Yun Hae-rin said the goods were re-exported to Tamrin.",
     "Ministry spokeswoman Yun Hae-rin", "the goods were re-exported to Tamrin"),
    ("Yun Hae-rin said the shipments had been re-routed through a third port.",
     "Yun Hae-rin", "the shipments had been re-routed through a third port"),
    ("Deputy mayor Ana Lopez-Ruiz said the ferry would run again in May.",
     "Deputy mayor Ana Lopez-Ruiz", "the ferry would run again in May"),
    # (guards: hyphens the parser already reads as one word, and dashes set off by spaces)
    ("The spokesman said a well-known supplier had been fined.", "The spokesman", "a well-known supplier had been fined"),
    ("The spokesman said the plan - a costly one - would go ahead.", "The spokesman", "the plan - a costly one - would go ahead"),
])
def test_a_hyphenated_word_is_one_word(nlp, text, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "said")] == [(source, [content])]


def test_the_speaker_of_a_hyphenated_name(nlp):
    text = "Ministry spokeswoman Yun Hae-rin said the goods were re-exported to Tamrin."
    assert [a.speaker for a in records(nlp, text, "said")] == ["Yun Hae-rin"]
