"""Patterns of the forty-sixth session (helper probesI), found by running whole articles written
for the purpose (a flood's rising toll, an airstrike, a boat sinking, a prison riot, a famine
report, a rights report, an election count, a ceasefire live blog, a heatwave, a spill, a strike,
a ruling, an epidemic, a fact check) through the pipeline and reading every record's content and
resolved speaker.

- 'The charity', 'the group' just after a body with a one-word name spoke is that body, not a
  body of a longer name that spoke before it (``body_nouns.last_spoken_unkinded``).
- A cue clause set after a fronted time or condition clause that the parser read as set beside
  the main clause ('When X, he said, Y') reports both clauses (``fronted_conditions``).
- A title's word that is all the name has left is the surname ('Mr King' is the King named
  before); an honorific that is also a first name, after another title, is the given name ('Dr
  Nana Adjei' is Nana Adjei) (``name_titles``).
- A clause after a semicolon hung on a cue set after its reported clause is the writer's ('X,
  the ministry said; Y': the report is X) (``trailing.noun_clause_after``).
- What a body with an untagged name is, set off after it and with a clause of its own, is no part
  of its name ('The Centre for X, a monitor that ..., said').
- 'spoke to him on a phone' is no report: the phone is what the words went over
  (``spoken_at.medium_placed``).
- 'He' for the man in 'Dana Reyes, whose brother ...,' is Dana Reyes's brother, not 'whose brother'.
- A headline joining two reports with a comma ('Union says X, company says Y') gives each its own
  clause (``predicates.clause_spliced_in_headline``: the second verb of saying, with a clause of
  its own, is no part of the first report).
- A description closing the sentence after 'according to' a name is the source's ('..., according to
  Statcom, the national statistics agency.') (``phrases._set_off_description``).

Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, noun", [
    ("The World Health Organization said the figures were low. Oxfam said most wells were dirty. "
     "According to the charity, the pumps had failed.", "According to"),
    ("The World Health Organization said the figures were low. Oxfam said most wells were dirty. "
     "The group said the pumps had failed.", "said"),
])
def test_the_body_that_has_just_spoken(nlp, text, noun):
    found = records(nlp, text, noun)
    assert found[-1].speaker == "Oxfam"


def test_a_group_named_as_one_is_still_the_group(nlp):
    text = ("The Millbrook Growers group said the beds were wrecked. Police said they were checking CCTV. "
            "The group said it was overwhelmed.")
    assert records(nlp, text, "said")[-1].speaker == "Millbrook Growers group"


@pytest.mark.parametrize("text, content", [
    ("When he climbed out of the cellar, he said, the shop next door was gone.",
     ["When he climbed out of the cellar", "the shop next door was gone"]),
    ("If the rain keeps up, she said, the river will burst its banks.",
     ["If the rain keeps up", "the river will burst its banks"]),
])
def test_a_cue_clause_after_a_fronted_clause(nlp, text, content):
    found = records(nlp, text, "said")
    assert len(found) == 1
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, speaker", [
    ("Stephen King said the book was late. Mr King said it would be out in May.", "Stephen King"),
    ("Dr Nana Adjei said the wards were full. She said more beds were coming.", "Nana Adjei"),
])
def test_a_title_word_that_is_a_name(nlp, text, speaker):
    assert [r.speaker for r in records(nlp, text, "said")] == [speaker, speaker]


def test_a_rank_before_a_name_is_still_a_title(nlp):
    found = records(nlp, "Chief Judge Ann Hale said the law was void.", "said")
    assert [r.speaker for r in found] == ["Ann Hale"]


def test_a_clause_after_a_semicolon_is_the_writers(nlp):
    found = records(nlp, "Floods killed 40 people, the ministry said; the toll is expected to rise.", "said")
    assert [contents(r) for r in found] == [["Floods killed 40 people"]]


def test_a_semicolon_after_the_content_leaves_it(nlp):
    found = records(nlp, "The ministry said the toll was 40; others put it higher.", "said")
    assert [contents(r) for r in found] == [["the toll was 40"]]


def test_what_a_body_is_with_a_clause_of_its_own_is_no_part_of_its_name(nlp):
    text = "The Centre for Civilian Harm, a London-based monitor that relies on contacts, said 51 people had died."
    found = records(nlp, text, "said")
    assert [r.speaker for r in found] == ["Centre for Civilian Harm"]


def test_speaking_on_a_phone_is_no_report(nlp):
    assert records(nlp, "She had spoken to him on a smuggled phone and he had seen nine bodies.") == []


def test_speaking_on_a_subject_is_one(nlp):
    found = records(nlp, "The minister spoke on the floods.")
    assert [contents(r) for r in found] == [["the floods"]]


def test_the_man_named_by_whose(nlp):
    text = 'Dana Reyes, whose brother is in the jail, said she was afraid. "He told me they were beaten," she said.'
    assert [r.speaker for r in records(nlp, text, "told")] == ["Dana Reyes's brother"]


def test_a_headline_joining_two_reports_with_a_comma(nlp):
    text = "Dock strike: union says 80% stayed out, port says most ships sailed\n\nDock workers walked out on Monday."
    found = records(nlp, text, "says")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        ("union", ["80% stayed out"]), ("port", ["most ships sailed"])]


def test_a_description_closing_the_sentence_after_according_to_a_name(nlp):
    found = records(nlp, "Rents rose 6 per cent in June, according to Homestat, the national housing agency.", "according to")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        ("Homestat, the national housing agency", ["Rents rose 6 per cent in June"])]
