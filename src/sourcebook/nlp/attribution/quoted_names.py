"""Quotation marks around a name, not around anyone's words: a title or a product's name
('halted sales of the thriller "Night Freight"', 'is recalling "Ocean Crunch Chips"'). Such a
span neither makes a report mixed nor is a quotation a cue can take (``build`` reads the kind
and the quotations' owners without it). Words a speaker gives a thing stay quoted ('the bill
was "Dead On Arrival"', 'branded the report "Fake News"', 'repeated "Law and Order"')."""

from __future__ import annotations

from spacy.tokens import Doc

from ..quotes import Quote
from .lexicon import Lexicon
from .tables import text_of
from .work_titles import work_title

#: the small words a title writes in lower case ('The Lord of the Rings')
_MINOR = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by", "vs", "de"])
#: the places of a name beside a noun, or of a verb's or a preposition's object
_NAME_PLACES = frozenset(["dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj", "compound", "nmod"])
_OPENERS = frozenset(['"', "\u201c", "\u2018", "'", "``", "\u00ab"])
MAX_WORDS = 6


def quoted_name(doc: Doc, quote: Quote, lex: Lexicon) -> bool:
    """A closed quotation of up to six Title-Cased words (the small words of a title aside)
    with no punctuation of a clause inside, set right after a common noun ('the thriller "Night
    Freight"') or the object of a verb that makes, sells or withdraws a thing (``name_objects``:
    'is recalling "Ocean Crunch Chips"'), before the noun it names ('its "Fjordcrest" mark') or as the
    subject opening a reported clause ('said that "Salt Harbor" was created by X'), or, whatever its parse, after
    the noun of a work (``work_titles``: 'the film "Tell Me No Lies"'); not what a verb of ``describe`` calls its
    object ('branded the report "Fake News"', 'refers to the US as the "Great Satan"')."""
    if not quote.closed:
        return False
    # (a Token only for a short quotation: each of its written words holds a word of letters of the span)
    written = text_of(doc)[quote.start : quote.end].split()
    if len(written) > MAX_WORDS and sum(any(ch.isalpha() for ch in w) for w in written) > MAX_WORDS:
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    end = span.end
    while end > span.start and doc[end - 1].text in (",", "."):
        end -= 1  # 'the thriller "Night Freight," the publisher said': the sentence's comma
    span = doc[span.start : end]
    words = [t for t in span if any(ch.isalpha() for ch in t.text)]
    if not 1 <= len(words) <= MAX_WORDS or any(t.text in ",.;:!?" or t.is_quote for t in span):
        return False
    if not words[0].text[0].isupper() or any(
            not t.text[0].isupper() and t.lower_ not in _MINOR and not t.text[0].isdigit() for t in words):
        return False  # 'called it "a disgrace"': a phrase of the speaker's
    if doc[span.start - 1].is_sent_start or span[0].is_sent_start:
        return False  # '"Night Freight" sold 40,000 copies, the publisher said': a content opening with it
    root = span.root
    if root.dep_ == "poss" and end < len(doc) and doc[end].tag_ == "POS" and doc[end].text in ("'", "\u2019"):
        possessor = True  # "new 'Upfront Fare' system": the closing single mark read as a possessive's
    else:
        possessor = False
    mark = doc[span.start - 1]
    before = doc[span.start - 2] if mark.is_quote or mark.text in _OPENERS else mark
    if root.dep_ not in _NAME_PLACES and not possessor:
        return work_title(lex, span, before)  # (not 'the bill was "Dead On Arrival"': what the speaker says it is)
    named = root.head if root.dep_ in ("appos", "compound", "nmod", "conj", "poss") else root
    if named.dep_ in ("dobj", "oprd") and named.head.lemma_.lower() in lex.describe or named.head.lower_ == "as":
        return False  # 'branded the report "Fake News"', 'refers to the US as the "Great Satan"': what it is called
    if before.pos_ == "NOUN":
        return True
    if (root.dep_ in ("compound", "nmod") or possessor) and named.pos_ == "NOUN" and named.i in (end, end + 1, end + 2) \
            and named.i > root.i:
        return True  # 'its "Fjordcrest" mark', 'the "Blue Line" project': a name before the noun it names
    opens = before.lower_ == "that" and before.dep_ == "mark" or root.head.dep_ == "ccomp" and before.i == root.head.head.i
    if root.dep_ in ("nsubj", "nsubjpass") and opens and root.head.i >= end:
        return True  # 'has said that "Salt Harbor" was created by X': a name opening the reported clause as its subject
    return root.dep_ == "dobj" and root.head.lemma_.lower() in lex.name_objects
