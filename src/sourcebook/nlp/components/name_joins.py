"""Words inside a name that open no sentence: 'Harlow & Pike', 'Tom R. Aldous', 'Sen. Marla Quint', 'Roe v. Wade'.

The parser ends a sentence inside a name it has no stop or capital to read by: after a headline it split
'Harlow & Pike owes its suppliers £18m, a filing shows' into 'Harlow' and '& Pike owes ...', and the report's
content opened at the ampersand; in PolNeAR train's parses an initial's stop ('Chair Tom R. | Aldous'), a title's
('Vermont | Sen. | Marla Quint' opening a paragraph, 'N.H. | Rep. Ann Lowe' opening a line) and a case's 'vs.' ('Das
Kolleg vs. | The Province') ended sentences. So an ampersand between capitalised words and the word after it, the
capitalised word after an initial between two proper nouns (not after 'I', nor one of ``sentence_openers.txt``: 'a
standing O. The problem is'), and the capitalised word after a title's abbreviation (``title_abbreviations.txt``)
or a word of ``joining_abbreviations.txt`` open none; nor does the title itself right after a word on its line
('Vermont Sen.'). ``lines`` sets the starts before the parser runs; names written without spaces ('M&S', 'AT&T')
are one token.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from ..lexicon import word_set

#: an ampersand between capitalised words ('Harlow & Pike', 'PROCTER & GAMBLE'), on one line
_AMPERSAND = re.compile(r"\b[A-Z][\w'\u2019.-]*[^\S\n]*(&)[^\S\n]*([A-Z])")
#: an initial's stop, not the pronoun's, and the capitalised word after it ('Ben S. Bernanke')
_INITIAL = re.compile(r"(?<![\w.])[A-HJ-Z]\.[^\S\n]+([A-Z][a-z]*)")
#: a short word kept with its stop and the capitalised word after it ('Sen. Ted', 'vs. The')
_SHORT_STOP = re.compile(r"(?<![\w.])([A-Za-z]{1,5}\.)[^\S\n]+([A-Z])")
_OPENERS = word_set("sentence_openers")
#: the abbreviations after which a capitalised word goes on with the sentence ('Sen. Ted', 'vs. The'), lower case
_JOINING = word_set("title_abbreviations") | word_set("joining_abbreviations")


class _Marks(Protocol):
    doc: Doc

    def word_at(self, offset: int) -> int | None: ...

    def mark(self, i: int, start: bool) -> None: ...


def within_names(starts: _Marks, text: str) -> None:
    """Mark the words inside names that the parser would start a sentence with as opening none."""
    doc = starts.doc
    if "&" in text:
        for match in _AMPERSAND.finditer(text):
            for group in (1, 2):
                i = starts.word_at(match.start(group))
                if i is not None:
                    starts.mark(i, False)
    for match in _INITIAL.finditer(text):
        i = starts.word_at(match.start(1))
        if (i is not None and i >= 2 and match.group(1).lower() not in _OPENERS
                and doc[i].tag_ == "NNP" and doc[i - 2].tag_ == "NNP" and doc[i - 2].text[:1].isupper()):
            starts.mark(i, False)
    for match in _SHORT_STOP.finditer(text):
        if match.group(1)[:-1].lower() not in _JOINING:
            continue
        title, after = starts.word_at(match.start(1)), starts.word_at(match.start(2))
        if title is None or after is None or after != title + 1:
            continue  # the stop split off: no abbreviation kept whole
        starts.mark(after, False)
        before = doc[title - 1]
        if before.is_alpha and "\n" not in before.whitespace_:
            starts.mark(title, False)  # 'Texas Sen. Ted Cruz'
