"""Asides: a cue clause set beside or after what it reports, with no complement of its own
('The plan, he said, is dead.', 'X is open, but it is under pressure, said its chief
executive.', 'As the pilot put it, Y'). The content is the sentence, or the clause, around
or before the cue clause, and the reason after a cue clause set mid-sentence ('X, Fields added, because Y').
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..sentences import sentence_of
from .argued_whiles import said_while
from .as_objects import as_object, from_the_as
from .candidate import trim_content
from .denials import agent_participle, denial_comma
from .fronted_conditions import fronted_condition
from .imperative_asides import aside_on_a_bidding
from .inset_asides import MARKS, inset_clause, past_an_open_dash
from .it_asides import empty_it
from .kids import children_of, lefts_of, rights_of
from .lexicon import Lexicon
from .opening_participles import after_opening_participle
from .root_asides import with_the_words_before
from .syntax import FINITE_TAGS, SUBJECTS, closes_quotation, finite, inverted_after_comma, last_word, past_a_colon, subtree_span
from .tables import text_of

Spans = list[tuple[int, int]]

#: an 'as' aside of the writer or the reader is narration ('as I write', 'as you know')
_WRITER_AND_READER = frozenset(["i", "we", "you"])


def _before_final_cue(text: str, verb: Token) -> tuple[int, int] | None:
    """'The plant is hanging on, but it is under pressure from imports, said its chief
    executive.' / '..., she said on Monday.': a finite cue clause that ends its sentence after
    a comma holds the clause before it, however the parser attached the cue (a conjunct of
    the first verb, an adverbial clause that swallowed half the sentence). The cue clause is
    the cue, its subject and what hangs on it after it (no clause, object, quotation or comma of
    its own); before the comma stands a main clause: a finite verb without a subordinating mark
    whose head is outside it ('Asked about the plan, the mayor said:', 'As the vote went
    on, she railed against it' and 'When I read, I argue' have none)."""
    # (a past tense the tagger read as a participle has its own subject and no auxiliary:
    # 'The deputy took bribes, prosecutors alleged in an indictment unsealed Wednesday')
    past = verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in children_of(verb)) and not any(
        c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    if not (finite(verb) or past) or verb.dep_ in ("relcl", "acl", "xcomp", "pcomp", "amod"):
        return None
    doc = verb.doc
    sent = sentence_of(verb)
    last = last_word(verb)
    # (a participle after a comma closing the sentence is the writer's: '..., the insurer said on
    # Monday, making it the costliest storm in a decade')
    tail = next((c for c in rights_of(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i
                 and doc[c.i - 1].text == "," and c.right_edge.i == last), None)
    last = tail.i - 2 if tail is not None else last
    after = doc[verb.i + 1 : last + 1]
    if any(t.is_quote or t.text == ":" or not _under(t, verb) or t.text == "," and t.head.i == verb.i for t in after):
        return None  # a quotation, a colon, or a comma closing the cue clause ('It was new, he said, to X')
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") and c.i > verb.i and not speaker_ending(c, last)
           for c in children_of(verb)):
        return None
    first = verb.i
    while first > sent.start and doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in ("aux", "neg", "advmod"):
        first -= 1  # 'has also said'
    inverted = inverted_after_comma(verb)
    subject = None if inverted else max((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i),
                                        key=lambda c: c.i, default=None)
    if subject is not None:  # the nearest: the parser may give the cue a subject of the clause before too
        if subject.right_edge.i not in (first - 1, first - 2):  # 'Ortiz, a spokesman, said'
            return None
        first = subject.left_edge.i
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return None
    before = doc[sent.start : first - 1]
    tops = [t for t in before if not before.start <= t.head.i < before.end or t.head.i == t.i]
    if inverted:
        # ', said Geert Wilders.' names its speaker after the cue: what stands before the comma
        # is what was said, even when the tagger read its verb as a noun ('the vote signals
        # X'); only a participle's clause is not ('Asked about the plan, said the mayor')
        if before[0].tag_ in ("VBN", "VBG"):
            return None
    elif not any(finite(t) and not _marked(t) for t in [*tops, *(_main_under(doc, t) for t in tops)] if t is not None):
        return None  # (nor 'When I read on paper, I argue with X': a time clause, 'When' read as its adverb)
    return trim_content(text, past_a_colon(text, sent.start_char, doc[first - 1].idx), doc[first - 1].idx)


def _marked(verb: Token) -> bool:
    """A clause opened by a subordinating mark or a 'when' / 'where' read as its adverb."""
    return any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i == verb.left_edge.i for c in children_of(verb))


