"""Red-team of the fifty-first session's late merges ('in favor of' kept past the threshold,
'made it clear he would X', 'X, warned the fire chief.', a place after an inverted named speaker,
'Campaign group Patients First', 'paid tribute to her as X', a clause after the place a cue was said
at, a headline's dash and its speaker, a participle set off inside a reported clause, an advice
column's answers): sentences written for the test in the shapes each change reads, and near misses
each must leave alone.

Two wrong outcomes found are mended: a page's section after a headline's dash ('Ministers are wrong
about housing - Letters') is no speaker (``dash_sources`` reads ``line_labels.txt``), and an expert a
sentence of the story names before readers' signed questions ('Dr Vera Lund, a vet, answers your
questions.') is someone interviewed, whose answers are theirs (``interviews.readers_letters``). A time
after an inverted speaker ('said the coach Rui Vaz after the final') is no part of the source, as a place
is (``placed_speakers``). Those left alone are marked as expected failures."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The city council voted in favor of the new bus lanes on Tuesday.", "favor", "The city council", "the new bus lanes"),
    ("The mayor came out in favor of the stadium plan last month.", "favor", "The mayor", "the stadium plan"),
    ("The coach made it clear he would stay next season.", "made it clear", "The coach", "he would stay next season"),
    ("The envoy met the press and made it clear she would return in May.", "made it clear", "The envoy",
     "she would return in May"),
    ("The roads will be icy tonight, cautioned the state police.", "cautioned", "the state police",
     "The roads will be icy tonight"),
    ("Water levels are rising fast, warned Jane Smith, the county's flood officer.", "warned",
     "Jane Smith, the county's flood officer", "Water levels are rising fast"),
    ("\"Nobody listens,\" said the activist Mei Lin near the town hall.", "said", "the activist Mei Lin", "Nobody listens"),
    ("Campaign group Parents Together warned that class sizes were rising.", "warned", "Campaign group Parents Together",
     "class sizes were rising"),
    ("The coach paid tribute to her as \"a fearless reporter\".", "paid tribute", "The coach", "a fearless reporter"),
    ("The mayor told reporters at the hotel that the talks had collapsed.", "told", "The mayor", "the talks had collapsed"),
    ("Officials said the suspect, arrested on Monday, was released.", "said", "Officials",
     "the suspect, arrested on Monday, was released"),
    ("Budget will not raise taxes - Finance Minister Adeyemi\n\nThe minister spoke on Monday.", "-",
     "Finance Minister Adeyemi", "Budget will not raise taxes"),
])
def test_the_merged_forms_still_read(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The court ruled in favor of the tenants on Friday.",
    "Three members voted in favor, and two abstained.",
    "The plan was dropped in favor of a cheaper one.",
    "Prices moved in favor of buyers after the rate rise.",
    "The storm made it clear how weak the levees were.",
    "The river rose, warned by the forecasts.",
    "The captain sounded the alarm, warned the crew.",
    "She grabbed her coat, warned her sister and ran.",
    "The club paid tribute to the nurses at the hospital.",
    "The mayor paid tribute to the founder as the crowd stood in silence.",
    "The town paid tribute to him as part of the anniversary events.",
    "The senator spoke at the school that she attended as a child.",
    "Prices, once high, fell sharply last year.",
])
def test_near_misses_report_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Man jailed - BBC News\n\nA man was jailed on Friday.",
    "Prices rise - analysis\n\nPrices rose again.",
    "Election 2024 - results\n\nVotes are being counted.",
    "City beat United 2-1 - Sky Sports\n\nCity won.",
    "Ten things to do this weekend - Time Out\n\nHere is our list.",
    "Ministers are wrong about housing - Letters\n\nSir, the plan is wrong.",
    "The council has failed its tenants - Editorial\n\nThe council met on Monday.",
])
def test_a_headlines_outlet_kind_or_section_after_a_dash_is_no_source(nlp, text):
    assert not any(r.cue is not None and r.cue.text == "-" for r in records(nlp, text))


def test_a_participle_set_off_after_the_subject_stays_in_one_content(nlp):
    assert [contents(r) for r in top(nlp, "She said the bridge, built in 1890, needs repair.")] == [
        ["the bridge, built in 1890, needs repair"]]


_EXPERT = ("Ask the expert: your questions on pets\n\nDr Vera Lund, a vet at the city clinic, answers readers' questions."
           "\n\nQ: Can my puppy eat grapes? - Mark, Bristol\n\nA: No. Grapes can harm a dog's kidneys.\n\nQ: How often should "
           "I walk an old dog? - Priya, Leeds\n\nA: Twice a day, but keep the walks short.\n")
_COLUMN = ("Ask Pat: Should I rent or buy?\n\nQ: We have saved a deposit but prices keep rising. Should we buy now? - Tom, "
           "Derby\n\nA: Prices may well fall next year, so there is no rush.\n")


def test_an_expert_named_before_readers_signed_questions_speaks_the_answers(nlp):
    answers = [(contents(r), r.speaker) for r in top(nlp, _EXPERT) if r.source is not None and r.source.text == "A"]
    assert answers == [(["No. Grapes can harm a dog's kidneys"], "Vera Lund"),
                       (["Twice a day, but keep the walks short"], "Vera Lund")]


def test_a_column_headed_by_its_name_keeps_its_answers_the_columnists(nlp):
    assert [r for r in top(nlp, _COLUMN) if r.source is not None and r.source.text == "A"] == []


@pytest.mark.xfail(strict=True, reason="a relative on a place whose verb takes its object ('that he loved') is read as "
                   "what was told (``place_clauses`` knows verbs of making or holding a place only)")
def test_a_relative_with_a_transitive_verb_after_a_place_stays_one(nlp):
    assert records(nlp, "The coach told fans at the ground that he loved.") == []


@pytest.mark.parametrize(("text", "source"), [
    ("\"We won,\" said the coach Marta Ruiz after the match.", "the coach Marta Ruiz"),
    ("\"We are ready,\" said the captain Ana Lee following the draw.", "the captain Ana Lee"),
    ("\"We lost,\" said a fan after the match.", "a fan"),
    ("\"Nobody listens,\" said the activist Mei Lin near the town hall.", "the activist Mei Lin"),
])
def test_a_time_after_an_inverted_speaker_is_no_part_of_the_source(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]



@pytest.mark.xfail(strict=True, reason="a city after a headline's dash (a dateline) is taken for its speaker")
def test_a_city_after_a_headlines_dash_is_no_source(nlp):
    assert not any(r.cue is not None and r.cue.text == "-"
                   for r in records(nlp, "Police hunt gunman after shooting - Kano\n\nA man was shot."))
