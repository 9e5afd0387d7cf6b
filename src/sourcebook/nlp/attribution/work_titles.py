"""A work's title the parser read as a clause: 'the film "Tell Me No Lies" opens on Friday', 'known for
the album "Say It Loud"'. Title-Cased words in quotation marks right after the noun of a made thing
(``artefact_nouns.txt``: film, album, memoir, song) or its maker's possessive name ('Vesper's "She Said Yes"',
'Harbour Lights' "Tell Me Twice"') name it whatever the parse makes of them, so they are no one's words
(``quoted_names``) and a verb among them is no cue (``build``: not 'Tell' with 'The film' as its source)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidate import Candidate
from .lexicon import Lexicon


def work_title(lex: Lexicon, span: Span, before: Token) -> bool:
    """Whether the quoted ``span``, Title-Cased and read as a clause, stands right after ``before``, the noun of a
    made thing or a name's possessive ending, or a comma after it ('the film "Tell Me No Lies"', 'His debut novel,
    "Tell the Bees",', 'Vesper's "She Said Yes"'; not 'the crowd "Lock Her Up"', whose noun makes nothing)."""
    if before.text == "," and before.i > 0:
        before = before.doc[before.i - 1]
    if span.root.pos_ not in ("VERB", "AUX"):
        return False
    if (before.tag_ == "POS" or before.dep_ == "case") and before.i > 0 and before.doc[before.i - 1].pos_ == "PROPN":
        return True  # a maker's name before it: 'Vesper's "She Said Yes" holds top spot', 'Harbour Lights' "Tell Me Twice"'
    return before.pos_ == "NOUN" and before.lemma_.lower() in lex.artefact_nouns


def without_title_cues(cands: list[Candidate], names: frozenset) -> list[Candidate]:
    """The candidates but those whose cue is a word of a quoted name ('the film "Tell Me No Lies"')."""
    return [c for c in cands if not (c.cue and any(q.start <= c.cue[0] < q.end for q in names))]
