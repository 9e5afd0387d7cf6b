"""Places the NER took for something else, known by the kind of place said of them.

The small model tags an unfamiliar town as an organisation or a person ("the hill town of
Surat Dara", "off the coast of Lessa", "the Dalun region", "Pelan island"), so a figure there
has no place. A name of another label is a place when a noun of lexicon
``figures/place_kinds`` frames it: "the <kind> of X" or "X <kind>" (in lower case and after no
nationality: not "Islamic State", "the Kurdish region", nor "Chinese state media", the kind word
qualifying a noun after it; nor "the state of X", its condition). A name of another label that
ends in a noun of lexicon ``figures/facility_nouns`` after a preposition of place is a place too:
"moved at Orrin Hospital", "seen at Brackley General", and so is one that ends in a noun of the land of lexicon
``figures/landscape_nouns``: "complaints in Pendle Cross", "the centre at Harlan Moor" (the model takes a hospital for an
organisation; as a stadium's name, a facility's is where the figure happened), not an office's
("at the Attorney General": a name that opens with 'the' or has a role noun before the last word).
Reads only the entity rows of the token arrays ``Extractor.find`` already built.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc

from ..attribution.tables import words_of
from ..lexicon import word_set

__all__ = ["CONDITIONS", "kind_places"]

#: kind words that before 'of' name a condition, no place ("the state of Tesla", "the state of Boeing's finances")
CONDITIONS = frozenset({"state"})

#: labels the model gives unfamiliar places
_OTHER_LABELS = ("ORG", "PERSON", "NORP", "PRODUCT")
#: prepositions before a facility's name that make it where something happened ("at Orrin Hospital")
_AT = frozenset({"at", "in", "inside", "outside", "near"})


def kind_places(doc: Doc, arr, text: str, directory=None) -> list[tuple[int, int, str]]:
    """(start, end, text) of the names of other labels that a kind of place frames; ``arr``
    holds IDX, ENT_IOB and ENT_TYPE in columns 0, 6 and 7, LENGTH in 8."""
    labels = [doc.vocab.strings.add(label) for label in _OTHER_LABELS]
    norp = labels[_OTHER_LABELS.index("NORP")]
    rows = numpy.flatnonzero((arr[:, 6] == 3) & numpy.isin(arr[:, 7], labels))
    if not len(rows):
        return []
    kinds = word_set("figures/place_kinds", directory)
    facilities = word_set("figures/facility_nouns", directory) | word_set("figures/landscape_nouns", directory)
    offices = word_set("attribution/role_nouns", directory)  # "at the Attorney General": an office, no facility
    found = []
    words = words_of(doc)  # (the words' columns: no Token made for the words around each name)
    lower, form = words.lower, words.text
    for i in rows.tolist():
        j = i + 1
        while j < len(doc) and arr[j, 6] == 1:
            j += 1
        before = i >= 2 and lower[i - 1] == "of" and lower[i - 2] in kinds and lower[i - 2] not in CONDITIONS
        after = j < len(doc) and form[j] in kinds and words.dep[j] != "compound" and arr[i, 7] != norp
        facility = (i >= 1 and j - i >= 2 and lower[i - 1] in _AT and form[j - 1] in facilities
                    and lower[i] != "the" and lower[j - 2] not in offices)
        if before or after or facility:
            start, end = int(arr[i, 0]), int(arr[j - 1, 0] + arr[j - 1, 8])
            found.append((start, end, text[start:end]))
    return found
