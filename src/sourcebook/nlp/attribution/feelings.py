"""Verbs of feeling whose object feels it (``feeling_verbs.txt``): 'The remark angered farmers',
'That rattled the senator', 'His candour, which has unsettled the board,': the feeling is the
object's, about the subject (PolNeAR's cue with the one who feels it for source and its cause for
content; on train about three in four of the records it adds are right). Only a cause that is no person ('The
mayor surprised voters' is an act of hers, not a view of theirs, as is 'stunned them by quitting'),
a feeler that can hold a view and is named ('surprise them' may be anyone), and a finite verb (not
'careful not to anger X', 'angering his supporters'). Not a verb that also shakes or strikes (lexicon
``figures/striking_verbs``) with a place for object, or a disaster for subject (``cause_nouns``) and no person for
object: 'More than 150 aftershocks have rattled Ostrakis' shakes the ground, and no one feels it (PolNeAR train marks
no place so: 'American admiral rattles Beijing' is left unmarked)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .candidate import BELIEF, Candidate, trim, trim_content
from .comments import in_quotation
from .lexicon import Lexicon
from .syntax import PEOPLE_ENDINGS, cue_span, source_like, span_of, subtree_span

#: the subjects that stand for a thing said or done, whatever it is
_THING_PRONOUNS = frozenset(["that", "this", "which"])
#: who a cause that is named is: a person, a body or a people, no thing
_PERSONS = frozenset(["PERSON", "ORG", "NORP", "GPE"])
#: verbs of shaking or striking ('rattle', 'rock', 'hit') and the disasters that do it ('aftershocks', 'the blast')
_STRIKING, _DISASTERS = word_set("figures/striking_verbs"), word_set("cause_nouns")
#: the entities of places
_PLACES = frozenset(["GPE", "LOC", "FAC"])


def feeling_cue(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'The remark angered farmers': the farmers' feeling about the remark (None when it is no such clause)."""
    children = list(verb.children)
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "agent") or c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return None
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in children):
        return None  # ', angering his supporters': the writer's account of what an act did
    if any(c.dep_ == "prep" and c.lower_ in ("by", "with") for c in children):
        return None  # 'surprised the staff with her grasp of X', 'stunned them by quitting': an act
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subject is None or obj is None or not _cause(subject) or not _feeler(lex, obj) or _struck(verb, subject, obj):
        return None
    if in_quotation(text, verb.idx):
        return None  # the quoted speaker's own words
    span = subtree_span(subject)
    content = trim(text, *span) if subject.lower_ in _THING_PRONOUNS else trim_content(text, *span)  # ('That rattled X')
    if content is None or content[0] == content[1]:
        return None
    return Candidate(cue=cue_span(verb), source=_feeler_span(obj), contents=[content], nature=BELIEF,
                     source_token=obj.i)


def _cause(subject: Token) -> bool:
    """A subject that is a thing: a common noun that names no person, or 'that', 'this', 'which' (not 'what', a clause)."""
    if subject.pos_ in ("PRON", "DET"):
        return subject.lower_ in _THING_PRONOUNS
    if subject.pos_ == "PROPN" or subject.ent_type_ in _PERSONS:
        return False
    return subject.pos_ == "NOUN" and not _person_noun(subject)


def _struck(verb: Token, subject: Token, obj: Token) -> bool:
    """'Aftershocks have rattled Ostrakis', 'The blast rattled Kerrow': a verb of striking whose object is a place,
    or whose subject names a disaster and whose object is no person, shakes what it hits (not 'The verdict rattled
    Dunmore's council', 'The storm rattled the minister')."""
    if verb.lemma_.lower() not in _STRIKING:
        return False
    if obj.ent_type_ in _PLACES:
        return True
    return obj.ent_type_ != "PERSON" and not _person_noun(obj) and any(w.lower_ in _DISASTERS for w in subject.subtree)


def _person_noun(token: Token) -> bool:
    """A common noun of people ('voters', 'the senator'), by the ending ``source_like`` reads."""
    lemma = token.lemma_.lower()
    return lemma.endswith((*PEOPLE_ENDINGS, "man", "people", "one", "body")) and not lemma.endswith("ment")


def _feeler(lex: Lexicon, obj: Token) -> bool:
    """An object that can feel and is named: a name, a body, a noun of people (no pronoun: 'surprise them')."""
    return obj.pos_ in ("NOUN", "PROPN") and source_like(lex, obj)


def _feeler_span(obj: Token) -> tuple[int, int]:
    """The feeler's phrase, up to what a comma sets after it ('the board, which X', 'voters, like Y')
    or a colon, a dash or a bracket opens ('the pollster: "..."')."""
    doc = obj.doc
    ends = [obj.right_edge.i]
    ends += [c.left_edge.i - 2 for c in obj.rights
             if doc[c.left_edge.i - 1].text == "," and (c.dep_ in ("relcl", "acl") or c.lower_ == "like")]
    ends += [t.i - 1 for t in doc[obj.i + 1 : obj.right_edge.i + 1] if t.text in _OPENING]
    return span_of([doc[obj.left_edge.i], doc[max(min(ends), obj.i)]])


#: the marks that open words set after the feeler's phrase
_OPENING = frozenset([":", ";", "(", "\u2014", "\u2013"])
