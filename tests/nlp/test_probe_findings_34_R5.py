"""Patterns of the thirty-fourth session (helper R5): an infinitive the parser hung on the one
addressed or read as a clause of purpose ('instructs moderators to stop X'), a cue verb read as
a noun after a relative clause set off ('The messages, which carry X, urge Y'), a participle
opening an aside read as a past tense ('His son, reached at his home, said X'), a verb of saying
joined to a reported clause of saying (the clause subject's act), a belief set mid-sentence in
the first person ('Many planners, I suspect, agree'), a participle of saying after a document
one received, a passive gerund ('described being logged out'), 'remembers X as Y', what one
addressed was warned about ('warned citizens about X') and a noun's own restrictive clause
('messages that claim X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- the infinitive asked for


@pytest.mark.parametrize("text, cue, content", [
    ("The memo instructs moderators to stop removing the videos.", "instructs", "moderators to stop removing the videos"),
    ("Some former residents have asked the authority to place a historical marker at the overlook.", "have asked",
     "the authority to place a historical marker at the overlook"),
    ("The letter instructed staff to delete the files before the audit.", "instructed",
     "staff to delete the files before the audit"),
])
def test_an_infinitive_after_the_one_addressed_is_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The council asked residents to report any damage.", "asked", "residents to report any damage"),
    ("The union urged its members to reject the offer.", "urged", "its members to reject the offer"),
    ("He told reporters the plan to build a wall was dead.", "told", "the plan to build a wall was dead"),
])
def test_an_infinitive_the_parser_gave_the_verb_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_instructing_a_lawyer_is_no_record(nlp):
    assert records(nlp, "The firm instructed solicitors last week.") == []


# ---------------------------------------------------------------- an aside before the cue


@pytest.mark.parametrize("text, cue, content", [
    ("The messages, which carry the ministry's logo, urge recipients to click a link.", "urge",
     "recipients to click a link"),
    ("The letters, which bear the council's seal, warn tenants that rents will rise.", "warn", "rents will rise"),
])
def test_a_cue_read_as_a_noun_after_a_relative_clause(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert [contents(a) for a in found] == [[content]]
    assert found[0].source is not None and found[0].source.text.startswith("The ")


def test_a_participle_opening_an_aside_read_as_a_past_tense(nlp):
    text = ("His son, reached at his home in Cleveland, said his father rarely talked about work but mentioned "
            "Oyelaran at least once.")
    found = records(nlp, text)
    assert [(a.cue.text, a.source.text) for a in found] == [("said", "His son")]
    assert contents(found[0]) == ["his father rarely talked about work but mentioned Oyelaran at least once"]


def test_a_cue_clause_set_off_stays(nlp):
    found = records(nlp, "Lower inflation, he said in a statement, showed the policy worked.", "said")
    assert [a.source.text for a in found] == ["he"]


# ---------------------------------------------------------------- a report joined to a reported clause


def test_a_verb_of_saying_after_a_reported_clause_of_saying_is_its_subjects(nlp):
    found = records(nlp, "The officer said the suspect spoke to police and claimed he was innocent.")
    assert [(a.cue.text, a.source.text) for a in found] == [("said", "The officer"), ("claimed", "the suspect")]


@pytest.mark.parametrize("text, cue", [
    ("She said the plan was sound and added that costs would fall.", "added"),
])
def test_the_reporters_next_report_stays(nlp, text, cue):
    assert [a.source.text for a in records(nlp, text, cue)] == ["She"]


# ---------------------------------------------------------------- a belief set mid-sentence


@pytest.mark.parametrize("text, cue, content", [
    ("Many planners, I suspect, privately agree that the rules have gone too far.", "suspect",
     ["Many planners", "privately agree that the rules have gone too far"]),
    ("The Georgian builders would, I think, be baffled by the rules.", "think",
     ["The Georgian builders would", "be baffled by the rules"]),
    ("Prices, analysts expect, will rise.", "expect", ["Prices", "will rise"]),
])
def test_a_belief_set_mid_sentence(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [content]


def test_a_belief_opening_the_sentence_stays(nlp):
    found = records(nlp, "I suspect many planners privately agree that the rules have gone too far.", "suspect")
    assert [contents(a) for a in found] == [["many planners privately agree that the rules have gone too far"]]


# ---------------------------------------------------------------- a document received


@pytest.mark.parametrize("text, source", [
    ("Drivers received an in-app notice on Thursday announcing that the company will change its pay formula.",
     "an in-app notice"),
    ("Drivers received a notice announcing that the company will change its pay formula.", "a notice"),
])
def test_a_participle_after_a_document_received_is_the_documents(nlp, text, source):
    assert [a.source.text for a in records(nlp, text, "announcing")] == [source]


def test_a_document_issued_stays_the_issuers(nlp):
    found = records(nlp, "The firm issued a statement on Monday saying that it would appeal.",
                    "issued a statement on Monday saying")
    assert [a.source.text for a in found] == ["The firm"]


# ---------------------------------------------------------------- gerunds and 'as'


@pytest.mark.parametrize("text, cue, content", [
    ("Couriers at the hearing described being logged out without warning.", "described",
     "being logged out without warning"),
    ("She denied being paid by the campaign.", "denied", "being paid by the campaign"),
    ("Curtis Albe remembers the winter as mostly uneventful.", "remembers", "the winter as mostly uneventful"),
    ("Neighbours recall him as a quiet man.", "recall", "him as a quiet man"),
])
def test_a_passive_gerund_and_remembering_as(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text", [
    "I remember building a dam.",
    "She remembers being told to leave.",
    "He remembers the day well.",
])
def test_an_act_lived_stays_no_record(nlp, text):
    assert records(nlp, text) == []


# ---------------------------------------------------------------- warned about


@pytest.mark.parametrize("text, content", [
    ("The ministry warned citizens about the messages.", "the messages"),
    ("The doctor warned patients of the risks.", "the risks"),
    ("Police warned residents about messages that claim schools have closed.",
     "messages that claim schools have closed"),
])
def test_what_the_one_addressed_was_warned_about(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "warned")] == [[content]]


def test_a_nouns_own_restrictive_clause_is_its_claim(nlp):
    found = records(nlp, "Police warned residents about messages that claim schools have closed.", "claim")
    assert [(a.speaker, contents(a)) for a in found] == [("messages", ["schools have closed"])]


@pytest.mark.parametrize("text, cue, content", [
    ("The ministry warned about the messages.", "warned about", "the messages"),
    ("The mayor criticized the council for the delay.", "criticized", "the council for the delay"),
])
def test_a_phrase_on_the_verb_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_an_inference_about_a_clause_by_which_stays_no_record(nlp):
    assert records(nlp, "He said it rained all week, which suggests the drought is over.", "suggests") == []


def test_a_second_report_in_the_cue_tense_after_a_shifted_clause_is_the_reporters(nlp):
    # the clause's 'would' is not the joined verb's: 'suggested' is the minister's next report
    text = ("The minister said the country would formally declare its intention to leave by the end of March "
            "and suggested that it would withdraw from the customs union.")
    found = records(nlp, text, "suggested")
    assert len(found) == 1 and found[0].source.text == "The minister"
    assert contents(found[0]) == ["it would withdraw from the customs union"]


@pytest.mark.parametrize("text, cue", [
    ('"You know, I love the man," he said, but "on energy he has a history of representing oil firms."', "said"),
    ('Ana Ruiz, one of the mayor\'s aides, recalled the mayor talking about "Small Towns, Big Debts," a 2005 book.',
     "recalled"),
])
def test_a_turn_of_speech_or_a_memory_of_talk_keeps_its_report(nlp, text, cue):
    # 'You know,' opening a quotation is no belief set mid-sentence; recalling someone talking is no sighting
    assert len(records(nlp, text, cue)) == 1
