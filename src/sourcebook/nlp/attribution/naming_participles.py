"""A verb of naming as a participle on its noun, with the name it gives for its only object (for
``noncues.not_a_cue``): 'She joined a choir called the Harbour Singers', 'a pamphlet dubbed "The
Grey Book"', 'a group of growers called Valley Seed'. The phrase says what a thing or a group is
named; no one is reported calling it anything, and the subject of the clause around it (who joined
the choir) holds no view. The parser often tags the participle as a past tense ('called' VBD on
the noun), so the check reads the relation, not the tag. Not a naming with its namer ('a plan
dubbed "a land grab" by critics'), nor a sentence's own verb read as a participle after an
apposition ('Ada Roe, a trader, called the levy "a tax on work"': ``misread.participle_after_apposition``),
nor a judgement given for a name ('a plan called reckless', no name)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .misread import participle_after_apposition

#: what a participle of naming may have beside its name and still give only the name
_BESIDE = frozenset(["punct", "advmod", "oprd", "dobj", "xcomp", "attr"])


def names_only(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a verb of naming hung on its noun as a participle whose one object is a
    name (a proper noun or words in quotation marks), with no subject, namer or auxiliary."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in lex.naming_verbs or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.head.i > verb.i or verb.tag_ not in ("VBN", "VBD"):
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    objects = [c for c in children if c.dep_ in ("oprd", "dobj", "xcomp", "attr")]
    if len(objects) != 1 or any(c.dep_ not in _BESIDE for c in children):
        return False
    if participle_after_apposition(verb) is not None:
        return False
    return _a_name(objects[0])


def _a_name(word: Token) -> bool:
    """A proper noun's phrase (or a capitalised head: 'the Ridge Walkers') or words set in quotation
    marks right after the verb."""
    if word.pos_ == "PROPN" or word.tag_ in ("NNP", "NNPS") or word.text[:1].isupper():
        return True
    doc = word.doc
    first = word.left_edge.i
    return first > 0 and (doc[first].is_quote or doc[first - 1].is_quote) and doc[first - 1].i >= word.head.i


def name_read_as_clause(lex: Lexicon, verb: Token) -> bool:
    """'A reform group called Clean Votes is expanding its reach': the parser read the participle of naming as
    the sentence's verb, the group its subject, and the name with the sentence's own verb as its clause (or the
    name as its object and the rest as a clause with no subject). A verb of naming takes no bare clause of words
    ('called the plan is dead' is no English), so a capitalised name right after the bare verb with such a clause
    right after it or around it, no quotation mark or 'that' in it, is the name and the rest of the sentence, and
    no one calls anything (not 'called Obama "a liar"', an object and its label, nor 'called for X', 'called on
    Y to Z')."""
    if verb.lemma_.lower() not in lex.naming_verbs or verb.tag_ not in ("VBD", "VBN") or verb.i < 1:
        return False
    doc = verb.doc
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if any(c.dep_ in ("prt", "prep", "dative") for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i != verb.i - 1:
        return False  # (the group's head right before the verb, as a participle hangs on it)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(t.is_quote or t.lower_ == "that" for t in clause.subtree):
        return False
    name = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if name is not None:  # ('called [Clean Votes is expanding]': the name the clause's subject)
        end = name.i + 1 if clause.left_edge.i == verb.i + 1 else verb.i + 1
    else:  # ('called [Clean Votes] [is expanding]': the name the verb's object, the clause's subject left out)
        end = clause.left_edge.i if any(
            c.dep_ in ("oprd", "dobj") and c.right_edge.i + 1 == clause.left_edge.i for c in children) else verb.i + 1
    words = doc[verb.i + 1 : end]
    return len(words) > 0 and all(t.text[:1].isupper() or t.tag_ in ("PRP$", "HYPH", "CD") for t in words) and not any(
        t.is_quote for t in words)
