"""Patterns of the forty-second session (helper spnc): a finite verb of saying that the parser left
with no subject because it hung the clause before the cue on it, with the reported clause after it,
takes that clause's subject ('He pledged X and cast doubt on Y, suggested that Z'; 'A spokeswoman
for the brand - a small firm pitched as "..." - noted that Z'; 'Smith paused, then revealed why Z':
``lent_subjects``). Not a subject that holds no statement, nor one of a time clause, nor a clause
that opens with a quotation mark. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ('He pledged to be "the best mayor the city ever had" and cast doubt on the official jobless rate of 4.9 percent, '
     "suggested that the real rate could be as high as 40 percent.", "suggested", "He",
     "the real rate could be as high as 40 percent"),
    ('He criticized the governor\'s record said she "is not going to fix it" over the next four years.', "said", "He",
     'she "is not going to fix it" over the next four years'),
    ("Smith paused, then revealed why the plan was failing.", "revealed", "Smith", "why the plan was failing"),
    ('A spokeswoman for the shoe brand - a small firm pitched as "the home of the running shoe" - noted that the company '
     "offers new parents ten weeks of leave.", "noted", "A spokeswoman for the shoe brand",
     "the company offers new parents ten weeks of leave"),
])
def test_a_cue_with_no_subject_takes_the_subject_of_the_clause_before_it(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text.startswith(source)
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue", [
    ("The vote was close, suggested that the count be repeated.", "suggested"),  # a vote holds no statement
    ("When the council met, said that the plan was dead.", "said"),  # a time clause's subject is not the cue's
])
def test_no_subject_is_lent_by_a_thing_or_a_time_clause(nlp, text, cue):
    assert records(nlp, text, cue) == []


# 'The nurse thanked the staff, added that the ward would reopen.' as the parser may read it: the
# first clause hung on the cue as its complement, the cue with no subject of its own
_ROWS = [("The", "DET", "DT", "det", 1, "the"), ("nurse", "NOUN", "NN", "nsubj", 2, "nurse"),
         ("thanked", "VERB", "VBD", "ccomp", 6, "thank"), ("the", "DET", "DT", "det", 4, "the"),
         ("staff", "NOUN", "NN", "dobj", 2, "staff"), (",", "PUNCT", ",", "punct", 6, ","),
         ("added", "VERB", "VBD", "ROOT", 6, "add"), ("that", "SCONJ", "IN", "mark", 11, "that"),
         ("the", "DET", "DT", "det", 9, "the"), ("ward", "NOUN", "NN", "nsubj", 11, "ward"),
         ("would", "AUX", "MD", "aux", 11, "would"), ("reopen", "VERB", "VB", "ccomp", 6, "reopen"),
         (".", "PUNCT", ".", "punct", 6, ".")]


def _lent(nlp, rows, cue):
    from spacy.tokens import Doc

    from sourcebook.nlp.attribution.lent_subjects import lent_subject
    from sourcebook.nlp.attribution.lexicon import active_lexicon

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    found = lent_subject(active_lexicon(), next(t for t in doc if t.text == cue))
    return found.text if found is not None else None


def test_the_complement_before_the_cue_lends_its_subject(nlp):
    assert _lent(nlp, _ROWS, "added") == "nurse"


def test_a_quotation_before_the_cue_lends_nothing(nlp):
    # '"The nurse thanked the staff," added that ...': the quoted clause is a report, not the cue's doer's act
    rows = [('"', "PUNCT", "``", "punct", 3, '"')] + [(w, p, t, d, h + 1, lem) for w, p, t, d, h, lem in _ROWS]
    assert _lent(nlp, rows, "added") is None
