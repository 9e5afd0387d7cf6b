"""The words of a question put to the speaker, which name no one a pronoun after them stands for.

'Asked whether the board would back Tom Hale, she said X' / 'Asked about her vote in the event that
Hale wins, she replied': a participle of asking that opens the sentence puts a question to the main
clause's subject; the people it names, as subjects or as sources of reports inside it ('Hale, who
has promised X'), are what was asked about, not the one who answers. The question runs from the
participle to the main clause's subject, read from the words' order and not from the tree (the
parser often hangs the question's last clause on the main verb: 'Asked whether he feared that Hale
could win, Ruiz demurred', 'could win' under 'demurred'). ``anaphora`` neither takes a name in it
for a later 'he' or 'she' nor makes a speaker in it the salient one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tables import places, words_of

if TYPE_CHECKING:
    from .index import ArticleIndex

#: participles that put a question to the one the main clause is about
_ASKING = frozenset(["asked", "pressed", "questioned", "quizzed"])
_SUBJECTS = ("nsubj", "nsubjpass")


def asked_words(index: ArticleIndex) -> frozenset[int]:
    """The offsets of every word of the questions that open a sentence with a participle of asking
    before the main clause's subject (once per article)."""
    known = getattr(index, "_asked_words", None)
    if known is not None:
        return known
    doc, words = index.doc, words_of(index.doc)
    offsets: set[int] = set()
    for k in places(words.lower, _ASKING, 0, len(words.lower)):  # (found in C: those words only)
        if words.tag[k] != "VBN" or words.dep[k] != "advcl":
            continue
        asked = doc[k]
        if not asked.is_sent_start:
            continue
        verb = asked.head
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i > k), None)
        if subject is None or not any(words.text[j] == "," for j in range(k + 1, subject.left_edge.i)):
            continue  # (the question set off by a comma before the one who answers)
        offsets.update(doc[j].idx for j in range(k + 1, subject.left_edge.i))
    index._asked_words = frozenset(offsets)  # type: ignore[attr-defined]
    return index._asked_words  # type: ignore[attr-defined]


__all__ = ["asked_words"]
