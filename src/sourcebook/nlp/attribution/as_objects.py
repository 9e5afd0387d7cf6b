"""Who speaks in an 'as' aside the parser read as a prepositional phrase.

'Fares, as one of the transit board's members pointed out, have doubled.' / 'As a clerk for the court
told us, the files were lost.' The parser may read 'as' as a preposition with the speaker as its
object ('as one'), and then hang the phrase on the verb of saying, whose subject becomes the noun
before the aside ('Fares'), or on that noun, leaving the verb with no subject at all. A preposition's
object does not stand right before a finite verb with nothing but its auxiliaries and adverbs
between: 'as' opens a clause there, and the noun phrase is the verb's subject. Only when 'as' opens
the sentence or stands after a comma, a dash or a bracket (an aside), and touches the noun phrase;
not 'as a result of the vote, fares rose' (a comma closes the phrase), 'as a child she said' (a
subject between), 'known as X', 'such as', 'as well as' (not set off).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .kids import children_of
from .tables import words_of

#: what may stand between the speaker and the verb: 'as several analysts have repeatedly pointed out'
_VERB_GROUP = frozenset(["aux", "auxpass", "neg", "advmod"])
_OPENERS = frozenset([",", "(", "—", "–", "-", "--"])
_NOMINAL = frozenset(["NOUN", "PROPN", "PRON", "NUM"])


def as_object(verb: Token) -> Token | None:
    """The object of an 'as' read as a preposition that stands right before ``verb`` in an aside ('X,
    as one of her aides noted, Y': 'one'), the verb's subject; else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    start = verb.i
    doc = verb.doc
    heads, deps = words_of(doc).head, words_of(doc).dep  # (the words' lists: no Token made for each word walked back)
    while start > 0 and heads[start - 1] == verb.i and deps[start - 1] in _VERB_GROUP:
        start -= 1
    if start < 2:
        return None
    end = doc[start - 1]  # the last word of the noun phrase, if any
    if "as" not in words_of(doc).lower[sentence_of(end).start : end.i]:
        return None  # (the 'as' stands before it in its sentence: looked for in the words' list before the parse is walked)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in children_of(verb)):
        return None  # a subject of its own after it: 'as noted, said the minister'
    obj = next((t for t in _heads_up(end) if t.dep_ == "pobj" and t.head.lower_ == "as" and t.right_edge.i == end.i), None)
    if obj is None or obj.pos_ not in _NOMINAL:
        return None
    marker = obj.head
    if marker.dep_ != "prep" or marker.i + 1 != obj.left_edge.i:
        return None
    return obj if marker.i == 0 or doc[marker.i - 1].text in _OPENERS or marker.is_sent_start else None


def _heads_up(token: Token) -> list[Token]:
    """``token`` and the words above it, up to the sentence's root (a few steps)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    return chain


def subject_before_the_aside(verb: Token) -> Token | None:
    """The noun phrase opening the sentence that the parser made ``verb``'s subject when it read
    the aside's 'as' as a preposition ('Fares, as one of its members pointed out, have doubled':
    'Fares'): the reported clause's subject, part of the content, set off by the comma before 'as'."""
    speaker = as_object(verb)
    if speaker is None:
        return None
    comma = speaker.head.i - 1
    return next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i + 1 == comma
                 and c.left_edge.i == sentence_of(c).start and c.pos_ in _NOMINAL), None)


def from_the_as(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The character span of ``verb``'s aside clause (``span`` its subtree's) widened back to its 'as'
    when the parser hung the 'as' phrase elsewhere ('Fares, as one of its members noted, have doubled':
    'as one of its members' on 'doubled'), so the speaker stays out of the words around the aside."""
    speaker = as_object(verb)
    return (speaker.head.idx, span[1]) if speaker is not None and speaker.head.idx < span[0] else span
