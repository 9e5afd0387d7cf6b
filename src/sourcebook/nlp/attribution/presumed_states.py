"""A belief verb's passive with an adjective of a person's state for its predicate and no clause, a belief nobody named
holds about the subject ('Dozens of people are feared dead after the landslide', 'Two sailors were thought drowned',
'The pilot is believed alive'): the passive is the cue, the subject and the state the content, as for 'are feared to
have died' (``verbs.verb_cue``, which finds no clause here). The states are ``presumed_states.txt``'s; not with an agent
('was believed dead by his family'), nor negated, nor an active verb ('Relatives feared the worst'), nor 'presume',
a cue only with a clause ('The missing sailor was presumed dead': a legal presumption, ``belief_verbs.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .candidate import BELIEF, Candidate, trim, trim_content
from .kids import children_of
from .syntax import subtree_span

_STATES = word_set("attribution/presumed_states")
#: the belief verbs whose passive holds such a state ('feared dead', 'believed missing', 'thought lost')
_BELIEVING = frozenset(["fear", "believe", "think"])


def presumed_state(text: str, verb: Token) -> Candidate | None:
    """The sourceless belief of ``verb``, 'are feared dead' (see the module), or None."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _BELIEVING:
        return None
    children = list(children_of(verb))
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    auxiliary = [c for c in children if c.dep_ == "auxpass" and c.i < verb.i]
    state = next((c for c in children if c.dep_ in ("oprd", "acomp", "xcomp") and c.i > verb.i
                  and c.lower_ in _STATES and not any(a.dep_ == "aux" for a in c.children)), None)
    if subject is None or not auxiliary or state is None or any(c.dep_ in ("agent", "neg", "ccomp") for c in children):
        return None
    end = verb.right_edge
    while end.i > state.i and (end.is_punct or end.is_space):
        end = end.doc[end.i - 1]
    first = trim_content(text, *subtree_span(subject))
    rest = trim_content(text, state.idx, end.idx + len(end))
    if first is None or rest is None:
        return None
    return Candidate(
        cue=trim(text, auxiliary[0].idx, verb.idx + len(verb)),
        source=None,
        contents=[first, rest],
        nature=BELIEF,
    )
