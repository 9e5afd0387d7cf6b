"""The writer's own comment joined to a report nobody is named for: 'Reportedly, the mayor will resign,
and I for one will not miss her', 'This trick reportedly works on most routers, but I haven't tried
it'. The adverb's content is the clause around it; a conjunct after a comma and 'and', 'but' or 'yet'
whose subject is the first person is the writer speaking for themself, not what the reports say, so
the content ends before it. (Inside a quotation the first person is the speaker's, but 'reportedly'
there is part of the quoted words, which the quotation's own record holds.) For
``reported._reportedly``."""

from __future__ import annotations

from spacy.tokens import Token

#: the writer ('I', 'we') as the subject of a comment joined to the report
_WRITER = frozenset(["i", "we"])


def writer_comment_start(verb: Token) -> int | None:
    """The character offset of the comma before a first-person conjunct of ``verb`` (', but I doubt it'),
    None when there is none."""
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WRITER for c in child.children):
            continue
        cc = next((c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < child.i), None)
        if cc is not None and cc.lower_ in ("and", "but", "yet") and doc[cc.i - 1].text == ",":
            return doc[cc.i - 1].idx
    return None