def _main_under(doc, verb: Token) -> Token | None:
    """'As X spoke, a girl was hurt, police said': the main clause after a time clause's comma,
    which the parser hung on the time clause's verb (with a subject of its own)."""
    if not _marked(verb):
        return None
    return next((c for c in children_of(verb) if c.i > verb.i and c.dep_ in ("advcl", "ccomp") and c.left_edge.i > 0
                 and doc[c.left_edge.i - 1].text == "," and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))), None)


def inverted_aside(text: str, verb: Token) -> tuple[Token, Spans] | None:
    """'The bridge, said the engineer, is safe.': a cue clause set off by commas inside its
    sentence, its speaker right after the cue, holds the sentence around it. The parser may
    make the words before the cue its subject and the speaker its object; the speaker is the
    noun phrase after the cue up to the closing comma, and the content the words on both sides.
    None for any other cue clause."""
    doc = verb.doc
    sent = sentence_of(verb)
    if not finite(verb) or verb.i - 1 <= sent.start or doc[verb.i - 1].text != "," or verb.i + 1 >= sent.end:
        return None
    # the speaker: hung on the cue, or made the subject of the rest of the sentence
    # ('The vote, said Ann Moss, the union leader, was a betrayal': 'Moss' the subject of 'was')
    heads = [verb, *(c for c in rights_of(verb) if c.dep_ == "ccomp")]
    speaker = next((c for h in heads for c in children_of(h)
                    if c.dep_ in ("nsubj", "dobj") and c.left_edge.i == verb.i + 1), None)
    if speaker is None or any(c.dep_ == "xcomp" for c in children_of(verb)):
        return None
    if speaker.head.i != verb.i and not (speaker.pos_ in ("PROPN", "PRON") or speaker.ent_type_ in ("PERSON", "ORG")):
        return None  # '..., said their speeches would focus on X': the subject of a reported clause
    closing = speaker.right_edge.i + (0 if doc[speaker.right_edge.i].text == "," else 1)
    if closing >= sent.end - 1 or doc[closing].text != "," or not any(
            t.pos_ in ("VERB", "AUX") for t in doc[closing + 1 : sent.end]):
        return None  # ', said the engineer.' ends the sentence: see _before_final_cue
    if any(c.dep_ == "ccomp" and c.left_edge.i <= closing and c.i != speaker.head.i for c in children_of(verb)):
        return None  # 'X, said the mayor was wrong, ...': a clause of the cue's own
    # the aside splits a clause: its subject before the cue, its verb after ('The bridge, said
    # Ann, is safe'), or a clause after an opening word ('However, said Ann, the plan ...');
    # not 'Dever, a delegate, told POLITICO, "..."', where the words before are the cue's subject
    rest = next((t for t in doc[closing + 1 : sent.end] if t.dep_ not in ("advmod", "neg") and not t.is_punct), None)
    opening = all(t.pos_ in ("ADV", "CCONJ", "SCONJ", "PUNCT") for t in doc[sent.start : verb.i - 1])
    if rest is None or not (rest.tag_ in FINITE_TAGS or opening):
        return None
    pieces = [(sent.start_char, doc[verb.i - 1].idx), (doc[closing].idx + 1, sent.end_char)]
    if opening:
        pieces = pieces[1:]  # 'However,' is the writer's
    return speaker, [p for p in (trim_content(text, *p) for p in pieces) if p is not None]


