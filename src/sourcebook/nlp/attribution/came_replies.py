"""A quotation and the noun of a reply that 'came' after it: '"We'll see," came the reply.', '"Never," came the
answer from the back of the hall.', '"No," came the retort from the minister.' Also any noun of saying and a noun
that is a verb of saying or of speaking beside a quotation ('"Run!" came the shout from the ridge', '"Halt," came
the order'). The parser makes the noun the
subject of 'come' and hangs the quotation on the verb, so no verb of saying reports it; the noun and its verb are
the cue ('came the reply'), the quotation before them the content, and the 'from' phrase the source when it names
someone who can speak (not a place: 'from the back of the hall'; with none, the speaker is unknown). The
quotation opens its sentence ('the premiere of "Hamlet," came the response from critics' quotes a title). The
ranker's threshold does not judge these (``Candidate.unjudged``): its training data has hardly any, and without a
source its features read a record with no speaker as a weak one."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import SPEECH, Candidate, trim_content
from .lexicon import Lexicon
from .summed_quotes import came_from, summed_quote
from .syntax import first_child, source_like, source_span

#: nouns of a reply that 'comes'
_REPLIES = frozenset(["reply", "answer", "response", "retort", "rejoinder", "verdict"])
#: the marks that open and close a quotation
_OPENERS, _CLOSERS = "\"\u201c", "\"\u201d"
#: what may come before a reply's quotation: a sentence's end, a colon, a closing mark (or nothing)
_LEADS = ".!?:;\"\u201d\u2019)\u2014"


def came_reply(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """The report of the quotation closing right before 'came' (or 'comes') whose subject is ``noun``, a noun of a
    reply right after it (see the module's docstring); None when the words are not so. (A noun that is the attribute
    of 'be' after 'That' names the quotation before: ``summed_quotes``.)"""
    lemma = noun.lemma_.lower()
    if noun.dep_ == "attr":  # (a belief's noun too: '"X." That was the view of Y.')
        return summed_quote(lex, text, noun, _voiced(lex, lemma) or lemma in lex.belief_nouns)
    verb = noun.head
    if noun.dep_ == "nsubj" and noun.i < verb.i:  # ('"X." The warning came from Y.')
        return came_from(lex, text, noun, _voiced(lex, lemma) or lemma in lex.belief_nouns)
    if (noun.dep_ != "nsubj" or not _voiced(lex, lemma) or verb.lemma_.lower() != "come"
            or verb.i > noun.left_edge.i or verb.i < 2):
        return None
    before = text[: verb.idx].rstrip()
    if not before or before[-1] not in _CLOSERS:
        return None
    close = len(before) - 1
    if text[close - 1] not in ",?!.\u2014":
        return None  # ('the "green" came the reply' is no quotation of words)
    opened = max(text.rfind(mark, 0, close) for mark in _OPENERS)
    if opened < 0 or "\n" in text[opened:close]:
        return None
    lead = text[:opened].rstrip()
    if lead and lead[-1] not in _LEADS:
        return None  # ('After the premiere of "Hamlet," came the response': a title inside a sentence, no words said)
    piece = trim_content(text, opened + 1, close)
    if piece is None:
        return None
    source = None
    source_token = None
    # (on the noun, or on 'came' right after the noun: '"Run!" came the warning from the captain')
    prep = next((c for c in (*noun.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ == "from"
                 and (c.head.i == noun.i or c.i == noun.right_edge.i + 1)), None)
    pobj = first_child(prep, "pobj") if prep is not None else None
    if pobj is not None and source_like(lex, pobj):
        source, source_token = source_span(text, pobj), pobj.i
    end = noun.idx + len(noun)
    return Candidate(cue=(verb.idx, end), source=source, contents=[piece], nature=SPEECH,
                     source_token=source_token, confidence=0.6, unjudged=True)


def _voiced(lex: Lexicon, lemma: str) -> bool:
    """Whether ``lemma`` names words said: a reply's noun, a noun of saying ('warning'), or a noun that is a verb of
    saying or one that is a cue beside a quotation ('shout', 'cry', 'order')."""
    return lemma in _REPLIES or lemma in lex.speech_nouns or lemma in lex.speech or lemma in lex.quote_verbs
