"""A poll share's answer followed by the writer's comparison with another figure: no part of the answer.

'Fifty-two percent of the members said the fee was too high, compared with 38 percent in the spring.'
/ 'Four in 10 tenants say the repairs are slow, compared to a third of the owners.' A survey story
gives a share's answer and then, after a comma, sets it beside another figure (an earlier poll, another
group, a rival's share): the comparison is the writer's, not what the share of people asked said, and
PolNeAR ends the answer before it (on train every such share's content stops at the comma). The parser
hangs 'compared' on the answer's verb, so the content ran on to the sentence's end.

Only for a report whose source is a share of a group (``poll_shares``: a share noun, 'N in M' or a
relative pronoun standing for one), with 'compared with' or 'compared to' set off by a comma and a
figure or a share right after it; not a person's report ('The mayor said costs rose 4 percent,
compared with 2 percent in 2019': the comparison may be the mayor's), nor a comparison inside a
quotation, nor one with no figure ('said the lane was safer, compared with the old road').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import word_set
from .candidate import Candidate, trim_content
from .direct import QuoteIndex

#: the words after 'compared' that open the other figure
_PREPOSITIONS = frozenset(["with", "to"])
#: the words a figure may open with before its number or share ('about 40 percent', 'just a third')
_LEADS = frozenset(["about", "around", "roughly", "nearly", "almost", "just", "only", "some", "a", "an", "the",
                    "more", "less", "fewer", "than", "over", "under"])


def end_share_comparisons(doc: Doc, text: str, shares: list[Candidate], quotes: QuoteIndex) -> None:
    """End each content of ``shares`` (reports whose source is a share, found by ``poll_shares``) before a
    comparison with another figure that closes it (in place)."""
    for cand in shares:
        if not cand.contents:
            continue
        start, end = cand.contents[-1]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        cut = _comparison(span)
        if cut is None or quotes.around(cut, cut + 1) is not None:
            continue
        kept = trim_content(text, start, cut)
        if kept is not None and any(ch.isalnum() for ch in text[kept[0] : kept[1]]):
            cand.contents = [*cand.contents[:-1], kept]


def _comparison(span: Span) -> int | None:
    """The offset of the comma opening ', compared with <figure>' inside ``span``, else None."""
    for token in span[1:-2]:
        if token.lower_ != "compared" or token.nbor(-1).text != "," or token.nbor(1).lower_ not in _PREPOSITIONS:
            continue
        if _figure(span.doc, token.i + 2):
            return int(token.nbor(-1).idx)
    return None


def _figure(doc: Doc, i: int) -> bool:
    """Whether a number or a share opens the phrase at token ``i`` (after a few leading words)."""
    while i < len(doc) and doc[i].lower_ in _LEADS:
        i += 1
    return i < len(doc) and (doc[i].like_num or doc[i].lower_.split("-")[-1] in word_set("share_nouns"))
