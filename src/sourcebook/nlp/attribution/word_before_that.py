"""A 'that' clause the parser hung under a lone word it read as the cue's own clause.

'The captain said backstage that the crew was tired', 'told fans onstage that she would be back': a
place or manner word between a verb of saying and its 'that' clause is sometimes read as the verb's
clausal complement or adverb (an adjective 'backstage' as a ccomp or an advmod), with the real clause
hung under it, so that the verb seems to report the word or nothing. What was
said is the 'that' clause; the word is when or where it was said, as 'said later that X' is. Only a
bare word right before the 'that' that opens the clause: it has no subject, auxiliary or marker of
its own and no other child. Not the words that make a conjunction with 'that' ('said so that all
could hear', 'now that the vote is over': the writer's purpose or time, no report).
"""

from __future__ import annotations

from spacy.tokens import Token

#: the parts of speech a lone place or manner word has in the misparse ('backstage', 'onstage', 'afterwards')
_WORDS = frozenset(["ADJ", "ADV", "NOUN"])
#: the words that open a conjunction with 'that' ('so that', 'now that', 'given that')
_CONJUNCTIONS = frozenset(["so", "now", "such", "given", "except", "provided", "providing", "seeing", "in", "save"])


def clause_under_a_word(verb: Token, clause: Token) -> Token:
    """The 'that' clause under ``clause``, a child of ``verb``, when ``clause`` is a lone word between
    ``verb`` and that clause ('said backstage that X': 'X'), else ``clause``."""
    if clause.dep_ not in ("ccomp", "advmod", "npadvmod") or clause.i <= verb.i or clause.pos_ not in _WORDS or (
            clause.lower_ in _CONJUNCTIONS):
        return clause
    children = list(clause.children)
    if len(children) != 1 or clause.left_edge.i != clause.i:
        return clause
    inner = children[0]
    if inner.dep_ != "ccomp" or inner.pos_ not in ("VERB", "AUX") or inner.left_edge.i != clause.i + 1:
        return clause
    mark = inner.left_edge
    if mark.lower_ != "that" or mark.dep_ != "mark":
        return clause
    return inner
