"""Who a figure is attributed to.

First choice: the innermost attribution (``doc._.sourcebook_attributions``) whose content
holds the figure. When none does (or the attribution extractor has not run), a small
fallback of our own: a reporting verb governing the figure ("X said that 50 died"), a
nominal report ("reports of 440 killed"), the speaker of the quotation the figure sits in
(cue after or before the quote, or a continuation of the previous quote), and "according
to X" in the sentence. It only reads the parse and the Attribution records, never the
attribution extractor's internals.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from ..model import Attribution
from .figures_context import context

__all__ = ["Sources"]

_OPEN = "“\u201e«"
_CLOSE = "”»"
_NAME_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "FAC"))
_SUBJECTS = ("nsubj", "nsubjpass")
_ACCORDING = re.compile(r"\b(?:according\s+to|per|citing)\s+", re.IGNORECASE)
_REPORT_LEMMAS = frozenset(("report", "reports"))


class Sources:
    """Per-Doc attribution lookup for figures (build once per Doc)."""

    def __init__(self, doc: Doc, attributions: tuple[Attribution, ...]) -> None:
        self.doc = doc
        self.text = doc.text
        self.attributions = attributions
        self.quotes = _quote_regions(self.text)
        self._quote_starts = [q[0] for q in self.quotes]
        self._quote_speaker: dict[int, str | None] = {}
        self.last_speaker: str | None = None
        self.ctx = context()

    def find(self, start: int, end: int, anchor: Token, sent: Span) -> tuple[str | None, str | None]:
        """(according_to, attribution id) for the figure at ``start:end``."""
        best = None
        for att in self.attributions:
            for content in att.contents:
                if content.start <= start and end <= content.end:
                    size = content.end - content.start
                    if best is None or size < best[0]:
                        best = (size, att)
        if best is not None:
            att = best[1]
            name = att.speaker or (att.source.text if att.source else None)
            return name, att.id
        quote = self._quote_of(start, end)
        speaker = self._governing_cue(anchor, sent, quote)
        if speaker is None and quote is not None:
            speaker = self._speaker_of_quote(self.quotes.index(quote))
        if speaker is None:
            speaker = self._according_to(sent)
        return speaker, None

    # -- quotations ------------------------------------------------------------------
    def _quote_of(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect_right(self._quote_starts, start) - 1
        if i >= 0 and self.quotes[i][0] <= start and end <= self.quotes[i][1]:
            return self.quotes[i]
        return None

    def _speaker_of_quote(self, index: int) -> str | None:
        if index in self._quote_speaker:
            return self._quote_speaker[index]
        self._quote_speaker[index] = None  # guards against cycles
        q_start, q_end = self.quotes[index]
        speaker = self._cue_near(q_end, after=True) or self._cue_near(q_start, after=False)
        if speaker is None:
            speaker = self._according_near(q_start, q_end)
        if speaker is None and index > 0:
            prev_start, prev_end = self.quotes[index - 1]
            between = self.text[prev_end + 1:q_start]
            if between.count("\n") <= 2 and len(between.strip()) < 3:
                speaker = self._speaker_of_quote(index - 1)
        self._quote_speaker[index] = speaker
        return speaker

    def _sentence_at(self, char: int) -> Span | None:
        span = self.doc.char_span(char, min(char + 1, len(self.text)), alignment_mode="expand")
        if span is None or not len(span):
            return None
        return span[0].sent

    def _cue_near(self, char: int, after: bool) -> str | None:
        """A reporting verb outside the quote, in the sentence where it opens or closes."""
        at = char + 1 if after else char - 1
        if at < 0 or at >= len(self.text):
            return None
        sent = self._sentence_at(at)
        if sent is None:
            return None
        tokens = [t for t in sent if (t.idx > char if after else t.idx < char)]
        if not after:
            tokens.reverse()
        for tok in tokens[:12]:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.ctx.cue_verbs:
                subject = _subject_of(tok)
                if subject is not None and self._quote_of(subject.idx, subject.idx + 1) is None:
                    return self._name(subject)
            if after and tok.text in _OPEN:
                break
        return None

    def _according_near(self, q_start: int, q_end: int) -> str | None:
        for char in (q_start - 1, q_end + 1):
            if 0 <= char < len(self.text):
                sent = self._sentence_at(char)
                if sent is not None:
                    found = self._according_to(sent)
                    if found:
                        return found
        return None

    # -- the parse -----------------------------------------------------------------
    def _governing_cue(self, anchor: Token, sent: Span, quote: tuple[int, int] | None) -> str | None:
        """The subject of a reporting verb (or a nominal report) that governs the figure."""
        tok = anchor
        for _ in range(12):
            head = tok.head
            if head is tok or head.sent.start != sent.start:
                return None
            if quote is not None and not (quote[0] <= head.idx < quote[1]):
                return None
            lemma = head.lemma_.lower()
            if head.pos_ == "NOUN" and lemma in _REPORT_LEMMAS and tok.dep_ in ("prep", "pobj", "acl", "relcl"):
                return self._nominal_source(head)
            if head.pos_ in ("VERB", "AUX") and lemma in self.ctx.cue_verbs and tok.dep_ not in ("nsubj", "nsubjpass", "csubj"):
                subject = _subject_of(head)
                if subject is not None and (quote is None or quote[0] <= subject.idx < quote[1]):
                    return self._name(subject)
            tok = head
        return None

    def _nominal_source(self, noun: Token) -> str:
        for child in noun.children:
            if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN"):
                return self._name(child)
        return "unspecified reports"

    def _according_to(self, sent: Span) -> str | None:
        text = sent.text
        match = _ACCORDING.search(text)
        if match is None:
            return None
        char = sent.start_char + match.end()
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        tok = span[0]
        head = tok
        while head.dep_ in ("compound", "amod", "det", "poss", "nmod") and head.head is not head and head.head.i > head.i:
            head = head.head
        return self._name(head)

    def _name(self, tok: Token) -> str | None:
        if tok.pos_ == "PRON":
            if tok.lower_ in ("i", "we", "us", "me", "you"):
                return None
            return self.last_speaker or tok.text
        if tok.lower_ in self.ctx.speaker_stop:
            return None
        if tok.ent_type_ in _NAME_LABELS:
            first, last = tok.i, tok.i
            while first > 0 and tok.doc[first].ent_iob_ == "I":
                first -= 1
            while last + 1 < len(tok.doc) and tok.doc[last + 1].ent_iob_ == "I":
                last += 1
            name = tok.doc[first:last + 1].text
        else:
            left = tok.i
            for child in reversed(list(tok.lefts)):
                if child.dep_ in ("compound", "amod", "poss") and child.i == left - 1:
                    left = child.i
                elif child.dep_ == "case" and child.i == left - 1:
                    left = child.i
            name = tok.doc[left:tok.i + 1].text
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ in ("of", "for") and tok.pos_ == "PROPN":
                    name = tok.doc[left:child.right_edge.i + 1].text
                    break
        name = re.sub(r"^(?:the|The)\s+", "", name).strip()
        if not name:
            return None
        self.last_speaker = name
        return name


def _subject_of(verb: Token) -> Token | None:
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


_QUOTE_CHARS = re.compile('[\u201c\u201d\u201e\u00ab\u00bb"\n]')


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations: curly pairs, and straight quotes paired within
    a paragraph. An unclosed quotation runs to the end of its paragraph."""
    regions: list[tuple[int, int]] = []
    open_at = None
    straight_at = None
    for match in _QUOTE_CHARS.finditer(text):
        i, ch = match.start(), match.group()
        if ch in _OPEN:
            open_at = i
        elif ch in _CLOSE:
            if open_at is not None:
                regions.append((open_at, i))
                open_at = None
        elif ch == '"':
            if straight_at is None:
                straight_at = i
            else:
                regions.append((straight_at, i))
                straight_at = None
        else:  # a new paragraph closes what is still open
            for pending in (open_at, straight_at):
                if pending is not None:
                    regions.append((pending, i))
            open_at = straight_at = None
    for pending in (open_at, straight_at):
        if pending is not None:
            regions.append((pending, len(text)))
    regions.sort()
    return regions
