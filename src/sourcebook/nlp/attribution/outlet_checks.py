"""A news outlet's own check of what others reported, negated: 'The Associated Press could not confirm the figures',
'Reuters could not immediately verify the account', 'We were unable to verify the footage' (for ``senses.other_sense``).
The wire's disclaimer after a report is the writer's note on it, no report of the outlet's, as the passive 'could not be
independently verified' is (``narration.unverified``); PolNeAR marks no such line ('aides declined to confirm the
buys' is no report either). Only an outlet of ``outlets.txt`` or the writer's 'we' for the subject: 'The ministry could
not confirm the deaths' may still be the ministry's word that it cannot."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon

#: verbs of checking a report's truth (as ``narration``'s)
_CHECKING = frozenset(["verify", "confirm", "corroborate", "substantiate", "authenticate"])
#: the words that make a check fail ('was unable to verify', 'has not been able to confirm')
_UNABLE = frozenset(["unable", "able"])


def outlet_check(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is an outlet's (or the writer's 'we') check, negated (see the module)."""
    if verb.lemma_.lower() not in _CHECKING:
        return False
    holder = verb
    if verb.dep_ == "xcomp" and verb.head.lower_ in _UNABLE:
        holder = verb.head  # ('was unable to verify X': 'unable' holds the negation)
        if holder.dep_ == "acomp":
            holder = holder.head
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and any(c.lower_ in _UNABLE for c in verb.head.children):
        holder = verb.head  # (the parser's 'was unable to verify' with 'verify' on 'was')
    negated = any(c.dep_ == "neg" for c in (*children_of(verb), *holder.children)) or any(
        t.lower_ == "unable" for t in (verb.head, *holder.children))
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if not negated or subject is None:
        return False
    if subject.lower_ == "we":
        return True
    name = " ".join(t.text for t in subject.subtree if t.dep_ != "det").lower()
    return name in lex.outlets
