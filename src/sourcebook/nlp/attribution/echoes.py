"""Echoed quotations: words a headline or lede quotes with no speaker, which a statement of
the same article quotes with its speaker.

'Aleppo is now "one giant graveyard"' opens an article that gives the phrase to the UN's
relief chief paragraphs later. The quotation has no cue and no source of its own, but the
article says who said those words: the echo is that speaker's, with the confidence of the
statement it repeats. Only quotations of three words or more are matched, word for word
(case, punctuation and quote marks aside), so a title or a nickname in quote marks that a
speaker happens to use in passing is not enough unless the words are the same; a quotation
whose every word is capitalised is a title ("Face the Nation", "War On Drugs"), not words
anyone said. Only a quotation of the headline or the lede (the short lines that open the
article and its first paragraph) is an echo: further down, the writer repeating a phrase a
statement already gives (a scare quote, a pull quote set on a line of its own) adds a second
record of the same words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Attribution, Span
from .candidate import overlaps
from .direct import QuoteIndex, _strip_inner

MIN_WORDS = 3
LEDE_LINES = 5  # at most: a kicker, a headline, a dek, a byline and the first paragraph
PARAGRAPH_WORDS = 12  # a line of as many words is a paragraph, no headline's
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("\u2019", "'") for w in _WORD.findall(text))


def _title(words: list[str]) -> bool:
    """Every word of four letters or more capitalised: 'Face the Nation', 'War On Drugs'."""
    long = [w for w in words if len(w) > 3]
    return bool(long) and all(w[0].isupper() for w in long)


def lede_end(text: str) -> int:
    """The offset where the article's headline lines (the first line, however long, then short
    lines: a dek, a byline) and its first paragraph end: the end of the first line after the
    headline that holds ``PARAGRAPH_WORDS`` words or more, or of the ``LEDE_LINES``-th line."""
    at, seen = 0, 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end]
        if line.strip():
            seen += 1
            if seen == LEDE_LINES or (seen > 1 and len(_WORD.findall(line)) >= PARAGRAPH_WORDS):
                return end
        at = end + 1
    return len(text)


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def echoed_quotes(text: str, records: tuple[Attribution, ...], quotes: QuoteIndex) -> tuple[Attribution, ...]:
    """New records for the quotations no record holds whose words a sourced record quotes.

    The nearest such record wins, a later one first (a headline announces, the body tells);
    the echo takes its speaker, affiliation and kind of speaker, and never a cue or source.
    """
    spoken = [r for r in records if r.speaker and r.source is not None and r.parent is None]
    if not spoken:
        return ()
    held = [(c.start, c.end) for r in records for c in r.contents]
    quoted: list[tuple[Attribution, tuple[str, ...]]] | None = None  # (read at the first quotation that can echo)
    echoes: list[Attribution] = []
    number = 1 + max((int(r.id[1:]) for r in records if r.id[1:].isdigit()), default=0)
    lede = lede_end(text)
    for q in quotes.quotes:
        if q.start >= lede:
            break  # (the quotations are in text order)
        span = _strip_inner(text, (q.start, q.end))
        if any(overlaps(span, h) for h in held):
            continue
        written = _WORD.findall(text[span[0] : span[1]])
        if len(written) < MIN_WORDS or _title(written):
            continue
        words = _words(text[span[0] : span[1]])
        if quoted is None:
            quoted = [(r, _words(" ".join(c.text for c in r.contents))) for r in spoken]
        found = [r for r, said in quoted if _holds(said, words)]
        if not found:
            continue
        later = [r for r in found if r.contents[0].start > span[1]]
        source = min(later, key=lambda r: r.contents[0].start) if later else max(found, key=lambda r: r.contents[0].start)
        echoes.append(
            replace(
                source,
                id=f"a{number}",
                kind="direct",
                source=None,
                cue=None,
                contents=(Span.of(text, *span),),
                medium=None,
                relayed_by=None,
                confidence=round(source.confidence * 0.9, 3),
                parent=None,
            )
        )
        held.append(span)
        number += 1
    return tuple(echoes)


def told_in_the_body(text: str, records: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """A headline's quotation that names its speaker by a role ("'We were too slow': Veltro CEO
    on the recall") is the person's whom the body quotes in the same words ('"We were too slow,"
    she said', she Ingrid Solberg): the headline announces, the body tells. Its cue and source stay."""
    line_end = text.find("\n")
    if line_end < 0:
        return records
    out = list(records)
    for i, head in enumerate(records):
        if head.kind != "direct" or head.parent is not None or head.source is None or not head.contents or (
                head.contents[-1].end > line_end):
            continue
        words = _words(" ".join(c.text for c in head.contents))
        if len(words) < MIN_WORDS:
            continue
        told = [r for r in records if r.speaker_kind == "person" and r.speaker and r.speaker != head.speaker
                and r.parent is None and r.contents and r.contents[0].start > line_end
                and _holds(_words(" ".join(c.text for c in r.contents)), words)]
        if told and (head.speaker is None or head.speaker not in (told[0].speaker or "")):
            body = told[0]
            out[i] = replace(head, speaker=body.speaker, speaker_kind=body.speaker_kind, affiliation=body.affiliation)
    return tuple(out)
