"""Verbs of saying and knowing in figures and senses that report nothing (for ``senses.other_sense``): a thing
that 'speaks volumes' or 'speaks for itself' ('The empty stands speak volumes', 'The figures speak for themselves')
shows something, no one says it; a thing that announces, presents or reveals itself ('Spring announced itself with a
week of rain', 'when the chance presents itself') comes or shows, nothing declared (not 'declared itself bankrupt',
'revealed itself to be X', which state a thing about it); a name that suggests ('As the name suggests, X') is the
writer's gloss on a word; a skill learned ('The children learned to swim') is no news learned (not 'learned how to X'
nor 'learned that X'); a person or a thing reported missing or stolen ('was reported missing on Sunday') is an entry
in the police's register, the state given its subject, no account of anyone's (not 'was reported killed')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: the verbs of saying a thing does to itself when it comes or shows ('announced itself', 'presents itself')
_SHOWING = frozenset(["announce", "present", "reveal", "assert", "declare", "show", "manifest", "signal", "suggest"])
#: what besides the object makes such a verb say something of its subject ('declared itself bankrupt')
_PREDICATES = frozenset(["oprd", "acomp", "attr", "xcomp", "ccomp", "dative"])
#: nouns of naming whose sense is glossed in an 'as' clause ('as the name suggests', 'as its title implies')
_NAMES = frozenset(["name", "title", "word", "nickname"])
#: the verbs of a name's gloss ('as the name suggests', 'as its name implies', 'as the title says')
_GLOSSING = frozenset(["suggest", "imply", "indicate", "say", "tell", "hint", "signal", "show", "state"])
#: every verb a figure of the module takes (the rest are passed by their lemma alone)
_VERBS = _SHOWING | _GLOSSING | {"speak", "learn", "report"}
#: the states a register gives a person or a thing reported to the police
_REGISTERED = frozenset(["missing", "stolen"])


def figure_sense(verb: Token) -> bool:
    """Whether ``verb`` is in one of the figures or senses of the module."""
    lemma = verb.lemma_.lower()
    if lemma not in _VERBS:
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if lemma == "speak" and any(c.dep_ == "dobj" and c.lower_ == "volumes" for c in children):
        return True  # 'speaks volumes about X': it shows X
    if lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lower_ in ("itself", "themselves") for g in c.children) for c in children):
        return True  # 'The figures speak for themselves': they need no one's words
    if lemma in _SHOWING and any(c.dep_ == "dobj" and c.lower_ == "itself" for c in children) and not any(
            c.dep_ in _PREDICATES for c in children):
        return True  # 'Spring announced itself with rain': it came (not 'declared itself bankrupt')
    if lemma in _GLOSSING and any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _NAMES for c in children):
        return True  # 'As the name suggests, X': the writer's gloss on a word
    if lemma == "learn" and any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(
            g.dep_ == "aux" and g.lower_ == "to" and g.i == verb.i + 1 for g in c.children) for c in children):
        return True  # 'learned to swim': a skill (not 'learned how to X', 'learned that X')
    doc = verb.doc
    return lemma == "report" and any(c.dep_ == "auxpass" for c in children) and (
        verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _REGISTERED)  # 'was reported missing'
