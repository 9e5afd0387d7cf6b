"""A past participle that is never a simple past, tagged as one, tagged again before every rule reads
the parse (``mends``): 'The teacher said the pupils had soldered the circuits and written the code.'

The tagger may read 'written' after 'and' as a past ('VBD'), as if the speaker had written the code:
the rules then take it for the speaker's next act, a cue of its own that cuts the report at 'and'.
'Written', 'given', 'spoken' (``distinct_participles.txt``) are never a past, so the word is a
participle that shares its clause's 'had' and the report runs on over it."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import forget, positions, words_of


def tag_participles(doc: Doc) -> None:
    """Tag, in place, each such participle the tagger read as a past (and forget the words' table when any changes)."""
    words = words_of(doc)
    forms = active_lexicon().distinct_participles
    misread = [i for i in positions(words.tag, "VBD", 0, len(words.tag)) if words.lower[i] in forms]  # (the pasts, found in C)
    for i in misread:
        doc[i].tag_ = "VBN"
    if misread:
        forget(doc)
