"""A poll's second share, answering inside the first share's content: a report of its own.

'Sixty percent of the members said the fee was too high, compared with a quarter who said it
was fair.' / 'Half of the tenants say the repairs are slow, and one in five says they never
came.' A survey's answers are given share by share: when a report whose source is a share of
the people asked (a number, 'N in M', or a share noun such as 'percent', 'half', 'third',
'majority': the ``share_nouns`` list; or 'who' / 'that' hanging on one) has its cue inside the
content of another report whose source is a share too, it is the next answer, not part of what
the first share said: the first content ends where the second share's phrase begins, and the
second report stands on its own (PolNeAR keeps each answer apart; the parser often hangs the
second share on the first content, as a conjunct, an object or a relative clause).

Not a share inside a non-share's report ('The pollster said 40 percent say X': the pollster's
one report), nor a report whose source is a person ('The mayor said X, and two aides said Y' is
``coordinated_reports``'s), nor a second share inside a quotation.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .candidate import ACCORDING, Candidate, trim_content
from .direct import QuoteIndex
from .share_comparisons import end_share_comparisons

_RELATIVES = frozenset(["who", "that", "which"])
#: the words joining a share's answer to the next share's, left out of the first content
_JOINING = re.compile(
    r"[\s,;:\u2014\u2013-]*\b(?:compared (?:to|with)|versus|vs\.|while|whereas|against|and|but)?"
    r"[\s,;:\u2014\u2013-]*\Z", re.IGNORECASE)


def split_poll_shares(doc: Doc, text: str, cands: list[Candidate], quotes: QuoteIndex) -> None:
    """End each share's content where a second share's answer inside it begins (in place), and before a
    comparison with another figure that closes it (``share_comparisons``)."""
    shares = [(c, start) for c in cands if (start := _share_start(doc, c)) is not None]
    end_share_comparisons(doc, text, [c for c, _ in shares], quotes)
    if len(shares) < 2:
        return
    for inner, start in shares:
        if inner.cue is None or quotes.around(inner.cue[0], inner.cue[1]) is not None:
            continue
        for outer, _ in shares:
            if outer is inner or outer.cue is None or outer.cue[1] > start:
                continue
            if not any(s < start and inner.cue[1] <= e for s, e in outer.contents):
                continue
            kept = [k for k in (_trimmed(text, s, min(e, start)) for s, e in outer.contents if s < start)
                    if k is not None and any(ch.isalnum() for ch in text[k[0] : k[1]])]
            if kept:
                outer.contents = kept


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A content span ended before the second share, without the comparison word that joined
    the two ('said X, compared with 40 percent who ...': 'X')."""
    found = _JOINING.search(text, start, end)
    return trim_content(text, start, found.start() if found else end)


def _share_start(doc: Doc, cand: Candidate) -> int | None:
    """Where the share phrase that is the candidate's source begins (the antecedent's, for a
    relative pronoun), when its source is a share of a group, else None."""
    if cand.source is None or cand.cue is None or cand.nature == ACCORDING:
        return None
    span = doc.char_span(cand.source[0], cand.source[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    if head.lower_ in _RELATIVES and len(span) == 1:
        antecedent = head.head.head if head.head.dep_ == "relcl" else None
        if antecedent is None or not _is_share(antecedent):
            return None
        return int(antecedent.left_edge.idx)
    # ('Half the members': the share a predeterminer of the group)
    shared = _is_share(head) or any(c.dep_ == "predet" and _is_share(c) for c in head.children)
    return int(span[0].idx) if shared else None


def _is_share(token: Token) -> bool:
    """A share noun ('percent', 'half', 'three-quarters', 'majority') or a number of a number
    ('one in four', 'six in 10')."""
    if token.lower_.split("-")[-1] in word_set("share_nouns"):
        return True
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    # ('Six in 10 of the tenants': the parser may make the second number the head, 'in' its modifier)
    within = token.like_num and any(c.dep_ == "quantmod" and c.lower_ == "in" for c in token.lefts)
    return bool(within or (token.like_num and len(after) == 2 and after[0].lower_ == "in" and after[1].like_num))
