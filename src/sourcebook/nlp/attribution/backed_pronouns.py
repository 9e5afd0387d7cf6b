"""A verb of backing or opposing with a bare personal pronoun for its object: 'Two county clerks
endorsed her', 'The farm lobby opposes it', 'the governor defended him' (``backing_verbs.txt``). A
bare pronoun is no content of its own for other verbs ('wants what', 'to vote for him':
``content.finished_contents`` drops it), but the stance these verbs take is on the one the
pronoun stands for, a record of its own. Not a verb that is another verb's infinitive or a noun's
participle ('asked the clerks to support her', 'a union supporting him': the act another asks for, the
groups named by it), nor a pronoun of the addressee or a group ('you', 'them'), nor a subject
that takes no side ('The beams support it', 'Older browsers do not support it': ``holders``).
The same holds for the subject pronoun of such a verb in the passive with its agent: 'He was
endorsed by the union', 'She is backed by most voters' (the agent takes the side); there 'back' is
one of these verbs too (only its active takes a pronoun for a thing moved: 'backed it into the
garage')."""

from __future__ import annotations

from spacy.tokens import Token

from .holders import holds_views
from .lexicon import Lexicon
from .syntax import agent_of, subject_of

Spans = list[tuple[int, int]]

#: the pronouns that stand for one person, a measure or the speaker's side
_HELD = frozenset(["him", "her", "it", "me", "us"])
#: the same as the subject of a passive
_HELD_SUBJECTS = frozenset(["he", "she", "it", "i", "we"])
#: the verb of backing that is one only in the passive with its agent ('He was backed by most voters')
_BACK = "back"


def backed_pronoun(lex: Lexicon, verb: Token, contents: Spans) -> bool:
    """Whether ``contents`` is the one pronoun that a verb of backing or opposing takes for its
    object ('endorsed him'): then it is the content."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.backing_verbs and lemma != _BACK or verb.dep_ in ("xcomp", "acl", "csubj") or len(contents) != 1:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    held = _HELD
    subject = subject_of(verb)
    if lemma == _BACK and (obj is not None or agent_of(verb) is None):
        return False  # ('backed it up', 'backed it into the garage')
    if obj is None and (agent := agent_of(verb)) is not None:
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        held, subject = _HELD_SUBJECTS, agent
    if obj is None or obj.lower_ not in held or (obj.idx, obj.idx + len(obj)) != contents[0]:
        return False  # (not 'Older browsers do not support it', 'The magnets oppose it': ``holders``)
    return subject is None or holds_views(lex, subject)
