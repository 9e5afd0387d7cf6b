"""A content ending on a noun that 'and' or 'or' joins to a clause of how, whether or what: 'will come on the show
to talk about the harbour and how dredging could change it', 'was asked about the closures and whether more would
follow', 'argued over rents and about how to cap them'. The parser hangs the clause's verb on a verb outside the
content (the cue's, or the sentence's), so the content stops at the noun; the clause is a second topic of the same
report, and PolNeAR's content runs over both. A gerund joined so goes on with a topic after 'about', 'on' or 'over'
('spoke about the budget and cutting waste'). Not a clause with a subject before the joining word's clause ('and
how' opens it), nor words past the comma that closes it ('..., but the host moved on'), nor a clause or gerund that
is the subject of a verb after it ('talked about the menu and how much it cost was never said', 'spoke about the
novel and cutting two chapters upset fans': the sentence's own clause, no second topic)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .char_spans import words_in
from .kids import children_of

#: words that open a clause naming a topic ('and how X', 'and whether Y')
_WH = frozenset(["how", "whether", "what", "why", "where", "when"])
#: prepositions of a topic, after which a gerund goes on with the noun ('about X and cutting Y')
_TOPIC_PREPS = frozenset(["about", "on", "over"])


def topic_pair_end(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` run on over a how/whether clause (or a gerund after a topic) joined to its last noun."""
    words = words_in(doc, *span, "contract")
    if words is None or not len(words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return span
    i = words.end
    if i + 2 >= len(doc) or doc[i].lower_ not in ("and", "or"):
        return span
    first = doc[i + 2] if doc[i + 1].lower_ == "about" else doc[i + 1]
    if first.lower_ in _WH:
        verb = _clause_verb(first)
    elif first.tag_ == "VBG" and first.i == i + 1 and not words.start <= first.head.i < words.end and (
            words.root.dep_ == "pobj" and words.root.head.lower_ in _TOPIC_PREPS):
        verb = first
    else:
        return span
    if verb is None or verb.dep_ in ("csubj", "csubjpass"):
        return span
    last = verb.right_edge
    stop = next((t for t in doc[first.i : last.i + 1] if t.text in (",", ";", ":")), None)
    if stop is not None:
        last = doc[stop.i - 1]
    while last.i > first.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]  # (the sentence's full stop, hung on the clause's verb)
    if stop is None and _subject_of_next(doc, verb.right_edge):
        return span
    return (span[0], last.idx + len(last)) if last.i > first.i else span


def _subject_of_next(doc: Doc, edge: Token) -> bool:
    """Whether a finite verb follows the clause ending at ``edge`` with no subject of its own before it, so that
    the clause is that verb's subject ('and how much it cost was never said')."""
    if edge.i + 1 >= len(doc):
        return False
    nxt = doc[edge.i + 1]
    if nxt.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    verb = nxt if nxt.dep_ not in ("aux", "auxpass") else nxt.head
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < nxt.i and c.i > edge.i for c in children_of(verb))


def _clause_verb(word: Token) -> Token | None:
    """The verb of the clause ``word`` opens, with no subject before ``word``."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < word.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < word.i for c in children_of(verb)):
        return None
    return verb
