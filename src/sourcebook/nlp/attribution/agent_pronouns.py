"""A passive cue with its 'by' agent whose subject is a bare pronoun: 'It was first reported by the
local paper', 'The levy, which was denounced by farmers, ...', 'She was praised by the coach'. A bare
pronoun is no content of its own elsewhere ('wants what', 'to vote for him': ``content.finished_contents``
drops it), but here the agent's words are about what the pronoun stands for, the record PolNeAR marks
(with the pronoun for content, as for a noun subject: 'The plan was announced by the mayor'). Not a
verb that addresses or asks its subject ('He was told by officials', 'She was asked by reporters': the
one spoken to), nor a relative pronoun standing for a thing made or handled ('the clip, which was
posted by an account': ``acts.passive_thing``), nor a pronoun of the addressee or the speaker ('you',
'I', 'we': the writer's own side)."""

from __future__ import annotations

from spacy.tokens import Token

from .acts import passive_thing
from .backed_pronouns import backed_pronoun
from .lexicon import Lexicon
from .syntax import agent_of

Spans = list[tuple[int, int]]

#: the pronouns a passive's subject may be when it stands for what was said or judged
_STANDING = frozenset(["it", "this", "that", "which", "he", "she", "they", "who"])


def agent_pronoun(lex: Lexicon, verb: Token, contents: Spans) -> bool:
    """Whether ``contents`` is the one bare pronoun subject of ``verb``, a passive of saying or
    judging with its agent ('It was reported by X'): then it is the content."""
    lemma = verb.lemma_.lower()
    if len(contents) != 1 or lemma in lex.addressee_verbs or lemma in lex.asking or agent_of(verb) is None:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.lower_ not in _STANDING or (subject.idx, subject.idx + len(subject)) != contents[0]:
        return False
    # (not 'the clip, which was posted by an account': a thing handled)
    return not (subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and passive_thing(lex, verb, verb.head))


def pronoun_held(lex: Lexicon, verb: Token, contents: Spans) -> bool:
    """Whether a bare pronoun content is one a record keeps: a backing verb's ('endorsed him',
    ``backed_pronouns``) or a passive agent's ('It was reported by X')."""
    return backed_pronoun(lex, verb, contents) or agent_pronoun(lex, verb, contents)
