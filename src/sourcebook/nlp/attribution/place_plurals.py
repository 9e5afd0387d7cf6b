"""A region's plural noun read as a verb of saying: 'Lake Belt states North Dalvia, East Kerrow and New Tessany
all backed him', 'Battleground states North Dalvia and New Tessany will decide it'. The parser may tag 'states'
as the verb, its region ('Lake Belt') as the subject and the list of places after it as the reported clause; the
word is the noun the places are members of, and no one states anything. For ``noncues.not_a_cue``.

It is the noun when the word right before it is a place's name or a word that names no one who could speak
('Battleground'), and a list of places' names starts right after it: not 'The report states North Dalvia and
New Tessany will decide it' (a document speaks) nor 'Mr. Vane states North Dalvia will decide it' (one place, a
person's words)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like

#: the entity labels of a place's name
_PLACES = frozenset(["GPE", "LOC"])
#: ... and of a region named by its people ('Nordic states Norway and Iceland')
_REGIONS = _PLACES | {"NORP"}


def place_plural(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a plural noun of ``place_plurals.txt`` between a region and a list of places."""
    if verb.lower_ not in lex.place_plurals:
        return False  # (the rare word first: every other verb returns here)
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    region, first = doc[verb.i - 1], doc[verb.i + 1]
    if region.head.i != verb.i or region.dep_ != "nsubj" or first.ent_type_ not in _PLACES:
        return False
    if region.ent_type_ not in _REGIONS and source_like(lex, region):
        return False  # 'The report states X': a document's words
    name = first
    while name.dep_ == "compound" and name.head.i > name.i and name.head.ent_type_ in _PLACES:
        name = name.head  # (the name's last word, which the list hangs on: 'North Dalvia')
    # (a list of places: the first name has another name joined to it, 'North Dalvia, East Kerrow and New Tessany';
    # the names after the first need not be places the tagger knows)
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children)
