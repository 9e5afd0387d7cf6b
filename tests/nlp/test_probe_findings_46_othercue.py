"""Patterns of the forty-sixth session (helper othercue): a Title-Cased headline whose subject does
two things, the second an act of saying joined by 'and' or a comma ('Mayor Ann Lind Backs Harbour
Plan And Denounces Rival's Budget'), gives two reports with the same source, the first one's content
ending before the joining word (``headline_acts``). Not a verb that says nothing after the joining
word ('... Cuts Taxes And Raises Fees' goes on the content). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

_BODY = "\nThe statement was issued on Monday."


@pytest.mark.parametrize("headline, source, first, first_content, second, second_content", [
    ("Mayor Ann Lind Backs Harbour Plan And Denounces Rival's Budget", "Mayor Ann Lind", "Backs", ["Harbour Plan"],
     "Denounces", ["Rival's Budget"]),
    ("Senator Tom Vale Says Hackers Hit Ministry, Calls Audit 'Overdue'", "Senator Tom Vale", "Says", ["Hackers Hit Ministry"],
     "Calls", ["Audit 'Overdue'"]),
    ("Governor Reyes Praises Bridge Deal, Slams Council Delay", "Governor Reyes", "Praises", ["Bridge Deal"],
     "Slams", ["Council Delay"]),
])
def test_a_headlines_second_act_of_saying_is_a_report_of_its_own(nlp, headline, source, first, first_content, second,
                                                                  second_content):
    found = records(nlp, headline + _BODY)
    one = next(r for r in found if r.cue is not None and r.cue.text == first)
    two = next(r for r in found if r.cue is not None and r.cue.text == second)
    assert one.source is not None and one.source.text == source
    assert two.source is not None and two.source.text == source
    assert contents(one) == first_content
    assert contents(two) == second_content


def test_a_verb_that_says_nothing_stays_in_the_content(nlp):
    found = records(nlp, "City Says Plan Cuts Taxes And Raises Fees" + _BODY)
    assert not any(r.cue is not None and r.cue.text == "Raises" for r in found)
