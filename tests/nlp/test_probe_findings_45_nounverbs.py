"""Patterns of the forty-fifth session (helper nounverbs): a sentence's verb of saying, thinking or
taking a stance the parser read as the noun at the root of one long noun phrase ('The new ad slams
X', 'Many fear X', 'The book and film blame X'): right after the noun that ends its subject and
before its object or clause, it is the sentence's verb (``noun_verbs``). Not a noun after an
adjective that follows a determiner ('The only hope X'), nor a noun with a clause of its own.
Every sentence is written for the test; the parses are built by hand where the parser may read
them either way."""

from __future__ import annotations

from probe_records import contents, records
from spacy.tokens import Doc

from sourcebook.nlp.attribution.noun_verbs import noun_verbs


def _doc(nlp, rows) -> Doc:
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False], pos=[r[1] for r in rows],
              tags=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    return doc


# 'The campaign ad slams Pratt for the cuts.' read as one noun phrase with 'slams' at its root
_AD = [("The", "DET", "DT", "det", 3, "the"), ("campaign", "NOUN", "NN", "compound", 3, "campaign"),
       ("ad", "NOUN", "NN", "compound", 3, "ad"), ("slams", "NOUN", "NNS", "ROOT", 3, "slam"),
       ("Pratt", "PROPN", "NNP", "dobj", 3, "Pratt"), ("for", "ADP", "IN", "prep", 3, "for"),
       ("the", "DET", "DT", "det", 7, "the"), ("cuts", "NOUN", "NNS", "pobj", 5, "cut"), (".", "PUNCT", ".", "punct", 3, ".")]

# 'The only hope they have is rain.' ('hope' a noun whatever its root)
_HOPE = [("The", "DET", "DT", "det", 2, "the"), ("only", "ADJ", "JJ", "amod", 2, "only"),
         ("hope", "NOUN", "NN", "ROOT", 2, "hope"), ("they", "PRON", "PRP", "nsubj", 4, "they"),
         ("have", "VERB", "VBP", "relcl", 2, "have"), ("is", "AUX", "VBZ", "ccomp", 2, "be"),
         ("rain", "NOUN", "NN", "attr", 5, "rain"), (".", "PUNCT", ".", "punct", 2, ".")]


def test_a_root_noun_after_its_subject_is_the_verb(nlp):
    doc = _doc(nlp, _AD)
    heads, deps, verbs = noun_verbs(doc)
    assert heads[2] == 3 and deps[2] == "nsubj"  # 'ad' the subject of 'slams'
    assert heads[0] == 2 and heads[1] == 2  # 'The campaign' on the subject
    assert [(v.text, tag, lemma) for v, tag, lemma in verbs] == [("slams", "VBZ", "slam")]


def test_a_root_noun_after_an_adjective_or_with_a_clause_stays(nlp):
    assert noun_verbs(_doc(nlp, _HOPE)) == ({}, {}, [])


def test_the_mended_verb_reports_with_its_object(nlp):
    # the parser reads 'slams' as the root noun of 'The nearly two-minute ad slams', 'Pratt' set beside it
    found = records(nlp, "The nearly two-minute ad slams Pratt for voting against the levy.", "slams")
    assert [r.source.text for r in found if r.source is not None] == ["The nearly two-minute ad"]
    assert [contents(r) for r in found] == [["Pratt for voting against the levy"]]
