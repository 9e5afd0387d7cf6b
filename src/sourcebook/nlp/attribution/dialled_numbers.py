"""A verb of naming whose object is a bare number, the number one rings, no label given: 'Anyone who
saw the van should call 0300 123 4567', 'call 999 in an emergency' (the parser reads the number's
groups as the object and its 'name'); or a line one rings by its noun ('Residents should call the
emergency number', 'call the helpline', ``dialled_nouns.txt``), no label after it ('called the helpline
a lifeline' names it). 'Call' names only with a name or a label after a person or a
thing ('called the plan a mess', ``naming_verbs.txt``); a number alone is a phone line, a year named is
no line ('called 2019 a lost year': the year's label follows)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set


def _numeral(token: Token) -> bool:
    """A numeral of digits only, no date ('0800', '101'; not '2019' read as a date)."""
    return token.pos_ == "NUM" and token.text.isdigit() and token.ent_type_ not in ("DATE", "TIME")


def _line(noun: Token) -> bool:
    """A line's noun, not a count's ('the number of deaths', whose label the parser hangs on 'deaths':
    'called the number of deaths unacceptable')."""
    return noun.lemma_.lower() in word_set("dialled_nouns") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def dialled(children: list[Token], objects: list[Token]) -> bool:
    """Whether the naming verb with ``children`` has a bare number or a line's noun for its object and
    only numerals (the number's other groups) for its name ('call 0800 555 111', 'call 101', 'call the
    helpline')."""
    if not objects or not (_numeral(objects[0]) or _line(objects[0])):
        return False
    return all(_numeral(c) for c in children if c.dep_ in ("oprd", "xcomp", "ccomp"))
