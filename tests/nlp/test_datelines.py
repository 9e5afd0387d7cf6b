"""A wire dateline opening a paragraph ('RIVERTON - ', 'WASHINGTON (Reuters) - ') is where the
story was filed, not part of what was said (issue 12; PolNeAR's contents start after it too)."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.candidate import after_dateline


@pytest.mark.parametrize(
    "line, content",
    [
        ("RIVERTON - Floodwaters cut off the valley", "Floodwaters cut off the valley"),
        ("WASHINGTON (Reuters) \u2014 The talks failed", "The talks failed"),
        ("LONDON, March 3 (AP) - The talks failed", "The talks failed"),
        ("PORT ELLIS, Maine \u2013 The ferry sank", "The ferry sank"),
    ],
)
def test_a_dateline_is_no_content(line, content):
    text = "Headline\n\n" + line + ", officials said."
    start = text.index(line)
    span = after_dateline(text, (start, start + len(line)))
    assert text[span[0] : span[1]] == content


@pytest.mark.parametrize(
    "text, content",
    [
        ("Headline\n\nUN officials say the talks failed.", "UN officials say the talks failed"),  # no dash
        ("The NATO - EU talks failed, officials said.", "The NATO - EU talks failed"),  # no paragraph's start
        ("Headline\n\nRIVERTON - ", "RIVERTON -"),  # nothing after the dash: no content to keep
    ],
)
def test_no_dateline_no_change(text, content):
    start = text.index(content)
    span = (start, start + len(content))
    assert after_dateline(text, span) == span


def test_the_pipeline_strips_it(nlp):
    doc = nlp("Floods\n\nRIVERTON - Floodwaters cut off a dozen villages on Tuesday, officials said.")
    [att] = doc._.sourcebook_attributions
    assert [c.text for c in att.contents] == ["Floodwaters cut off a dozen villages on Tuesday"]
