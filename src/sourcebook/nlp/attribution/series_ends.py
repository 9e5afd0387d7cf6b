"""A content whose last item opens a list that the parser hung elsewhere in the sentence.

'The union supported raising wages, limiting overtime and banning zero-hour contracts', 'urged members
to back the plan, attend the rally, and vote in May', 'said money is needed to repair the roads, hire
teachers and build a clinic': the content ends in a gerund or an infinitive, and the list's next items,
set off by a comma and closed by 'and' or 'or', went to the cue verb or the clause as acts of their own
(a bare verb read as a present, 'attend'). The list is what was said (PolNeAR marks it whole: 7 train
records to 2); one item after a comma with no 'and' to close a list is the speaker's next act or the
writer's comment ('warned of delays, citing costs': 117 train records end the content before it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .char_spans import words_in
from .kids import children_of
from .tables import words_of

#: the tags a list's next item may carry for the content's own item: a bare verb the tagger read as a present
_SAME = {"VBG": ("VBG",), "VB": ("VB", "VBP")}
_CLOSING = frozenset(["and", "or"])


def series_end(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` grown over the rest of a list whose first item ends it (see the module)."""
    doc = verb.doc
    words = words_in(doc, span[0], span[1], "expand")
    if words is None or not len(words) or words.end + 2 >= len(doc):
        return span
    if words_of(doc).text[words.end] != ",":
        return span  # (the comma first, read from the words' list: most contents end with no list after them)
    item = _last_item(words)
    comma = doc[words.end]
    if item is None:
        return span
    first = doc[comma.i + 1]
    if first.is_quote and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # ('to "fix the roads," secure the border')
    if first.pos_ == "ADV" and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # (', temporarily freezing X')
    items = _items(first, _SAME[item.tag_])
    if len(items) < 2 or not any(c.dep_ == "cc" and c.lower_ in _CLOSING for i in items for c in children_of(i)) and not any(
            doc[i.left_edge.i - 1].lower_ in _CLOSING for i in items[1:]):
        return span
    last = max(t.i for i in items for t in i.subtree)
    while last > first.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if doc[last].sent.start != words.sent.start:
        return span
    return span[0], doc[last].idx + len(doc[last])


def _last_item(words: Span) -> Token | None:
    """The gerund or the infinitive whose phrase ends ``words`` ('raising wages', 'to back the plan')."""
    end = words.end - 1
    while end > words.start and (words.doc[end].is_punct or words.doc[end].is_quote):
        end -= 1
    doc, tags = words.doc, words_of(words.doc).tag
    # (only a gerund or a bare verb can be the item: the others are passed in the words' list, no Token made)
    for token in (doc[i] for i in range(words.start, words.end) if tags[i] in ("VBG", "VB")):
        if token.right_edge.i < end or token.left_edge.i < words.start:
            continue
        auxes = [c.lower_ for c in children_of(token) if c.dep_ in ("aux", "auxpass")]
        # (not a progressive's verb: 'said the firm was growing, adding jobs and X')
        if token.tag_ == "VBG" and not auxes or token.tag_ == "VB" and auxes == ["to"]:
            # (nor a noun's gerund, whose phrase describes the noun: 'ruled against the rule for removing
            # voters, dealing a blow to X and handing Y' - the writer's comment on the ruling)
            return None if token.dep_ == "pcomp" and token.head.head.pos_ in ("NOUN", "PROPN") else token
    return None


def _items(first: Token, tags: tuple[str, ...]) -> list[Token]:
    """``first`` and the conjuncts after it (its own or its head's) with one of ``tags`` and no subject or
    auxiliary of their own: the list's items."""
    if not _bare(first, tags):
        return []
    items = [first]
    for token in [*first.subtree, *(c for c in first.head.rights if c.dep_ == "conj" and c.i > first.i)]:
        if token.dep_ == "conj" and (token.head in items or token.head == first.head) and token not in items and (
                _bare(token, tags)):
            items.append(token)
    return items


def _bare(token: Token, tags: tuple[str, ...]) -> bool:
    """A verb with one of ``tags`` and no subject or auxiliary (a list's item, not a clause)."""
    return token.tag_ in tags and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in children_of(token))
