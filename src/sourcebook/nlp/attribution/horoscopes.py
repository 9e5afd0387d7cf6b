"""A horoscope's stars and planets, which speak only as a figure ('The stars suggest a journey', 'Venus urges
caution this week', 'Mars warns against quarrels at work'), and the people of a sign's entry, who are the
forecast ('Virgo: Someone at work will suggest a change', 'Your partner wants more of your time'): no one's
words. Only on a page that heads two entries with signs of the zodiac ('Leo:' or 'Virgo' on a line of its
own), one with its dates ('Aries (March 21 - April 19)') or the word 'horoscope' (``zodiac_signs.txt``):
elsewhere 'The stars said' are actors and 'Mars said' is a company (``horoscope_bodies.txt``), and signs named
in running text are names ('Leo Hart', 'the Gemini team', 'Cancer Research') on a film's or a charity's page.
For ``mute.holds_nothing`` and ``copula_clauses.no_holder``."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .tables import text_of

_BODIES = word_set("attribution/horoscope_bodies")
_SIGNS = re.compile(r"\b(?:" + "|".join(sorted(word_set("attribution/zodiac_signs"))) + r")\b", re.IGNORECASE)
_HOROSCOPE = re.compile(r"\bhoroscopes?\b", re.IGNORECASE)
#: a sign heading its entry with its dates ('Aries (March 21 - April 19)', 'Leo: July 23-Aug 22')
_ENTRY = re.compile(_SIGNS.pattern + r"[ \t]*[(:\u2013\u2014-]?[ \t]*\(?"
                    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d")
#: a sign heading its entry: alone on its line or before a colon, a bracket or a dash ('Virgo:', 'LEO -')
_HEADING = re.compile(r"^[ \t]*(" + _SIGNS.pattern + r")[ \t]*(?:[:(\u2013\u2014-]|$)", re.IGNORECASE | re.MULTILINE)
_PAGES: WeakKeyDictionary[Doc, bool] = WeakKeyDictionary()


def horoscope_subject(subject: Token) -> bool:
    """Whether ``subject`` is a star or a planet a horoscope makes speak ('Venus urges caution') or
    anyone in a sign's entry ('Leo: A friend is keen to share some news')."""
    return (subject.lower_ in _BODIES and not any(c.dep_ == "prep" for c in subject.children) or _in_entry(subject)) and (
        _horoscope(subject.doc))


def _in_entry(subject: Token) -> bool:
    """Whether ``subject``'s line opens with a sign heading its entry ('Virgo (23 August - 22 September): X')."""
    text = text_of(subject.doc)
    found = _HEADING.match(text, text.rfind("\n", 0, subject.idx) + 1)
    return found is not None and found.group(1)[0].isupper()


def _horoscope(doc: Doc) -> bool:
    """Whether the page heads two entries with signs of the zodiac, one with its dates or the word
    'horoscope'."""
    found = _PAGES.get(doc)
    if found is None:
        text = text_of(doc)
        signs = {m.group(1).lower() for m in _HEADING.finditer(text) if m.group(1)[0].isupper()}
        found = _PAGES[doc] = len(signs) >= 2 or _HOROSCOPE.search(text) is not None or _ENTRY.search(text) is not None
    return found
