"""A line's label before a colon, then a clause whose cue verb the parser hung on the label as its participle:
'Update: The council has since said that no resident will have to leave' ('said' read as a participle of
'Update', its subject 'council' left as the participle's), 'Editor's note: The club has since confirmed X'. The
label names the kind of line (an update, a note), and the words after the colon are a sentence of their own, so
they are parsed again alone and their arcs grafted, the label hung on the clause's verb. Only a short label
opening its line (at most three words) and a cue verb after the colon with a subject and a reported clause of its
own (not 'New poll: Most voters back the plan', whose label is the poll that found it)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from .arcs import second_reading, take_second_reading
from .tables import text_of, words_of

#: the relations of a verb the parser made a modifier of the noun before it
_MODIFIER = frozenset(["acl", "relcl"])


def _misread(sent: Span, verbs: Collection[str]) -> tuple[Token, Token] | None:
    """The colon closing ``sent``'s label and the cue verb after it hung on the label, or None."""
    doc = sent.doc
    text = text_of(doc)
    if sent.start_char and text[sent.start_char - 1] != "\n":
        return None  # (the label opens its line)
    words = words_of(doc).text  # (the label's colon read from the list: no Token made for a line with none)
    at = next((k for k in range(sent.start + 1, min(sent.start + 4, sent.end)) if words[k] == ":"), None)
    if at is None:
        return None
    colon = doc[at]
    verb = next((t for t in doc[colon.i + 1 : sent.end] if t.dep_ in _MODIFIER and t.lower_ in verbs
                 and sent.start <= t.head.i < colon.i and any(c.dep_ == "nsubj" for c in t.children)), None)
    return (colon, verb) if verb is not None else None


def reread_labelled(doc: Doc, sentences: list[Span], verbs: Collection[str], parse: Callable[[str], Doc]) -> None:
    """Mend each sentence of ``doc`` whose cue verb (a form in ``verbs``) after a line's label the parser hung on
    the label ('Update: The council has since said X') from a parse of the words after the colon alone."""
    text = text_of(doc)
    for sent in sentences:
        found = _misread(sent, verbs)
        if found is None:
            continue
        colon, verb = found
        kept = list(doc[colon.i + 1 : sent.end])
        while kept and kept[-1].is_space:
            kept.pop()  # (the line's break closing the sentence)
        if not kept:
            continue
        try:
            again = parse(text[kept[0].idx : kept[-1].idx + len(kept[-1])])
        except Exception:  # noqa: BLE001 - the second reading is a refinement, never a failure
            continue
        if [t.text for t in again] != [t.text for t in kept] or len(list(again.sents)) != 1:
            continue
        root = again[kept.index(verb)]
        if root.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in root.children) or not any(
                c.dep_ == "ccomp" for c in root.children):
            continue  # (a clause that reports no clause keeps the label's reading: 'New poll: Most voters back X')
        heads, deps = second_reading(doc, sent, again, kept)
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        label = next(t for t in doc[sent.start : colon.i] if not sent.start <= t.head.i < colon.i or t.head.i == t.i)
        heads[label.i], deps[label.i] = verb.i, "dep"
        heads[colon.i], deps[colon.i] = verb.i, "punct"
        take_second_reading(doc, again, kept, heads, deps)
