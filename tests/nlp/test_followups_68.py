"""Follow-ups the last pass left on speakers and transcripts (pass 68), each on sentences written for these tests
with made-up names, places and bodies.

- A call's operator is no source: 'OPERATOR: Our next question comes from X' in an earnings call's transcript
  hands the floor on (``transcript_speakers.operator_turn``, ``attribution/call_operators.txt``; a mixed-case
  'Operator:' was already no label, its noun being a common one), nor is its own 'I' or 'we' inside a turn ('I
  would now like to turn the call over to X': ``transcript_speakers.operator_speaks``, read by ``mute``).
- A role a relative clause gives the person it is set on is theirs ('Kofi Odum, who has been harbour master since
  2019, said X. The harbour master said Y': ``copula_roles``), as their own clause's copula's is.
- A role phrase that names its body by a kind ('the company's boss', 'the charity's director', 'the council
  leader'; ``attribution/body_kinds.txt``) is only someone of a body of that kind (``role_bodies.kind_elsewhere``):
  'Ms Vane, the chief executive of the Marlow Trust' is no company's boss; one of a body whose name and
  introduction say no kind ('the GMB') may be of any.
- ``affiliations.HONORIFICS`` is read from ``attribution/honorifics.txt`` (with the courtesy titles of
  ``titles.txt``), the same words as the list it was in code.

Counts on these 20 cases: on main before the mends 10 right (the word list check failing there for want of the file);
after them all 20. PolNeAR train and dev: no record changed (train 13049 right of 15662 predicted, dev 1416 of
1711, before and after); ``evaluate speakers`` on train's fourteen hand-checked articles 234 right of 247 before
and after.
"""

from __future__ import annotations

import pytest
from probe_records import records, top

from sourcebook.nlp.attribution.affiliations import HONORIFICS
from sourcebook.nlp.lexicon import tagged, word_set

CALL = ("Orrin Foods Q2 results call\n"
        "OPERATOR: Welcome to the Orrin Foods second quarter call. All lines are in listen-only mode.\n"
        "DANA PELL: Thanks. Sales fell 2% but we are confident the second half will be stronger.\n"
        "OPERATOR: Your next question is from Ivo Brandt of Kessel Bank.\n"
        "IVO BRANDT: Will the price rises stick?\n"
        "DANA PELL: We believe they will.\n")
MIXED = ("Harlow Systems third quarter 2033 earnings call\n"
         "Operator: Good day, and welcome to the Harlow Systems third quarter earnings call.\n"
         "Mara Quist: Thank you. Revenue rose 8% in the quarter, and we expect margins to improve next year.\n"
         "Operator: Our next question comes from Lev Ambry with Dorn Capital. Please go ahead.\n"
         "Lev Ambry: How much of that growth came from defence?\n"
         "Mara Quist: About half of it, and we think that share will hold.\n")
HANDED_ON = ("Orrin Foods Q2 results call\n"
             "OPERATOR: Welcome to the call. I would now like to turn the call over to Dana Pell.\n"
             "DANA PELL: Thanks. Sales fell 2% but we are confident the second half will be stronger.\n"
             "OPERATOR: Your next question is from Ivo Brandt of Kessel Bank.\n"
             "DANA PELL: We believe the price rises will stick.\n")


def _operators(nlp, text):
    return [r for r in records(nlp, text) if (r.speaker or "").lower() == "operator"
            or r.source is not None and r.source.text.lower() == "operator"]


@pytest.mark.parametrize("text", [
    CALL,
    MIXED,
    HANDED_ON,
])
def test_a_call_operator_is_no_source(nlp, text):
    assert _operators(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [(CALL, "Dana Pell"), (MIXED, "Mara Quist"), (HANDED_ON, "Dana Pell")])
def test_the_call_speakers_keep_their_turns(nlp, text, speaker):
    assert speaker in {r.speaker for r in top(nlp, text)}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kofi Odum, who has been harbour master since 2019, said the port would reopen on Monday. The harbour master "
     "said dredging would take a week.", "Kofi Odum"),
    ("Mr Odum, who has been harbour master since 2019, said the port would reopen on Monday. The harbour master said "
     "dredging would take a week.", "Odum"),
    ("Ines Marr, who became chief executive of Norlan Water in May, said bills would rise. The chief executive said "
     "the rise was fair.", "Ines Marr"),
    ("Jo Fell, who was elected mayor of Ambry in May, said the bridge was unsafe. The mayor said repairs would "
     "start soon.", "Jo Fell"),
])
def test_a_role_given_by_a_relative_clause_names_its_holder(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


@pytest.mark.parametrize("text", [
    "Jo Fell, who is a critic of the mayor, said the bridge was unsafe. The mayor said the bridge would reopen.",
    "Ada Quill, who is not the mayor, said the bridge was unsafe. The mayor said the bridge would reopen.",
])
def test_a_relative_clause_that_gives_no_role_names_no_one(nlp, text):
    assert [r.speaker for r in top(nlp, text)][1:] != [top(nlp, text)[0].speaker]


@pytest.mark.parametrize(("text", "held"), [
    ("Ms Vane, the chief executive of the Marlow Trust, said the grants would continue. The company's boss added that "
     "costs had risen.", False),
    ("Ann Lusk, the director of Ferris Foods, said sales fell. The charity's director added that demand had "
     "doubled.", False),
    ("Ray Pim, the chief executive of Dunmere Council, said the library would close. The company's boss added that "
     "savings were needed.", False),
    ("Ms Vane, the chief executive of Marlow Foods, said the plant would stay open. The company's boss added that "
     "costs had risen.", True),
    ("Ann Lusk, the director of the Ferris Charity, said donations fell. The charity's director added that demand "
     "had doubled.", True),
    ("Ray Pim, the leader of Dunmere Council, said the library would close. The council's leader added that savings "
     "were needed.", True),
    # a body whose name says no kind may be of any kind
    ("Gary Smith, the leader of the GMB, said the strike would go ahead. The union leader added that talks had "
     "failed.", True),
])
def test_a_role_of_a_kind_of_body_is_one_of_that_kind(nlp, text, held):
    first, second = top(nlp, text)
    assert (second.speaker == first.speaker) is held


def test_the_honorifics_are_a_word_list():
    assert word_set("attribution/honorifics") | tagged("titles", "courtesy") == HONORIFICS
    assert {"dr", "sheikh", "do\u00f1a", "rt", "hon", "togbe"} <= HONORIFICS
    assert "senator" not in HONORIFICS
