"""Red team of the forty-fourth pass's modules (helper rt2): passages written for the test, in
several genres, that each module should and should not fire on. What was tightened or widened: a
wh-clause or gerund after a topic that is the subject of a verb after it is no second topic
(``topic_pairs``); 'The same was said of X' with no modal reports hearsay (``set_phrases``); a
firm or a maker recalls things, not memories (``recalls``); the support of a person named or by
office is a side even for a made thing (``support_senses``); 'was adamant the rent would not rise'
with the clause read as the copula's conjunct (``copula_clauses``); a refusal to give details
('declined to give further details') is the reporter's act (``withheld_words``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "The goalkeeper found himself facing a penalty in the final minute.",
    "The bakery found itself at the centre of a row over its prices.",
    "The committee found itself divided on the question.",
    "The chef saw his restaurant close within a year.",
    "The company saw its profits shrink last quarter.",
    "The new exhibit echoes a design from the 1920s.",
    "The song echoes the rhythms of West African music.",
])
def test_what_befell_a_subject_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The inspectors found that the wiring was unsafe.", "found", "The inspectors", "the wiring was unsafe"),
    ("She found the report unconvincing.", "found", "She", "the report unconvincing"),
    ("The coach saw the defeat as a wake-up call.", "saw", "The coach", "the defeat as a wake-up call"),
    ("Local farmers echoed those concerns on Tuesday.", "echoed", "Local farmers", "those concerns"),
    ("The letter echoes the warnings of scientists.", "echoes", "The letter", "the warnings of scientists"),
])
def test_findings_views_and_words_echoed_still_report(nlp, text, cue, source, content):
    (record,) = records(nlp, text, cue)
    assert record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "The same cannot be said for the ferry service.",
    "The same could be said of the new library.",
    "The harvest was poor, to say the least.",
    "One could say the orchestra has never sounded better.",
    "You might say the town has found its voice again.",
])
def test_the_writers_set_phrases_report_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, content", [
    ("The same could be said of the new library, the critic said.", "the critic", "The same could be said of the new library"),
    ("The coach said the same of the backup goalkeeper.", "The coach", "the same of the backup goalkeeper"),
    ("One of the nurses said the ward was short of staff.", "One of the nurses", "the ward was short of staff"),
    ("Critics could say the plan is too costly.", "Critics", "the plan is too costly"),
])
def test_a_set_phrase_inside_a_report_or_a_real_sayer_still_reports(nlp, text, source, content):
    (record,) = records(nlp, text)
    assert record.source.text == source
    assert contents(record) == [content]


def test_the_same_said_of_a_thing_without_a_modal_is_hearsay(nlp):
    (record,) = records(nlp, "The same was said of the old pier when it opened.")
    assert record.cue.text == "was said of"
    assert record.source is None
    assert contents(record) == ["the old pier"]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor is expected to argue that the levy is fair.", "is expected to argue", "The mayor", "the levy is fair"),
    ("The spokeswoman is expected to tell reporters that the talks failed.", "is expected to tell", "The spokeswoman",
     "the talks failed"),
    ("The report is expected to say that the dam is unsafe.", "is expected to say", "The report", "the dam is unsafe"),
])
def test_a_raised_subject_is_the_source_of_the_report(nlp, text, cue, source, content):
    (record,) = records(nlp, text, cue)
    assert record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "The council is expected to approve the budget.",
    "The mayor is expected to say.",
    "The bishop is expected to say a prayer for the victims.",
    "It is expected to say that prices will rise.",
])
def test_no_raised_source_without_a_report_or_with_an_empty_subject(nlp, text):
    assert all(r.source is None for r in records(nlp, text))


@pytest.mark.parametrize("text, cue, content", [
    ("The chef will come on the show to talk about the menu and how the kitchen has changed.", "to talk about",
     "the menu and how the kitchen has changed"),
    ("The farmer spoke about the drought and what it meant for his family.", "spoke about",
     "the drought and what it meant for his family"),
    ("The author spoke about the novel and cutting two chapters.", "spoke about", "the novel and cutting two chapters"),
])
def test_a_second_topic_joined_to_the_first_runs_on(nlp, text, cue, content):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [content]


@pytest.mark.parametrize("text, cue", [
    ("The chef talked about the menu and how much it cost was never mentioned.", "talked about"),
    ("The author spoke about the novel and cutting ties with her publisher surprised fans.", "spoke about"),
    ("The coach spoke about the defeat, and how the fans reacted surprised everyone.", "spoke about"),
    ("The mayor talked about the bridge and then left the hall.", "talked about"),
    ("The chef talked about the menu. And how the kitchen has changed is anyone's guess.", "talked about"),
])
def test_a_clause_of_the_sentences_own_is_no_second_topic(nlp, text, cue):
    (record,) = records(nlp, text, cue)
    assert len(contents(record)) == 1
    assert contents(record)[0].split()[-1] in ("menu", "novel", "defeat", "bridge")


@pytest.mark.parametrize("text, first, second", [
    ("The mayor said the levy was fair, and residents complained that it was not.", "the levy was fair", "it was not"),
    ("Ms. Lind said the bakery would reopen in May, but the landlord says no lease is signed.",
     "the bakery would reopen in May", "no lease is signed"),
    ("The vet said the dog was healthy, and its owner said she was relieved.", "the dog was healthy", "she was relieved"),
    ('"It was a mistake," the mayor said, and critics said she should resign.', "It was a mistake", "she should resign"),
])
def test_a_joined_report_with_its_own_speaker_stands_apart(nlp, text, first, second):
    found = [contents(r) for r in records(nlp, text)]
    assert found == [[first], [second]]


@pytest.mark.parametrize("text, content", [
    ("The mayor said the levy was fair, and she added that shops would adapt.", "the levy was fair"),
    ("The mayor said the levy was fair and residents complained that it was not.",
     "the levy was fair and residents complained that it was not"),
])
def test_a_pronoun_or_no_comma_keeps_the_first_report_as_it_was(nlp, text, content):
    assert contents(records(nlp, text, "said")[0]) == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("The coach is adamant that the referee was wrong.", "is adamant", "the referee was wrong"),
    ("The landlord was adamant the rent would not rise.", "was adamant", "the rent would not rise"),
])
def test_an_adamant_clause_on_the_copula_is_the_content(nlp, text, cue, content):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "The coach is adamant and the referee was wrong.",
    "The painting is so large that it fills the hall.",
    "The river was high the week the bridge closed.",
])
def test_a_clause_of_the_copulas_own_is_no_stance(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("The club said two bidders had come forward but declined to name them.", "two bidders had come forward"),
    ("The gallery said the painting had been sold but refused to disclose the price.", "the painting had been sold"),
    ("The firm said it would cut jobs but declined to say how many.", "it would cut jobs"),
    ("The hospital said the child was stable but declined to give further details.", "the child was stable"),
])
def test_a_refusal_to_tell_is_out_of_the_content(nlp, text, content):
    assert contents(records(nlp, text, "said")[0]) == [content]


@pytest.mark.parametrize("text, content", [
    ("The minister said she was invited but declined to attend.", "she was invited but declined to attend"),
    ("The mayor said the council had met but declined to vote on the plan.",
     "the council had met but declined to vote on the plan"),
    ("The club said the deal was done but would not last.", "the deal was done but would not last"),
])
def test_a_refusal_of_anything_else_stays_in(nlp, text, content):
    assert contents(records(nlp, text, "said")[0]) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The union leader is thought to have warned members that strikes were likely.", "to have warned", "The union leader",
     "strikes were likely"),
])
def test_a_perfect_infinitive_of_saying_is_its_own_report(nlp, text, cue, source, content):
    (record,) = records(nlp, text, cue)
    assert record.source.text == source
    assert contents(record) == [content]


def test_a_refusal_alone_is_its_own_record(nlp):
    (record,) = records(nlp, "The agent declined to name the buyer.")
    assert record.cue.text == "declined"
    assert contents(record) == ["to name the buyer"]


@pytest.mark.parametrize("text, speaker", [
    ("The driver, 58, said the brakes had failed.", "driver"),
    ("The retired teacher, 71, said the town had changed.", "retired teacher"),
    ("Her son, 7, said he wanted to be a pilot.", "Her son"),
    ("John Smith, 45, said he saw the fire start.", "John Smith"),
    ("A mother of two said the school was too far away.", "mother of two"),
])
def test_an_age_is_no_part_of_the_speaker(nlp, text, speaker):
    (record,) = records(nlp, text)
    assert record.speaker == speaker


@pytest.mark.parametrize("text", [
    "The startup won the backing of a regional bank.",
    "The patient had the support of her family throughout.",
    "The bridge draws its support from steel cables.",
    "The team enjoyed the support of its fans all season.",
    "The candidate is struggling to win the support of younger voters.",
    "The festival won the backing of a regional bank.",
])
def test_support_that_is_help_or_sought_takes_no_side(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source", [
    ("The senator won the backing of the union.", "the union"),
    ("The general won the support of the army in the coup.", "the army"),
    ("The film won the backing of critics at the festival.", "critics"),
    ("The museum has the support of the mayor.", "the mayor"),
    ("The festival won the backing of Anna Berg.", "Anna Berg"),
])
def test_support_of_a_side_or_a_person_is_a_stance(nlp, text, source):
    (record,) = records(nlp, text)
    assert record.source.text == source


@pytest.mark.parametrize("text", [
    "Kettles recalled over burn risk.",
    "The country recalled its ambassador to Ankara.",
    "The carmaker recalled thousands of vehicles.",
    "Ovenly Ltd recalled its cookies after complaints.",
    "Toy makers recalled thousands of dolls.",
])
def test_a_thing_or_an_envoy_called_back_is_no_memory(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, content", [
    ("She recalled the night the soldiers came.", "She", "the night the soldiers came"),
    ("The nurse recalled the doctors who had trained her.", "The nurse", "the doctors who had trained her"),
    ("The bank recalled that it had warned investors in 2019.", "The bank", "it had warned investors in 2019"),
    ("The farmer recalled over lunch that the river had flooded twice.", "The farmer", "the river had flooded twice"),
])
def test_a_memory_recalled_still_reports(nlp, text, source, content):
    (record,) = records(nlp, text)
    assert record.source.text == source
    assert contents(record) == [content]
