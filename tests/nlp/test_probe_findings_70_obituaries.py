"""Generalisation check of the seventieth pass on obituaries, memoirs and recollections (helper D): thirty short
articles (``probe_obituaries_70``) with speech in the past and habits of saying ('was fond of saying that X', 'would
often tell his students that X', 'As she liked to put it, X', 'She used to tell visitors that X', 'He would always
say: "X"'), memoirs, old interviews, letters, diaries and speeches ('wrote in his 1998 memoir that X', 'told this
newspaper in 2009', 'said in a 2015 interview', 'In her last interview, ..., she said X', 'said in a 1985 speech'),
recollections ('his daughter recalled', 'Colleagues remembered him as X', 'Friends described her as X', 'recalled
how X'), family statements, tributes ('described him as a giant of X', 'paid tribute to him, saying X') and the dead
person as 'he' or 'she' across a long paragraph or after a mourner speaks; between them births, careers, books and
albums, nicknames, 'is survived by' and funerals. Every sentence is written for the test.

Counted on main at the session's start (96f19ddf), on all thirty articles (twenty-six written and counted first,
four more written after, before any mend; two speakers' cues corrected first to the cue the pipeline writes for the
same words, 'saying' of 'was fond of saying' and 'would often tell', and one line taken out as PolNeAR may mark it,
see ``probe_obituaries_70``): reports 76 of 77 (one missed: 'As she liked to put it, X' gave 'liked' with 'to put
it' for its content), lines that report nothing 54 of 56 (two false reports, below), speakers 35 of 37 (the missed
report's, and 'The club's chairman, Norman Pike, paid tribute to him, saying X. He would always say: "Y"' gave Pike,
not the groundsman who died). Mended: an idiom of saying is a habit's infinitive as a verb of saying is ('As she
liked to put it, X', 'X, as he used to put it, Y': one cue 'liked to put it', the sentence around it the content;
``habit_asides.habit_idiom_cue``); in a story of a death, 'he' or 'she' as the subject of a habit of saying ('would
always say', 'used to tell', 'liked to say', 'was fond of saying') or of a saying of a time gone ('once said', 'In a
1987 interview he told X', 'said in 2004') is the one who died, the person of that gender named first and named as
dying or as whose funeral or death it is, over the mourner quoted just before (``habit_speakers``, called from
``satellite_voices``; ``death_words.txt``, ``habit_adverbs.txt``), which also mends the three speakers
``probe_tributes_61`` still had wrong ('coach', 'chef', 'actor'); 'groundsman' and 'groundskeeper' are role nouns,
so 'Groundsman Alfie Duckett' in a headline is Alfie Duckett. After: reports 77 of 77, lines 54 of 56, speakers 37 of
37. On PolNeAR train and dev the mends change no record (train 13072 right of 15688, dev 1416 of 1711, as before) and
no speaker (train speaker gold 0.947 over 247, dev 0.960 over 551, before and after).

Tried and dropped: a relative clause, participle or apposition on a made thing that holds no verb of saying or belief
and no clause leaves the thing a bare thing ('She published two textbooks that are still in print', 'Crane recorded
14 albums, the first of them in 1966'): on train it lost two right records ('called her fallen son her hero', 'called
their son "an American hero"', an apposition the parser made of a name given; kept out by asking a comma before an
apposition) and one wrong, but on dev it lost two right ones ('retweeted an unflattering photo of X contrasted with
Y', a song 'written' by Springsteen with its title set off), so it is not kept."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_obituaries_70 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG: dict = {}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("folk_singer", "Crane recorded 14 albums, the first of them in 1966."):
        "an apposition on the thing recorded ('14 albums, the first of them in 1966') keeps it from being a work made"
        " (``taken_senses``: it may say what was recorded); muting descriptions that hold no verb of saying lost right"
        " records on dev (see the module's docstring)",
    ("professor_habits", "She published two textbooks that are still in print."):
        "a relative clause on the made thing ('that are still in print') keeps it from being one (``objects.artefact``:"
        " 'a book that argues X' holds what was said); as in 'folk_singer'",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_a_life_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_life, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 25 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "cue", "source", "contents"), [
    # an idiom of saying as the infinitive of a habit set aside by 'as' (``habit_asides.habit_idiom_cue``)
    ("As she liked to put it, a good hat should never need explaining.", "liked to put it", "she",
     ["a good hat should never need explaining"]),
    ("The river, as he used to put it, keeps its own diary.", "used to put it", "he", ["The river", "keeps its own diary"]),
    ("As the old printer loved to put it, ink forgives nothing.", "loved to put it", "the old printer",
     ["ink forgives nothing"]),
    ("As she liked to put it in her columns, the town was a village with traffic lights.", "liked to put it", "she",
     ["the town was a village with traffic lights"]),
])
def test_an_idiom_as_a_habit_of_saying(nlp, text, cue, source, contents):
    assert [(r.cue.text, r.source.text, [c.text for c in r.contents]) for r in top(nlp, text)] == [(cue, source, contents)]


def test_a_thing_placed_as_a_habit_is_no_report(nlp):
    assert top(nlp, "As she liked to put it on the shelf, the kitchen stayed tidy.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    # in a story of a death, a habit of saying is the dead person's, not the mourner's quoted before (``habit_speakers``)
    ("Organist dies\n\nWalter Brine, the organist of St Jude's for 40 years, has died at 90.\n\nThe vicar, Owen Hale, said"
     " the church would hold a concert in his memory.\n\nHe used to tell the choir that a hymn was a prayer sung twice.\n",
     "Walter Brine"),
    ("Funeral of potter Nell Ashby\n\nHundreds attended the funeral of Nell Ashby on Friday.\n\nHer friend Mary Cole said"
     " the kiln would be lit once more in her honour.\n\nShe would often say that clay remembers every hand.\n", "Nell Ashby"),
    # and so is a saying of a time gone, dated by a year or by 'once'
    ("Ferryman dies\n\nPiet Anker, who ran the Dunmere ferry for 30 years, died on Monday.\n\nThe harbourmaster, Jan Vos,"
     " said the ferry would stop for a minute at noon.\n\nHe told a radio station in 1999 that the river had never"
     " frozen in his time.\n", "Piet Anker"),
    # anywhere else the habit may be the last speaker's own
    ("Old mill to become flats\n\nDeveloper Kim Osei said the mill would be turned into 40 flats.\n\nLocal historian Jack"
     " Marr said the mill had employed 300 people in 1900.\n\nHe used to say that the mill was the town's heart.\n",
     "Jack Marr"),
])
def test_a_habit_of_saying_in_a_story_of_a_death(nlp, text, speaker):
    habit = [r for r in top(nlp, text) if r.source is not None and r.source.text in ("He", "She")]
    assert [r.speaker for r in habit] == [speaker]
