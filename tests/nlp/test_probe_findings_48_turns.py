# ruff: noqa: E501  (a transcript's turn is one line, as a page has it)
"""Patterns of the forty-eighth session (helper turns), found by writing labelled turns of many
kinds (a published Q-and-A, a hearing, an earnings call, a podcast, a court record, a press
briefing, a live chat, a panel) and explainers whose lines open with a topic and a colon.

An answer whose words open like an indirect question ('A: How long the wait was.') is a turn, no
explainer's heading (``labels.explainer_heading`` asks ``interviews.label_turn``). A court record's
'Q.' and 'A.' are both labels of its layout, so a lawyer's 'MR. FENWICK:' after an answer answers
no question and is not the witness (``interviews``). A title's abbreviation opening a turn keeps
its name in the sentence ('MS. KOVAC: ...', ``components.lines``). 'Helena Marsh (Chief Executive
Officer):' is Helena Marsh's turn, its source closing its bracket (``answers.transcript_turn``,
``candidate.close_bracket``). A plural topic heading whose line names it again in the singular
('Pensions: The state pension ...') is a heading (``heading_labels``). Every sentence is made up."""

from __future__ import annotations

from probe_records import contents, top

QA = """Five questions for the new harbour master

Captain Imogen Tredway took charge of Port Calder's harbour in March. She spoke to the Gazette about dredging and fees.

This interview has been edited for length and clarity.

Q: What surprised you most in your first month?
A: How shallow the inner basin has become. My deputy told me the silt had doubled since 2015.

Q: Will mooring fees rise?
A: Not this year. We will look again in the autumn.
"""

COURT = """Transcript of proceedings, Day 3

THE COURT: Be seated. Counsel, call your next witness.

MS. ABERNATHY: The prosecution calls Detective Sergeant Colm Reilly.

Q. Sergeant, where were you on the night of June 4?
A. I was parked outside the warehouse on Dock Road.
Q. What did you see?
A. Two men carried boxes from a side door to a grey van.

MR. FENWICK: Objection, Your Honour. Leading.

THE COURT: Overruled.
"""

BRIEFING = """Press Briefing by Press Secretary Nadia Kovac

MS. KOVAC: Good afternoon. The President will travel to Ohio on Thursday to visit the flooded towns.

Q: Will he meet the governor?

MS. KOVAC: Yes. They will tour the levee together.
"""

EARNINGS = """Corvane Systems Q3 Earnings Call Transcript

Helena Marsh (Chief Executive Officer): Thanks, everyone. Revenue grew 14% to $812 million.

Raj Patel (Chief Financial Officer): Gross margin was 41.2%. We expect revenue to rise again.

Lucy Brandt (Halvorsen Securities): Can you talk about pricing in Europe?

Helena Marsh: Pricing was stable. We did not cut list prices in any region.
"""

HEADINGS = """What the budget means for you

The chancellor set out her budget on Wednesday. Here are the main changes.

Housing: First-time buyers will pay no stamp duty on homes under £300,000.

Pensions: The state pension will rise by 4.1% in April.

Economists said the package was smaller than expected.
"""


def _turns(found):
    return [(r.source.text if r.source else None, r.speaker, contents(r)) for r in found if r.cue is not None and r.cue.text == ":"]


def test_an_answer_that_opens_like_a_question_is_a_turn(nlp):
    found = top(nlp, QA)
    assert ("A", "Imogen Tredway", ["How shallow the inner basin has become. My deputy told me the silt had doubled since 2015"]) in _turns(found)
    assert ("A", "Imogen Tredway", ["Not this year. We will look again in the autumn"]) in _turns(found)
    assert not any(r.source is not None and r.source.text == "Q" for r in found)  # the questions are the paper's


def test_the_report_inside_an_answer_is_held_by_it(nlp):
    (told,) = [r for r in nlp(QA)._.sourcebook_attributions if r.cue is not None and r.cue.text == "told"]
    assert told.parent is not None and told.source.text == "My deputy"
    assert contents(told) == ["the silt had doubled since 2015"]


def test_an_explainer_heading_is_still_no_turn(nlp):
    text = "Energy bills: how the new cap works\n\nThe regulator set the cap on Friday.\n"
    assert not [r for r in top(nlp, text) if r.cue is not None and r.cue.text == ":"]


def test_a_lawyer_in_a_court_record_is_not_the_witness(nlp):
    turns = _turns(top(nlp, COURT))
    assert ("MR. FENWICK", "Fenwick", ["Objection, Your Honour. Leading"]) in turns
    assert not any(speaker == "Colm Reilly" for _, speaker, _ in turns)


def test_a_title_abbreviation_opening_the_first_turn(nlp):
    turns = _turns(top(nlp, BRIEFING))
    assert ("MS. KOVAC", "Nadia Kovac", ["Good afternoon. The President will travel to Ohio on Thursday to visit the flooded towns"]) in turns
    assert ("MS. KOVAC", "Nadia Kovac", ["Yes. They will tour the levee together"]) in turns
    assert len(turns) == 2  # the reporter's question is no statement


def test_a_name_and_its_role_in_brackets(nlp):
    turns = _turns(top(nlp, EARNINGS))
    assert ("Helena Marsh (Chief Executive Officer)", "Helena Marsh", ["Thanks, everyone. Revenue grew 14% to $812 million"]) in turns
    assert ("Raj Patel (Chief Financial Officer)", "Raj Patel", ["Gross margin was 41.2%. We expect revenue to rise again"]) in turns
    assert not any("Lucy Brandt" in (source or "") for source, _, _ in turns)  # an analyst's question


def test_topic_headings_are_no_speakers(nlp):
    found = top(nlp, HEADINGS)
    assert _turns(found) == []
    assert any(r.source is not None and r.source.text == "Economists" for r in found)


def test_a_plural_label_that_speaks_without_naming_itself(nlp):
    text = "Council row over parking\n\nRESIDENTS: We were never asked about the new meters.\n\nCOUNCIL: The meters were in the plan we published in May.\n\nRESIDENTS: Nobody reads those plans.\n"
    turns = _turns(top(nlp, text))
    assert any(source == "RESIDENTS" for source, _, _ in turns)
