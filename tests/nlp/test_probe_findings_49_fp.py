"""Patterns of the forty-ninth session (helper fp): records shown on PolNeAR train that no gold cue
matches. A contact line's handle, e-mail address or web address is where to reach someone, no words
said (``contact_lines``: 'Follow her on Twitter: @x', 'He tweets @x', 'Email: x@y.org'). A post
whose words open with a handle, an address inside a statement and a tweet's own words stay reports.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ("Follow Dana Reyes on Twitter: @danareyes. Reach her at dana@example.org.", ":"),
    ("Mark Ellery teaches economics at a state university. He tweets @markellery.", "tweets"),
    ("Tips about the council can go to our newsdesk. Contact: tips@harlowgazette.example.", ":"),
    ("Colm Hardy covers the statehouse. He writes at www.hardyreport.example.", "writes"),
])
def test_a_contact_line_reports_nothing(nlp, text, cue):
    assert cue in text
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text == cue] == []


@pytest.mark.parametrize("text, cue, source, expected", [
    ('The senator wrote: "@danareyes you have the numbers wrong."', "wrote", "The senator",
     ["@danareyes you have the numbers wrong"]),
    ("The mayor said the site www.example.org would close on Friday.", "said", "The mayor",
     ["the site www.example.org would close on Friday"]),
    ("The governor tweeted that the bridge would reopen on Monday.", "tweeted", "The governor",
     ["the bridge would reopen on Monday"]),
])
def test_a_post_and_an_address_inside_a_statement_stay_reports(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected
