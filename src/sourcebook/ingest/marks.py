"""Marks a reader of an English article does not see as the tokenizer does, made plain before
anything reads the text.

A soft hyphen (U+00AD) only says where a word may break at a line's end and is invisible when it
does not ('an\\u00adnounced' reads 'announced'); left in, the word is no cue and no name the lexicon
knows, so it goes. A non-breaking hyphen (U+2011) is a hyphen that keeps its line ('Lena
Hart\\u2011Moss'), and becomes one. In an article in a language written without CJK scripts, the
CJK corner brackets quote a slogan or a name as curly marks would ('the crowd chanted 「Free the
press」'), and the fullwidth forms of ASCII punctuation and letters ('＂', '，') are those characters
set wide: the tokenizer knows neither, so a closing bracket could be read as a word, even the
subject of 'said'. They become the curly marks and the ASCII characters, one character for one. A
Chinese, Japanese or Korean article keeps them all: there they are its own punctuation, even one
the language detector was unsure of and took for the default language (a one-line Japanese report):
an article whose letters are mostly Han, kana or Hangul is written in CJK scripts whatever its label.

A zero-width space, word joiner or byte-order mark left inside a text by an editor or a page's
markup shows nothing, yet splits the token it touches ('\u201d\ufeff said X' left the quotation
without its speaker): it goes, in any language. A double prime ('\u2033') typed for a quotation mark
('\u2033Most of us are pensioners,\u2033 said X'), as a keyboard's smart-quote setting or a font
conversion leaves it, is a straight double mark to a reader, but after a digit, where it is inches or
seconds ('a 12\u2033 record'); a reversed double prime ('\u2036') only ever opens a quotation. The
Unicode line and paragraph separators (U+2028, U+2029), which some CMSs write for a '<br>' or a paragraph's end,
are the line break and the blank line every reader after this one looks for (left in, a source ran over them).
"""

from __future__ import annotations

import re

#: languages whose writing uses the CJK marks as its own
_CJK_LANGUAGES = frozenset(["zh", "ja", "ko"])

#: the corner brackets, as the curly marks they stand for (double, then single)
_CORNERS = {"\u300c": "\u201c", "\u300d": "\u201d", "\u300e": "\u2018", "\u300f": "\u2019"}

#: each fullwidth ASCII form ('\uff01' to '\uff5e') as its ASCII character
_FULLWIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}

#: the non-breaking hyphen and the reversed double prime as plain marks; the zero-width characters dropped; the
#: line and paragraph separators as the line break and the blank line they are
_PLAIN: dict[int, str | None] = {0x2011: "-", 0x2036: '"', 0x200B: None, 0x2060: None, 0xFEFF: None,
                                 0x2028: "\n", 0x2029: "\n\n"}
#: a double prime that is no inch or second mark (not after a digit or a prime)
_DOUBLE_PRIME = re.compile("(?<![\\d\u2032])\u2033")
#: the blocks of Han, kana and Hangul letters (with the Han extensions and compatibility forms)
_CJK_BLOCKS = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF))
_WIDE: dict[int, str] = {**{ord(k): v for k, v in _CORNERS.items()}, **_FULLWIDTH}
#: any character of each table: ``str.translate`` looks every character up in its dict (about 0.3 ms
#: for an article with nothing to change), a character class finds there is nothing in C at once
_PLAIN_ANY = re.compile("[" + "".join(map(chr, _PLAIN)) + "]")
_WIDE_ANY = re.compile("[\u300c-\u300f\uff01-\uff5e]")


def plain_marks(text: str, language: str | None) -> str:
    """``text`` with its soft hyphens and zero-width characters dropped, its non-breaking hyphens,
    quotation double primes and line and paragraph separators plain; with its corner brackets and fullwidth forms plain too unless
    ``language`` is written in CJK scripts."""
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    if _PLAIN_ANY.search(text):
        text = text.translate(_PLAIN)
    if "\u2033" in text:
        text = _DOUBLE_PRIME.sub('"', text)
    if not _WIDE_ANY.search(text) or (language or "").split("-")[0].lower() in _CJK_LANGUAGES or _written_in_cjk(text):
        return text
    return text.translate(_WIDE)


def _written_in_cjk(text: str) -> bool:
    """Whether most of the letters of ``text`` (its first 2,000 characters) are Han, kana or Hangul;
    not an English article quoting a name in them (a shop's name in corner brackets)."""
    head = text[:2000]
    if not head or max(head) < "\u3040":  # no character of the blocks at all (most articles): no letter to count
        return False
    letters = [ord(c) for c in head if c.isalpha()]
    cjk = sum(1 for code in letters if any(low <= code <= high for low, high in _CJK_BLOCKS))
    return cjk * 2 > len(letters)
