"""The object of a verb of saying made phrasal by its particle: 'The councillor pointed out the cost
of the bridge', 'The mayor talked up her plan for the pier'. A verb of saying with a bare noun
object is no cue in general ('said a prayer', 'told a joke' are acts), so ``objects_content`` keeps
only the objects of verbs that judge or claim them; but the particle that the lexicon pairs with
the verb (``phrasal.json``: 'point out', 'talk up', 'call out') makes the pair a verb of saying about
that object, which is the content as PolNeAR marks it (the particle joins the cue). Not a thing
made or sent ('sent out an email', ``artefact``), a document ('wrote up a report', ``written``), a
word that says nothing (``mute_subjects.txt``), a time or an amount ('talked up an hour'), a place
shown ('pointed out where the mill stood'), an object a colon spells out (the colon's record), nor a
bare pronoun, whose words are elsewhere ('pointed it out')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .objects import artefact, written
from .syntax import NOT_CONTENT_ENTS, subtree_span
from .tails import with_tail

Spans = list[tuple[int, int]]


def particle_object(lex: Lexicon, text: str, verb: Token, lemma: str, particle: Token, objects: list[Token],
                    extra: list[Token]) -> Spans | None:
    """The span of the one object after a verb of saying and its particle (a prt right after the
    verb, the object right after it), the particle joining the cue's words ``extra``; None when
    the object names nothing said (see above)."""
    if lemma not in lex.speech or particle.dep_ != "prt" or particle.i != verb.i + 1 or len(objects) != 1:
        return None
    obj = objects[0]
    if obj.left_edge.i != particle.i + 1 or obj.pos_ == "PRON" or obj.ent_type_ in NOT_CONTENT_ENTS:
        return None
    if obj.left_edge.lower_ == "where":
        return None  # 'pointing out where the old mill stood': a place shown, no words reported
    doc = verb.doc
    last = max(t.i for t in obj.subtree if not (t.is_punct or t.is_space))
    if last + 1 < len(doc) and doc[last + 1].text == ":":
        return None  # 'points out some figures: X', the colon's record (``markers``) spells them out
    if obj.lemma_.lower() in lex.mute_subjects or artefact(lex, obj) or written(lex, lemma, obj):
        return None
    if shown(lex, obj):
        return None  # 'pointed out the old mill', 'talked up the stairs': a thing or a place shown or reached
    extra.append(particle)
    return [with_tail(lex, text, verb, subtree_span(obj), obj)]


#: the words of direction after which a thing or a place is pointed at or gone to ('talked up the stairs')
_DIRECTIONS = frozenset(["up", "out", "at", "toward", "towards"])
#: the prepositions after which a noun of a place or a thing names what is found ('the holes in the case')
_FINDING_PREPOSITIONS = frozenset(["of", "in", "for"])


def shown(lex: Lexicon, obj: Token) -> bool:
    """Whether ``obj`` is a thing or a place one points at or goes to (``shown_nouns.txt``): not one
    with what it is of or in ('pointed out the signs of a slump', 'the holes in the case', 'the way
    forward for the talks': a finding), nor one a verb of promoting praises with a word of its own
    ('talked up the new road', "talked up the town's bridge")."""
    if obj.lemma_.lower() not in lex.shown_nouns and obj.lower_ not in lex.shown_nouns:
        return False
    children = list(obj.children)
    if any(c.dep_ == "prep" and c.lower_ in _FINDING_PREPOSITIONS or c.dep_ == "advmod" for c in children):
        return False
    verb = obj.head if obj.dep_ == "dobj" else obj.head.head
    return not (verb.lemma_.lower() == "talk" and any(c.dep_ in ("amod", "poss", "compound") for c in children))


def place_shown(lex: Lexicon, word: Token, obj: Token) -> bool:
    """Whether ``obj`` after the particle or preposition ``word`` of a phrasal cue is a place or a thing
    pointed at or gone to, no topic ('She talked up the stairs', 'The guide pointed at the spire'; not after
    'to': 'referring to the hall' names one, and 'talked about the bridge' keeps its topic)."""
    return word.lower_ in _DIRECTIONS and shown(lex, obj)
