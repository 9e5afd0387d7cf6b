"""Patterns of the forty-fourth session (helper nocand): reports no rule proposed at all.

A share of people says what a participle of saying right after it says ('with 52 percent
saying X', 'left 60 percent of farmers saying X'; ``shares``), not a share a thing rose by
('Sales rose 5 percent, suggesting X'). A name the parser hung inside the quotation before
its cue is the cue's subject ('"...," Ann Lee, an aide, said' with 'Lee' read as the quoted
clause's attribute; ``stranded_quotes``). A participle of saying set off after a cue clause
that the parser hung on a noun (the inverted speaker, or the quotation's noun with the cue a
parataxis) is the cue's subject's next act ('"Too much noise," she said, blaming X';
``set_off_speakers``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("Voters view her as prepared, with 50 percent saying she is ready.", "50 percent", ["she is ready"]),
    ("The storms have left 60 percent of farmers saying prices are too low.", "60 percent of farmers",
     ["prices are too low"]),
])
def test_a_share_of_people_says_what_its_participle_says(nlp, text, source, content):
    found = records(nlp, text, "saying")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, content)]


def test_a_share_a_thing_rose_by_says_nothing(nlp):
    assert records(nlp, "Sales rose 5 percent, suggesting demand is weak.", "suggesting") == []


def test_a_set_off_participle_hung_on_the_quotations_noun_is_the_speakers(nlp):
    found = records(nlp, '"Too much noise," she said, blaming some of it on the new airport.', "blaming")
    assert [(r.source.text, contents(r)) for r in found] == [("she", ["some of it on the new airport"])]


def _doc(nlp, rows):
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", '"') for i in range(len(words))]
    spaces[0] = False
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])


# '"It is over," Ann Lee, an aide, said.' as the parser may read it: the name an attribute of 'is',
# with the quotation's last word and its closing marks hung on the name
_QUOTED = [('"', "PUNCT", "``", "punct", 12, '"'), ("It", "PRON", "PRP", "nsubj", 2, "it"),
           ("is", "AUX", "VBZ", "ccomp", 12, "be"), ("over", "ADJ", "JJ", "amod", 7, "over"),
           (",", "PUNCT", ",", "punct", 7, ","), ('"', "PUNCT", "''", "punct", 7, '"'),
           ("Ann", "PROPN", "NNP", "compound", 7, "Ann"), ("Lee", "PROPN", "NNP", "attr", 2, "Lee"),
           (",", "PUNCT", ",", "punct", 7, ","), ("an", "DET", "DT", "det", 10, "an"),
           ("aide", "NOUN", "NN", "appos", 7, "aide"), (",", "PUNCT", ",", "punct", 7, ","),
           ("said", "VERB", "VBD", "ROOT", 12, "say"), (".", "PUNCT", ".", "punct", 12, ".")]


def test_a_name_hung_inside_the_quotation_before_its_cue_is_its_subject(nlp):
    from sourcebook.nlp.attribution.syntax import stranded_subject

    doc = _doc(nlp, _QUOTED)
    assert doc.text.startswith('"It is over," Ann Lee, an aide, said')
    assert stranded_subject(doc[12]).text == "Lee"


def test_a_name_after_a_comma_inside_the_quotation_stays_out(nlp):
    # '"It is over, Ann," Lee said': the name before the closing mark is the one addressed
    from sourcebook.nlp.attribution.stranded_quotes import after_a_quotation

    rows = [('"', "PUNCT", "``", "punct", 8, '"'), ("It", "PRON", "PRP", "nsubj", 2, "it"),
            ("is", "AUX", "VBZ", "ccomp", 8, "be"), ("over", "ADV", "RB", "advmod", 2, "over"),
            (",", "PUNCT", ",", "punct", 2, ","), ("Ann", "PROPN", "NNP", "npadvmod", 2, "Ann"),
            ('"', "PUNCT", "''", "punct", 8, '"'), ("Lee", "PROPN", "NNP", "nsubj", 8, "Lee"),
            ("said", "VERB", "VBD", "ROOT", 8, "say"), (".", "PUNCT", ".", "punct", 8, ".")]
    doc = _doc(nlp, rows)
    assert not after_a_quotation(doc[5]) and after_a_quotation(doc[7])


def test_a_participle_hung_on_an_inverted_speaker_is_the_speakers(nlp):
    # '"It is over," said Ann Lee, explaining that the deal had failed.' with 'explaining' a clause of the name
    from sourcebook.nlp.attribution.lexicon import active_lexicon
    from sourcebook.nlp.attribution.set_off_speakers import set_off_speaker

    rows = [('"', "PUNCT", "``", "punct", 6, '"'), ("It", "PRON", "PRP", "nsubj", 2, "it"),
            ("is", "AUX", "VBZ", "ccomp", 6, "be"), ("over", "ADV", "RB", "advmod", 2, "over"),
            (",", "PUNCT", ",", "punct", 6, ","), ('"', "PUNCT", "''", "punct", 6, '"'),
            ("said", "VERB", "VBD", "ROOT", 6, "say"), ("Ann", "PROPN", "NNP", "compound", 8, "Ann"),
            ("Lee", "PROPN", "NNP", "nsubj", 6, "Lee"), (",", "PUNCT", ",", "punct", 8, ","),
            ("explaining", "VERB", "VBG", "acl", 8, "explain"), ("that", "SCONJ", "IN", "mark", 15, "that"),
            ("the", "DET", "DT", "det", 13, "the"), ("deal", "NOUN", "NN", "nsubj", 15, "deal"),
            ("had", "AUX", "VBD", "aux", 15, "have"), ("failed", "VERB", "VBN", "ccomp", 10, "fail"),
            (".", "PUNCT", ".", "punct", 6, ".")]
    doc = _doc(nlp, rows)
    lex = active_lexicon()
    assert set_off_speaker(lex, doc[10]).text == "Lee"
    assert set_off_speaker(lex, doc[6]) is None  # the cue itself is no participle


def _bare_according(nlp, last):
    # '..., according to the F.A.A.' as the parser may read it: the name hung on no preposition
    from spacy.tokens import Doc

    rows = [("The", "DET", "DT", "det", 1, "the"), ("jet", "NOUN", "NN", "nsubjpass", 3, "jet"),
            ("is", "AUX", "VBZ", "auxpass", 3, "be"), ("cleared", "VERB", "VBN", "ROOT", 3, "clear"),
            ("to", "PART", "TO", "aux", 5, "to"), ("fly", "VERB", "VB", "xcomp", 3, "fly"),
            (",", "PUNCT", ",", "punct", 3, ","), ("according", "VERB", "VBG", "prep", 3, "accord"),
            ("to", "ADP", "IN", "prep", 7, "to"), ("the", "PRON", "DT", "punct", 3, "the"), last]
    words = [r[0] for r in rows]
    return Doc(nlp.vocab, words=words, spaces=[words[i + 1] != "," if i + 1 < len(words) else False for i in range(len(words))],
               pos=[r[1] for r in rows], tags=[r[2] for r in rows], deps=[r[3] for r in rows],
               heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def test_a_name_left_bare_after_according_to_is_the_source(nlp):
    from sourcebook.nlp.attribution.lexicon import active_lexicon
    from sourcebook.nlp.attribution.phrases import according_to

    doc = _bare_according(nlp, ("F.A.A.", "PROPN", "NNP", "dep", 9, "F.A.A."))
    cand = according_to(active_lexicon(), doc.text, doc[7], doc[0].sent)
    assert cand is not None and doc.text[cand.source[0]:cand.source[1]] == "F.A.A."
    assert [doc.text[s:e] for s, e in cand.contents] == ["The jet is cleared to fly"]
    # a thing left bare is no source ('..., according to the schedule')
    doc = _bare_according(nlp, ("schedule", "NOUN", "NN", "dep", 9, "schedule"))
    assert according_to(active_lexicon(), doc.text, doc[7], doc[0].sent) is None
