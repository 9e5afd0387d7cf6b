"""Quote marks read as words: a closing guillemet the parser made the subject of the verb of saying is no
source ('«We are stuck,» said one driver' after a sentence of narration, the driver read as an object)."""

from __future__ import annotations

import pytest
from probe_records import records

CASES = [
    ("Passengers were less forgiving. «I have been here since five,» said one driver, who gave only her first name, Ines."
     " Another shrugged.", "one driver, who gave only her first name, Ines", "I have been here since five"),
    ("The market was quiet. «Prices have doubled,» said a fishmonger.", "a fishmonger", "Prices have doubled"),
    ("Rain fell on the crowd. »Nobody told us,« said the steward.", "the steward", "Nobody told us"),
    ("The hall emptied slowly. “We will be back,” said a tenant.", "a tenant", "We will be back"),
]


@pytest.mark.parametrize(("text", "source", "content"), CASES)
def test_a_quote_mark_is_no_source(nlp, text, source, content):
    found = records(nlp, text, "said")
    assert [(r.source.text if r.source else None, [c.text for c in r.contents]) for r in found] == [(source, [content])]
    assert all(not r.speaker or r.speaker.strip("«»“”\"'") == r.speaker for r in found)
