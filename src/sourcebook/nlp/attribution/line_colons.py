"""A cue verb closing its line with a colon, the statement set out below it: 'The report found:' then
the paragraph or the list of findings, 'The statement read:' then the quotation in the next paragraph,
'The union is demanding:' then its demands. The parse ends the cue's sentence at the colon, so a verb
that reports only with a content of its own ('found', 'concluded', 'read') has none and no cue is made;
a colon closing the line says what follows is what was found, read or demanded. ``quote_verbs`` then
makes the cue wait for its content, as a verb of saying does ('said:'): the quotation below
(``direct.attach_quotes``) or the paragraph (``colon_blocks``)."""

from __future__ import annotations

from spacy.tokens import Token


def closes_its_line(verb: Token, at: int) -> bool:
    """Whether the token at ``at`` (right after ``verb`` and the words on how much is quoted) is a
    colon that ends its line: 'The report found:', not 'found: the tanks were empty', whose content the
    parse gives."""
    doc = verb.doc
    if at + 1 >= len(doc) or doc[at].text != ":":
        return False
    after = doc[at + 1]
    return after.is_space and "\n" in after.text
