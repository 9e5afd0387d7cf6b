"""'read' before a colon and a quotation, read as a noun, mended before every rule reads the parse: 'The
message read: "Delete everything."', 'Her text read: "Call me now."', 'A second note reads: "..."'.

After a bare noun phrase the parser may read 'read' as the last noun of a compound ('message read') at the
root, the quotation after the colon its apposition; the sentence then has no verb and the quotation no cue. A
root 'read' or 'reads' tagged a noun, right after a noun and right before a colon and an opening quotation
mark, is the verb: the noun before it its subject, the words before that noun hung on the subject. Not 'a good
read: "..."' (an adjective before it), nor a 'read' with no colon after it ('The long read'). Kept whole by
``mends``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import VerbArcs
from .tables import places, words_of

#: the forms of the verb, with the tag each is as a verb
_FORMS = {"read": "VBD", "reads": "VBZ"}
#: opening quotation marks
_OPENING = frozenset(['"', "\u201c", "'", "\u2018", "``"])


def colon_reads(doc: Doc) -> VerbArcs:
    """The arcs that make each such noun its sentence's verb, and the verbs with their tags and lemmas."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lowers = words_of(doc).lower  # (the words' table: a Token only for 'read' and 'reads', found in C)
    for i in places(lowers, frozenset(_FORMS), 0, len(lowers)):
        token = doc[i]
        if token.dep_ != "ROOT" or token.tag_ not in ("NN", "NNS") or token.i == 0:
            continue
        before = doc[token.i - 1]
        if (before.tag_ not in ("NN", "NNS", "NNP", "NNPS") or token.i + 2 >= len(doc) or doc[token.i + 1].text != ":"
                or doc[token.i + 2].text not in _OPENING or before.sent.start != token.sent.start):
            continue
        heads[before.i], deps[before.i] = token.i, "nsubj"
        for child in token.children:
            if child.i < before.i:
                heads[child.i] = before.i  # ('The', 'A second': the subject's)
        verbs.append((token, _FORMS[token.lower_], "read"))
    return heads, deps, verbs
