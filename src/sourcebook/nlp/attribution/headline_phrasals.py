"""A headline's phrasal cue verb the small parser read as a plural noun before its particle or
preposition ('Envoy presses for truce', 'Senator weighs in on tariffs', 'Mayor hits back at
critics'). Such a verb is a cue only with its particle (``phrasal.json``), so it is not among the
cue verbs' present forms ``headline_subjects`` looks for, and the line's subject and verb stay one
noun phrase with no report. Its third person's form counts there when the word right after it is one
of its particles: the line is then parsed again with its subject as a pronoun ('He presses for
truce'), and the rules judge that as any other sentence, so a form that is no cue there gives
nothing ('Wine presses for sale', 'Council presses ahead'). Not before any other word ('Wine presses
from Italy')."""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import Lexicon, inflections


def phrasal_forms(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The third person's present form of each one-word phrasal verb that is no cue verb alone,
    with the particles and prepositions it takes ('presses': for); the ``Extractor`` builds it once."""
    forms: dict[str, frozenset[str]] = {}
    for verb, parts in lex.phrasal.items():
        if " " in verb or not parts or verb in lex.cue_verbs or verb in lex.poll_verbs:
            continue
        for form in inflections(verb, lex.irregular):
            if form.endswith("s") and form != verb:
                forms[form] = forms.get(form, frozenset()) | parts
    return forms


def phrasal_third_person(doc: Doc, i: int, phrasals: dict[str, frozenset[str]]) -> bool:
    """Whether token ``i`` is a phrasal cue verb's third person's form (``phrasals``, the ``phrasal_forms``)
    right before one of its particles."""
    if i + 1 >= len(doc):
        return False
    parts = phrasals.get(doc[i].lower_)
    return parts is not None and doc[i + 1].lower_ in parts
