"""Patterns of the thirty-ninth session (helper probeB: interviews, live blogs, fiction, how-to
pages, travel guides, forums and council minutes). A full sentence opening with a preposition is
no section label ('In a long talk at her studio, the potter X talked about Y.' before a Q-and-A:
its 'A:' lines are X's). A Q-and-A whose asker names no one and never says 'you' is a page's own
questions ('How do I delete my account?'), no interview. A word the language lists as an adverb
opening a reply is no name ('Totally agree with X'). A verb of asking takes the 'when' / 'where' /
'how' / 'why' clause after it, or after the one asked, as its question ('asked when the footpath
would be repaired', 'asked the Minister for Transport when X'). A relative clause that ends on
its preposition before a cue verb ('A podiatrist we spoke to said X') is part of the source. A
person only ever named by a given name has that name's gender ('Gareth', 'Martha'). A participle
before a colon that opens a quotation is the verb ('A resident posted on Facebook: "..."'), and a
live page's time is no part of the source. Every sentence is written for the test."""

from __future__ import annotations

from probe_records import contents, records


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(r.cue.text if r.cue else None, r.source.text if r.source else None)
                             for r in nlp(text)._.sourcebook_attributions]
    return found[0]


def test_a_sentence_opening_with_a_preposition_is_no_section_label(nlp):
    text = ("In a long talk at her workshop, the potter Ines Karlsson talked about her glazes.\n"
            "Q: Why stoneware?\nA: It survives the kiln and the dishwasher.\nQ: And porcelain?\nA: Too fussy for me.")
    answers = records(nlp, text, ":")
    assert [contents(a) for a in answers] == [["It survives the kiln and the dishwasher"], ["Too fussy for me"]]
    assert {a.speaker for a in answers} == {"Ines Karlsson"}


def test_a_page_answering_its_own_questions_is_no_interview(nlp):
    text = ("Q: Can the app run without a signal?\nA: Yes. Saved routes work offline.\n"
            "Q: How do I reset my password?\nA: Tap Forgot password on the sign-in screen.")
    assert records(nlp, text, ":") == []


def test_questions_put_to_you_make_an_interview(nlp):
    text = "Q: When did you first open the bakery?\nA: In 2011, with a loan from my uncle.\nQ: Do you regret it?\nA: Never."
    assert [contents(a) for a in records(nlp, text, ":")] == [["In 2011, with a loan from my uncle"], ["Never"]]


def test_an_adverb_opening_a_reply_is_no_source(nlp):
    found = records(nlp, "Completely agree with the comment above.")
    assert all(r.source is None or r.source.text != "Completely" for r in found)


def test_a_question_asked_with_when(nlp):
    record = _one(nlp, "A second resident asked when the bus shelter would be replaced.", "asked")
    assert record.source.text == "A second resident"
    assert contents(record) == ["when the bus shelter would be replaced"]


def test_a_question_asked_of_a_minister_with_a_title(nlp):
    record = _one(nlp, "Ms. Quinlan asked the Minister for Health when the new clinic would open.", "asked")
    assert contents(record) == ["when the new clinic would open"]


def test_a_time_after_asking_a_question_is_no_question(nlp):
    text = "The reporter was trying to ask a question about the budget when the mayor walked out."
    assert all("when" not in " ".join(contents(r)) for r in records(nlp, text))


def test_a_relative_clause_ending_on_its_preposition_is_part_of_the_source(nlp):
    record = _one(nlp, "A pharmacist we spoke to said most customers skip the second dose.", "said")
    assert record.source.text == "A pharmacist we spoke to"
    assert contents(record) == ["most customers skip the second dose"]


def test_a_given_name_alone_has_its_gender(nlp):
    text = ('"You are late," said Martha, without looking up from the sink.\n'
            'Gareth hung his scarf on the peg. "The tram stopped at Dunmore Bridge."\n'
            '"It always stops at Dunmore Bridge," she said.')
    record = next(r for r in records(nlp, text, "said") if r.source.text == "she")
    assert record.speaker == "Martha"


def test_a_participle_before_a_quoted_colon_is_the_verb(nlp):
    record = _one(nlp, 'A neighbour posted on Facebook: "The whole lane is under water."', "posted")
    assert record.source.text == "A neighbour"
    assert contents(record) == ["The whole lane is under water"]


def test_a_live_pages_time_is_no_part_of_the_source(nlp):
    record = _one(nlp, '16:42 A shopkeeper posted on Facebook: "The whole lane is under water."', "posted")
    assert record.source.text == "A shopkeeper"
