"""A name written in capitals read as a name is written: a transcript's label 'JUDE MARLOWE:' is Jude Marlowe, and
'ANA RUIZ:' Ana Ruiz (a given name of two or three letters opening it), while letters after a name and initials
('MP', 'JD') stay as they are. Read by the article index and by ``answers`` for a transcript's turns."""

from __future__ import annotations

from .people import POSTNOMINALS, known_given_name


def capitals_as_name(words: list[str]) -> list[str]:
    """A name written in capitals as a name is written ('JUDE MARLOWE' -> 'Jude Marlowe'; 'MP',
    'JD' and other short words as they are, but a short given name opening it: 'ANA RUIZ' -> 'Ana Ruiz')."""
    return [w.capitalize() if len(w) > 3 or "'" in w or not k and _short_given(w, len(words)) else w
            for k, w in enumerate(words)]


def _short_given(word: str, count: int) -> bool:
    """Whether ``word``, the first of ``count`` words in capitals, is a given name of two or three letters
    ('ANA', 'JO'), not letters after a name nor initials ('MP', 'JD')."""
    return (count > 1 and word.isalpha() and word not in POSTNOMINALS and any(v in word for v in "AEIOUY")
            and known_given_name(word.capitalize()))
