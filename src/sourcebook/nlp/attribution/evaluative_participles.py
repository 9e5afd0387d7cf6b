"""An '-ing' form after a copula that is an adjective of the writer's judgement, no verb of saying (for
``noncues.not_a_cue``; the forms in ``evaluative_participles.txt``): 'It is telling that the board
never replied', "It's promising that more families came", 'It is revealing how little they knew'
(the expletive 'it' holds the clause; nobody tells, reveals or promises anything) and 'The
silence is telling', 'The figures are telling: sales fell by half' (a thing judged, with no one
addressed and no clause of its own; what follows a colon is the writer's). The parser reads these
as progressive verbs, so the cue lexicon would make a report with 'It' or the thing for source.
Not a telling with someone told or a thing told ('The mayor is telling residents that X', 'It is
telling us that X', '"We will rebuild," she is telling supporters'), nor a person's act with
its clause ('The union is threatening that it will strike': a person or a body as subject)."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .kids import children_of
from .lexicon import Lexicon

#: the relations that name who is addressed or what is said as an object
_OBJECTS = frozenset(["dobj", "dative", "iobj", "xcomp"])
#: the relations of the clause a verb of saying reports
_CLAUSES = frozenset(["ccomp", "advcl"])


def judgement(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is one of the evaluative '-ing' forms after a copula, with the expletive
    'it' for subject or with nothing said and no one addressed (see the module)."""
    if verb.tag_ != "VBG" or verb.lower_ not in lex.evaluative_participles:
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children):
        return False
    if any(c.dep_ in _OBJECTS for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ == "it":
        return True  # 'It is telling that X', 'It is revealing how Y': the expletive holds the clause
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or subject.lower_ in (
            "he", "she", "they", "we", "i", "you"):
        return False  # (one who can tell: 'The mayor is telling' with a quotation before it)
    return not any(c.dep_ in _CLAUSES and c.i > verb.i and not _after_colon(verb, c) for c in children) and not (
        _quoted_before(verb))


def _after_colon(verb: Token, clause: Token) -> bool:
    """The clause opens after a colon right after the verb ('are telling: sales fell')."""
    after = verb.i + 1
    return after < len(verb.doc) and verb.doc[after].text == ":" and clause.left_edge.i > after


def _quoted_before(verb: Token) -> bool:
    """A quotation in the verb's sentence closes right before the subject ('"We lost," the figures are
    telling'): words set beside it (not a quotation that ended the sentence before)."""
    doc = verb.doc
    first = min(t.i for t in verb.subtree)
    start = sentence_of(verb).start
    return any(doc[k].is_quote for k in range(max(start, first - 2), first))
