"""A participle clause of asking or speaking opening the sentence right before a cue clause set
beside a quotation: in 'Asked about the vote, he said, "It was fair."' or 'Speaking at a rally, she
said, "We will win."' the parser hangs the opening clause and the cue clause on the quoted verb, so
the sentence before the cue clause would be read as part of what was said. Such a clause, with no
subject of its own (a past form read for a participle too), closed by the comma just before the cue
clause, tells when or how the source spoke: it is no content. Other opening participles may be the
content's own subject ('Putting the show together, she said, gave her joy') and stay, as does
one with a subject between it and the cue clause ('Facing pressure, the company, analysts said, cut
prices')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon

#: verbs whose participle clause opening a sentence tells the occasion of an answer or a speech
_OCCASIONS = frozenset(["speak", "press", "question", "challenge", "quiz", "query"])


def after_opening_participle(lex: Lexicon | None, verb: Token, clause: Token, sent: Span) -> int:
    """Where the content before the cue clause of ``verb`` starting at ``clause`` opens: after an
    opening participle clause of asking or speaking set off just before it when a quotation follows
    the cue clause, else at the sentence's start."""
    doc = clause.doc
    comma = clause.i - 1
    if lex is None or comma <= sent.start or doc[comma].text != ",":
        return sent.start_char
    after = next((t for t in doc[verb.i + 1 : sent.end] if t.text not in (",", ":")), None)
    if after is None or not after.is_quote:
        return sent.start_char
    part = doc[comma - 1]
    while part.head.i < clause.i and part.head.i != part.i:
        part = part.head
    first = part.left_edge
    if first.lower_ == "when" and first.dep_ in ("advmod", "mark"):
        first = doc[first.i + 1]
    lemma = lex.verb_lemmas.get(part.lower_, part.lemma_.lower())
    if (part.tag_ in ("VBN", "VBG", "VBD") and part.dep_ == "advcl" and part.right_edge.i == comma - 1
            and part.left_edge.i == sent.start and first.i == part.i and (lemma in lex.asking or lemma in _OCCASIONS)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children)):
        return clause.idx
    return sent.start_char