def fronted_subject(verb: Token) -> Token | None:
    """'The airline, he told the Post, was following X', 'Lower inflation, he said, showed X':
    the subject of the reported clause opening the sentence, set off by a comma before the cue
    clause's own subject, which the parser hung on the cue as a bare 'dep', as a second subject
    ('The levy, the mayor told X, will pay Y'), as a phrase of time ('The quarry, he wrote, would
    close') or as a clause ('Most of the money, officials said, was spent': 'Most' read as an
    adjective's clause)."""
    doc = verb.doc
    subject = max((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    fronted = next((c for c in lefts_of(verb) if c.dep_ in _FRONTED and c.pos_ in ("NOUN", "PROPN")
                    or c.dep_ == "advcl" and c.tag_ == "JJS"), None)
    if subject is None or fronted is None or fronted.left_edge.i != sentence_of(verb).start:
        return None
    comma = fronted.right_edge.i + (doc[fronted.right_edge.i].text not in MARKS)  # (the mark the parser hung on it)
    return fronted if doc[comma].text in MARKS and comma + 1 == subject.left_edge.i else None  # (or a dash: 'X - he said - Y')


#: how the parser may hang the reported clause's subject on a cue set after it
_FRONTED = frozenset(["dep", "nsubj", "npadvmod"])


def _quote_after(verb: Token) -> bool:
    """A quotation opens right after the cue (past a comma or colon): it is what was said."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and (doc[i].text in (",", ":") or doc[i].head.i == verb.i and doc[i].dep_ == "advmod"):
        i += 1
    return i < len(doc) and doc[i].is_quote


def _under(token: Token, verb: Token) -> bool:
    return any(a.i == verb.i for a in token.ancestors)


def _after_colon(text: str, verb: Token) -> tuple[int, int] | None:
    """'The coach put it simply: the team was not fit.': a cue clause with a subject, ended by
    a colon, that the parser made a complement of the clause after the colon holds that
    clause."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or head.i < verb.i or not any(c.dep_ == "nsubj" for c in children_of(verb)):
        return None
    colon = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < head.i else None
    if colon is None or colon.text != ":" or colon.head.i != head.i:
        return None
    return trim_content(text, colon.idx + 1, subtree_span(head)[1])


def parenthetical(text: str, verb: Token, lex: Lexicon | None = None) -> Spans:
    """'The plan, he said, is dead.': the sentence around a cue clause that has no
    complement of its own; empty when the cue heads its sentence (a bare cue that a
    quotation may complete)."""
    found = with_the_words_before(_around(text, verb, lex), verb, lambda: _inset(text, verb, lex)) or _inset(text, verb, lex)
    # ('X - if the grab was bad, he said, why Y?': the words from past a dash left open)
    return [past_an_open_dash(text, p) if k == 0 and p[1] <= verb.idx else p for k, p in enumerate(found)]


def _inset(text: str, verb: Token, lex: Lexicon | None) -> Spans:
    """'The plan, he told reporters on Friday, is dead.': a cue clause set off inside its sentence with
    an addressee, a time or a place of its own, however the parser hung it (``inset_asides``), holds
    the words around it, as other asides do."""
    found = inset_clause(lex, verb) if lex is not None else None
    if lex is None or found is None:
        return []
    doc, sent = verb.doc, sentence_of(verb)
    opening = after_opening_participle(lex, verb, doc[found[0] + 1], sent)
    pieces = [(opening, doc[found[0]].idx)]
    rest = doc[found[1] + 1 : sent.end]
    if not (_comment_after(rest) or _participle_after(lex, verb, rest) or _circumstance_after(verb, rest)
            or _report_after(lex, verb, rest)):
        pieces.append((doc[found[1]].idx + 1, sent.end_char))
    return [p for p in (trim_content(text, *p) for p in pieces) if p is not None]


def _around(text: str, verb: Token, lex: Lexicon | None = None) -> Spans:
    final = _before_final_cue(text, verb)
    if final is not None:
        return [final]
    if verb.dep_ not in ("parataxis", "advcl", "ccomp") or verb.head.i == verb.i:
        return []
    after_colon = _after_colon(text, verb)
    if after_colon is not None:
        return [after_colon]
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb))
    # ('If X, the organisers said, Y': the opening clause is no part of the cue; a verb of saying, not 'When X, I thought Y')
    opened_by = fronted_condition(verb) if lex is not None and verb.lemma_.lower() in lex.speech else None
    if verb.dep_ != "parataxis" and verb.i < verb.head.i and not as_clause and not _fronted_report(verb) and opened_by is None:
        return []
    if as_clause and aside_on_a_bidding(verb):
        return []  # 'Take it exactly as your doctor has told you': a bidding, no statement (imperative_asides.py)
    if as_clause and lex is not None and said_while(lex, verb):
        return []  # 'called for order as members shouted', 'as they argued over X': when, no aside (sounded.py, argued_whiles.py)
    told = lex is not None and verb.lemma_.lower() in lex.addressee_verbs
    if as_clause and not told and any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ != "PRON" for c in children_of(verb)):
        # '..., as the company added 400,000 subscribers': an act with an object of its own, no
        # aside ('as the insurer put it', 'As Clinton told the Daily News, X' are)
        return []
    subject = (next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) or as_object(verb)  # (``as_objects``)
               or empty_it(verb))  # ('X, it is said, Y': the empty 'it' of a hedge, ``it_asides``)
    if subject is None and as_clause and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(verb)) and not (
            lex is not None and verb.head.lemma_.lower() in lex.speech):
        # 'As reported by the Herald, X': the agent is the source (verbs._passive_source); not the
        # relay of another's report ('"...," she said, as reported by the Herald')
        subject = verb
    if subject is None or as_clause and subject.lower_ in _WRITER_AND_READER:
        return []  # 'They are shelling the town as I write', 'as we speak', 'as you know': narration
    sent = sentence_of(verb)
    head = verb.head
    if verb.dep_ == "parataxis" and verb.i < head.i and head.pos_ in ("VERB", "AUX") and head.i != sent.root.i:
        # 'a choice they say allowed the fraud to spread', 'all of whom, she said, needed help':
        # a cue clause set inside a clause of the sentence holds that clause, not the sentence
        doc = verb.doc
        lo, hi = subtree_span(head)
        pieces = [(lo, doc[verb.left_edge.i].idx), (doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i]), hi)]
        return [p for p in (trim_content(text, *p) for p in pieces) if p is not None]
    start, end = from_the_as(verb, subtree_span(verb))  # ('X, as one of its members noted, Y': from the 'as')
    if opened_by is not None:
        start = opened_by.left_edge.idx
    fronted = fronted_subject(verb)
    if fronted is not None:  # 'Lower inflation, he said, showed X': the subject is the report's
        start = verb.doc[fronted.right_edge.i + 1 + (verb.doc[fronted.right_edge.i].text not in MARKS)].idx
    closing = next((c for c in rights_of(verb) if c.text == "," and c.i < verb.right_edge.i), None)
    if closing is not None:
        end = closing.idx + 1  # 'It was no different, he said, from X': the parser hangs 'from X' on 'said'
    # 'The trouble, as the pilot put it, is the fog': the parser may hang an 'as' aside on the
    # sentence's subject rather than its verb
    on_subject = as_clause and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.i == sent.root.i
    if verb.head.dep_ != "ROOT" and verb.head.i != sent.root.i and not on_subject:
        if as_clause and verb.head.pos_ in ("VERB", "AUX") and verb.left_edge.lower_ == "as" and not _quote_after(verb):
            # 'It does not help that X is a scare tactic, as Dayen noted': an 'as' aside of a
            # clause inside the sentence holds that clause
            doc = verb.doc
            lo, hi = subtree_span(verb.head)
            pieces = [(lo, start), (end, hi)]
            return [p for p in (trim_content(text, *p) for p in pieces) if p is not None]
        return []  # a cue deep inside another clause is no aside of the whole sentence
    if verb.left_edge.tag_ in ("WDT", "WP", "WRB", "IN") and verb.left_edge.i < verb.i and opened_by is None and not (
            as_clause and verb.left_edge.lower_ == "as"):
        return []  # 'hear what he was saying': a complement, not an aside ('As X noted, Y' is one)
    if not as_clause and any(c.dep_ == "mark" for c in children_of(verb)):
        return []  # '..., hours after prosecutors charged him': a time or reason, not an aside
    clause = next(t for t in verb.subtree if not t.is_punct and t.idx >= start)  # the cue clause's first word
    opening = after_opening_participle(lex, verb, clause, sent)  # not 'Asked about X,' before 'he said, "..."'
    before, after = text[opening : clause.idx].rstrip(" ,"), text[end : sent.end_char].lstrip(" ,\u2014-")
    # (the sentence may start inside the quotation, its opening mark left before it)
    opened = before.lstrip().startswith(_OPENING) or text[: sent.start_char].rstrip().endswith(_OPENING)
    if opened and before.endswith(_CLOSING) and (not any(m in after for m in _OPENING) or _quoted_word_after(sent, after)):
        # '"It is over," Ebeling said, and her husband cut in.': a quotation opening the
        # sentence and closed before the cue clause is what was said; the words after it, with
        # no quotation, are the writer's ('"It is over," he said, and "the town knows it"' is not),
        # as are a clause of the writer's set around a quoted word ('..., and "unfair" was the word used')
        return [(opening, start)] if opening < start else []
    rest = verb.doc.char_span(end, sent.end_char, alignment_mode="contract")  # the words after the cue clause
    if rest is not None and (_comment_after(rest) or lex is not None and _participle_after(lex, verb, rest)
                             or _circumstance_after(verb, rest)
                             or lex is not None and _report_after(lex, verb, rest)):
        return [(opening, start)] if opening < start else []
    return [p for p in ((opening, start), (end, sent.end_char)) if p[0] < p[1]]


