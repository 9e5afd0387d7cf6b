"""UTF-8 text that was once read as Windows-1252 (mojibake), read back as it was written.

A scraper or a CMS that decoded an article's UTF-8 bytes as Windows-1252 (or Latin-1) and stored
the result leaves each non-ASCII character as two to four others: a curly quotation mark as 'â€œ',
an apostrophe as 'â€™', 'Juárez' as 'JuÃ¡rez', a non-breaking space as 'Â '. No reader sees a
quotation in 'â€œWe will stay,â€\\x9d said X', nor does the tokenizer: the quotation keeps its garbage and
loses its marks. ftfy reads such text back and leaves real text alone ('gro\u00df\u201c', 'S\u00e3o Paulo');
it is called only when the text holds a run that could be one (a UTF-8 lead byte's letter, 'Â' to 'ô', then
continuation bytes' characters), which most articles do not. One thing is done first: a closing mark whose
last byte a decoder dropped or replaced ('â€' or 'â€\ufffd', the byte 0x9D Windows-1252 leaves undefined) is
a closing mark, where ftfy would leave '\ufffd' or read the space after it as the lost byte.
"""

from __future__ import annotations

import re

#: the characters Windows-1252 reads the bytes 0x80 to 0xBF as (0x81, 0x8D, 0x8F, 0x90 and 0x9D, which it
#: leaves undefined, as the control characters Latin-1 reads them as)
_CONTINUATION = "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
                "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
#: a lead byte's character and its continuation bytes' characters: two, three or four bytes
_RUN = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
                  f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}")


#: a closing mark whose last byte (0x9D) was dropped or replaced: not before a word, where it was more likely
#: a hyphen's (0x90: 'real\u2010world')
_CLOSING_LOST = re.compile(f"\u00e2\u20ac(?:\ufffd(?!\\w)|(?![{_CONTINUATION}\\w\ufffd]))")


def repaired(text: str) -> str:
    """``text`` with its mojibake read back as the characters it was."""
    if not _RUN.search(text):
        return text
    import ftfy  # (here: its tables take about 0.1 s to import, and most texts hold no run)

    return ftfy.fix_encoding(_CLOSING_LOST.sub("\u201d", text))
