"""Where a content that is a quotation opened right after its cue ends: at the closing mark, when the next word
opens a phrase or clause of where, when or how the words were said ('Counter-protesters shouted "Refugees
welcome" at a smaller group', 'carried placards saying "Education is a right" as they marched'). The parser
may hang that phrase on a word inside the quotation, so the clause's subtree runs over it; PolNeAR stops at the
mark (train: 13 of the 14 golds with a quotation right after the cue and one of ``quote_adjunct_words.txt``
after it; the rule gains two right records there and loses none). 'as' ends it only as a clause's conjunction, not as
the preposition of what the quotation is taken as ('citing "Bill Maher" as his guilty pleasure', a right record
lost when it did). Not after 'in', 'on' or 'and', which as often carry on a quoted phrase ('"single-payer"
health care': 9 of 13 golds stop before 'in', 4 run on)."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import trim_content
from .lexicon import Lexicon

_OPEN = "\"\u201c"
_CLOSE = "\"\u201d"
#: the words that end the quotation only as a clause's conjunction ('as they marched'), not as a preposition
_CLAUSES_ONLY = frozenset(["as"])


def before_a_quotations_adjunct(lex: Lexicon, text: str, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` ended at the closing mark of the quotation opening it right after the cue ``verb``, when a word of
    ``quote_adjuncts`` follows the mark inside it; unchanged otherwise."""
    start, end = span
    marked = start < end and text[start] in _OPEN  # (the span holds the opening mark, or starts right after it)
    opening = start if marked else start - 1
    if start >= end or opening < 0 or text[opening] not in _OPEN or verb.idx > opening:
        return span
    between = text[verb.idx + len(verb.text) : opening]
    if between.strip(" ,:") or "\n" in between:
        return span  # (only a space, a comma or a colon between the cue and the mark)
    close = next((i for i in range(opening + 1, end) if text[i] in _CLOSE or text[i] in _OPEN), -1)
    if close < 0 or text[close] not in _CLOSE:
        return span  # (none, or a second quotation opened inside)
    rest = text[close + 1 : end]
    word = rest.lstrip(" ").split(" ", 1)[0].lower()
    if not rest.startswith(" ") or word not in lex.quote_adjuncts:
        return span
    after = next((t for t in verb.doc if t.idx > close), None)
    if after is not None and after.lower_ in _CLAUSES_ONLY and after.dep_ != "mark":
        return span  # ('citing "Bill Maher" as his guilty pleasure': what the quotation is taken as)
    return trim_content(text, start, close + 1 if marked else close) or span
