"""The fifty-sixth session's asides (helper aside): a cue clause set inside the sentence it reports, with
words of its own after the cue (whom it was said to, when, where, in what), was lost whenever the parser
did not make it a bare clause beside the sentence's verb: 'The plan, he told reporters on Friday, is dead'
read with 'told' as the root and 'is dead' its conjunct, 'The cost, the minister explained at the hearing,
was X' read as a relative clause on 'cost'. ``inset_asides`` reads the clause between the marks whatever
the parse (the cue, its subject, and phrases of its own, an addressee after a verb of telling), and the
sentence around it is what was said (``asides.parenthetical``). The reported clause's subject before the
cue clause stays in the content when the parser hung it on the cue as a second subject, a phrase of time
or a clause, or set it off with a dash (``asides.fronted_subject``); 'He hoped, he said, that X' with the
aside hung on the 'that' clause gives the report 'He hoped | X' (``inset_asides.held_around_an_aside``); the
words before an aside start past a dash left open before it (``inset_asides.past_an_open_dash``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

INSETS = [
    ("The ferry, the harbour master told reporters on Friday, will not sail until spring.", "told",
     "the harbour master", ["The ferry", "will not sail until spring"]),
    ("The new levy, the treasurer explained at the hearing, was meant to pay for the bridge.", "explained",
     "the treasurer", ["The new levy", "was meant to pay for the bridge"]),
    ("The difference now, she told me on Tuesday, is that the clinic has its own doctor.", "told", "she",
     ["The difference now", "is that the clinic has its own doctor"]),
    ("The museum, the curator told visitors in the main hall, was founded in 1901.", "told", "the curator",
     ["The museum", "was founded in 1901"]),
    ("On Friday, the coach told reporters, the team would rest its captain.", "told", "the coach",
     ["On Friday", "the team would rest its captain"]),
    # the subject before the cue clause, hung on the cue
    ("Most of the grant, officials said at a briefing, had already been spent.", "said", "officials",
     ["Most of the grant", "had already been spent"]),
    ("The bridge \u2014 the engineer told the council on Monday \u2014 will close in May.", "told", "the engineer",
     ["The bridge", "will close in May"]),
    ("The quarry, he wrote in a letter to residents, would close by June.", "wrote", "he",
     ["The quarry", "would close by June"]),
    # a dash left open before the cue clause: the clause it is set in starts past it
    ("We need new things - like, he says, better roads and bridges - for less money.", "says", "he",
     ["like", "better roads and bridges - for less money"]),
    ("The plan - the third this year - was, he said, doomed.", "said", "he",  # (a pair closed before it)
     ["The plan - the third this year - was", "doomed"]),
    # a belief and its 'that' clause around the cue clause: the report holds both
    ("Nadia hoped, she told the paper, that the school would reopen.", "told", "she",
     ["Nadia hoped", "the school would reopen"]),
    ("He sincerely believes, he said, that the harbour can be saved.", "said", "he",
     ["He sincerely believes", "the harbour can be saved"]),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), INSETS)
def test_an_inset_cue_clause_reports_the_sentence_around_it(nlp, text, cue, source, content):
    found = [(r.source.text if r.source else None, contents(r)) for r in records(nlp, text, cue)]
    assert (source, content) in found, found


NOT_INSETS = [
    # the writer's or the reader's 'as' clause, an act with an object of its own, a time clause
    ("The rebels, as I write from the capital, are shelling the town.", None),
    ("Sales, as the company added 40,000 customers in May, rose sharply.", None),
    ("The town, when the mayor spoke, was quiet.", None),
    # a quotation the cue opens after an opening phrase: what was said is the quotation
    ('After the vote, the mayor told reporters, "We will appeal."', "After the vote"),
    # a noun phrase of the writer's after the clause: no clause goes on
    ("The council, the mayor told reporters, a decision that surprised no one.", "The council"),
    # a report of its own around the clause, which only says when
    ("The chair, as members jeered from the gallery, said the vote would stand.", "The chair"),
]


@pytest.mark.parametrize(("text", "before"), NOT_INSETS)
def test_a_clause_that_is_no_inset_aside_takes_no_words_around_it(nlp, text, before):
    found = [(r.cue.text if r.cue else None, contents(r)) for r in records(nlp, text)]
    if before is None:
        assert found == []
    else:  # the words before the clause are no part of what was said
        assert all(not c.startswith(before) for _, cs in found for c in cs), found


def test_a_relative_clause_of_telling_is_no_aside(nlp):
    text = "The senator, who told reporters on Friday that she would run, was in Ohio."
    assert all("was in Ohio" not in c for r in records(nlp, text) for c in contents(r))


def test_a_clause_of_the_cues_own_keeps_the_aside_out(nlp):
    text = "The money, she told police she had found in a bag, was fake."
    assert all("was fake" not in c and "The money" not in c for r in records(nlp, text) for c in contents(r))
