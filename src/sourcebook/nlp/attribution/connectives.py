"""The writer's connective that opens a sentence, before the reported words it holds: 'Meanwhile,
the city would lose $3 million, according to the budget office', 'Yet her government has held
talks, documents show', 'But the plan failed, he said'. It joins the sentence to the writer's
last one, so it is no part of what was reported (PolNeAR's contents mostly leave it out)."""

from __future__ import annotations

from spacy.tokens import Doc

#: sentence adverbs and conjunctions that tie a sentence to the one before it
CONNECTIVES = frozenset(["meanwhile", "yet", "but", "and", "however", "still", "instead", "nevertheless",
                         "nonetheless", "moreover", "furthermore", "separately"])
#: words after 'yet' or 'still' that make it an adverb of degree inside the clause ('Yet another delay')
_DEGREE = frozenset(["another", "more", "less", "fewer", "again", "further"])


def without_connective(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the connective (and its comma) that opens it when the span opens its sentence
    ('Meanwhile, the city would lose X' -> 'the city would lose X'); not one inside a quotation
    ('"But we will win," he said': the speaker's own 'But', after the quotation mark), nor one on a word
    of the clause, not its verb ('Still water is safer', 'Yet another delay is likely')."""
    first = doc.char_span(span[0], span[1], alignment_mode="contract")
    if first is None or len(first) < 3:
        return span
    word = first[0]
    if word.lower_ not in CONNECTIVES or word.dep_ not in ("cc", "advmod", "preconj") or not (
            word.is_sent_start or word.i == 0 or "\n" in doc[word.i - 1].text_with_ws):
        return span
    # (it ties the content's clause to the writer's last sentence, not words inside it: 'Still water is safer')
    if not first.start <= word.head.i < first.end or word.head.pos_ not in ("VERB", "AUX"):
        return span
    nxt = doc[word.i + 1]
    if nxt.lower_ in _DEGREE:  # ('Yet another delay is likely, the engineers said': the speaker's words)
        return span
    if nxt.text == ",":
        nxt = doc[nxt.i + 1]
    if nxt.i >= first.end - 1 or nxt.is_punct and nxt.text not in "\"“'‘":
        return span
    return nxt.idx, span[1]
