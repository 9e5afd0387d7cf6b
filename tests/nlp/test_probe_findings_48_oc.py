"""Patterns of the forty-eighth session (helper oc): a poll's answers, share by share. When a report
whose source is a share of those asked ('58 percent', 'about half of the farmers', 'one in five', or
'who' after one) has its cue inside the content of another share's report, it is the next answer and
a report of its own: the first content ends before the second share's phrase and the comparison word
joining them ('compared with', 'versus'); not a share inside a person's report, nor a person's report
inside a share's (``poll_shares``). And a name or a topic before a colon that its section names again
in its own first lines is a heading, not a speaker's turn (``heading_labels``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize("text, first, second", [
    ("Among the renters surveyed, 58 percent said the rent rises were unfair, compared with about a third "
     "who said they were justified.", "the rent rises were unfair", "they were justified"),
    ("About half of the farmers said the new subsidy came too late, versus one in five who said it had "
     "helped them.", "the new subsidy came too late", "it had helped them"),
])
def test_a_second_share_answering_inside_the_first_is_a_report_of_its_own(nlp, text, first, second):
    found = top(nlp, text)
    assert [contents(r) for r in found if r.cue is not None and r.cue.text == "said"] == [[first], [second]]
    ok, shown = found_report(found, "said", "who", second)
    assert ok, shown


def test_a_share_after_its_own_comma_and_is_still_apart(nlp):
    text = "Most residents said the park was safe, and a quarter of them said it needed more lighting."
    found = top(nlp, text)
    assert found_report(found, "said", "Most residents", "the park was safe")[0]
    assert found_report(found, "said", "a quarter of them", "it needed more lighting")[0]


def test_a_share_inside_a_persons_report_stays_inside_it(nlp):
    text = "The pollster said 40 percent of voters think the tax is fair, compared with a third who say it is not."
    (outer,) = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "said"]
    assert outer.source is not None and outer.source.text == "The pollster"
    assert contents(outer) == ["40 percent of voters think the tax is fair, compared with a third who say it is not"]


def test_a_persons_report_inside_a_shares_content_is_not_split_off_as_a_share(nlp):
    text = "The mayor said the plan was sound, compared with critics who said it would fail."
    (outer,) = [r for r in top(nlp, text) if r.source is not None and r.source.text == "The mayor"]
    assert contents(outer) == ["the plan was sound, compared with critics who said it would fail"]


# A name or topic before a colon that heads its section: the section names it again in its own first
# lines, so it is a heading, no turn, and the reports in it stand on their own (``heading_labels``).

@pytest.mark.parametrize("text, cue, source, content", [
    ("Housing plans.  Dana Reyes: Rent grants Councilwoman Dana Reyes proposed in May that every tenant get a "
     "yearly rent grant.", "proposed", "Dana Reyes", "every tenant get a yearly rent grant"),
    ("Transit: The city runs the oldest transit fleet in the state, and the mayor said it would be replaced by 2030.",
     "said", "the mayor", "it would be replaced by 2030"),
])
def test_a_label_its_section_names_again_is_a_heading(nlp, text, cue, source, content):
    found = top(nlp, text)
    assert not [r for r in found if r.cue is not None and r.cue.text == ":"], [contents(r) for r in found]
    ok, shown = found_report(found, cue, source, content)
    assert ok, shown


def test_a_speakers_turns_stay_turns(nlp):
    text = ("The two candidates met on the radio on Tuesday.\n\nMORALES: We will fix the buses first.\n\n"
            "KLEIN: The buses are fine, Ms. Morales, and the riders know it.\n\nMORALES: The riders do not agree with you.\n")
    turns = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == ":"]
    assert [(r.source.text if r.source else None, contents(r)) for r in turns if r.source and r.source.text == "MORALES"] == [
        ("MORALES", ["We will fix the buses first"]), ("MORALES", ["The riders do not agree with you"])]


def test_a_headlines_speaker_named_again_in_the_article_stays_its_speaker(nlp):
    text = ("Reyes: Rent Grants Will Double Next Year\n\nCouncilwoman Dana Reyes said on Monday that the rent grants "
            "would double next year.\n")
    ok, shown = found_report(top(nlp, text), ":", "Reyes", "Rent Grants Will Double Next Year")
    assert ok, shown


def test_a_capitalised_word_of_no_name_does_not_make_a_heading(nlp):
    """'The' opens the label and the turn alike: no name comes back, so the colon's turn stands."""
    from sourcebook.nlp.attribution.candidate import Candidate
    from sourcebook.nlp.attribution.heading_labels import without_heading_labels

    text = "The board: the plan will fail."
    cand = Candidate(source=(0, 9), cue=(9, 10), contents=[(11, 29)])
    assert without_heading_labels(text, [cand]) == [cand]
