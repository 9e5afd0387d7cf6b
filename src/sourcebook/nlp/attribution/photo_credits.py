"""A photographer's or an agency's credit, not a person the story speaks of: 'Ruth Kane walks
along the wall. (Photo by Dan Moss)', 'Photo: Dan Moss/Wirepix', '(Dan Moss/Staff)', 'Credit:
Dan Moss', 'Image credit: Dan Moss/Wirepix'. The name credits a picture, as a byline credits the text (``candidate.byline_line``),
so a 'he' or 'she' of the body is not the photographer's: ``index`` keeps such a mention with the
bylines. A credit opens a line or a bracket ('Photo by', 'Photograph:', 'Credit:', 'Image:') or
sets the name before a slash and the outlet or desk; not a photo spoken of in a sentence ('The
photo by Dan Moss won a prize')."""

from __future__ import annotations

import re

#: the words that open a credit ('Photo by', 'Photograph:', 'Credit:')
_PICTURE = r"(?:photo(?:graph)?s?|pictures?|images?)"
#: (a picture's word before 'credit' too: 'Image credit:', 'Photo credit:')
_WORDS = rf"(?:{_PICTURE}|(?:{_PICTURE}\s+)?credits?)"
_CREDIT = rf"{_WORDS}\s*(?:by\b|:)\s*"
#: a credit's own word the NER took for a name ('Photo' of '(Photo by Dan Moss)')
_WORD = re.compile(_CREDIT, re.IGNORECASE)
#: a credit's words right before the name, at the start of a line or a bracket
_OPENING = re.compile(rf"(?:^|[(\[])\s*{_CREDIT}$", re.IGNORECASE)
#: the start of a line or a bracket, or a credit's words, right before a name set before a slash
_BEFORE = re.compile(rf"(?:^|[(\[])\s*(?:{_CREDIT})?$", re.IGNORECASE)
#: a slash and the capitalised outlet or desk after the name ('/Staff', '/Wirepix')
_SLASH = re.compile(r"\s*/\s*[A-Z]")


def credited(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` of ``text`` is a picture's credit."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    # (either pattern ends in spaces after the line's start, a bracket, 'by' or a colon: with none of these
    # right before the name there is no credit, and the searches, which try every place of a long line, are skipped)
    tail = before.rstrip()
    if tail and tail[-1] not in "([:" and not tail.lower().endswith("by"):
        return False
    if _BEFORE.search(before) and (word := _WORD.match(text, start)) is not None and word.end() >= end:
        return True  # ('Photo' tagged a person)
    return bool(_OPENING.search(before) or _BEFORE.search(before) and _SLASH.match(text, end))
