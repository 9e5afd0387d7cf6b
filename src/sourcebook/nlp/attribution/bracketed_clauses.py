"""A verb of saying's clause that the parser hung on a bracketed aside set between them, mended in place
before the rules run (``mends``).

'The skipper said (translated from Italian) that he would lose half his income': the parser hangs the
clause opened by 'that' on 'translated', inside the brackets, so the verb of saying has no clause and
the sentence reports nothing. An aside in brackets right after the verb (or after whom it was said to)
says how the words came to the page - through an interpreter, in which language, in which document -
not what was said: the clause after the closing bracket is the verb of saying's, as 'said (in Italian)
that X' already parses. Not when the verb has a clause of its own already."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

#: how many words an aside may hold between its brackets
_REACH = 8


def bracketed_clauses(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that give each such clause to the verb of saying; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for close in positions(words.text, ")", 0, len(words.text)):  # (found in C: the ')' words only)
        if close + 1 >= len(doc) or words.lower[close + 1] != "that" or words.dep[close + 1] != "mark":
            continue  # (no Token made)
        opened = next((k for k in range(close - 1, max(-1, close - _REACH - 1), -1) if words.text[k] in ("(", ")")), None)
        if opened is None or words.text[opened] != "(" or opened < 1:
            continue
        clause = words.head[close + 1]
        if not opened < words.head[clause] < close:
            continue  # (the clause hangs on no word of the aside)
        verb = opened - 1
        if words.dep[verb] in ("dobj", "dative") and words.head[verb] < verb:
            verb = words.head[verb]  # ('told reporters (via a translator) that X')
        lex = lex or active_lexicon()
        if words.lemma[verb].lower() not in lex.speech or any(c.dep_ == "ccomp" and c.i != clause for c in doc[verb].children):
            continue
        heads[clause], deps[clause] = verb, "ccomp"
    return heads, deps
