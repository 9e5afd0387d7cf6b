"""Patterns of the fifty-third session (helper nounp, verbs of saying the parser read as nouns or
adjectives): a present verb of saying closing its sentence after the report, a comma or a closing
quotation mark and a bare subject, read as a plural noun ('X, county engineer rules.':
``closing_noun_cues``); a past verb of saying right after its subject read as an adjective of its
object at the root ('In April, Okafor blasted Marlow for X': ``adjective_verbs``, shown on a parse
built by hand as the parser gives it). Near misses stay: a noun ending a list or an aside, one after a
verb, a past form after a hyphen or a preposition's object. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The bridge must close for urgent repairs, county engineer rules.",
     "rules", "county engineer", "The bridge must close for urgent repairs"),
    ("Flu admissions doubled in a week, regional health board reports.",
     "reports", "regional health board", "Flu admissions doubled in a week"),
    ("Harbour rents will rise by a fifth next year, the housing charity notes.",
     "notes", "the housing charity", "Harbour rents will rise by a fifth next year"),
    ('"The tariffs will hurt farmers," the two senators write.',
     "write", "the two senators", "The tariffs will hurt farmers"),
])
def test_a_closing_verb_read_as_a_noun_reports_the_clause_before_it(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The team played in Ohio, Texas and other states.",
    "Welcome to the season of the big, costly promises.",
    "He kept rolling his eyes and making air quotes.",
    "The region faces a challenge from a union-backed candidate, Tom Hale.",
    "The alleged thief, Ann Lee, appeared in court.",
])
def test_a_noun_ending_a_list_or_after_a_verb_reports_nothing(nlp, text):
    assert top(nlp, text) == []


#: 'In April, Okafor blasted Marlow for its fees.' as the parser may read it: 'blasted' an adjective of the root 'Marlow'
_BLASTED = [
    ("In", "ADP", "IN", "prep", 5, "in"), ("April", "PROPN", "NNP", "pobj", 0, "April"),
    (",", "PUNCT", ",", "punct", 5, ","), ("Okafor", "PROPN", "NNP", "compound", 5, "Okafor"),
    ("blasted", "VERB", "VBN", "amod", 5, "blast"), ("Marlow", "PROPN", "NNP", "ROOT", 5, "Marlow"),
    ("for", "ADP", "IN", "prep", 5, "for"), ("its", "PRON", "PRP$", "poss", 8, "its"),
    ("fees", "NOUN", "NNS", "pobj", 6, "fee"), (".", "PUNCT", ".", "punct", 5, "."),
]
#: 'Voters backed a tea-party backed candidate.': a past form after a hyphen stays an adjective
_BACKED = [
    ("Voters", "NOUN", "NNS", "nsubj", 1, "voter"), ("backed", "VERB", "VBD", "ROOT", 1, "back"),
    ("a", "DET", "DT", "det", 7, "a"), ("tea", "NOUN", "NN", "compound", 5, "tea"),
    ("-", "PUNCT", "HYPH", "punct", 5, "-"), ("party", "NOUN", "NN", "npadvmod", 6, "party"),
    ("backed", "VERB", "VBN", "amod", 7, "back"), ("candidate", "NOUN", "NN", "dobj", 1, "candidate"),
    (".", "PUNCT", ".", "punct", 1, "."),
]


def _doc(nlp, rows):
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", "-") and words[i] != "-" for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def test_a_past_verb_read_as_an_adjective_of_the_root_is_the_verb(nlp):
    from sourcebook.nlp.attribution.mends import mend

    doc = _doc(nlp, _BLASTED)
    mend(doc)
    verb = doc[4]
    assert (verb.dep_, verb.tag_, verb.pos_) == ("ROOT", "VBD", "VERB")
    assert (doc[3].dep_, doc[3].head.i) == ("nsubj", 4)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)
    assert doc[0].head.i == 4


def test_a_past_form_after_a_hyphen_stays_an_adjective(nlp):
    from sourcebook.nlp.attribution.adjective_verbs import adjective_verbs

    assert adjective_verbs(_doc(nlp, _BACKED))[0] == {}
