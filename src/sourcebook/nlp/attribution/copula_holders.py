"""A cue whose holder a copula names: the copula's subject, not the word the parser gave it.

- 'X is among those who say Y', 'X was one of those who argued Y': the relative pronoun stands
  for a group ('those') the copula places its subject in; the named one says it, and PolNeAR and
  the speaker column want the name ('Dana Reyes, a nurse, is among those who say X': 'Dana Reyes',
  not 'who').
- 'X is on record opposing Y', 'went on the record saying Y': a participle the parser hung on
  'record' as its modifier is the subject's stance, not the record's ('Both senators are on
  record opposing the levy': 'Both senators'). When the parser hangs it on the verb, the subject
  is already the source.

Not a relative clause on a noun that names the group ('X is among the critics who say Y' keeps
'who', which stands for the critics), nor a copula with no subject or a subject that holds nothing
('It is among those who X')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import Candidate
from .syntax import source_span

#: the pronouns of a group a copula places its subject in ('among those who', 'one of those who')
_GROUPS = frozenset(["those", "them"])
#: verbs that place their subject in a group or on the record
_COPULAS = frozenset(["be", "remain", "go", "count"])
#: subjects that hold nothing (an expletive, a demonstrative)
_NO_HOLDER = frozenset(["it", "this", "that", "there", "which", "what"])


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in _NO_HOLDER or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return subject


def _copula_over(token: Token) -> Token | None:
    """The copula a 'those' or a 'record' hangs on: 'among those', 'one of those', 'on record'."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    head = prep.head
    if prep.lower_ == "of" and head.lower_ == "one" and head.dep_ == "attr":
        head = head.head  # 'X was one of those who said Y'
    elif prep.lower_ not in ("among", "on"):
        return None
    return head if head.pos_ in ("AUX", "VERB") and head.lemma_.lower() in _COPULAS else None


def copula_holder(doc: Doc, cue: Token) -> Token | None:
    """The copula's subject that holds what the cue verb ``cue`` says ('X is among those who
    say Y', 'X is on record opposing Y'); None when the form is another."""
    if cue.dep_ == "relcl" and cue.head.lower_ in _GROUPS:
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in cue.children):
            return None
        copula = _copula_over(cue.head)
        return _subject(copula) if copula is not None else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.lower_ == "record":
        copula = _copula_over(cue.head)
        return _subject(copula) if copula is not None else None
    return None


def to_copula_holder(doc: Doc, text: str, cand: Candidate) -> None:
    """Give ``cand`` the copula's subject for source when ``copula_holder`` names one."""
    if cand.verb is None:
        return
    holder = copula_holder(doc, doc[cand.verb])
    if holder is None:
        return
    cand.source = source_span(text, holder)
    cand.source_token = holder.i
