"""An explainer's title that names what the writer knows, not anyone's report: 'What we know about the
outbreak', 'Here's what we know so far', 'What we still don't know'. The 'we' is the newsroom telling the
reader what the piece holds, a line of its own that heads the article or a section; a report of the
same words inside a sentence ('Officials said what we know about the virus is limited') is no such line.
Only a line that opens with the wh-word (or 'Here is'/'Here's' and the wh-word; or has it right after a
headline's question or colon: 'Will bananas run out? What we know'), 'we' and a form of 'know' right after."""

from __future__ import annotations

import re

from .candidate import Candidate

#: the title's opening words: 'What we know', 'Here's what we (still) don't know', 'Everything we know'
_TITLE = re.compile(r"(?i)(?:here(?:'s|\u2019s| is) )?(?:what|everything|all|how much) we (?:still |now |already )?"
                    r"(?:know|knew|don't know|do not know|don\u2019t know)\b")


def without_explainer_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the 'know' of an explainer's title line (see the module)."""
    return [c for c in cands if not _title(text, c)]


def _title(text: str, cand: Candidate) -> bool:
    if cand.cue is None or cand.source is None or text[cand.source[0] : cand.source[1]].lower() != "we":
        return False
    line_start = text.rfind("\n", 0, cand.cue[0]) + 1
    # (at the line's start, or after a headline's question or colon: 'Will bananas run out? What we know')
    return any(m.start() <= cand.source[0] and cand.cue[0] < m.end() and (
        m.start() == line_start or text[m.start() - 2 : m.start()] in ("? ", ": "))
        for m in _TITLE.finditer(text, line_start, cand.cue[1]))
