# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Generalisation check of the sixtieth session (helper A) of SOURCES in less common positions: after a dash
and in pull quotes, relative pronouns ('which said', 'most of whom believe', 'whose spokesman said'), titles
and appositions ('Dr (Mrs)', 'Rev. Canon', 'Capt. (retd)', 'the returning officer'), bodies and groups ('a
spokeswoman for the ministry', 'one official, who asked not to be named', 'those close to the coach'), sources
after the content and sources parted from the cue by a long aside (``probe_sources_60``), each with its
hand-written gold and, where a reader resolves one, its speaker; and lines that report nothing though they hold
the same words ('the dean's list', 'a dash of salt', 'residents who left').

Counted before this pass (of 135 reports and 55 lines that report nothing): right 120, source wrong 4, speaker
wrong 1, content end wrong 1, missed 9; lines that report nothing 55 of 55 silent. The gold was read again
against PolNeAR train: a relative pronoun is the source itself ('who' 447 times), and a dash's signature is the
name alone ('- Michelle Marks, Philadelphia' marks 'Michelle Marks'). Mended: a quotation signed after a dash
by a role in lower case before the name, or by a person described and not named, is that one's
('"X" - harbour master Colm Ruddock', '"Y" — a survivor of the mill fire, 81'; ``dash_signatures``; the
description only after a quotation that is its line, its first noun one for a person), with the description,
not a name inside it, for the speaker; offices of a parish, a hospital or a lifeboat are roles ('verger',
'almoner', 'coxswain', 'churchwarden' in ``role_nouns.txt``; two earlier strict xfails now pass: 'The crew's
coxswain' is Hamish Reid, 'The churchwardens report that X' is found); and a demonstrative 'those' with the
phrase saying whose part it is speaks as that phrase ('Those close to the coach say X': 'Those close to the
coach', not 'those'; ``groups.share``, ``quantifier_pronouns.txt``). PolNeAR train and dev: no record changed
(no dash signature of these shapes in its political news); speakers on dev 0.960 over 552 and on the train
gold 0.947 over 245, as before (one train speaker changed: 'Those mourning X at a gathering', no longer
'those'). After: right 125, source wrong 4, content end wrong 1, missed 5; lines 55 of 55. The rest is listed
in ``STILL_WRONG`` with the reason, a strict xfail each. Tried and not kept: not judging by the ranker's
threshold a report or a belief in a relative clause whose pronoun is its source, with a clause of its own
('A driver who claimed he had been robbed was charged'): PolNeAR train 2 right gained, 13 wrong ('who want
X', 'that suggested Y')."""

from __future__ import annotations

import pytest
from probe_checks import set_tests
from probe_records import top
from probe_sources_60 import NOT_REPORTS, REPORTS, SPEAKERS

from sourcebook.evaluate.speakers import is_right

#: why a source set off by dashes is listed
_DASHED = ("PolNeAR keeps the closing dash of an aside set off by dashes in the source ('Governor X – a Y fan –'); the"
           " rules end the source before it, which the scorer's overlap of sources does not see")
#: why a relative clause's report is listed
_RELATIVE = ("a report or a belief in a relative clause whose pronoun is its source falls under the ranker's threshold;"
             " not judging such records gained 2 right and 13 wrong on PolNeAR train ('who want X', 'that suggested Y')")

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "The ferry will run all winter – or so says the operator.":
        "the hedge 'or so' before an inverted verb of saying: the parser makes the verb a conjunct of the clause it"
        " reports; PolNeAR train has no 'or so says' to measure a rule on",
    "The mill owner – a quiet man named Edwin Pask – said the looms would be sold.": _DASHED,
    "Three of the wardens — all of them volunteers — said the reserve needed a fence.": _DASHED,
    "Capt. (retd) Rufus Penhaligon said the regiment's museum needed a new roof.":
        "a bracketed note between a title and the name is left out of the source ('Rufus Penhaligon'); the speaker is right",
    "The roof will be fixed by June, promised the bursar.":
        "the parser reads the subject after 'promised' as the one promised, its object; 'warned', 'vowed', 'pledged'"
        " in the same place are right, and PolNeAR train has no 'X, promised Y'",
    "The regulator, asked on Tuesday whether the bank had broken the rules, said it was too early to say.":
        "an 'asked' participle set off after the source stays in it; PolNeAR train has no such source to count",
    "Residents of Hollin Road, most of whom believe the mast is unsafe, have signed a petition.": _RELATIVE,
    "A driver who claimed he had been robbed was later charged with fraud.": _RELATIVE,
    "The residents, who believe the mast is unsafe, have signed a petition.": _RELATIVE,
    "The man who told police he had seen the van has not been traced.":
        "the parser hangs the sentence's own verb ('has not been traced') inside the reported clause",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN: dict[str, str] = {}

#: speakers still wrong: text -> why
KNOWN_SPEAKERS: dict[str, str] = {}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


def _speaker(nlp, text: str) -> str | None:
    cue, source, _ = next(r[2:] for r in REPORTS if r[1] == text)
    return next((r.speaker for r in top(nlp, text) if r.cue is not None and cue.lower() in r.cue.text.lower()
                 and (r.source.text if r.source else "") == source), "no such report")


@pytest.mark.parametrize(("text", "speaker"), [(t, s) for t, s in SPEAKERS.items()
                                               if t not in STILL_WRONG and t not in KNOWN_SPEAKERS])
def test_the_speaker_a_reader_gives(nlp, text, speaker):
    """A name is right as the speaker evaluation takes it ('Dr Ingrid Solvang' for 'Ingrid Solvang'); a
    description ('~' and its words) when the speaker shares a word with it and adds no name."""
    assert is_right(_speaker(nlp, text), [speaker]), _speaker(nlp, text)


def test_every_speaker_is_of_a_report_in_the_set():
    assert set(SPEAKERS) <= {r[1] for r in REPORTS} and set(KNOWN_SPEAKERS) <= set(SPEAKERS)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("\"The lifeboat saved six people\" - station master Ieuan Pritchard.", "station master Ieuan Pritchard", "Ieuan Pritchard"),
    ("\"We sleep in the car\" — a mother of three in Fenby, 34", "a mother of three in Fenby", "~a mother of three in Fenby"),
    ("\"Nobody came to fix it\" - a tenant on the Marlow estate", "a tenant on the Marlow estate", "~a tenant on the Marlow estate"),
])
def test_a_quotation_signed_after_a_dash_by_a_role_or_a_person_described(nlp, text, source, speaker):
    """``dash_signatures``: the role and the name, or the description up to its first comma, with the
    description for the speaker when no name is given."""
    found = [(r.source.text, r.speaker) for r in top(nlp, text) if r.source is not None and r.cue is not None
             and r.cue.text in "-\u2013\u2014"]
    assert found and found[0][0] == source and is_right(found[0][1], [speaker]), found


@pytest.mark.parametrize("text", [
    "The council called the verdict \"a disgrace\" - a view many residents share.",
    "\"Open all hours\" - a sign above the shop in Tarrow Street.",
    "She shouted \"stop\" - and then the lorry hit the wall.",
])
def test_no_signature_after_a_dash_in_running_text_or_for_a_thing(nlp, text):
    assert [r.source.text for r in top(nlp, text) if r.source is not None and r.cue is not None
            and r.cue.text in "-\u2013\u2014"] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Those familiar with the talks say a deal is close.", "Those familiar with the talks"),
    ("Those in the stands said the referee had lost control.", "Those in the stands"),
])
def test_those_with_the_phrase_saying_whose_part_it_is(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
