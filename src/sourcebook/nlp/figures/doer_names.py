"""A doer's name as written, for a figure's ``agent`` and payer: "the Clinton campaign" -> "Clinton campaign",
"First-time buyers paid £53,000" -> "First-time buyers" (not "First time buyers"): the words before the noun that
name it, the determiners left out, a hyphen kept where the text joins words with one. Money pages name their doers so
('basic-rate taxpayers', 'self-employed workers')."""

from __future__ import annotations

from spacy.tokens import Token


def name_of(tok: Token) -> str:
    """A doer as written, without determiners: "the Clinton campaign" -> "Clinton campaign"."""
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") or t.tag_ == "NNP"]
    first = min((t.left_edge.i for t in words), default=tok.i)
    doc = tok.doc
    name = ""
    for t in doc[first:tok.i + 1]:
        if t.text == "-" and t.i > first and not t.whitespace_ and not doc[t.i - 1].whitespace_:
            name += "-"  # ('First-time': a hyphen inside a word, glued to both sides)
        elif t.dep_ not in ("det", "case", "punct"):
            name += t.text if not name or name.endswith("-") else " " + t.text
    return name.strip()
