"""A past form of a verb of asking set off after a cue clause or right after 'when', 'if' or 'once',
with no subject of its own between: a passive, the one asked is named elsewhere and the asker is
no one named, so the record has no source ('"We will see," the mayor said, asked about the levy',
'"No," said Ann Lee, asked about the vote', 'The mayor, when asked about the levy, shrugged'). The
parser often reads the form as a past tense with the speaker for its subject, which gave the one
asked as the asker. Not 'Lee asked about the levy' (no comma: she asked), nor 'when she asked
about X' (a subject of its own), nor 'said X and asked Y' (her next question)."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import Candidate
from .lexicon import Lexicon

#: words after which a bare past form of asking is a passive with no subject: 'when asked'
_ELLIPTIC = frozenset(["when", "if", "once", "whenever", "unless", "until"])
#: what a bare passive of asking goes on with: its topic or its question
_TOPIC = frozenset(["about", "on", "whether", "if", "what", "why", "how", "who", "when", "where", "which", "to", "for"])


def asked_passive(lex: Lexicon, doc: Doc, verb: int) -> bool:
    """Whether the verb of asking at ``verb`` is a passive aside with no asker named."""
    token = doc[verb]
    if token.lemma_.lower() not in lex.asking or not token.lower_.endswith("ed") or verb < 2:
        return False
    if any(c.dep_ in ("agent", "dobj") for c in token.children) or verb + 1 >= len(doc):
        return False  # 'asked by a reporter' names the asker; 'asked voters X' is an act
    if doc[verb + 1].lower_ not in _TOPIC:
        return False
    before = doc[verb - 1]
    if before.lower_ in _ELLIPTIC:
        return True  # 'when asked about X'
    if before.text != ",":
        return False
    # '..., the mayor said, asked about X' / 'said Ann Lee, asked about X': right after a cue clause's verb or its speaker
    said = doc[verb - 2]
    if said.lemma_.lower() in lex.speech and said.pos_ == "VERB":
        return True
    head = said
    while head.dep_ in ("compound", "flat", "appos") and head.head.i > head.i:
        head = head.head
    if said.pos_ != "PROPN" or head.dep_ != "nsubj":
        return False
    verb_of = head.head
    if verb_of.i == verb:  # ('said Ann Lee, asked about X' read as Lee asking, in a clause of 'said')
        verb_of = token.head
    return verb_of.i < head.i and verb_of.lemma_.lower() in lex.speech


def without_asker(lex: Lexicon, doc: Doc, cand: Candidate) -> None:
    """Drop ``cand``'s source when its cue is such a passive aside of asking."""
    if cand.verb is not None and cand.source is not None and asked_passive(lex, doc, cand.verb):
        cand.source = None
        cand.source_token = None
