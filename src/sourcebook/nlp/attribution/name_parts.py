"""What is part of a person's name the NER tagged, for ``relabel``:

- words that are honorifics before a name and parts of a name inside it: 'Sheikh' of 'Dr. Omar
  Sheikh Abdullahi' and 'Haji' of 'Ahmed Haji Ali' (a father's or a forebear's name or title
  carried in the person's own), which no rule may take for a title the name starts after
  ('Abdullahi'); before a name they stay titles ('Sheikh Ibrahim said');
- a body after 'of' that the NER ran a person's name on to, tagging the whole a body ('Megan
  Castillo of Orrin & Pratt', an ORG): the person is the name before it, the body their
  affiliation (not a body's name opening with a given name, 'Morgan Stanley of Japan').
"""

from __future__ import annotations

from spacy.tokens import Span

from ...aliases import is_known_organisation
from .name_titles import title_word
from .people import gender_of_first_name


def inside_a_name(ent: Span, k: int) -> bool:
    """Whether the honorific-like word ``ent[k]`` of a person's name is part of the name: written
    in full and capitalised, between a given name and a capitalised name; or of any name, the Burmese
    'U' where it is no title ('Team U Sports': ``name_titles``)."""
    if ent[k].lower_ == "u":
        return not title_word(ent[k])
    if ent.label_ != "PERSON" or not 0 < k < len(ent) - 1:
        return False
    word, before, after = ent[k], ent[k - 1], ent[k + 1]
    return (word.is_title and word.is_alpha and before.is_title and after.is_title
            and gender_of_first_name(before.text) is not None)


def person_of_a_body(ent: Span, of: int | None, organisation_words: frozenset[str]) -> bool:
    """Whether a body ``ent`` whose word ``of`` is at ``of`` opens with a person's given name and
    surname right before it, set off as an apposition ('Another analyst, Megan Castillo of Orrin
    & Pratt, said')."""
    if ent.label_ != "ORG" or of != 2 or is_known_organisation(ent.text) or ent.start == 0:
        return False
    given, surname = ent[0], ent[1]
    return (given.is_title and surname.is_title and surname.lower_ not in organisation_words
            and ent.doc[ent.start - 1].text == "," and gender_of_first_name(given.text) is not None
            and not is_known_organisation(f"{given.text} {surname.text}"))
