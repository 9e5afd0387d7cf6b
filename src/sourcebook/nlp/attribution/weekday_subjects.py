"""A subject the parser read as a compound on a bare weekday before its verb, mended in place before
the rules run (``mends``).

'Rivera Tuesday said the fund was empty': the parser may read 'Rivera Tuesday' as one name, its head
the weekday, and hang it on the verb as a phrase of time, so the verb has no subject and 'Rivera' is
lost. A weekday right before a verb that has no subject, with the words of a name or a noun phrase
before it hung on it as compounds, only says when the one named spoke or acted: the word right before
the weekday is the verb's subject (and the words before it hang on that word). ``weekday_appositions``
takes the weekday after a subject the parser did find ('The minister Friday said X'). Not a weekday
with words of its own ('Last Monday said it all').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import places, words_of
from .weekday_appositions import WEEKDAYS

#: the words of a name hung on the weekday ('Sen.', 'John' in 'Sen. John Rivera Tuesday')
_NAME_WORDS = frozenset(["compound", "det", "amod", "poss"])


def weekday_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make the name before each such weekday its verb's subject;
    none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in places(words.lower, WEEKDAYS, 0, len(words.lower)):  # (found in C: those words only)
        if i < 1 or words.dep[i] != "npadvmod" or words.head[i] != i + 1:
            continue  # (no Token made)
        verb = doc[i + 1]
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        name = doc[i - 1]
        if name.head.i != i or name.dep_ != "compound" or name.pos_ not in ("PROPN", "NOUN"):
            continue
        weekday = doc[i]
        words_before = [c for c in weekday.lefts if c.i != name.i]
        if any(c.dep_ not in _NAME_WORDS for c in words_before) or list(weekday.rights):
            continue
        heads[name.i], deps[name.i] = verb.i, "nsubj"
        for word in words_before:
            heads[word.i] = name.i
    return heads, deps
