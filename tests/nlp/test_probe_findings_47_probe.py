"""Patterns of the forty-seventh session (helper probe), found by writing twelve short articles of
as many genres (``probe_articles_47``) with every kind of report and lines that report nothing, and
then sentences in the shapes the articles showed wrong.

A product recalled in a headline ('Kettles recalled over burn risk', the plural title-cased like a
name) holds no memory: 'recall' never reports through a phrase after it, nor through the reason the
parser read as a particle and its object (``recalls``). A person's age set off after a role noun is
no part of the speaker ('The driver, 58,' is the driver: ``age_appositions``). An adjective of a
stance whose clause the parser hung on the copula ('is adamant that X') holds that clause
(``copula_clauses``). A reporting tail whose verb rule took its subject from inside the clause the
tail reports ('X will keep rising, the bank's economist, Ann Lee, told reporters') is read as the
tail (``reporting_tails.source_in_report``), and a tail may be told to a gathering ('..., she told a
briefing'). A refusal to name or to make public after 'but' is the reporter's act, as a refusal to
say is ('said two buyers had come forward but declined to name them': ``withheld_words``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_47 import ARTICLES, GOLD, NOT_REPORTS
from probe_records import article_checks, contents, records, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)


@pytest.mark.parametrize(("name", "speaker"), [
    ("court", "Dana Whitcombe"), ("flood", "Marta Novak"), ("strike", "Jenny Marsh"), ("obituary", "Ian Brodie"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


@pytest.mark.parametrize("text", [
    "Kettles recalled over burn risk",
    "Cars recalled over faulty airbags",
    "Toasters recalled over fire risk",
])
def test_a_product_recalled_in_a_headline_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    # the memory sense keeps its object and its clause
    ("She recalled the night the soldiers came.", "the night the soldiers came"),
    ("She recalled over dinner that the hall had been empty.", "the hall had been empty"),
])
def test_recalled_memories_still_report(nlp, text, content):
    (record,) = top(nlp, text)
    assert contents(record) == [content]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The driver, 58, told officers the brakes had failed.", "driver"),
    ("The striker, 31, was quoted as saying that he wanted to retire in Spain.", "striker"),
    ("The boss, 44, said the plant would close.", "boss"),
])
def test_an_age_set_off_is_no_part_of_the_speaker(nlp, text, speaker):
    (record,) = top(nlp, text)
    assert record.speaker == speaker
    assert record.source is not None and record.source.text.startswith("The ")


def test_a_named_speaker_with_an_age_keeps_the_name(nlp):
    (record,) = top(nlp, '"We had no warning at all," said Sarah Pike, 54, a teacher.')
    assert record.speaker == "Sarah Pike"


@pytest.mark.parametrize(("text", "content"), [
    ("She is adamant that the club did nothing wrong.", "the club did nothing wrong"),
    ("Officials were confident that the bridge was safe.", "the bridge was safe"),
])
def test_an_adjective_of_a_stance_holds_the_clause_after_it(nlp, text, content):
    (record,) = top(nlp, text)
    assert contents(record) == [content]


def test_an_adjective_without_a_clause_after_it_reports_nothing(nlp):
    assert records(nlp, "She is adamant, and that is why the club hired her.") == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Prices will keep rising until the spring, the bank's chief economist, Laura Finch, told reporters.",
     "the bank's chief economist, Laura Finch", "Prices will keep rising until the spring"),
    ("Rents will keep climbing, the agency's chief analyst, Omar Reyes, told a briefing.",
     "the agency's chief analyst, Omar Reyes", "Rents will keep climbing"),
    ("Prices will keep rising until at least the spring, the bank's chief economist, Laura Finch, told a conference in Leeds.",
     "the bank's chief economist, Laura Finch", "Prices will keep rising until at least the spring"),
    ("Prices will stay high, he told a briefing in Oslo.", "he", "Prices will stay high"),
])
def test_a_reporting_tail_whose_subject_the_parser_took_from_the_clause(nlp, text, source, content):
    (record,) = top(nlp, text)
    assert record.cue is not None and record.cue.text == "told"
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize(("text", "content", "refusal"), [
    ("Ms Rowe said two buyers had come forward but declined to name them.", "two buyers had come forward", "declined"),
    ("The clerk said the firm had bid but refused to disclose the price.", "the firm had bid", "refused"),
    ("Mr Diaz confirmed he had been approached by two clubs but declined to name them.",
     "he had been approached by two clubs", "declined"),
])
def test_a_refusal_to_name_or_disclose_is_the_reporters_act(nlp, text, content, refusal):
    found = {r.cue.text: r for r in top(nlp, text) if r.cue is not None}
    first = next(r for cue, r in found.items() if cue in ("said", "confirmed"))
    assert contents(first) == [content]
    assert refusal in found


def test_a_refusal_of_anything_else_stays_in_the_report(nlp):
    (record,) = top(nlp, "The minister said the mayor had been invited but declined to attend.")
    assert contents(record) == ["the mayor had been invited but declined to attend"]
