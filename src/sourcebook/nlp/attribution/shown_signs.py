"""Dispositions shown: 'the union showed no sign of backing down', 'the board has shown little
interest in a merger', 'she has shown an inclination to settle' (PolNeAR's stance cues: what the
subject is shown to want or mean; the cue runs to the noun's preposition, the content is what the
sign, interest or inclination is of). Only 'show' with such a noun as its object and a subject
that can hold a stance (``source_like``; a poll's 'shows' is a finding, proposed before this); a
sign or hint only of an act ('no sign of backing down', 'no signs of changing course' with the
gerund read as the noun's modifier), not of a state ('showed no sign of
recovery', which ``senses`` reads as a state seen). On train about 20 of 24 such unproposed verbs
are gold cues; 9 of 13 new records right.
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .kids import children_of
from .lexicon import Lexicon
from .syntax import cue_span, source_like, source_span, subject_of, subtree_span

#: the nouns of a disposition one shows ('signs of X', 'interest in X', 'an inclination to X')
_DISPOSITIONS = frozenset(["sign", "hint", "inclination", "interest", "willingness", "desire", "appetite",
                           "intention", "eagerness", "reluctance", "unwillingness"])
_OF = frozenset(["of", "in", "for", "about"])
#: the dispositions that are also a state's signs: a stance only when what they are of is an act ('of backing down')
_SIGNS = frozenset(["sign", "hint"])


def shown_sign(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'X showed no sign of Y', 'X has shown interest in Y', 'X shows little inclination to Y':
    the disposition's complement is the content (the noun phrase when it has none)."""
    if verb.lemma_.lower() != "show":
        return None
    noun = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i
                 and c.lemma_.lower() in _DISPOSITIONS), None)
    subject = subject_of(verb)
    if noun is None or subject is None or subject.i > verb.i or not source_like(lex, subject):
        return None
    if subject.pos_ == "PRON" and subject.lower_ in lex.relative_pronouns:
        return None  # 'a plan which the board has shown no interest in' ('which' is not the board)
    extra = [noun, *(c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "neg", "advmod"))]
    content: tuple[int, int] | None = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _OF:
            inner = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if inner and noun.lemma_.lower() in _SIGNS and inner[0].tag_ != "VBG" and inner[0].left_edge.tag_ != "VBG":
                return None  # 'showed no sign of recovery': a state seen, no stance ('no sign of backing down' is one)
            if inner:
                extra.append(child)
                content = (subtree_span(inner[0])[0], subtree_span(child)[1])
                break
        if child.dep_ in ("acl", "relcl", "ccomp") and any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "that")
                                                          for c in child.children):
            content = subtree_span(child)
            break
    after = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in _OF and c.i == noun.right_edge.i + 1), None)
    inner = [c for c in after.children if c.dep_ in ("pobj", "pcomp")] if content is None and after is not None else []
    if inner and after is not None:  # 'have shown interest in X' with 'in' hung on the verb
        extra.append(after)
        content = (subtree_span(inner[0])[0], subtree_span(after)[1])
    if content is None:
        content = subtree_span(noun)
        extra = []
    piece = trim_content(text, *content)
    if piece is None:
        return None
    return Candidate(cue=cue_span(verb, extra), source=source_span(text, subject), contents=[piece], nature=BELIEF,
                     source_token=subject.i, verb=verb.i)
