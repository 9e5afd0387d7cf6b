"""Who a figure is attributed to.

First choice: the innermost attribution (``doc._.sourcebook_attributions``) whose content
holds the figure. When none does (or the attribution extractor has not run), a small
fallback of our own: a reporting verb governing the figure ("X said that 50 died"), the one who
counted what they saw ("Nurses saw 212 cases", ``counters``), a
nominal report ("reports of 440 killed"), the speaker of the quotation the figure sits in
(cue after or before the quote, or a continuation of the previous quote), and "according
to X" in the sentence. It only reads the parse and the Attribution records, never the
attribution extractor's internals.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from ...model import Attribution, Span
from ..quotes import CLOSING, OPENING, quote_regions
from .aims import aimed
from .circumstances import in_circumstance
from .contest_results import contest_result
from .context import Context, context
from .counters import counter
from .deeds import deed_content, deed_object
from .prices import price_charged
from .released import released_matter
from .respondents import opens_source, pollster

__all__ = ["Sources"]

_NAME_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE", "FAC"))
_SUBJECTS = ("nsubj", "nsubjpass")
_REPORTS_BEFORE = re.compile(r"\breports?\s+(?:of|that)\s+(?:[\w,'’-]+\s+){0,3}$", re.IGNORECASE)
_SENT_END = frozenset((".", "!", "?"))
_REACH = 2000


class Sources:
    """Per-Doc attribution lookup for figures (build once per Doc)."""

    def __init__(self, doc: Doc, text: str, attributions: tuple[Attribution, ...], ctx: Context | None = None) -> None:
        self.doc = doc
        self.text = text
        self.attributions = attributions
        self.quotes = quote_regions(self.text)
        self._quote_starts = [q[0] for q in self.quotes]
        self._quote_index: dict[tuple[int, int], int] = {}
        for i, quote in enumerate(self.quotes):
            self._quote_index.setdefault(quote, i)
        self.ctx = ctx or context()
        self._contents = _content_index(doc, attributions, self.ctx.cue_nouns)
        #: the resolved speaker of each attribution's source, by where the source starts
        self._speaker_at = {att.source.start: att.speaker for att in attributions if att.source and att.speaker}
        #: the sources' spans by start: a number inside one describes the source ('according to a
        #: survey of 2,000 adults', 'said Lena Marsh, 24'), the writer's words, according to no one
        self._sources = sorted({(att.source.start, att.source.end) for att in attributions if att.source})
        self._source_starts = [s[0] for s in self._sources]
        self._content_starts = [entry[0] for entry in self._contents]
        self._longest = max((entry[2] - entry[0] for entry in self._contents), default=0)
        #: candidate contents looked at by ``find`` (a test counts them: near-linear, never figures x contents)
        self.examined = 0
        self._quote_speaker: dict[int, str | None] = {}
        self.last_speaker: str | None = None
        self._according = _according_regex(self.ctx.according_to)

    def find(self, start: int, end: int, anchor: Token, clip: tuple[int, int],
             skip: str | None = None) -> tuple[str | None, str | None]:
        """(according_to, attribution id) for the figure at ``start:end``; ``clip`` is its
        sentence cut to its paragraph (the parser runs headlines into the next line); ``skip``:
        a speaker whose contents do not count ("Donors pledged $45m, the ministry said": the
        donors' pledge is what they did, the ministry's the report of it)."""
        # a content span is one paragraph's worth: trust it only up to a line break, so only
        # contents that start on the figure's line (and are long enough to reach its end) are
        # candidates; the contents are sorted by start, so these are one slice of them
        at = bisect_right(self._source_starts, start) - 1
        in_source = at >= 0 and end <= self._sources[at][1]
        if in_source and not opens_source(self.text, self._sources[at][0], start):
            return None, None
        line_start = self.text.rfind("\n", 0, start) + 1
        lo = bisect_left(self._content_starts, max(line_start, end - self._longest))
        hi = bisect_right(self._content_starts, start)
        quote = self._quote_of(start, end)
        best = None
        for c_start, order, c_end, att_id, name, anchor_span in self._contents[lo:hi]:
            self.examined += 1
            if end > c_end or name == skip:
                continue
            # only a quotation continues a statement into a paragraph without its cue
            if anchor_span is not None and quote is None and "\n" in self.text[
                    min(anchor_span.start, c_start):max(anchor_span.end, c_start)]:
                continue
            size = c_end - c_start
            if best is None or (size, order) < best[0]:  # the smallest; on a tie the first written
                best = ((size, order), att_id, name)
        if in_source:  # "One in five voters say X, according to Y": the share is Y's finding (``respondents``)
            return (best[2], best[1]) if best is not None else (pollster(self.doc, *self._sources[at]), None)
        if best is not None:
            return best[2], best[1]
        speaker = self._governing_cue(anchor, clip, quote)
        if speaker is None and quote is None and (seen := counter(anchor, clip)) is not None:
            speaker = self._name(seen)  # "Nurses at Kellbrook Hospital saw 212 cases": who counted them
        if speaker is None and _REPORTS_BEFORE.search(self.text[max(clip[0], start - 80):start]):
            speaker = "unspecified reports"
        if speaker is None and quote is not None:
            speaker = self._speaker_of_quote(self._quote_index[quote])
        if speaker is None and quote is None:
            speaker = self._according_to(clip)
        return speaker, None

    # -- quotations ------------------------------------------------------------------
    def _quote_of(self, start: int, end: int) -> tuple[int, int] | None:
        i = bisect_right(self._quote_starts, start) - 1
        if i >= 0 and self.quotes[i][0] <= start and end <= self.quotes[i][1]:
            return self.quotes[i]
        return None

    def _speaker_of_quote(self, index: int) -> str | None:
        """The speaker named at the quote (cue after or before it, or "according to" in its
        line), else the speaker of the quote it continues (same paragraph, or the previous
        paragraph when it opens its own), up to a few quotes back."""
        chain = []
        speaker = None
        for back in range(index, max(-1, index - 6), -1):
            if back in self._quote_speaker:
                speaker = self._quote_speaker[back]
                break
            chain.append(back)
            q_start, q_end = self.quotes[back]
            speaker = self._cue_near(q_end, after=True) or self._cue_near(q_start, after=False)
            if speaker is None:
                speaker = self._according_to(self._line(q_start))
            if speaker is not None or back == 0 or not self._continues(back):
                break
        for done in chain:
            self._quote_speaker[done] = speaker
        return speaker

    def _continues(self, index: int) -> bool:
        """True when quote ``index`` continues the previous one."""
        q_start = self.quotes[index][0]
        prev_end = self.quotes[index - 1][1]
        between = self.text[prev_end + 1:q_start]
        if len(between) > 600:
            return False
        line_start = self._line(q_start)[0]
        opens_paragraph = not self.text[line_start:q_start].strip()
        return "\n" not in between or (opens_paragraph and between.count("\n") <= 3 and "\n" not in between.strip())

    def _line(self, char: int) -> tuple[int, int]:
        """The line around ``char`` (at most ``_REACH`` characters each way)."""
        lo = max(0, char - _REACH)
        start = self.text.rfind("\n", lo, char) + 1 or lo
        end = self.text.find("\n", char, char + _REACH)
        return start, min(len(self.text), char + _REACH) if end < 0 else end

    def _cue_near(self, char: int, after: bool) -> str | None:
        """A reporting verb outside the quote, in its line, right after it closes or
        before it opens, within the sentence."""
        line_start, line_end = self._line(char)
        lo, hi = (char + 1, min(line_end, char + 200)) if after else (max(line_start, char - 200), char)
        if lo >= hi:
            return None
        span = self.doc.char_span(lo, hi, alignment_mode="contract")
        if span is None or not len(span):
            return None
        tokens = list(span) if after else list(reversed(span))
        for tok in tokens[:14]:
            punct = tok.text in _SENT_END or tok.text in OPENING or tok.text in CLOSING or tok.text == '"'
            if punct and (tok.text in _SENT_END or tok.i != tokens[0].i):
                break
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in self.ctx.cue_verbs:
                subject = _subject_of(tok, (line_start, line_end))
                if subject is not None and self._quote_of(subject.idx, subject.idx + 1) is None:
                    return self._name(subject)
        return None

    # -- the parse -----------------------------------------------------------------
    def _governing_cue(self, anchor: Token, clip: tuple[int, int], quote: tuple[int, int] | None) -> str | None:
        """The subject of a reporting verb (or a nominal report) that governs the figure."""
        tok = anchor
        for _ in range(12):
            head = tok.head
            if not (clip[0] <= head.idx < clip[1]):
                return None
            if quote is not None and not (quote[0] <= head.idx < quote[1]):
                return None
            lemma = head.lemma_.lower()
            if head.pos_ == "NOUN" and lemma in self.ctx.report_nouns and tok.dep_ in ("prep", "pobj", "acl", "relcl"):
                return self._nominal_source(head)
            # not 'charges 24.6%' (a price, ``prices``), 'conceded 14 goals' (a result, ``contest_results``) nor
            # 'conceded after trailing by 9,300 votes' (when, not what, ``circumstances``), nor a verb of its own
            # joined to the cue ('admitted the charges and was fined $2.5m': what befell the subject, not what it said),
            # nor what a verb of releasing lets out ('the leaks released 120,000 tonnes of gas', ``released``)
            held = _through(head, tok, anchor)
            if head.pos_ in ("VERB", "AUX") and lemma in self.ctx.cue_verbs and tok.dep_ not in (
                    "nsubj", "nsubjpass", "csubj") and not (held.dep_ == "conj" and held.pos_ == "VERB") and \
                    not price_charged(head, tok) and not released_matter(head, held, self.ctx.cue_nouns) and \
                    not deed_object(head, held, self.ctx.cue_nouns) and \
                    not contest_result(head, held, anchor, self.ctx) and not in_circumstance(head, held, self.ctx):
                if any(c.dep_ == "auxpass" for c in head.children):
                    # 'X is accused of taking 2 million': the subject is who it is said of; the
                    # source is the agent ('by prosecutors'), or no one named
                    agent = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                    return self._name(agent) if agent is not None else None
                subject = _subject_of(head, clip) or self._entity_before(head, clip)
                if subject is not None and (quote is None or quote[0] <= subject.idx < quote[1]):
                    return self._name(subject)
            if head.i == tok.i:  # the root read as its own head: every step after would read it the same way
                return None
            tok = head
        return None

    def _entity_before(self, verb: Token, clip: tuple[int, int]) -> Token | None:
        """A parse without a subject for the cue ("..., reporting that"): the nearest name
        before it in the clipped sentence."""
        for i in range(verb.i - 1, -1, -1):
            tok = self.doc[i]
            if tok.idx < clip[0]:
                return None
            if tok.ent_type_ in ("ORG", "PERSON") and self._quote_of(tok.idx, tok.idx + 1) is None:
                return tok
        return None

    def _nominal_source(self, noun: Token) -> str | None:
        for child in noun.children:
            if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN"):
                return self._name(child)
        return "unspecified reports"

    def _according_to(self, clip: tuple[int, int]) -> str | None:
        match = self._according.search(self.text, clip[0], clip[1])
        if match is None:
            return None
        span = self.doc.char_span(match.end(), min(match.end() + 1, clip[1]), alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span[0]
        while head.dep_ in ("compound", "amod", "det", "poss", "nmod") and head.head.i != head.i and head.head.i > head.i:
            head = head.head
        return self._name(head)

    def _name(self, tok: Token) -> str | None:
        if tok.pos_ == "PRON":
            if tok.idx in self._speaker_at:  # 'she' as the speaker resolver resolved her
                return self._speaker_at[tok.idx]
            if tok.lower_ in ("i", "we", "us", "me", "you") or tok.tag_ in ("WDT", "WP"):
                return None  # no one, or a relative pronoun whose antecedent the parse does not give
            return self.last_speaker or tok.text
        if tok.lower_ in self.ctx.speaker_stop or tok.lower_ in self.ctx.time_units or tok.like_num:
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
                if child.dep_ in ("compound", "amod", "poss", "case") and child.i == left - 1:
                    left = child.i
            name = tok.doc[left:tok.i + 1].text
            for child in tok.rights:  # (and a noun's body or place of work: 'Nurses at Kellbrook Hospital')
                if child.dep_ == "prep" and (child.lower_ in ("of", "for") and tok.pos_ == "PROPN" or child.lower_ == "at"
                                             and any(g.pos_ == "PROPN" for g in child.subtree)):
                    name = tok.doc[left:child.right_edge.i + 1].text
                    break
        name = without_article(name)
        if not name:
            return None
        self.last_speaker = name
        return name


def _content_index(doc: Doc, attributions: tuple[Attribution, ...],
                   cue_nouns: frozenset[str]) -> list[tuple[int, int, int, str, str, Span | None]]:
    """(start, order, end, attribution id, speaker, cue or source) of every content span of an
    attribution with a speaker, sorted by start; ``order`` is the span's place in the
    attributions as written (ties between equally small contents go to the first). An aim's
    contents report no figure ('The city aims to cut emissions by 55%', ``aims``), nor a deed's object ('demanded a
    ransom of $4m', ``deeds``)."""
    entries = []
    order = 0
    for att in attributions:
        name = _speaker_name(att)
        if name is None or aimed(doc, att) or deed_content(doc, att, cue_nouns):
            continue
        anchor_span = att.cue or att.source
        for content in att.contents:
            entries.append((content.start, order, content.end, att.id, name, anchor_span))
            order += 1
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    return entries


