"""Patterns found in the thirtieth session (issue 12; docs/accuracy.md, "Twenty-eighth pass"):
PolNeAR train's misses of polls named with 'in', and articles written about expeditions,
wildlife, insurance, telecoms, restaurants, military justice, the press of Singapore, Malaysia
and the Philippines, and research misconduct. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- polls named with 'in'


@pytest.mark.parametrize("opening, source", [
    ("In a Larkfield poll released on Monday,", "a Larkfield poll released on Monday"),
    ("In the latest Harbison survey,", "the latest Harbison survey"),
])
def test_a_poll_set_before_a_clause_sources_it(nlp, opening, source):
    text = f"{opening} 52 percent of voters backed the new runway."
    found = records(nlp, text, opening.split()[0])
    assert [(a.kind, a.source.text, contents(a)) for a in found] == [
        ("according_to", source, ["52 percent of voters backed the new runway"])]


def test_a_named_poll_after_the_clause_sources_it(nlp):
    text = "The senator fell to 10 percent in the latest Corvale poll released on Wednesday."
    found = records(nlp, text, "in")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("the latest Corvale poll released on Wednesday", ["The senator fell to 10 percent"])]


def test_a_pollster_the_ner_takes_for_a_person_is_the_polls_author(nlp):
    text = "In the latest Harris survey, the mayor led her rival by six points."
    found = records(nlp, text, "In")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Harris", "organisation")]


@pytest.mark.parametrize("text", [
    "About 2,000 people took part in the survey.",
    "The mayor is ahead in the polls.",  # polls in general: the writer's summary
    "In our survey, most readers preferred tea.",
    "Conabra estimated the crop at 54 million tonnes in its May survey.",  # the medium of its own report
    "Pundits are shocked that the mayor is leading in the latest Corvale poll.",
])
def test_polls_that_source_nothing_or_someone_elses_clause(nlp, text):
    assert [a for a in records(nlp, text) if a.cue.text.lower() == "in"] == []


# ---------------------------------------------------------------- who is speaking


@pytest.mark.parametrize("role", ["spokesman", "spokeswoman", "chairman"])
def test_a_role_ending_in_man_is_no_nationality(nlp, role):
    # ('the Welshman' is the person named before; 'the spokesman' is the one described before)
    text = (f"Mr Ochieng said he was relieved. A {role} for Larkhaven Mutual said the claim had been paid. "
            f"The {role} added that the interview had been routine.")
    added = records(nlp, text, "added")
    assert [a.speaker for a in added] == [f"{role} for Larkhaven Mutual"]


def test_the_welshman_is_still_the_person_named_before(nlp):
    text = "Owen Pritchard won the stage on Sunday. The Welshman said the climb had nearly broken him."
    said = records(nlp, text, "said")
    assert [a.speaker for a in said] == ["Owen Pritchard"]


def test_an_office_word_before_a_first_name_is_no_part_of_the_name(nlp):
    text = ("City Councilmember Rosa Delgado said she would cap delivery fees. "
            "Delivery apps are hurting small kitchens, she argued.")
    found = records(nlp, text)
    assert [(a.cue.text, a.speaker, a.speaker_kind) for a in found] == [
        ("said", "Rosa Delgado", "person"), ("argued", "Rosa Delgado", "person")]


def test_our_guide_saying_a_clause_is_a_report(nlp):
    found = records(nlp, "Our guide said a storm was coming.", "said")
    assert [(a.source.text, contents(a)) for a in found] == [("Our guide", ["a storm was coming"])]


def test_my_lungs_begging_for_air_stay_narration(nlp):
    assert records(nlp, "My lungs were begging for oxygen as we climbed.") == []


# ---------------------------------------------------------------- tails the parser misread


def test_a_post_read_after_a_quotation(nlp):
    text = '"Closing this kitchen was the hardest thing we have done," the post read.'
    found = records(nlp, text, "read")
    assert [(a.kind, a.source.text, contents(a)) for a in found] == [
        ("direct", "the post", ["Closing this kitchen was the hardest thing we have done"])]


def test_a_tail_of_figures_published_last_month(nlp):
    text = "The ombudsman upheld 41% of complaints, figures published last month show."
    found = records(nlp, text, "show")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("figures published last month", ["The ombudsman upheld 41% of complaints"])]


def test_a_tail_of_a_report_found(nlp):
    text = "The regiment spent $400,000 on travel, a report found."
    found = records(nlp, text, "found")
    assert [(a.source.text, contents(a)) for a in found] == [("a report", ["The regiment spent $400,000 on travel"])]


def test_a_plan_announced_in_may_is_still_no_tail(nlp):
    assert records(nlp, "The council will build 300 homes, a plan announced in May.", "announced") == []


def test_said_in_response_to_queries_that(nlp):
    text = "The agency said on Monday in response to queries that it was looking into the matter."
    found = records(nlp, text, "said")
    assert [contents(a) for a in found] == [["it was looking into the matter"]]


def test_a_report_inside_a_quotation_is_indirect(nlp):
    text = '"We were told it could take another month," Harriet Vale said.'
    inner = records(nlp, text, "were told")
    assert [(a.kind, contents(a)) for a in inner] == [("indirect", ["it could take another month"])]


def test_a_report_inside_a_quotation_with_words_quoted_again_stays_mixed(nlp):
    text = "\"Our records show the 'route' was marked,\" a council spokesman said."
    inner = records(nlp, text, "show")
    assert [a.kind for a in inner] == ["mixed"]


@pytest.mark.parametrize("noun", ["line cook", "mountain guide"])
def test_nouns_of_people_without_a_persons_ending_can_speak(nlp, noun):
    text = f"A former {noun} has filed a lawsuit alleging the company failed to pay overtime."
    found = records(nlp, text, "alleging")
    assert [(a.source.text, contents(a)) for a in found] == [
        (f"A former {noun}", ["the company failed to pay overtime"])]


@pytest.mark.parametrize("first, again", [("Datuk Seri Amran Noor Hakim", "Amran"), ("Madam Koh Swee Lan", "Madam Koh")])
def test_malaysian_and_singaporean_honorifics_are_no_part_of_the_name(nlp, first, again):
    text = f"{first} said the tariff would rise. {again} added that poor households would be spared."
    found = records(nlp, text)
    name = first.split(" ", 2)[-1] if first.startswith("Datuk") else first.split(" ", 1)[1]
    assert [(a.speaker, a.speaker_kind) for a in found] == [(name, "person"), (name, "person")]


def test_told_after_an_occasion_that_is_no_noun_of_saying(nlp):
    text = "Haddad told me in a phone interview after my visits that the kitchen had been short-staffed since opening."
    found = records(nlp, text, "told")
    assert [contents(a) for a in found] == [["the kitchen had been short-staffed since opening"]]


def test_told_about_a_house_that_someone_built_reports_nothing(nlp):
    assert records(nlp, "She told me about the house that her father built.", "told") == []


def test_a_forecast_with_a_noun_object_reports_it(nlp):
    found = records(nlp, "The weather office has forecast more snow for Tuesday.", "has forecast")
    assert [(a.source.text, contents(a)) for a in found] == [("The weather office", ["more snow for Tuesday"])]


@pytest.mark.parametrize("office", ["Leader of the Opposition", "Secretary of State for Health"])
def test_a_name_after_an_office_in_capitals_is_the_speaker(nlp, office):
    text = f"{office} Mark Golding said the budget was weak."
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Mark Golding", "person")]


@pytest.mark.parametrize("text, source, content", [
    ("According to the National Water Services Commission (SPAN), Sabah lost 55% of its treated water.",
     "the National Water Services Commission (SPAN)", "Sabah lost 55% of its treated water"),
    # the writer's comment set beside the source is no description of it
    ("Resale prices rose 9.6 per cent in 2024, according to data from HDB, the fastest increase since 2021.",
     "data from HDB", "Resale prices rose 9.6 per cent in 2024"),
])
def test_what_an_according_to_source_keeps(nlp, text, source, content):
    found = [a for a in records(nlp, text) if a.cue.text.lower() == "according to"]
    assert [(a.source.text, contents(a)) for a in found] == [(source, [content])]


def test_residents_of_a_place_are_no_office(nlp):
    found = records(nlp, "Residents of Kampung Kubang Batang said the water rose quickly.", "said")
    assert [a.speaker_kind for a in found] == ["group"]
