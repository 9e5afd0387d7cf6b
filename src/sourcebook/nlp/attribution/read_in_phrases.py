"""'A sign at the gate read: "Closed."', 'A statement from the airport read: "We are sorry."': the parser
read 'read' before a colon as a noun closing the phrase after the thing written ('the gate read', 'the window
read'), so no verb has the thing for its subject. A thing shown or written at the sentence's start, that
phrase hung on it, is the source; the cue waits for the quotation after the colon as 'read' does
(``quote_verbs``)."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import Candidate, trim
from .lexicon import Lexicon
from .quote_verbs import DISPLAYS, OPEN_MARKS

#: the links from 'read' up to the thing written ('to the window', 'taped to the window', 'from the airport')
_PHRASE_LINKS = frozenset(["pobj", "prep", "acl", "compound"])


def read_in_phrase(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """The candidate of 'read' read as a noun in the phrase after the thing written, before a colon and
    a quotation mark; None otherwise (not 'It is a good read: funny and short', no thing before it)."""
    doc = token.doc
    if token.lower_ not in ("read", "reads") or token.dep_ != "pobj" or token.i + 2 >= len(doc) or (
            doc[token.i + 1].text != ":" or doc[token.i + 2].text not in OPEN_MARKS):
        return None
    thing, link = token, token
    while link.dep_ in _PHRASE_LINKS and link.head.i < link.i:
        link = link.head
        if link.pos_ == "NOUN" and link.dep_ != "pobj" and link.left_edge.i == token.sent.start:
            thing = link
            break
    lemma = thing.lemma_.lower()
    if thing.i == token.i or not (lemma in DISPLAYS or lemma in lex.written_nouns):
        return None
    cand = Candidate(cue=(token.idx, token.idx + len(token)), source=trim(text, thing.left_edge.idx, token.idx), contents=[],
                     source_token=thing.i)
    cand.verb = token.i
    return cand
