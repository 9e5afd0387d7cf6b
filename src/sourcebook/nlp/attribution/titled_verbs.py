"""A verb of saying in title case inside short quotation marks, the whole quotation a title and no one's report
(for ``noncues.not_a_cue``): 'a revival of the musical "Simon Says"', 'her single "Nobody Told Me"', '"Mother
Knows Best" opens on Friday'. Inside a sentence a verb is capitalised only in a name: in a title every word of
weight is. Not a quotation in ordinary case ('"I refuse," she said'), nor a headline, where every word may be
capitalised ('Mayor Says Bridge Will Reopen')."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import in_headline

#: the longest quotation, in words, read as a title
_LONGEST = 8
#: small words a title leaves in lower case
_SMALL = frozenset(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "as", "n't"])
_OPENING = frozenset(["\"", "\u201c", "``", "'", "\u2018"])
_CLOSING = frozenset(["\"", "\u201d", "''", "'", "\u2019"])


def titled_verb(verb: Token) -> bool:
    """Whether ``verb`` is a capitalised word inside a short quotation in title case (see the module)."""
    if not verb.text[:1].isupper() or verb.i == verb.sent.start or in_headline(verb):
        return False
    doc, sent = verb.doc, verb.sent
    start = next((i for i in range(verb.i - 1, max(sent.start, verb.i - _LONGEST) - 1, -1)
                  if doc[i].text in _OPENING or doc[i].text in _CLOSING), None)
    end = next((i for i in range(verb.i + 1, min(sent.end, verb.i + _LONGEST + 1))
                if doc[i].text in _CLOSING or doc[i].text in _OPENING), None)
    if start is None or end is None or doc[start].text not in _OPENING or doc[end].text not in _CLOSING:
        return False
    words = [t for t in doc[start + 1 : end] if t.is_alpha or "'" in t.text or "\u2019" in t.text]
    return len(words) >= 2 and all(t.text[:1].isupper() or t.lower_ in _SMALL for t in words)
