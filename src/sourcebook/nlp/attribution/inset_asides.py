"""Inset asides: a cue clause set off by commas or dashes inside the sentence it reports, with words
of its own after the cue that say whom it was said to, when, where or how ('The plan, he told
reporters on Friday, is dead.', 'The cost, the minister explained at the hearing, was never known.',
'Rents, as one adviser pointed out in an interview, will rise.'). The parser reads such a clause in
many ways (the sentence's root with the rest hung on it, a relative clause on the noun before it, a
clause beside the verb after it); the words between the marks are the same: the cue, its subject and
what hangs on the cue with no clause of its own. What stands around it is what was said
(``asides.parenthetical``). Not an act with an object that is no addressee ('Sales, as the company
added 400,000 subscribers, rose'), a time clause ('The town, when he arrived, was quiet'), a clause
of the cue's own ('The plan, he said after it failed, was dead'), nor the writer's or the reader's
aside ('The rebels, as I write, are shelling the town', 'Prices, as you know, are high')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..sentences import sentence_of
from .candidate import trim_content
from .comments import in_quotation
from .kids import children_of
from .lexicon import Lexicon
from .syntax import finite, last_word
from .tables import text_of, words_of

#: what sets an inset clause off: a comma or a dash
MARKS = frozenset([",", "\u2014", "\u2013", "-", "--"])

#: what may hang on the cue inside the clause besides its subject: auxiliaries, adverbs, a particle, a
#: phrase of time, place, manner or medium ('at the hearing', 'on Friday', 'last week')
_OWN = frozenset(["aux", "neg", "advmod", "prt", "prep", "npadvmod", "punct"])
#: what the one addressed may be, after a verb of telling ('told reporters', 'told me')
_ADDRESSED = frozenset(["dobj", "dative"])
#: an 'as' aside of the writer or the reader is narration ('as I write', 'as you know')
_WRITER_AND_READER = frozenset(["i", "we", "you"])


def inset_clause(lex: Lexicon, verb: Token) -> tuple[int, int] | None:
    """(the index of the clause's opening mark, that of its closing mark) when ``verb`` heads a cue
    clause set off inside its sentence, with words before the opening mark and after the closing
    one; None for any other verb."""
    doc = verb.doc
    sent = sentence_of(verb)
    if not finite(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        return None
    subject = max((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is None or subject.tag_ in ("WP", "WDT"):
        return None  # ('Lee, who told reporters, "..."': a relative clause)
    first = subject.left_edge.i
    as_mark = first > sent.start and doc[first - 1].lower_ == "as" and doc[first - 1].head.i == verb.i
    if as_mark:
        if subject.lower_ in _WRITER_AND_READER:
            return None
        first -= 1
    opening = first - 1
    if opening <= sent.start or doc[opening].text not in MARKS:
        return None
    closing = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in MARKS), None)
    if closing is None or closing >= last_word(verb):
        return None  # a cue clause ending its sentence ('X, he told reporters.'): ``asides._before_final_cue``
    if (doc[opening].text == ",") != (doc[closing].text == ","):
        return None  # a pair of commas or of dashes sets a clause off ('X, they complain - and Y': no pair)
    if first <= verb.head.i < closing and verb.head.i != verb.i:
        return None
    told = _lemma(lex, verb) in lex.addressee_verbs
    for token in doc[first:closing]:
        if token.i == verb.i or token.i == subject.i or as_mark and token.i == first:
            continue
        if token.head.i == verb.i:
            if token.dep_ not in _OWN and not (told and token.dep_ in _ADDRESSED and token.i > verb.i) and not (
                    token.dep_ == "dobj" and token.lower_ in lex.speech_idioms.get(_lemma(lex, verb), ())):
                return None  # a clause or an object of the cue's own ('as the company added 400,000 subscribers';
                # not the word of an idiom of saying, 'as one aide put it')
            if token.dep_ == "advmod" and token.tag_ == "WRB":
                return None  # 'The town, when he arrived, was quiet'
        elif not first <= token.head.i < closing or token.head.i == token.i:
            return None  # a word of the clause hung outside it: no clause set off
        elif token.pos_ in ("VERB", "AUX") and token.i > verb.i:
            return None  # 'he said after it failed': a clause of its own
    if _opener(verb, doc[sent.start : opening]) or not _clause_goes_on(lex, doc[closing + 1 : sent.end]):
        return None
    return None if in_quotation(text_of(doc), verb.idx) else (opening, closing)


def _opener(verb: Token, before: Span) -> bool:
    """Whether the words before the clause are a clause of time, reason or manner opening the cue's
    own clause, what the cue clause is the main clause of ('As the crowd cheered, she told X, ...',
    'Asked about it, he told reporters, ...'); not a phrase, which may open the report ('On Friday,
    the mayor told reporters, the council would vote')."""
    tops = [t for t in before if not before.start <= t.head.i < before.end or t.head.i == t.i]
    return any(top.pos_ in ("VERB", "AUX") and (top.tag_ in ("VBG", "VBN") or any(c.dep_ == "mark" for c in children_of(top)))
               or top.head.i == verb.i and top.dep_ in ("advcl", "mark") for top in tops)


def _clause_goes_on(lex: Lexicon, after: Span) -> bool:
    """Whether the words after the clause go on with a finite verb of their own, the rest of what was
    said ('..., is dead'), not a quotation the cue opens ('..., he told reporters, "We are done."'), a
    participle of the speaker's ('..., she told X, saying Y'), a clause of time or reason ('..., the
    mayor did not back it, even as critics called for X'), a noun phrase of the writer's on the
    report ('..., a poll finds, a result that surprised no one') nor a report of its own, which the
    clause set in it only dates ('The chair, as members jeered, said the vote would stand')."""
    first = next((t for t in after if not t.is_punct or t.is_quote), None)
    if first is None or first.is_quote or first.tag_ == "VBG":
        return False
    tops = [t for t in after if (finite(t) or _present_read_as_base(t))
            and (not after.start <= t.head.i < after.end or t.head.i == t.i)]
    return any(not any(c.dep_ == "mark" for c in children_of(t)) for t in tops) and not any(
        _lemma(lex, t) in lex.speech for t in tops)


def _present_read_as_base(verb: Token) -> bool:
    """A plural present the tagger read as a base form after the aside ('Taxes, as critics have
    pointed out, keep rising': 'keep' VB, the root or the cue's conjunct); not an infinitive."""
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj") and not any(c.dep_ in ("aux", "mark") for c in children_of(verb))


def held_around_an_aside(lex: Lexicon, verb: Token) -> tuple[Token, Token, int] | None:
    """'He worried, friends said, that funding was being cut': a verb of saying set off by
    commas between a belief or report with nothing of its own ('He worried') and a clause opened
    by 'that', which the parser hung on the aside's verb, or the aside on the clause ('She hoped,
    she said, that the vote would pass': 'said' beside 'pass'); (the belief's verb, the clause) for
    either verb, and where the clause's words start."""
    doc, top = verb.doc, verb.head
    if "that" not in words_of(doc).lower[top.left_edge.i : top.right_edge.i + 1]:
        # (either reading's 'that' stands under the verb's head: looked for in the words' list before the walks)
        return None
    aside = verb.head if verb.dep_ == "ccomp" and verb.i < verb.head.i else verb
    before = next((c for c in aside.lefts if c.dep_ == "ccomp" and _lemma(lex, c) in lex.cue_verbs
                   and c.right_edge.i == c.i and doc[c.i + 1].text == ","), None)
    after = next((c for c in aside.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
                  and doc[c.left_edge.i - 1].text == ","), None)
    if before is None or after is None:
        return _aside_on_the_clause(lex, verb)
    if _lemma(lex, aside) not in lex.speech or verb.i not in (before.i, aside.i):
        return None
    return before, after, after.left_edge.idx


def _aside_on_the_clause(lex: Lexicon, verb: Token) -> tuple[Token, Token, int] | None:
    """'She hoped, she said, that the vote would pass', the parser's cue of saying set beside the
    'that' clause of the belief before it: (the belief's verb, the clause) for either verb."""
    doc = verb.doc
    if verb.dep_ == "parataxis":
        aside, clause = verb, verb.head
    else:
        clause = next((c for c in verb.rights if c.dep_ == "ccomp"), verb)
        aside = next((c for c in clause.lefts if c.dep_ == "parataxis"), verb)
    before = clause.head
    mark = next((c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)  # (the aside is in its subtree)
    if clause.dep_ != "ccomp" or mark is None or not before.i < aside.i < mark.i:
        return None
    opening = before.i + 1
    subject = next((c for c in aside.lefts if c.dep_ == "nsubj"), None)
    if (doc[opening].text != "," or doc[mark.i - 1].text != "," or subject is None or subject.left_edge.i != opening + 1
            or _lemma(lex, aside) not in lex.speech or _lemma(lex, before) not in lex.cue_verbs):
        return None
    if any(t.head.i not in range(opening, mark.i) and t.i != aside.i for t in doc[opening + 1 : mark.i - 1]):
        return None  # (words of the aside hung outside it: no clause set off)
    return before, clause, mark.idx


def _lemma(lex: Lexicon, verb: Token) -> str:
    """The verb's lemma, or the lexicon's for a form the lemmatizer misread ('hoped' -> 'hop')."""
    return lex.verb_lemma(verb.lemma_.lower(), verb.lower_)


#: a dash that sets words off: an em or en dash, or a hyphen or a double one between spaces
_DASH = re.compile(r"\u2014|\u2013|\s--?\s")


def past_an_open_dash(text: str, piece: tuple[int, int]) -> tuple[int, int]:
    """The words before a cue clause set mid-sentence, from past a dash left open before them: what
    follows the dash is a clause apart, the one the cue clause is set in ('He had a rally that night -
    and the permit, his campaign said, was hard to get': 'and the permit'); not past a pair of dashes
    closed before the cue clause ('The plan - the third - was, he said, doomed')."""
    dashes = list(_DASH.finditer(text, *piece))
    if len(dashes) % 2 == 0:
        return piece
    return trim_content(text, dashes[-1].end(), piece[1]) or piece
