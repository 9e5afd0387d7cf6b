"""Generalisation check of the sixtieth session on wire-service and translated news (helper G): thirty short
articles (``probe_wires_60``) in the registers of international news agencies (Yonhap, KCNA, Xinhua, Reuters,
TASS, WAM, AP, AFP, dpa, VNA, EFE, Kyodo, Anadolu, ANSA, SPA, China Daily), embassy and ministry readouts, translated
remarks and foreign-press reviews, each report with its hand-written gold (a word of the cue, the source, the first
content), the lines that report nothing (protocol narration, 'Reporting by X; Editing by Y', '(Writing by X)', a
copyright line, bylines and photo credits) and the speakers of pronouns and titled names. Every sentence is written
for the test.

Counted before this pass (main at cb6b76f) on the first twenty-six articles (written before any mend): reports 81
of 86 right (a wrong source 3, missed 2, a content cut wrong 0), lines that report nothing 42 of 43 (1 false report),
speakers 10 of 13. Mended: a passive 'ruled' with nothing ruled on after it governs ('Mali has
been ruled by the military since 2020'; ``governed``); a Chinese, Korean or Vietnamese name written family name
first whose family name the name list genders as an English given name ('Kim Song Il', 'Lin Jian') tells no
gender, so 'He' after it is not kept from it (``syllable_names``). After: reports 84 of 86, lines 43 of 43,
speakers 12 of 13. The four articles written next, to probe the mended shapes in other words, gave reports 10 of
14, lines 4 of 5 and speakers 3 of 3 before, and 14 of 14, 5 of 5 and 3 of 3 after. (These counts took 'X quoted Y
as saying Z' as X's report, PolNeAR's convention; the set now keeps the project's, Y's report relayed by X, which
main already gave: of the misses before, two of the first twenty-six's and three of the next four's were these. And
they counted 'underlined' with a noun phrase as mended: the lead kept it a cue with a clause only, see STILL_WRONG.)
Conventions followed as PolNeAR has them: 'X, citing Y, reported Z' is two reports of X ('citing' holds Y), 'the two
leaders agreed that X' and 'witnessed the signing' are reports, and 'according to a transcript' holds the whole
'"Q," X said'."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_wires_60 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
_UNDERLINED = ("'underline' with a noun phrase is a cue only with a clause here ('underlined that X'): with an object it is"
        " as often the pen's ('The editor underlined the title in red', test_probe_findings_51_lexv; train +1 right, +1"
        " wrong with it a stance verb)")
STILL_WRONG = {
    ("embassy_readout", "underlined", "The Ambassador"): _UNDERLINED,
    ("myanmar_junta", "underlined", "the Thai envoy"): _UNDERLINED,
    ("press_review_fr", "For", "the regional paper Ouest-France"):
        "'For X, Y' opens 225 sentences of PolNeAR train and is marked in 18: no rule tells the view from the"
        " 'For years, X' and 'For Trump, the race is Y' the writer states",
    ("vietnam_vna", "said", "PM Tuan"):
        "'PM' opening a sentence after another is parsed as a sentence of its own ('... in Hanoi. PM Tuan said X'"
        " gives 'Tuan'; alone, 'PM Tuan said X' is right); 'pm' listed as a title does not mend the split and makes"
        " 'At 11 PM Smith said' a title's",
    ("tass_kremlin", "quoted", "State news agency TASS"):
        "the parser hangs 'quoted' on 'agency' as a relative clause with 'TASS' its subject, so the relay, and with it"
        " the source of TASS's report of 'Y as saying Z' (``relayed_reports``), is 'TASS' alone",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("embassy_readout", "The Ambassador"): "no report found (see STILL_WRONG: 'underlined' with a noun phrase)",
    ("vietnam_vna", "PM Tuan"): "the report's source is 'Tuan' alone (see STILL_WRONG)",
}

(parsed, test_a_report_of_each_wire_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # the one quoted is the source, the quoter its relay (``relays``; not PolNeAR's convention, see probe_wires_60)
    ("The daily Kathimerini quoted a coast guard officer as saying the boat had capsized near Pylos.", "quoted",
     "The daily Kathimerini", "a coast guard officer as saying the boat had capsized near Pylos"),
    ("State television quoted the governor as saying that the dam would hold.", "quoted", "State television",
     "the governor as saying that the dam would hold"),
])
def test_a_shape_of_the_wires(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "The island was ruled by a council of elders until 1912.",
    "Haiti has been ruled by decree since parliament's term expired.",
])
def test_a_passive_ruled_that_governs_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The judge ruled that the confession was admissible.", "The judge", "the confession was admissible"),
    ("The court ruled against the ministry.", "The court", "the ministry"),
])
def test_a_ruling_is_still_a_report(nlp, text, source, content):
    found, there = found_in(top(nlp, text), "ruled", source, content)
    assert found, there


@pytest.mark.parametrize(("text", "speaker"), [
    ("Kim Chol Su told the assembly that the harvest had doubled, the agency reported. He said the target was met.",
     "Kim Chol Su"),
    ("Lin Zhiwei told the forum that exports had risen, the newspaper reported. He said the trend would last.",
     "Lin Zhiwei"),
])
def test_a_family_name_first_tells_no_gender(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text) if r.source is not None and r.source.text == "He"] == [speaker]
