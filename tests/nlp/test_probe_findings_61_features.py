"""Generalisation check of the sixty-first session on long-form features and profiles (helper P): twenty
magazine pieces (``probe_features_61``) with a headline, a standfirst, scene-setting narration, present-tense
'says', the subject named once and then 'she' or 'he' across paragraphs with a sister, a coach or a colleague
quoted in between, recollections ('she recalls', 'he remembers thinking', 'as she puts it', 'in her words'),
reported thought ('she wondered whether', 'he realised that', 'she knew then that', marked as PolNeAR marks
internal states), what the subject heard from others ('her mother used to tell her X'), letters and diaries
('In a letter home in 1971, he wrote:'), a quotation running over two paragraphs, the writer meeting the subject in
the first person ('When I meet her, she says'), pull quotes, titles of books and films and nicknames in quotation
marks. Every sentence is written for the test.

Counted before this pass (main at 934e332): reports 110 of 117 right (no wrong source, a content end wrong 4,
missed 3), lines that report nothing 106 of 107 (a false report 1), speakers 31 of 42 (wrong 11). Mended, both in
who a pronoun stands for: a description with an apposition after a comma keeps the gender of its head, not the
apposition's ('Her late husband, a cellist, once told a reporter X. "Only scales," she says': no husband is a
'she'; ``descriptions.head_word``), and a speaker described through a possessive of the pronoun's gender who told
someone that gender's pronoun names is not that pronoun's ('Her teacher used to tell her X. "Y," she says': the
one taught; ``possessed_speakers``; 'Her mother said X. She added Y' stays the mother's). After: reports 110 of 117,
lines 106 of 107, speakers 34 of 42.
Conventions followed as PolNeAR has them (counted on train): 'recall' is a cue (37 of 48), so is 'put it' (12 of
21), 'plans to' is left unjudged here (44 of 147), a content runs on over ', and why X' (one verb's two clauses)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_features_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("sprinter", "remembers", "She"):
        "'She remembers thinking that X, a cramp that ...': the cue is 'thinking' alone and the content ends before"
        " the apposition (extending contents over appositions did not pay on PolNeAR)",
    ("surgeon", "say", "he"):
        "'He knew then, he says, that X': an adverb between the verb and the aside; 'knew' takes the aside into its"
        " content and the aside's report is dropped (no such shape on PolNeAR train; without 'then' it is right)",
    ("violinist", "says", "The hotel's manager, Giles Penhaligon"):
        "'bookings for afternoon tea double on the days X': the parser reads 'double' as an adjective, the content"
        " ends before it",
    ("river_warden", "says", "He"):
        "', but only just' with no clause after 'but' is cut as ', but' + clause is (68:26 on PolNeAR)",
    ("mapmaker", "asked", "She"): "'asked him once whether X': the adverb opens the content",
    ("mapmaker", "told", "He"): "'he hated nobody, only the silence': the content ends before the contrast",
    ("ballerina", "knew", "She"):
        "'She knew then that X, but the curtain was already rising': the content runs over ', but' + clause",
}
#: lines that report nothing still shown: (article, line) -> why
STILL_SHOWN = {
    ("comedian", "She orders a lime and soda, and then apologises for it."):
        "'order' with a noun phrase is a cue on PolNeAR ('ordered an investigation', 8 of 9); a drink is not told"
        " apart",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("choirmaster", "he"):
        "the profile's subject comes back after a colleague of the same gender quoted last: the colleague is taken,"
        " as news copy's 'X said Y. He added Z' wants",
    ("choirmaster", "He"): "as 'he' above: the colleague quoted last",
    ("farmer", "he"): "as in 'choirmaster': the son quoted last, not the farmer the piece is about",
    ("farmer", "He"): "as 'he' above",
    ("sprinter", "she"):
        "'Yewande Okorafor-Hale was the fastest schoolgirl': the NER tags the surname alone as a body and the name"
        " list lacks the given name, so no person is named for the 'she'",
    ("skipper", "She"): "as in 'sprinter': 'Mairead Kilbride-Osei' read as a body, the given name unknown",
    ("comedian", "She"):
        "'Lorcan Beatty', a given name the name list lacks, is taken for the 'She' that answers the writer's"
        " question about 'her'",
}

(parsed, test_a_report_of_each_feature_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # an apposition after the description does not hide its head's gender (``descriptions.head_word``)
    ("Margaret Hollis still teaches the harp at 90.\n\nHer late husband, a conductor, once told a critic that she "
     "practised on their honeymoon.\n\n\"Only for an hour,\" she says.", "Margaret Hollis"),
    # a described speaker who told 'her' is not the next 'she' (``possessed_speakers``)
    ("Margaret Hollis still teaches the harp at 90.\n\nHer teacher in Vienna used to tell her that the strings were "
     "patient.\n\n\"I did not believe a word of it,\" she says.", "Margaret Hollis"),
    ("Piet Vos builds boats in Volendam.\n\nHis grandfather told him that oak outlasts every owner.\n\n"
     "\"I have found that to be true,\" he says.", "Piet Vos"),
])
def test_a_pronoun_after_a_relative_described_through_a_possessive(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # with no one told, the relative quoted last goes on speaking
    ("Lena Ortiz, 16, was sent home from school on Monday.\n\nHer mother said the school had not called her. "
     "She added that she would complain to the board.", "Lena Ortiz's mother"),
    ("Tom Reyes was the fastest boy in the county.\n\nHis coach said the boy had talent. \"I have never seen "
     "anything like it,\" he said.", "Tom Reyes's coach"),
])
def test_a_relative_quoted_last_with_no_one_told_goes_on_speaking(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_standfirst_tells_the_writer(nlp):
    found, there = found_in(top(nlp, "The potter tells Ann Vey why she moved to the coast."), "tells", "The potter",
                            "why she moved to the coast", ".,;")
    assert found, there
