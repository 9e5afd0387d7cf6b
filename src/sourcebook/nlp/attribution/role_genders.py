"""The gender a name takes from the words before it or the noun it is set beside ('Mrs', 'his wife', 'the
spokesman'), but not a role's '-man' against the first name: British news calls a woman who chairs a board its
'chairman', so 'The chairman of the trustees, Alice Grieve, ... Ms Grieve said X' is one woman, not a man and a
stranger with her surname ('Tom Hale, the chairman' keeps his; a first name that tells nothing lets the role tell)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .people import FEMALE, MALE, gender_of_first_name, gender_of_word


def named_gender(ent: Span, first: Token) -> str | None:
    """The gender the words of ``ent`` before the name's first word ``first`` tell, or the word before the entity and
    the noun it is set beside ('His wife, Clara,'); none when they tell none."""
    before = [t for t in ent if t.i < first.i]
    if ent.start > 0:
        root = ent.root
        before += [ent.doc[ent.start - 1], *([root.head] if root.dep_ == "appos" else [])]
    gender, word = next(((g, t) for t in before if (g := gender_of_word(t.text))), (None, None))
    if gender == MALE and word is not None and word.lower_.endswith("man") and word.lower_ != "man" and (
            gender_of_first_name(first.text) == FEMALE):
        return None  # ('chairman', 'spokesman' of a woman named: her first name tells)
    return gender
