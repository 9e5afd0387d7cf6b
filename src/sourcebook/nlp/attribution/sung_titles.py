"""'Mourners sang "Abide With Me"', 'The band performed "Harbour Lights"': a quotation in title case right
after a verb of singing is the song's title, a work sung and no words reported (PolNeAR train marks no cue on
a song sung by name, 'singing the national anthem', 'singing Secondhand Clothes', but marks the lyrics quoted,
'As the band sang, "They'll turn us all into beggars"', 'Billy Joel sings, "Don't go changing"'). Lyrics or a
chant are a sentence's words: not in title case ('sang "We shall not be moved"'), or shouted in capitals
('chanted "USA! USA!"'), and 'chant' is never a title's verb (``sung_title_verbs.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

_OPEN = ('"', "\u201c", "``")
_CLOSE = ('"', "\u201d", "''")
#: the longest title read as one
_MOST_WORDS = 8


def sung_title(verb: Token) -> bool:
    """Whether ``verb`` is a verb of singing with a quotation right after it that is a title: every word
    capitalised, not all in capitals, no sentence's stop inside."""
    doc = verb.doc
    if verb.lemma_.lower() not in word_set("attribution/sung_title_verbs") or verb.i + 1 >= len(doc) or (
            doc[verb.i + 1].text not in _OPEN):
        return False
    end = next((t.i for t in doc[verb.i + 2 : verb.i + 3 + _MOST_WORDS] if t.text in _CLOSE), None)
    if end is None:
        return False
    words = [t.text for t in doc[verb.i + 2 : end] if t.is_alpha]
    if not words or len(words) > _MOST_WORDS or any(t.text in (".", "!", "?") for t in doc[verb.i + 2 : end]):
        return False
    return all(w[0].isupper() for w in words) and any(c.islower() for w in words for c in w)
