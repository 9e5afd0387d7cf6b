"""A stance on something that it draws from its holders: 'The plan has drawn sharp criticism
from local unions', 'the mayor faced opposition from residents', 'the bill sparked complaints from
landlords', 'the ruling drew anger from parents', and one for it that the subject wins: 'the bill
won support from farmers' (not 'withheld support from X').

A noun of disapproval, approval or a feeling that is the object of a verb, with a 'from' phrase
(on the noun, or on the verb right after the noun's phrase) naming who can hold a view, is their
stance; what it is on is the noun's own 'for'/'over'/'about'/'on'/'of'/'to' phrase when it has
one ('criticism from the left over the deal'; an 'over' or 'about' phrase the parser hung on the holder
too, 'complaints from guests about the noise', no part of the holder's name), else the verb's subject, the one who faced it or
the thing that drew it, but not after a preposition of time or of what went on around ('opened an inquiry after
complaints from drivers': the subject acted on them). ``nouns.noun_cue`` reads no such noun: it takes the
governing verb's subject for the holder, and the verb here receives the stance ('faces'), so it
holds none. A verb that disputes the stance ('rejected criticism from X') makes it part of its
own report, and a phrase with no holder who can hold a view ('criticism from the start') is none.
The ranker's threshold does not judge these records (``Candidate.unjudged``): its features (a
short content before a noun cue, a source after it) drop nearly all of them, most of which are
right (on train 15 of 20 right when kept).
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .lexicon import Lexicon
from .nouns import CIRCUMSTANCE
from .set_adjectives import phrase_without_aside, reports_inside
from .support_senses import help_not_side, sought
from .syntax import first_child, source_like, source_span, span_of, subject_of

#: nouns of a stance against something, or of a feeling about it (lemmas): 'drew criticism from X',
#: 'sparked anger from X' alike (not 'backlash', 'applause': a crowd's stir)
_AGAINST = frozenset(["criticism", "opposition", "condemnation", "complaint", "objection", "rebuke", "anger", "outrage",
                      "concern"])
#: nouns of a stance for something: the holders' only when the verb's subject gets it ('won support from X'),
#: not when it gives it or keeps it from the one the 'from' phrase names ('withheld support from X')
_FOR = frozenset(["support", "praise", "endorsement"])
#: verbs of winning what others give, beside the lexicon's verbs of receiving
_WINNING = frozenset(["win", "gain", "garner", "get"])
#: the prepositions after the noun that name what the stance is on
_ON = frozenset(["for", "over", "about", "on", "of", "to"])
#: those of them the parser may hang on the holder instead, which are no part of its name ('from guests about X')
_HOLDERS_ON = frozenset(["over", "about"])


def drawn_criticism(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'The plan drew criticism from unions', 'she faced opposition from residents to the plan'."""
    lemma = noun.lemma_.lower()
    if lemma not in _AGAINST and lemma not in _FOR or noun.dep_ not in ("dobj", "pobj"):
        return None
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        governor = governor.head  # 'was subject to criticism from X'
    if governor.pos_ not in ("VERB", "AUX") or governor.lemma_.lower() in lex.disputing_verbs:
        return None
    if lemma in _FOR and governor.lemma_.lower() not in lex.receiving_verbs | _WINNING:
        return None  # ('withheld support from X': X does not hold it)
    holder = _from_holder(lex, noun, governor)
    if holder is None or lemma in _FOR and (sought(governor) or help_not_side(lex, noun, holder, subject_of(governor))):
        return None  # ('the festival won support from the lottery fund': money, not a side; ``support_senses``)
    source = source_span(text, holder)
    topic = _topic_phrase(noun)
    if topic is None and (topic := _topic_phrase(holder, _HOLDERS_ON)) is not None:
        source = (source[0], topic.head.idx)  # ('complaints from guests about the noise': the parser's 'about' on them)
    if topic is not None:
        span = phrase_without_aside(topic)
    else:
        if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE:
            return None  # 'The board opened an inquiry after complaints from drivers': it acted on them, no topic of theirs
        subject = subject_of(governor)
        if subject is None or subject.lower_ in lex.subjectless or subject.i > noun.i:
            return None
        span = phrase_without_aside(subject)
    piece = trim_content(text, *span)
    if piece is None or reports_inside(lex, noun.doc, piece):
        return None
    return Candidate(cue=span_of([noun]), source=trim_content(text, *source) or source, contents=[piece], nature=BELIEF,
                     source_token=holder.i, confidence=0.6, unjudged=True)


def _from_holder(lex: Lexicon, noun: Token, governor: Token) -> Token | None:
    """The object of the noun's 'from' phrase (right after it, or after its topic phrase), or of one
    the parser hung on the verb right after the noun's phrase ('drew anger from parents', read as
    'draw X from Y'), when it can hold a view."""
    after = noun.right_edge.i + 1
    for child in (*noun.rights, *(c for c in governor.rights if c.i == after)):
        if child.dep_ == "prep" and child.lower_ == "from":
            held = first_child(child, "pobj")
            return held if held is not None and source_like(lex, held) and held.ent_type_ not in ("DATE", "TIME") else None
    return None


def _topic_phrase(noun: Token, words: frozenset[str] = _ON) -> Token | None:
    """The object of the preposition right after the noun (or the holder) that names what the stance is on."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in words), None)
    return first_child(prep, ("pobj", "pcomp")) if prep is not None else None
