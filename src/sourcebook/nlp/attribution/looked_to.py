"""'look to' with an infinitive: an aim, as 'seek to' is ('Party leaders looked to stop the
bleeding', 'those looking to unseat the nominee'). Then the verb is a cue of intention whose
content is the infinitive, read as 'seek' is (``belief_verbs``); the parser may hang the
infinitive on it as an adverbial clause, whose subject is then the verb's own. Not 'looks to be
X', how a thing appears, nor 'look to' with a noun ('look to the courts'), nor 'looked at X', nor
'looking to prove that X', where the inner verb reports."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .lexicon import Lexicon
from .syntax import cue_span, source_like, source_span, subtree_span
from .verbs import verb_cue


def looked_to(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'X looked to cut the rate': X's aim, as 'X sought to cut the rate' (none for 'looks to be')."""
    doc = verb.doc
    inner = next((c for c in verb.rights if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")), None)
    if (inner is None or verb.i + 2 > inner.i or doc[verb.i + 1].lower_ != "to" or doc[verb.i + 1].head.i != inner.i
            or inner.lemma_.lower() in ("be", "have") or inner.lemma_.lower() in lex.cue_verbs
            or any(c.dep_ == "ccomp" for c in inner.children)):
        return None  # ('looking to prove that X': the inner verb's report, a cue of its own)
    if inner.dep_ == "xcomp":
        return verb_cue(lex, text, verb, "seek")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    piece = trim_content(text, doc[verb.i + 1].idx, subtree_span(inner)[1])
    if subject is None or piece is None or subject.lower_ in lex.subjectless or not source_like(lex, subject):
        return None
    return Candidate(cue=cue_span(verb), source=source_span(text, subject), contents=[piece], nature=BELIEF,
                     source_token=subject.i, confidence=0.6)
