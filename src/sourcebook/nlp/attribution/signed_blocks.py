"""A block quotation signed on the line below it: a quotation that is a paragraph of its own, and a line right
after it that is only a dash and a person's name, maybe with a role, a place or what the person was doing after a
comma ('"From September the day will end at half past three." / '— Miriam Okoro, head teacher'; '- Clinton.';
'-President Obama, tweeting after the speech.'), as letters, notices and fact-checks sign quotations. The name is
the source and the dash the cue, as for a signature on the quotation's own line (``direct._DASH_NAME``; PolNeAR
marks '- Michelle Marks, Philadelphia' as 'Michelle Marks').

Only a person's name signs so: one that opens with a given name the name list knows or with a title
(``titles.txt``), or a lone surname the article gives with a given name before it elsewhere ('Hillary Clinton' ...
'- Clinton.'); a line below a quotation that opens with a dash is as often a credit or a wire's name ('- Reuters.',
'— Reporting by Ana Lee'), which signs nothing."""

from __future__ import annotations

import re

from ..lexicon import word_set
from ..quotes import Quote
from .candidate import trim

#: the line break, or a blank line, between the quotation's paragraph and the signature's line
_BELOW = re.compile(r"[ \t.]*\n(?:[ \t]*\n)?[ \t]*(?=[-\u2013\u2014])")


def signed_below(text: str, q: Quote, signature: re.Pattern[str]) -> tuple[tuple[int, int], tuple[int, int], float] | None:
    """The dash, the signer's span and a confidence for ``q``, a quotation that is its paragraph, when the next line
    is its signature (``signature`` matched at its dash: a dash, a name and what may follow it to the line's end);
    else None."""
    if not q.closed or text[text.rfind("\n", 0, q.open) + 1 : q.open].strip():
        return None
    below = _BELOW.match(text, q.close)
    if below is None:
        return None
    m = signature.match(text, below.end())
    if m is None or not m.group(1) or not _person(text, m.group(1).split()):
        return None
    return (below.end(), below.end() + 1), trim(text, m.start(1), m.end(1)), 0.6


def _person(text: str, name: list[str]) -> bool:
    """Whether the words ``name`` name a person (see the module's docstring)."""
    from .people import known_given_name  # (which imports the attribution modules)

    if any(not word[:1].isupper() for word in name):
        return False  # ('— Reporting by Ana Lee': a credit)
    first = name[0].rstrip(".")
    if len(name) > 1:
        return known_given_name(first) or first.lower() in word_set("titles")
    # a lone surname, given elsewhere after a given name
    return any(known_given_name(m.group(1)) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(first)}\b", text))