# after the cue clause: a conjunction, a quotation and words of the writer's after its closing mark
_QUOTED_WORD = re.compile(r"(?:and|but|or),?\s+[\"\u201c\u2018\u00ab][^\"\u201d\u2019\u00bb]*[\"\u201d\u2019\u00bb](.*)$", re.S)


def _quoted_word_after(sent: Span, after: str) -> bool:
    """Whether ``after`` joins to the cue a clause of the writer's that opens with a quotation and
    goes on past it with a finite verb ('and "unsafe" was the word they used'), not the speaker's
    next quoted words ('and "the town knows it."', 'and "we will be back" next year')."""
    m = _QUOTED_WORD.match(after)
    if m is None:
        return False
    rest = sent.doc.char_span(sent.end_char - len(m.group(1)), sent.end_char, alignment_mode="contract")
    return rest is not None and any(t.tag_ in FINITE_TAGS for t in rest)


def _report_after(lex: Lexicon, verb: Token, after: Span) -> bool:
    """'The delay cost a month, Vasquez acknowledged, but he said the team would X': a verb of
    saying with a subject of its own joined to the cue after its closing comma is a report of its
    own (a record of its own), not more of what the cue clause set beside it said."""
    first = next((t for t in after if not t.is_punct), None)
    # (on the cue, or on the report it is set after: 'The plan is dead, the minister said, and she warned X')
    if first is None or first.dep_ != "cc" or first.lower_ not in ("and", "but") or first.head.i not in (verb.i, verb.head.i):
        return False
    if any(t.is_quote for t in after):
        return False  # '..., Strother said, but "we don't ask them X"': the speaker's own words go on
    return any(c.dep_ == "conj" and c.i > first.i and c.lemma_.lower() in lex.speech
               and any(g.dep_ in ("nsubj", "nsubjpass") and g.i > first.i for g in children_of(c))
               for c in children_of(first.head))


