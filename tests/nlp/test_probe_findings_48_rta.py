"""Patterns of the forty-eighth session (helper rta): a second red team of the session's world-English,
web-page and phrasal rules, on passages written for the test. Fixed here: a fronted 'signed by its
secretary, X,' hands the source to the apposition after the name only when that names a body or a
group, not one person's role ('..., Ada Eze, a retired nurse, said': ``fronted_roles``); and an 'as'
aside on an imperative gives no record only when it is the page's own to its reader (it names the
reader, 'as your doctor told you', or a thing that cannot speak, 'as the packet says'), while one naming
someone else who spoke reports the bidding ('Wash your hands, as the ministry has advised':
``imperative_asides``). The rules' other cases, checked and kept, are pinned beside them: colon and
day-first datelines, a medium set off after the source, a passive notice to the reader, 'lay out' of a
plan only, 'open up about' a cue and 'opened up a lead' none."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _found(nlp, text):
    return [(r.source.text if r.source is not None else None, r.cue.text if r.cue is not None else None, contents(r))
            for r in records(nlp, text)]


@pytest.mark.parametrize("text, source, cue, content", [
    # a body after the name: the body speaks
    ("In a statement issued by its press officer, Tunde Ade, the ministry said the road would be closed.",
     "the ministry", "said", ["the road would be closed"]),
    ("In a letter signed by its secretary, Joan Okafor, the association said the strike would go ahead.",
     "the association", "said", ["the strike would go ahead"]),
    # one person's role after the name: the name is the subject, the role describes it
    ("In a statement signed by its secretary, Mrs Grace Obi, a retired teacher, said the strike was over.",
     "Mrs Grace Obi, a retired teacher", "said", ["the strike was over"]),
    ("In a statement signed by its spokesman, Mr Ade Bello, the chairman of the party, said the fees were illegal.",
     "Mr Ade Bello, the chairman of the party", "said", ["the fees were illegal"]),
])
def test_fronted_role_hands_the_source_to_a_body_only(nlp, text, source, cue, content):
    assert (source, cue, content) in _found(nlp, text)


@pytest.mark.parametrize("text, source, cue, content", [
    ("Get the job done, as the minister told parliament on Monday.", "the minister", "told", ["Get the job done"]),
    ("Wash your hands often, as the health ministry has advised.", "the health ministry", "has advised",
     ["Wash your hands often"]),
])
def test_an_aside_naming_someone_else_reports_the_bidding(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "Always take the tablets exactly as your pharmacist has told you.",
    "Take two tablets a day, as the nurse tells you.",
    "Cook the pasta as the packet says, then drain it.",
    "Fill in the form as the instructions say.",
])
def test_an_aside_to_the_reader_gives_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("LAHORE: The provincial government said on Monday that schools would reopen next week.",
     "The provincial government", "said", ["schools would reopen next week"]),
    ("Karachi, March 3 (APP): The chief minister said the new bridge would open in May.",
     "The chief minister", "said", ["the new bridge would open in May"]),
    ("NOTE: The minister said the figures were provisional.", "The minister", "said", ["the figures were provisional"]),
    ("LONDON, 2 June - Harbour Bank said profits rose 8 percent.", "Harbour Bank", "said", ["profits rose 8 percent"]),
    ("The union, in a news conference, said members would strike.", "The union", "said", ["members would strike"]),
    ("The Minority, in a press release, said the budget was a disaster.", "The Minority", "said",
     ["the budget was a disaster"]),
    ("Be advised that the clinic closes early on Fridays, the health board said.", "the health board", "said",
     ["Be advised that the clinic closes early on Fridays"]),
    ("The finance minister laid out her plan for the port on Tuesday.", "The finance minister", "laid out",
     ["her plan for the port"]),
    ("The singer opened up about her struggle with depression in an interview with a radio station.", "The singer",
     "opened up about", ["her struggle with depression"]),
    ("Economists diverge over whether rates will fall this year.", "Economists", "diverge over",
     ["whether rates will fall this year"]),
])
def test_the_session_rules_still_read_these(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "Officials laid out the bodies in the school hall before relatives arrived.",
    "The caterers laid out the plates on long tables in the square.",
    "The striker opened up a two-point lead for his side in the second half.",
    "Supermarkets opened up new stores across the north last year.",
    "The rivers diverge over the plain before reaching the sea.",
    "Anyone else think the referee was biased?",
    "Rest assured that your details are safe with us.",
])
def test_near_misses_give_no_record(nlp, text):
    assert _found(nlp, text) == []
