"""Patterns of the thirty-ninth session (helper spnc): a report set in a relative clause after a
comma ('..., which critics said would fail', '..., who had warned that X') is a report of its own,
not part of what the sentence's first report says: the first content ends at the comma and the
second record stands alone (``relative_reports``). Not inside a quotation (the quoted words are
the quoted speaker's), not a restrictive clause with no comma ('the bill that lawmakers said
would cut taxes'), nor a clause in the middle of a content that goes on past it ('The
committee, which backed the plan, said X'). A cue that ends its sentence after a comma reports
the main clause before it also when the parser hung that clause on a time clause's verb ('As the
council met, a protester was arrested, police said': ``asides._main_under``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, outer, outer_content, inner, inner_source, inner_content", [
    ("The mayor defended the new parking levy, which shop owners said would drive customers away.",
     "defended", ["the new parking levy"], "said", "shop owners", ["which", "would drive customers away"]),
    ("She praised the court's ruling, which she said was long overdue.",
     "praised", ["the court's ruling"], "said", "she", ["which", "was long overdue"]),
    ("The minister thanked the nurses' union, who had warned that the wards were short of staff.",
     "thanked", ["the nurses' union"], "had warned", "who", ["the wards were short of staff"]),
])
def test_a_report_in_a_relative_clause_stands_alone(nlp, text, outer, outer_content, inner, inner_source, inner_content):
    found = records(nlp, text)
    first = next(r for r in found if r.cue is not None and r.cue.text == outer)
    second = next(r for r in found if r.cue is not None and r.cue.text == inner)
    assert contents(first) == outer_content
    assert second.parent is None
    assert second.source is not None and second.source.text == inner_source
    assert contents(second) == inner_content


@pytest.mark.parametrize("text, cue, content", [
    # inside a quotation: the quoted speaker's words, whatever they report
    ('"We rejected the offer, which the company said was final," the union leader said.', "said",
     "We rejected the offer, which the company said was final"),
    # a restrictive clause defines its noun
    ("The governor vetoed the bill that lawmakers said would cut taxes.", "vetoed",
     "the bill that lawmakers said would cut taxes"),
])
def test_no_split_inside_a_quotation_or_a_restrictive_clause(nlp, text, cue, content):
    first = next(r for r in records(nlp, text) if r.parent is None and r.cue is not None and r.cue.text == cue)
    assert content in contents(first)


def test_a_clause_inside_the_source_or_the_middle_of_a_content_stays(nlp):
    found = records(nlp, "The committee, which backed the plan, said the vote would be held in March.", "said")
    assert [contents(r) for r in found] == [["the vote would be held in March"]]
    found = records(nlp, "Officials said the bridge would close, according to the Herald, which first reported the plan.",
                    "according to")
    assert [contents(r) for r in found] == [["Officials said the bridge would close"]]


# 'As the council met, a protester was arrested, police said.' as the parser may read it: the
# main clause before the cue's comma hung on the time clause's verb ('arrested' an adverbial
# clause of 'met'), which hangs on the cue
_ROWS = [("As", "SCONJ", "IN", "mark", 3, "as"), ("the", "DET", "DT", "det", 2, "the"),
         ("council", "NOUN", "NN", "nsubj", 3, "council"), ("met", "VERB", "VBD", "advcl", 11, "meet"),
         (",", "PUNCT", ",", "punct", 3, ","), ("a", "DET", "DT", "det", 6, "a"),
         ("protester", "NOUN", "NN", "nsubjpass", 8, "protester"), ("was", "AUX", "VBD", "auxpass", 8, "be"),
         ("arrested", "VERB", "VBN", "advcl", 3, "arrest"), (",", "PUNCT", ",", "punct", 11, ","),
         ("police", "NOUN", "NNS", "nsubj", 11, "police"), ("said", "VERB", "VBD", "ROOT", 11, "say"),
         (".", "PUNCT", ".", "punct", 11, ".")]


def _misparsed(nlp, rows, final):
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    from sourcebook.nlp.attribution.asides import parenthetical
    from sourcebook.nlp.attribution.lexicon import active_lexicon

    verb = next(t for t in doc if t.text == final)
    return [doc.text[s:e] for s, e in parenthetical(doc.text, verb, active_lexicon())]


def test_the_main_clause_hung_on_a_time_clause_is_what_a_final_cue_reports(nlp):
    assert _misparsed(nlp, _ROWS, "said") == ["As the council met, a protester was arrested"]


def test_a_time_clause_alone_is_no_report(nlp):
    # 'As the council met, police said.': no main clause before the cue's comma
    rows = [("As", "SCONJ", "IN", "mark", 3, "as"), ("the", "DET", "DT", "det", 2, "the"),
            ("council", "NOUN", "NN", "nsubj", 3, "council"), ("met", "VERB", "VBD", "advcl", 6, "meet"),
            (",", "PUNCT", ",", "punct", 6, ","), ("police", "NOUN", "NNS", "nsubj", 6, "police"),
            ("said", "VERB", "VBD", "ROOT", 6, "say"), (".", "PUNCT", ".", "punct", 6, ".")]
    assert _misparsed(nlp, rows, "said") == []
