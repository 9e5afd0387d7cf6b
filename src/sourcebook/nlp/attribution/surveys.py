"""Polls as sources in a phrase with 'in': 'In a Gallup poll released Monday, 52 percent of
voters backed the plan', 'she fell to 10 percent in the latest CNN poll', 'X, in a survey by Y' (not
'she leads in the polls': polls in general are the writer's summary). The
poll (a noun of ``poll_nouns.txt`` tagged +in, or 'an average of polls') is the source, 'in' the
cue, the clause the phrase hangs on the content: what the poll shows, as 'according to a poll'
would say it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidate import ACCORDING, Candidate, trim
from .lexicon import Lexicon
from .phrases import set_off, sourced_clause
from .syntax import subtree_span

# what people do in a poll, which it does not report: 'took part in the survey', 'voted in the
# census', 'named in the poll' (lemmas of the verb the phrase hangs on)
_TAKING_PART = frozenset([
    "take", "participate", "answer", "respond", "reply", "interview", "ask", "question", "poll", "survey", "count",
    "include", "list", "name", "feature", "appear", "use", "publish", "release", "conduct", "cite", "find", "vote",
    "invest", "spend", "help", "work", "serve", "enrol", "enroll", "collect", "record",
])

# what a poll shows someone holding: 'has a lead in the polls', 'held second place in the survey'
_STANDINGS = frozenset(["lead", "edge", "advantage", "place", "position", "spot", "margin", "deficit", "rating", "support"])

# a plural poll's phrase that names whose polls they are: 'polls from Marist', 'surveys by X' (not
# 'polls behind the leaders', 'polls in Ohio')
_NAMING = frozenset(["from", "by", "for"])

_PARTICULAR = frozenset(["latest", "recent", "new", "newest", "last", "same", "earlier", "previous", "first", "second"])


def _particular(poll: Token) -> bool:
    """Whether the words of ``poll`` name one poll or a few: 'the latest CNN poll released
    Wednesday', 'a Gallup survey', 'recent polls from Quinnipiac and Fox News'. Polls in the
    plural name a few only by their pollster, their count, who made them or a participle of their
    own: 'she trails in several recent polls', 'has a lead in Ohio polls' is the writer's summary of
    the race, as 'in the polls' is, where 'in recent Gallup polls', 'in polls by Marist' and 'in two
    polls released Monday' name them (a place, 'Ohio', or 'recent' names none)."""
    if poll.tag_ == "NNS":
        return any(c.dep_ in ("acl", "nummod", "poss") or c.dep_ == "prep" and c.lower_ in _NAMING
                   or c.dep_ == "compound" and c.ent_type_ not in ("", "GPE", "LOC", "NORP", "DATE")
                   for c in poll.children)
    return any(c.dep_ in ("compound", "acl", "prep", "nummod", "poss") or c.dep_ == "amod" and c.lower_ in _PARTICULAR
               for c in poll.children)


def in_survey(lex: Lexicon, text: str, token: Token, sent: Span) -> Candidate | None:
    """The candidate of the poll noun ``token`` in a phrase with 'in', if it sources a clause."""
    poll = token
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ in ("average", "averages"):
        poll = prep.head  # 'in the RealClearPolitics average of New Hampshire polls'
        prep = poll.head
    if poll.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") and head.lemma_.lower() in _STANDINGS:
        head = head.head  # 'has a decisive lead in the polls': the standing the poll shows
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in _TAKING_PART:
        return None  # 'questions in the poll', 'took part in the survey'
    if not (head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT") or head.i < sent.start or head.i >= sent.end:
        return None  # 'pundits are shocked that he is leading in the polls': the pundits' clause
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in poll.children):
        # 'in our survey': the writer's own; 'Conabra estimated the crop at 54 million tonnes in its May
        # survey': the medium of the subject's own report
        return None
    lo, hi = trim(text, *subtree_span(prep))  # (the parser may hang the comma after it on the poll)
    if not set_off(text, sent, lo, hi) and (hi < head.idx or not _particular(poll)):
        # 'In polls taken since then Trump led': no comma closes the phrase; 'she is ahead in
        # the polls', 'his standing in national polls': polls in general, the writer's summary
        return None
    noun_start = subtree_span(poll)[0]
    source = trim(text, noun_start, hi)
    contents = sourced_clause(text, prep, sent, (prep.idx, hi), head)
    if not contents:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in head.doc.char_span(*contents[0], alignment_mode="expand") or ()):
        return None
    return Candidate(cue=(prep.idx, prep.idx + len(prep)), source=source, contents=contents, nature=ACCORDING,
                     source_token=poll.i)
