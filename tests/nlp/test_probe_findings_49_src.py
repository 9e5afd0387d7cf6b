"""Sources of the forty-ninth session (helper src): a participle (or the infinitive under it) set off
after a reported clause whose subject is a pronoun is the reporter's next act, not the pronoun's
(``embedded_participles``: 'The mayor said she would veto X, while trying to explain Y': the mayor);
a verb joined by 'and' after a quotation set off by dashes with its own cue is the act of the
clause opening the sentence, which the parser hung on the aside's cue ('X called it reckless -
"...," she said - and promised Y': X, ``set_off``). A pronoun of another person, a participle not
set off and the aside's own quotation keep their readings. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, expected", [
    ('Dr. Amara Osei said she was "deeply worried," while trying to explain her plan to close the ward.',
     "trying to explain", "Dr. Amara Osei", ["her plan to close the ward"]),
    ('Ms. Farrow said she was "going to fight this," while trying to explain her decision to the board.',
     "trying to explain", "Ms. Farrow", ["her decision to the board"]),
    ('Senator Abernathy has indicated he would try to cut the grant, vowing to "fix" the agency, and '
     "suggesting he would hire new auditors.", "suggesting", "Senator Abernathy", ["he would hire new auditors"]),
])
def test_a_participle_after_a_report_with_a_pronoun_is_the_reporter_s(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


@pytest.mark.parametrize("text, cue, source, expected", [
    ('Councillor Pratt called the levy reckless - "It is a tax on the poor," she said - and promised to vote '
     "against it.", "promised", "Councillor Pratt", ["to vote against it"]),
    ('Mr. Halvorsen praised the new stadium - "It is a jewel," he said - and argued that the city should build '
     "a second one.", "argued", "Mr. Halvorsen", ["the city should build a second one"]),
])
def test_a_verb_after_a_quoted_aside_in_dashes_is_the_opening_clause_s(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


@pytest.mark.parametrize("text, cue, source, expected", [
    ('Councillor Pratt called the levy reckless - "It is a tax on the poor," she said - and promised to vote '
     "against it.", "said", "she", ["It is a tax on the poor"]),
    ("Ms. Ortega told reporters that he had resigned, saying the board would meet on Monday.", "saying",
     "Ms. Ortega", ["the board would meet on Monday"]),
    ("The union leader said he would sign the deal, arguing that the workers had waited long enough.", "arguing",
     "The union leader", ["the workers had waited long enough"]),
])
def test_the_aside_s_own_cue_and_other_participles_keep_their_sources(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


def test_a_participle_not_set_off_reports_nothing_of_its_own(nlp):
    text = "The coach said she was busy reviewing the tapes."
    (record,) = records(nlp, text)
    assert record.source is not None and record.source.text == "The coach"
    assert contents(record) == ["she was busy reviewing the tapes"]
