"""A report wrapped in a raising passive: 'The mayor is expected to argue that the levy is fair',
'The coach is thought to tell players that they must train'. The passive of a belief verb
(``wrapped``: 'expect', 'believe', 'think') with an infinitive of saying and a clause after it is
one cue with it, and the passive's subject is the one who says (or will say) the clause: its
source, as 'The mayor is likely to argue X' has one. Without the infinitive of saying, the
passive is the writer's or someone unnamed's expectation and has no source ('The council is
expected to approve the budget'); nor has one with an agent ('is expected by analysts to say X',
the analysts' expectation) or an empty subject ('It is expected to say that X'). PolNeAR gives the
raised subject as the source ('is expected to argue', 'is expected to announce'). A perfect infinitive
('is believed to have told aides that X') is not joined: the passive stays a report of no one named,
and the infinitive a report of its own with the raised subject for its source. So too when the passive closes
the sentence after the clause, its infinitive bare ('The levy is fair, the mayor is expected to argue.',
``wrapped.closing_raised``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .wrapped import wrapped_report


def raised_reporter(lex: Lexicon, verb: Token, subject: Token | None) -> bool:
    """Whether the passive belief verb ``verb`` wraps a report (``wrapped.wrapped_report``) whose
    sayer is the passive's own subject ``subject``: the cue is then active, the subject its source."""
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i != verb.i:
        return False  # (the parser may call the subject of "she's expected to X" an active one)
    if not any(c.dep_ == "auxpass" for c in children_of(verb)) or any(c.dep_ == "agent" for c in children_of(verb)):
        return False
    if subject.lower_ in lex.subjectless or subject.lower_ in lex.no_source:
        return False
    return wrapped_report(lex, verb) is not None
