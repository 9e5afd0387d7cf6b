"""Verbs that are cues only beside a quotation: 'He continued, "..."', '"...," he continued.'
(``quote_verbs.txt``; and 'She went on: "..."', before it only); ``direct.attach_quotes`` then
gives the candidate the quotation. And the topic a cue names before a quotation it introduces
with a colon ('described the mood: "..."')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .candidate import Candidate
from .carried_displays import carried_display
from .kids import children_of, rights_of
from .lexicon import Lexicon
from .line_colons import closes_its_line
from .syntax import FINITE_TAGS, cue_span, source_span, subtree_span


def quote_verb(lex: Lexicon, text: str, verb: Token, colon_only: bool = False) -> Candidate | None:
    """'He continued, "..."' / '"...," he continued.': a verb that is a cue only beside a
    quotation (``attach_quotes`` then gives it the quotation); with ``colon_only``, any cue verb
    closing its line with a colon ('The report found:', ``line_colons``)."""
    doc = verb.doc
    start = verb.i + 1
    if verb.lemma_.lower() == "go":  # 'She went on: "..."' (to go on is to continue; only before a quotation)
        start += 1
        nxt = doc[verb.i + 1 : verb.i + 2]  # (empty when 'go' ends the text: 'I can't let you go')
        if not (nxt and nxt[0].lower_ == "on" and nxt[0].dep_ == "prt" and doc[start : start + 1].text in (",", ":")):
            return None
    start = _past_extent(doc, start)  # 'The statement read in part: "..."'
    after = doc[start : start + 2]
    if colon_only and not closes_its_line(verb, start):
        return None
    if len(after) == 2 and (after[0].text in (",", ":") and after[1].text in OPEN_MARKS or closes_its_line(verb, start)):
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    elif verb.lower_ in ("read", "reads", "reading") and after and after[0].text in OPEN_MARKS:
        # 'Placards read "Stop the cuts"': the words a thing written or carried shows (not 'He read "Hamlet"');
        # 'carried banners reading "X"' its carrier's (``carried_displays``)
        subject = carried_display(lex, verb, OPEN_MARKS, DISPLAYS) or next((
            c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i and (
                c.lemma_.lower() in DISPLAYS or c.lemma_.lower() in lex.written_nouns)), None)
    else:
        # the quotation (the parser's clausal complement) ends open right before the cue
        # clause, and the verb takes nothing after it ('the rain continued to fall' is no cue)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        inverted = verb.i >= 2 and doc[verb.i - 1].text in _CLOSE_MARKS and doc[verb.i - 2].text in (",", "?", "!", "\u2014")
        if inverted and (subject is None or subject.i < verb.i):
            # '"...," reads one entry in my notebook': the parser may read the subject after the cue as its object
            subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "dobj") and c.left_edge.i == verb.i + 1), subject)
        first = min(verb.i, subject.left_edge.i) if subject is not None else verb.i
        if (subject is None or first < 2 or doc[first - 1].text not in _CLOSE_MARKS
                or doc[first - 2].text not in (",", "?", "!", "\u2014")
                or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i > verb.i and c.i != subject.i and not (
                    inverted and c.dep_ == "prep" and c.i > subject.i) for c in children_of(verb))):
            return None  # (after the inverted subject, a phrase of its own: '"...," reads one entry from 2009')
    if subject is None or subject.lower_ in lex.subjectless:
        return None
    slogans = _slogans(text, verb) if verb.lower_ in ("read", "reads", "reading") else []
    cand = Candidate(
        cue=cue_span(verb),
        source=source_span(text, subject),
        contents=slogans if len(slogans) > 1 else [],
        source_token=subject.i,
    )
    cand.verb = verb.i
    return cand


def _past_extent(doc: Doc, start: int) -> int:
    """Past the words that say how much of a text is quoted ('read in part: "..."', 'continued, in full,
    "..."'), which stand between a cue and its quotation as a comma does."""
    at = start + 1 if doc[start : start + 1].text == "," else start
    if doc[at : at + 2].text.lower() in _EXTENTS:
        return at + 2
    return start


def quoted_phrasal(lex: Lexicon, verb: Token) -> bool:
    """'Another user weighed in: "..."': a verb that is a cue with a particle, the particle right after
    it (the parser may read it as an adverb), then a colon or a comma and an opening quotation mark;
    the cue waits for the quotation as a verb of saying does."""
    doc, after = verb.doc, verb.i + 1
    particle = doc[after] if after < len(doc) and doc[after].head.i == verb.i and doc[after].dep_ in ("prt", "advmod") else None
    return (particle is not None and particle.lower_ in lex.phrasal.get(verb.lemma_.lower(), ()) and after + 2 < len(doc)
            and doc[after + 1].text in (",", ":") and doc[after + 2].text in OPEN_MARKS)


def _slogans(text: str, verb: Token) -> list[tuple[int, int]]:
    """What a placard reads: every slogan joined to the first ('Placards read "A" and "B"')."""
    shown = next((c for c in rights_of(verb) if c.dep_ in ("xcomp", "ccomp", "dobj", "oprd") and c.left_edge.i <= verb.i + 2),
                 None)
    if shown is None:
        return []
    return [m.span(1) for m in _SLOGAN.finditer(text, verb.doc[verb.i + 1].idx, subtree_span(shown)[1])]


def topic_before_quotation(text: str, verb: Token, content: list[tuple[int, int]]) -> bool:
    """'The steward described the mood on the picket line: "Nobody is going back."', 'explains
    why the appeal matters: "..."': an object or a question-word clause closed by a colon and a
    quotation names what the quotation is about; the quotation is what was said (a clause with a
    verb of its own is said too: 'said the plan would fail: "It is doomed"'). Of the first span."""
    end = content[0][1]
    rest = text[end : end + 6].lstrip()
    if rest[:1] != ":" or not rest[1:].lstrip().startswith(OPEN_MARKS):
        return False
    span = verb.doc.char_span(content[0][0], end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].lower_ in _QUESTION_WORDS or not any(t.tag_ in FINITE_TAGS for t in span)


_SLOGAN = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]+?)[,.!?]?[\"\u201d]")
_QUESTION_WORDS = frozenset(["why", "how", "what", "where", "when", "who"])
#: things that show words to whoever sees them ('One placard read "..."', 'waved flags reading "..."')
DISPLAYS = word_set("attribution/display_nouns")
#: how much of a text a quotation gives
_EXTENTS = frozenset(["in part", "in full"])
OPEN_MARKS = ('"', "\u201c", "\u2018", "``", "''")
_CLOSE_MARKS = ('"', "\u201d", "''")
