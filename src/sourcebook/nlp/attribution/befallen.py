"""What happened to a subject, found or seen, which reports nothing (for ``noncues.not_a_cue``).
'Find' with a reflexive pronoun for its clause's subject or its object tells where the subject
ended up ('The mayor found herself defending the budget', 'the bakery found itself at the centre
of a row', 'candidates found themselves targeted by ads'): no finding, belief or report of anyone's,
unlike 'found that X' or 'the audit found X'. And a verb of seeing with a clause of a bare verb and
a subject of its own ('The firm saw its shares fall', 'She saw her lead vanish overnight', 'we saw
him leave'): an event lived or watched, as a sighting with a participle is ('saw him walking away',
``noncues``), not a view held, which takes 'as' or a 'that' clause ('saw the vote as a warning',
'saw that X'). And 'echo' with a thing for its subject and no words for its object ('The row
echoes a dispute last year', 'The tone of the speech echoed the campaigns of the 1960s'): a
likeness, no one's words repeated (not 'The leaflets echo the mayor's message', 'Other farmers
echoed those comments')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .syntax import source_like, that_clause

#: the reflexive pronouns ('found herself', 'told myself'; also ``addressed``)
REFLEXIVES = frozenset(["myself", "yourself", "himself", "herself", "itself", "oneself", "ourselves", "yourselves",
                        "themselves"])
#: the clauses of 'find' that hold its reflexive subject ('found himself embroiled', 'found itself playing host')
_CLAUSES = frozenset(["ccomp", "xcomp", "oprd", "acomp"])


def befallen(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` tells what happened to its subject, or what it is like, and reports nothing (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma != "find" and lemma != "echo" and (lemma not in lex.see_as or lemma in lex.speech):
        return False  # (tested before the children are made: most cue verbs are none of these)
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if lemma == "find":
        return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES or c.dep_ in _CLAUSES and c.i > verb.i and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in REFLEXIVES for g in c.children) for c in children)
    if lemma == "echo":
        return _likeness(lex, children)
    if lemma not in lex.see_as or lemma in lex.speech:
        return False
    # ('saw its shares fall': a bare verb, with no 'to' nor 'that', and a subject of its own)
    return any(c.dep_ == "ccomp" and c.tag_ == "VB" and c.i > verb.i and not that_clause(c) and any(
        g.dep_ == "nsubj" and g.i < c.i for g in c.children) and not any(
        g.dep_ in ("aux", "mark") for g in c.children) for c in children)


def _likeness(lex: Lexicon, children: list[Token]) -> bool:
    """'The row echoes a dispute last year': a subject that is a thing (no person, body or document) and an object
    that is no one's words (not 'echoed the criticism', 'echo the message')."""
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or subject.pos_ != "NOUN" or source_like(lex, subject):
        return False
    words = (obj.lemma_.lower(), obj.lower_)
    return not any(w in lex.speech_nouns or w in lex.written_nouns for w in words)
