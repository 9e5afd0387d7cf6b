"""A thing handed out, no statement: a verb of releasing or disclosing (``releasing_verbs.txt``: 'release',
'publish', 'disclose', and 'make public') whose object is a record of facts or of who someone is
(``released_nouns.txt``: a name, an identity, transcripts, tax returns, records, emails): 'Police have not
released the name of the victim', 'has refused to release her tax returns', 'The names were not made public'.
PolNeAR counts the release of a statement, a report, a memo, an ad, a list or data that show something as a cue,
not the release of names, transcripts, returns or records: what such a thing says comes only in a clause on it
('records showing that X', 'emails in which she urged X'), which keeps the verb a cue, as does a clause of the
verb's own. Nor is the release of a person or a creature ('The court released him on bail', 'released the dove',
'The rebels released 42 hostages': ``freed_nouns.txt``; not any name, as a headline's capitalised words
read as a person's name after 'reveal' lost a right record on train).
For ``noncues.not_a_cue``, which the tagger's proposals pass too: a refit cannot bring the sense back."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .word_forms import listed

#: the pronouns of people a court, a hospital or captors let go ('The court released him on bail')
_FREED = frozenset(["him", "her"])


def handed_out(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` releases or discloses only records or names (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma != "make" and lemma not in lex.releasing_verbs:
        return False
    children = list(children_of(verb))
    public = next((c for c in children if c.lower_ == "public"), None) if lemma == "make" else None
    if public is None and lemma == "make":
        return False
    if any(c.dep_ in ("ccomp", "xcomp") and (public is None or c.i != public.i) for c in children):
        return False  # a clause of the verb's own says what ('released the figures to show that X')
    # ('released the name', passive 'The name was not released', 'made the names public': the subject of 'public')
    things = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    if public is not None:
        things += [c for c in public.children if c.dep_ == "nsubj"]
    return bool(things) and all(_record(lex, t) for t in things)


def _record(lex: Lexicon, thing: Token) -> bool:
    """A record or a name with no clause that says what it says ('records that show X' says), or one
    set free: a person by a pronoun or a noun of people held, or a creature ('released him on bail',
    'released 42 hostages', 'released the dove')."""
    if thing.lower_ in _FREED or listed(thing, lex.creature_nouns | lex.freed_nouns):
        return True
    return listed(thing, lex.released_nouns) and not any(
        c.dep_ in ("relcl", "acl") for c in thing.children)
