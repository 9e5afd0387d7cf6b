"""The one a passive judgement is passed on: 'Ms Ruiz was criticised for delaying the audit', 'The firm
is accused of hiding losses', 'He is best known for his murals'. The passive's subject is who the
stance is on and the 'for' or 'of' phrase what it is for, so both are the content (PolNeAR gives
both), as 'The bank is expected to act' gives both parts; for ``verbs._passive_source``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .syntax import subtree_span

Spans = list[tuple[int, int]]

#: verbs whose passive subject is the one judged or remembered besides the stance verbs ('known for X')
_REPUTATION = frozenset(["know", "remember"])


def judged_subject(lex: Lexicon, verb: Token, subject: Token | None, content: Spans) -> Spans | None:
    """The passive's subject and ``content`` when the content is the verb's 'for' or 'of' phrase and the
    verb takes the one it judges for its object ('was accused of X'); None otherwise (not one told or
    asked, 'was informed of X', nor one assured or persuaded, who holds the belief: 'is assured of X')."""
    if subject is None or subject.dep_ != "nsubjpass" or subject.i > verb.i or not content:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in lex.stance_object and lemma not in _REPUTATION or lemma in lex.addressee_verbs:
        return None
    if subject.lower_ in lex.subjectless:
        return None
    prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > verb.i), None)
    phrase = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if phrase is None or subtree_span(phrase)[0] != content[0][0]:
        return None
    return [subtree_span(subject), *content]
