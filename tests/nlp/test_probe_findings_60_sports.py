"""Generalisation check of the sixtieth session on sports, entertainment and social-media reporting (helper J):
twenty-four short articles (``probe_sports_60``) in the registers of match reports, transfer news, post-match press
conferences, celebrity and arts news and stories built from posts, each report with its hand-written gold (a word
of the cue, the source, the first content), the lines that report nothing (play-by-play, scores and tables,
signings, song titles, a deleted post) and the speakers of epithets ('the 23-year-old striker', 'the Portuguese',
'the Oscar winner') and pronouns. Every sentence is written for the test.

Counted before this pass (main at cb4d7c17), the gold set as PolNeAR train marks a chant and a source-less 'is
expected': reports 58 of 62 right (no wrong source; a content's start lost 1, a content's end 1, missed 2), lines
that report nothing 51 of 52 (a club's signing of a player shown), speakers 6 of 9. Mended: 'sign' with a person
for its object reports nothing (``signings``); 'the Portuguese' is a person's epithet the NER takes for a name
(``person_epithets.txt``); 'frontman' and 'frontwoman' are role nouns. After: reports 58 of 62, lines 52 of 52,
speakers 7 of 9. PolNeAR train and dev records identical, speakers on dev 0.960 over 552 as before. Since the
sixty-second pass 8 of 9: 'the frontman' after 'Singer Theo Marsh' is Marsh, a synonym of his role
(``role_synonyms``)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_sports_60 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("statement", "said", "Westbury United"):
        "'that midfielder Rory Fallon had been fined': the tagger reads 'midfielder' as a verb with the name its"
        " object, so the clause's subject is lost (one word's tag, no construction: 'that chairman X' is right)",
    ("instagram", "captioned", "The former champion"):
        "'captioned a second photo \"X\"': a quotation after the verb's object is no content; PolNeAR train has no"
        " 'captioned' to count on ('\"X,\" she captioned the photo' is found)",
    ("celebrity_split", "confirmed", "A spokesperson for the couple"):
        "'confirmed the split to People magazine': the addressee stays in the object's content; no class of it in"
        " the train errors to measure a cut on",
    ("esports", "posted", "Vantor's captain, known as \"Skald\""):
        "the parser hangs 'posted' as a participle on 'captain' after the set-off 'known as \"Skald\"' and the"
        " 'that' clause on the noun (without the quotation marks, 'known as Skald, said that X' is found)",
}
#: lines still shown: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("womens_football", "the forward"):
        "the same convention: a bare 'the forward' opening a new paragraph is not taken for the scorer named before",
}

(parsed, test_a_report_of_each_register_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_an_epithet_or_a_pronoun, test_a_report_still_wrong, test_a_line_still_shown,
 test_a_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize("text", [
    # a club's signing of a player hires someone, no document's words (``signings``)
    "Castleford have signed winger Kunle Adeyemi from Belgian side Olmen for an undisclosed fee.",
    "The club signed a new goalkeeper on Monday.",
])
def test_a_player_signed_reports_nothing(nlp, text):
    assert top(nlp, text) == []


def test_a_document_signed_keeps_its_cue(nlp):
    assert [r.cue.text for r in top(nlp, "The two leaders signed a treaty designed to balance their interests.")] == [
        "signed"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a nationality the NER takes for a name ('the Portuguese', ``person_epithets.txt``)
    ('Rui Carvalho scored twice. "I still feel 25," the Portuguese said.', "Rui Carvalho"),
    # a band's singer by role ('the frontman', ``role_nouns.txt``): a description, not nobody
    ('Lanterns played on. "We needed time," the frontman told a magazine.', "frontman"),
])
def test_an_epithet_of_sport_and_music(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