def _fronted_report(verb: Token) -> bool:
    """'Every Friday, the former executive told the Post, Fiorina would lead a meeting': a finite
    cue clause with its subject and no complement, closed by a comma before the sentence's verb,
    that the parser made an adverbial clause (one with 'when' or 'after' is one)."""
    doc = verb.doc
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.right_edge.i + 1 < verb.head.i
            and doc[verb.right_edge.i + 1].text == ","
            and any(c.dep_ == "nsubj" for c in children_of(verb))
            and not any(c.dep_ in ("mark", "ccomp", "xcomp") for c in children_of(verb)))


def _participle_after(lex: Lexicon, verb: Token, after: Span) -> bool:
    """'The deal could close in May, one person said, speaking on condition of anonymity' (or
    'asking not to be identified', 'declining to be named', 'citing X'): a participle of saying
    or refusing after the cue clause, hung on the cue, is the speaker's circumstance or another
    report of theirs, not more of what was said ('Russia is meddling, they say, imposing new
    restrictions' goes on with what was said)."""
    first = next((t for t in after if not t.is_punct), None)
    if first is None or first.tag_ != "VBG":
        return False
    if first.head.i < verb.i and any(t.lemma_.lower() in lex.anonymity_verbs for t in first.subtree):
        return True  # 'asking not to be identified because X', hung on the clause before the cue
    return first.head.i == verb.i and (first.lemma_.lower() in lex.cue_verbs or first.lemma_.lower() in lex.refusal_verbs)


