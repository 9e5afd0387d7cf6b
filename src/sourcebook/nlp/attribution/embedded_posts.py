"""A social post embedded in a page, as its scraped text carries it: the post's words, then the line that
signs it. An X or Bluesky embed signs with a dash, the account's name, its handle in brackets and a date
('We will not back down. pic.twitter.com/abc — Dana Reyes (@danareyes) March 3, 2026'), on the
post's own line or on the line after it; an Instagram embed with 'A post shared by Dana Reyes (@danareyes)'
under its caption; a Facebook embed with 'Posted by Harbour Police on Monday, June 1, 2026'. The post is the
account holder's statement: its source the name before the handle (the handle when no name is given), its
cue the signature's dash, or its 'A post shared by' / 'Posted by', and its content the post's words, without
the links and the page's prompts closing them ('pic.twitter.com/...', 'https://t.co/...', 'SIGN UP FOR OUR
NEWSLETTER'), the emoji closing it ('Home. See you Saturday' and two hearts; its hashtags stay, as PolNeAR has them) or
the embed's own label ('View this post on Instagram'). No verb of saying is there for the rules to find, and a report
inside the post is nested in it. An outlet's post is left to the rules (a news desk's post is its story's
headline and link, relaying others' words: 'Mayor reportedly quits https://... — Harbour Times (@harbourtimes)'), as
'according to' an outlet is a relay (``build._fold_outlet_credits``). Another candidate's content that runs on over
the signature line ends before it: the signature is no one's words.

Not a dash before a name with no handle in brackets and no date after it (a quotation signed '"X" - Name'
is ``direct._dash_source``'s, a headline's 'X - Minister' ``dash_sources``'), nor a handle inside a sentence
('Follow her at (@danareyes) for updates'), nor a credit ('— Reporting by Dana Reyes (@danareyes)'), nor a
signature under the page's first line, its title, which is an author's byline ('Port to close' then '— Dana
Reyes (@danareyes) March 3, 2026', or 'Posted by admin on March 3, 2026'), nor a Facebook signature under words
that do not end a sentence (a blog's heading)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from .candidate import SPEECH, Candidate, trim_content
from .lexicon import Lexicon
from .name_fringes import EMOJI
from .speakers import is_outlet

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: the date an embed's signature closes with ('March 3, 2026', '3 March 2026', '2026-03-03', '... at 9:12 AM')
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}\S*)"
         r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?")
#: '— Name (@handle) Date' closing a line or standing as one (a markup tag may close it: '...</tweet>')
_SIGNED = re.compile(
    rf"(?:^|(?<=[ \t\u00a0]))(?P<cue>[\u2014\u2013]|--?)[ \t\u00a0]*(?:(?P<name>[^\n()@<>\u2014\u2013]{{1,60}}?)[ \t\u00a0]+)?"
    rf"\((?P<handle>@[A-Za-z0-9_][\w.\-]*)\)[ \t\u00a0]*(?:{_DATE})?[ \t\u00a0]*(?=\n|<|$)", re.MULTILINE)
#: Instagram's caption signature, a line of its own
_SHARED = re.compile(r"^(?P<cue>A post shared by)[ \t\u00a0]+(?:(?P<name>[^\n()@]{1,60}?)[ \t\u00a0]*)?"
                     r"\((?P<handle>@[A-Za-z0-9_][\w.\-]*)\)[ \t\u00a0]*$", re.MULTILINE)
#: Facebook's, a line of its own: 'Posted by Name on [Weekday,] Date'
_POSTED = re.compile(rf"^(?P<cue>Posted by)[ \t\u00a0]+(?P<name>[^\n()@]{{1,60}}?)[ \t\u00a0]+on[ \t\u00a0]+"
                     rf"(?:[A-Z][a-z]+day,?[ \t\u00a0]+)?{_DATE}[ \t\u00a0]*$", re.MULTILINE)
#: what a page leaves closing a post's words: its links, a photo's link, a newsletter prompt in capitals
_TAIL = re.compile(r"(?:\s+|^)(?:pic\.twitter\.com/\S*|https?://\S*|(?:SIGN UP|SUBSCRIBE)[A-Z ]*)\s*$")
#: the emoji closing a post, no words of it
_DECOR = re.compile(rf"\s*[{EMOJI}]+\s*$")
#: a display name inside the blanks and emoji around it ('Ray Dunn' and a flag is Ray Dunn)
_FRINGED = re.compile(rf"[\s{EMOJI}]*(.*?)[\s{EMOJI}]*$", re.DOTALL)
#: an embed's label above its caption, no words of the account holder
_LABELS = ("View this post on Instagram", "View on Instagram", "View this post on Facebook")
_TAG = re.compile(r"\s*<[^<>\n]*>")


def embedded_posts(
    lex: Lexicon, doc: Doc, text: str, cands: list[Candidate], sentence_of: Callable[[int], int],
) -> list[Candidate]:
    """``cands`` with a candidate for each embedded post (see the module), those running over a signature cut."""
    if "(@" not in text and "Posted by" not in text:
        return cands
    found, signatures = [], []
    for pattern in (_SIGNED, _SHARED, _POSTED):
        for m in pattern.finditer(text):
            post = _post(doc, text, m, sentence_of)
            if post is None:
                continue
            line_end = text.find("\n", m.start())
            signatures.append((m.start(), len(text) if line_end < 0 else line_end))
            if not (post.source and is_outlet(text[slice(*post.source)], lex)):
                found.append(post)
    if not signatures:
        return cands
    kept = []
    for cand in cands:
        if cand.cue and any(s <= cand.cue[0] < e for s, e in signatures):
            continue  # (a cue read inside the signature line)
        for s, _ in signatures:
            cut = [trim_content(text, a, s) if a < s < b else (a, b) for a, b in cand.contents]
            cand.contents = [c for c in cut if c is not None]
        if cand.contents or not cand.cue:
            kept.append(cand)
    return kept + found


def _post(doc: Doc, text: str, m: re.Match, sentence_of: Callable[[int], int]) -> Candidate | None:
    """The post a signature ``m`` closes, None when no words stand before it."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    start, end = line_start, m.start()
    tag = _TAG.match(text, start, end)
    if tag is not None:
        start = tag.end()  # (a markup tag opening the embed: '<tweet author="@x">X — Name (@x) Date</tweet>')
    if not text[start:end].strip():
        if line_start == 0:
            return None
        end = line_start
        while end > 0 and not text[text.rfind("\n", 0, end - 1) + 1 : end].strip():
            end = text.rfind("\n", 0, end - 1) + 1  # (past blank lines)
            if end <= 0:
                return None
        start = text.rfind("\n", 0, end - 1) + 1
        if start == 0:
            return None  # (the title: a byline under it)
    words = text[start:end].rstrip()
    while (tail := _TAIL.search(words) or _DECOR.search(words)) is not None and tail.start() < len(words):
        words = words[: tail.start()].rstrip()
    if words.strip() in _LABELS or len(words.split()) < 2:
        return None
    if m.group("cue") == "Posted by" and words[-1] not in ".!?\"'\u201d\u2019":
        return None  # (a blog post's heading)
    stop = start + len(words)
    for label in _LABELS:  # (the label opening the caption's line)
        if words.lstrip().startswith(label):
            start = text.index(label, start) + len(label)
    piece = trim_content(text, start, stop)
    if piece is None:
        return None
    source = _source(m)
    if source is None:
        return None
    head = doc.char_span(*source, alignment_mode="expand")
    return Candidate(cue=(m.start("cue"), m.end("cue")), source=source, contents=[piece], nature=SPEECH,
                     source_token=head[-1].i if head is not None and len(head) else None,
                     sentence=sentence_of(m.start("cue")), confidence=0.85, unjudged=True)


def _source(m: re.Match) -> tuple[int, int] | None:
    """The account's name, or its handle when the signature gives no name."""
    if m.group("name") and re.search(r"\bby\b", m.group("name"), re.IGNORECASE):
        return None  # (a credit: 'Reporting by Dana Reyes (@danareyes)')
    inner = _FRINGED.match(m.group("name") or "")
    if inner is not None and inner.group(1):
        return m.start("name") + inner.start(1), m.start("name") + inner.end(1)
    return m.span("handle")