def _speaker_name(att: Attribution) -> str | None:
    """The attribution's speaker (else its source as written) without its article; None when it has neither or
    the name runs over a line break (not a name)."""
    name = att.speaker or (att.source.text if att.source else None)
    if not name or "\n" in name or not any(ch.isalpha() for ch in name):
        return None
    return without_article(name)


def without_article(name: str) -> str:
    """A source's name as a figure gives it: without a leading 'the' ('the county' -> county, 'The Office for Pricing'
    -> Office for Pricing), whether the parse or the attribution named it, so one source reads one way."""
    return re.sub(r"^(?:the|The)\s+", "", name).strip()


def _through(head: Token, tok: Token, anchor: Token) -> Token:
    """The child of ``head`` the walk up from ``anchor`` came through: ``tok``, or, when the walk meets a root verb
    again as its own head, the child whose subtree holds the figure."""
    if tok.i != head.i:
        return tok
    return next((c for c in head.children if c.left_edge.i <= anchor.i <= c.right_edge.i), tok)


def _subject_of(verb: Token, clip: tuple[int, int]) -> Token | None:
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and clip[0] <= c.idx < clip[1]]
        if subjects:  # a name before a role noun ("the engineer Paul Mensah" parses as two)
            named = [c for c in subjects if c.ent_type_ in _NAME_LABELS]
            return (named or subjects)[-1] if named else min(subjects, key=lambda c: abs(c.i - verb.i))
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


#: phrases of the ``according_to`` lexicon that also make rates
_RATE_WORDS = frozenset(("per",))
#: a name then a noun of its own is a rate's base, not a source ("£3 per Tube journey", "per NHS patient")
_NAMED_BASE = (r"(?-i:[\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s+(?!(?:and|or|but|said|says|on|in|at|for|to|of|with|by|from|"
               r"as|which|who|data|figures|estimates|calculations|analysis|records|reports|polling|numbers)\b)[a-z])")


def _according_regex(phrases: frozenset[str]) -> re.Pattern:
    """'according to X', 'per X', 'citing X'. "per" also makes rates ("5 per cent", "per head"):
    it names a source only before a determiner or a name ("per the ministry", "per Reuters"), not a
    name with a noun after it ("per Tube journey")."""
    def alternation(words) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(words, key=len, reverse=True)) or "(?!)"

    body = alternation(p for p in phrases if p not in _RATE_WORDS)
    rate = alternation(p for p in phrases if p in _RATE_WORDS)
    return re.compile(rf"\b(?:{body})\s+|\b(?:{rate})\s+(?=(?:the|a|an|its|their|his|her)\s|"
                      rf"(?-i:[A-Z])(?!{_NAMED_BASE}))", re.IGNORECASE)