def _circumstance_after(verb: Token, after: Span) -> bool:
    """'Water use will be capped, the authority said, after a dry spring': a phrase of time or
    cause after the cue clause, hung on the cue, is the writer's circumstance of the report."""
    first = next((t for t in after if not t.is_punct), None)
    # (or on the reported clause: the parser's choice, the sense is the same)
    return (first is not None and first.lower_ in _CIRCUMSTANCES and first.dep_ == "prep" and first.head.i <= verb.i
            and first.right_edge.i + 1 >= after.end - 1)


_CIRCUMSTANCES = frozenset(["after", "amid", "following", "despite", "before"])


def _comment_after(after: Span) -> bool:
    """'The strike goes ahead, the union said, a move that could close every port': a noun
    phrase after the cue clause set beside what comes before it is the writer's comment on
    the report, not more of it."""
    words = [t for t in after if not t.is_punct]
    if not words or words[0].pos_ != "DET":
        return False
    heads = [t for t in words if t.head.i < words[0].i or t.head.i == t.i]  # hung on words before it
    return len(heads) == 1 and heads[0].pos_ == "NOUN" and heads[0].dep_ in ("appos", "npadvmod", "dep")


_CLOSING = ('"', "\u201d", "''", "\u2019", "\u00bb")
_OPENING = ('"', "\u201c", "''", "\u2018", "\u00ab")


def clause_read_as_subject(verb: Token) -> list[tuple[int, int]]:
    """'The barrier held overnight, the agency said': the parser gave the cue two subjects,
    the first with the reported clause's verb read as its participle ('barrier held'); that
    subject's phrase, up to the comma before the cue's own subject, is what was said (none: []);
    so is a verbless report ending the sentence ('No arrests, police say.', its noun maybe a 'dep')."""
    subjects = [c for c in children_of(verb) if (c.dep_ == "nsubj" or c.dep_ == "dep" and _denied_noun(c)) and c.i < verb.i]
    if len(subjects) < 2:
        return []
    first, last = subjects[0], subjects[-1]
    comma = verb.doc[last.left_edge.i - 1]
    if comma.text != "," or first.right_edge.i + 1 != comma.i or first.left_edge.i != sentence_of(verb).start:
        return []
    if not any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in children_of(first)) and not (
            _denied_noun(first) and all(t.is_punct or t.is_space for t in verb.doc[verb.i + 1 : sentence_of(verb).end])):
        return []
    return [(first.left_edge.idx, comma.idx)]


def _denied_noun(noun: Token) -> bool:
    """'No arrests', 'no injuries': a noun that 'no' determines."""
    return noun.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ == "no" for t in noun.lefts)


