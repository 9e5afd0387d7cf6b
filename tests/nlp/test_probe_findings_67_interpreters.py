"""Generalisation check of the sixty-seventh session on speech relayed by interpreters, translations and other
media (helper C): thirty-one short articles (``probe_interpreters_67``) with 'said through an interpreter', 'speaking
through an interpreter, X said', 'said in Spanish', 'told the state broadcaster X', 'in remarks translated by Y',
'told the newspaper Z in an interview published on Sunday', 'according to a transcript released by X', 'said in a video
posted on social media', 'wrote on his Telegram channel', 'in comments carried by the state news agency', 'the newspaper
quoted X as saying'; names of many shapes (Arabic 'bin', 'bint' and 'al-', Chinese and Korean family-first names,
Spanish double surnames, Vietnamese, Russian patronymics, Icelandic '-dóttir' named again by the given name), foreign
courtesy titles ('Herr', 'Frau', 'Señora', 'Monsieur') and speakers named again by surname, title or role; the relaying
outlet is never the speaker. Each report with its hand-written gold, the lines that report nothing (translation notes,
'The interview has been edited', view counts) and the speakers. Every sentence is written for the test.

Counted on main at the session's start (the articles written before any run): reports 60 of 63 right (no false
report, each miss below or mended), lines that report nothing 31 of 31, speakers 23 of 31. The relays themselves
were read right: no outlet, agency or interpreter was taken for the speaker. What was wrong was the names. Mended:
- foreign courtesy titles ('Herr', 'Frau', 'Señora', 'Monsieur', 'Madame', 'Signora' ...) are titles and honorifics
  (``titles.txt`` tagged ``+courtesy``, read into ``affiliations.HONORIFICS``; genders in ``female_words.txt`` and
  ``male_words.txt``): 'Herr Brandhuber said' is Dieter Brandhuber, no new person 'Herr Brandhuber' (4 speakers);
- a kind's noun the parser made a second subject before the name right after it ('The novelist Leyla Karimova, who
  left X, told Y') opens the source, and so does the start of a name the parser cut in two subjects where the NER's
  person runs on ('Defence Minister Khalid bin | Rashed al-Nuaimi said') (``misread.role_read_as_subject``);
- a title hung on a word inside the name other than its first ('Prime Minister' on 'bint' of 'Nadia bint Faisal
  al-Harbi') is the person's role, so 'the prime minister' is her (``affiliations.roles_of``);
- a known first name and up to two capitalised names between it and the NER's name are the name ('Ana María Quispe'
  before the NER's 'Huamán'; never past a title or a rank, 'Vice Adm. Nora Pike') (``entities.with_given_name``).
After: reports 61 of 63, lines 31 of 31, speakers 28 of 31 (the cases left below). On PolNeAR train the mends change
four records' sources, each to the maximal phrase ('Local news affiliate ABC 7', 'the celebrity press ReganBooks',
"Fox News' Bret Baier", right before and after; 'Former Mexican presidents X and Y fired back at', a report PolNeAR
does not mark, wrong before and after), no record lost: all 13039 right of 15653 before and after; dev 1415 of 1711,
speech 1079 of 1238, no record changed; the train speaker gold 0.947 (232 of 245) before and after; dev speakers 0.960
(530 right of 552 found; 529 of 551 on the main tree of the same hour)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_interpreters_67 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("agency_carried", "said", "Vice-President Abdel Rahman bin Jassim al-Thani"):
        "the parser reads 'that talks' after the agency's name as a relative clause on it ('the agency QNA-Sabr that"
        " talks with the rebels'), 'talks' its verb, so the content opens at 'would resume'; a noun that is also a verb"
        " right after 'that' is the parse's, and with 'said that talks ...' the record is right",
    ("quoted_by_paper", "saying", "Ana María Quispe Huamán, the owner of the Cerro Lindo mine"):
        "the parser tags 'Quispe' a punctuation mark and makes 'Huamán' the root of a second sentence, so 'quoted'"
        " keeps 'Ana María' for its content; with a shorter name ('Ana Quispe') the record is right",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("quoted_by_paper", "Quispe"):
        "the first mention's parse is broken (above) and the NER tags 'Quispe' an organisation, so no person 'Ana María"
        " Quispe Huamán' is known for it to name again",
    ("newspaper_then_role", "Yıldırım"):
        "the NER tags 'Sarvan' a person and 'Yıldırım' a place, and makes no entity of 'Mehmet Can Yıldırım', so the"
        " first record is 'the governor of the Sarvan central bank' and 'Yıldırım' names no one",
    ("interview_edited", "Sherpa"):
        "the NER's person is 'Dorje Sherpa'; 'Mingma' is no first name the lists know, so it is not joined to the"
        " name ('Ana María' before 'Quispe Huamán' is)",
}

(parsed, test_a_relayed_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "speaker"), [
    # a foreign courtesy title is an honorific: the name after it is the person named before (``titles.txt`` +courtesy)
    ("Herr Dieter Vogt, the mayor of Lindau am See, said the bridge would close. Herr Vogt said it would reopen in May.",
     "Dieter Vogt"),
    ("Signora Paola Ferrante, who owns the bakery, said bread prices would rise. Signora Ferrante said flour had"
     " doubled in price.", "Paola Ferrante"),
    ("Madame Odile Marchetti said the school would close. Madame Marchetti said parents had been told.",
     "Odile Marchetti"),
    # a title the parser hung on 'bint' inside the name is her role (``affiliations.roles_of``)
    ("\"We lost everything,\" Prime Minister Nadia bint Faisal al-Harbi said. The prime minister said aid would come.",
     "Nadia bint Faisal al-Harbi"),
])
def test_a_foreign_name_named_again(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


@pytest.mark.parametrize(("text", "source"), [
    # the kind's noun the parser made a second subject opens the source (``misread.role_read_as_subject``)
    ("The novelist Leyla Karimova, who left Tashkal in 2015, told the Vessen Review that she would not go back.",
     "The novelist Leyla Karimova, who left Tashkal in 2015"),
    ("Local news station KVRO 4 is reporting that two drivers were hurt on the bridge.", "Local news station KVRO 4"),
    # a name the parser cut into two subjects ('Rashed' read as a verb) where the NER's person runs on
    ("\"The fleet is ready,\" Defence Minister Khalid bin Rashed al-Nuaimi said. The minister said the ships would sail"
     " on Monday.", "Defence Minister Khalid bin Rashed al-Nuaimi"),
])
def test_a_source_the_parser_cut_in_two(nlp, text, source):
    assert top(nlp, text)[0].source.text == source


def test_middle_names_before_the_ner_name(nlp):
    # a known first name and the names between it and the NER's 'Huamán' (``entities.with_given_name``)
    assert [r.speaker for r in top(nlp, "Ana María Quispe Huamán said the mine would stay open.")] == [
        "Ana María Quispe Huamán"]
