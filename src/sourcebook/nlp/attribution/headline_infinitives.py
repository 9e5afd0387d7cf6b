"""A Title-Cased headline's infinitive after a cue verb, in lower case: 'Governor Vows To Veto Rent Bill'.

``headline_subjects.recased`` writes the cue verbs and function words of a Title-Cased or capitalised
headline in lower case for the parser ('Governor vows to Veto Rent Bill'), but not a verb no cue list
holds, which the parser then reads as a name ('to' a preposition, 'Veto Rent Bill' its object), so the
rules find no report, or one of 'BILL'. A word after 'to' that follows a cue verb's present form and that
the language's verb lemmas list is that infinitive's verb ('vows to veto', 'pledges to block'; not
'Loses To Trump', whose 'loses' is no cue)."""

from __future__ import annotations

import re

_AFTER_TO = re.compile(r"\b([^\W\d_]+) to ([A-Z][A-Za-z]+)\b")


def lowered_infinitives(line: str, verbs: frozenset[str], forms: dict[str, bool] | None) -> str:
    """``line`` with the verb of an infinitive after a cue verb's present form in lower case."""
    if not verbs or not forms:
        return line

    def lower(m: re.Match) -> str:
        word = m.group(2)
        if m.group(1).lower() in forms and word.lower() in verbs:
            return m.group(0)[: m.start(2) - m.start(0)] + word.lower()
        return m.group(0)

    return _AFTER_TO.sub(lower, line)


__all__ = ["lowered_infinitives"]