def speaker_ending(obj: Token, last: int) -> bool:
    """'..., reported the Valley Courier.': the parser's object of a cue after a comma is its
    speaker when a name or a noun of someone ends the sentence with it and nothing else follows
    the cue."""
    verb = obj.head
    # (or the cue's own phrases after it: '..., warned Dravik Analytics in a note to clients.')
    occasions = [c for c in rights_of(verb) if c.i > obj.i and c.dep_ in ("prep", "npadvmod")]
    return (obj.dep_ == "dobj" and obj.left_edge.i == verb.i + 1 and max([obj.right_edge.i, *(
            c.right_edge.i for c in occasions)]) == last and not any(t.is_punct for t in verb.doc[obj.right_edge.i + 1 : last])
            and (obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG")) and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in SUBJECTS and c.i < verb.i for c in children_of(verb)))


def ends_with_its_speaker(lex: Lexicon, verb: Token) -> bool:
    """'The mayor noted that X, reported the Courier.': a verb of saying after a comma whose
    object is its speaker ending the sentence, which the parser hung on the report before it."""
    if verb.lemma_.lower() not in lex.speech:
        return False
    last = last_word(verb)
    return any(speaker_ending(c, last) for c in children_of(verb))


def apposed_denials(lex: Lexicon, doc, cands: list) -> None:
    """'The union said the airline had cut checks, a claim the airline denied': the writer sets
    a noun of saying after a comma and a cue on it; what that cue denies (rejects, disputes) is
    the clause before the comma, which the report before it no longer runs into; what 'X, which
    the rebels denied' denies is its 'which' (``denials``)."""
    text = text_of(doc)
    for cand in cands:
        if cand.verb is None:
            continue
        verb = doc[cand.verb]
        mark = denial_comma(lex, verb)
        if mark is None or doc[mark.i + 1].lower_ != "which" and (
                verb.doc[mark.i + 1 + closes_quotation(doc[mark.i + 1])].lower_ not in ("a", "an")):
            continue
        after = doc[mark.i + 1]  # (the end of a quotation the comma closes: 'its "final offer," a claim')
        if after.lower_ == "which":  # (as a relative report's: 'X, which they say left Y')
            cand.contents, cand.aside, cand.answers = [(after.idx, after.idx + len(after))], False, True
            continue
        comma = after.idx + len(after) if closes_quotation(after) else mark.idx
        noun = verb.head if verb.dep_ == "relcl" or agent_participle(verb) else verb
        apposed = max(subtree_span(noun)[1] if noun.i > mark.i else 0, subtree_span(verb)[1])
        sent = sentence_of(verb)
        claim = next(((s, e) for other in cands if other is not cand for s, e in other.contents
                      if s < comma and (comma <= e or not text[e:comma].strip())), None)  # (' — a charge')
        for other in cands:
            if other is not cand:  # (nor any piece of the apposition: 'X, an allegation the company rejects')
                other.contents = [c for c in (trim_content(text, s, min(e, comma)) if s < comma < e else (s, e)
                                              for s, e in other.contents if not comma <= s < apposed) if c is not None]
        found = trim_content(text, claim[0] if claim else sent.start_char, comma)
        if found is not None:
            cand.contents = [found]
            cand.aside, cand.answers = False, True


#: marks of a reason, a condition or a concession: the speaker's own grounds, not the writer's time of the report
_GROUNDS = frozenset(["because", "since", "although", "though", "unless", "if", "so"])


def grounds_after_the_cue(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """'Some boards believe the law does not apply to them, Fields added, because they regulate X': a
    reason, condition or concession after the cue clause's closing comma, with a subject of its own, that
    the parser hung on a cue set after its reported clause goes on with what was said (as when the cue is
    hung on the report: 'The law does not apply, Fields added, because X'); not one that reports words of
    its own ('..., Priebus said, though he added that X') nor the reporter's act ('though he referred X')."""
    doc = verb.doc
    if clause.i > verb.i or verb.dep_ not in ("ROOT", "parataxis"):
        return None
    found = next((c for c in rights_of(verb) if c.dep_ == "advcl" and doc[c.left_edge.i].lower_ in _GROUNDS
                  and doc[c.left_edge.i].dep_ == "mark" and doc[c.left_edge.i - 1].text == ","
                  and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in children_of(c))
                  and all(g.is_punct or g.is_space for g in rights_of(verb) if g.i > c.i)), None)
    if found is None or any(t.lemma_.lower() in lex.speech and t.pos_ == "VERB" for t in found.subtree):
        return None
    subject = next(g for g in children_of(found) if g.dep_ in ("nsubj", "nsubjpass", "expl"))
    if doc[found.left_edge.i].lower_ in ("though", "although") and subject.lower_ in ("he", "she", "they") and (
            found.lemma_ not in ("be", "have")):
        return None  # a concession about the reporter's act, in the writer's words (as ``narration.of_the_reporter``)
    return found


def credits_a_quotation(verb: Token) -> bool:
    """'She pledges to "make sure X works," as she put it': an 'as' aside right after a quotation
    that a verb before the quotation reports credits the words to the report's speaker, who said
    them (PolNeAR folds it into that report); not after a quotation opening its sentence ('"We
    are broke," as the mayor put it', the aside the only report)."""
    doc = verb.doc
    mark = next((c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    k = mark.i - 1 if mark is not None else -1
    k = k - 1 if k > 0 and doc[k].text == "," else k
    if k < 1 or not closes_quotation(doc[k]):
        return False
    start = sentence_of(verb).start
    opening = next((j for j in range(k - 1, start - 1, -1) if doc[j].is_quote), None)
    return opening is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[start:opening])
