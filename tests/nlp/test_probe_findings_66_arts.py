"""Generalisation check of the sixty-second pass on arts, film and music business news (helper C): thirty-nine
short articles (``probe_arts_66``) on box office weekends, streaming deals, festival line-ups and cancellations,
museum returns and funding, restitution claims, label disputes and mergers, award shows and their ratings, chart
weeks, tour cancellations, cinema and opera house closures, a banned ballad, a pulled documentary, season previews and
plot summaries: 'the studio said the film took $X', 'according to box office tracker X', 'the director told reporters
on the red carpet', 'Critics called it', 'The festival announced', 'The museum said it would return', 'wrote on
Instagram', 'Her representative confirmed', 'In an interview with X magazine, the actor said', 'In court filings, the
label alleged', 'Fans complained', 'The academy defended', and speakers named again by pronoun or role ('She', 'He',
'The actor', 'The curator', 'The president', 'The star'); each report with its hand-written gold, the lines that
report nothing (titles of songs, films and albums with verbs or quotations in them, plot summaries and characters
speaking, chart positions, running times, release dates, prices, the writer's star ratings, captions) and the
speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first thirty-four articles (written before any mend): reports 116 of
117 right (one source wrong, below; no content end wrong, none missed), lines that report nothing 77 of 83 (six false
reports), speakers 19 of 22. The failures, grouped:

- a character speaking in a plot told in the present under a fronted 'In the play,' / 'In the film,' / 'In the song,'
  (3: 'In the play, the old king announces that X', 'In the song, the singer tells a banker that X', 'In the last
  episode, Queen Maelis tells her son that X'), and the plot's next lines with no frame (2). Mended for a frame of a
  novel, a play, an opera or a musical (``story_frames``, from ``mute.holds_nothing``), whatever the character's name,
  only with an article, not a possessor ('In her novel, she presents X as farce' is the author's, a PolNeAR report: a
  draft without that test lost it on train). Not for a film, an episode or a song: a documentary's named speaker is a
  real one ('In the film, D'Souza argues that X', PolNeAR's report, lost by a draft), and a draft that muted a film's
  common-noun character ('a detective') broke ``probe_web_55``, which keeps 'In the film, a retired detective tells his
  partner that X' as a report (a convention the brief of this set reads the other way: left to the lead, the lines
  kept as xfails below). PolNeAR, political news, has no other such frame.
- a title read as a clause after its maker's possessive name in a headline ('Vesper's "She Said Yes" holds top spot',
  also 'Harbour Lights' "Tell Me Twice" sold X' in the body): mended in ``work_titles`` (a possessive ending after a
  proper name stands where the noun of a made thing does). PolNeAR train has one such title ("Rand's "Atlas
  Shrugged""), with no cue in it.
- 'The star said' after the sentence naming the actress kept 'star': mended by the word in ``standing_epithets.txt``
  (a bare definite noun for the one person the sentence before spoke of, ``epithet_after``).
- left as strict xfails below: the plot's lines with no frame, a named character in an episode, a relative clause
  after an 'according to' name, a one-word firm the NER read as a person, and an age epithet with no age given.

After: reports 116 of 117, lines 79 of 83, speakers 20 of 22. The four articles written after the mends, to probe them
on new shapes (a documentary's speaker and an ad's narrator kept, a novel's named character, an opera's, possessive
titles in the body), gave reports 10 of 10 on main and after, lines 8 of 12 on main and 10 of 12 after (a film's
character and the plot's next line left), speakers 2 of 2. The last article, on plot summaries told in a 'who' clause
('The play centres on a nurse who admits X'), gave reports 3 of 3, lines 1 of 3, speakers 1 of 1 on main; mended in
``story_frames`` too (the one a novel's, a play's or a musical's plot is about; not a film's: 'The documentary "Dry
Years" follows a farmer who says X' stays a report), lines 3 of 3 after. In all: reports 129 of 130, lines 86 of 98
on main and 92 of 98 after, speakers 22 of 25 and 23 of 25. On PolNeAR train and dev the mends change no record
(train 13039 right of 15654, dev 1415 of 1711, before and after); speakers on dev 0.960 over 552 before and after.
In review, one more article ('rehearsal_notes'): a director's and a baritone's own words under a play's or an opera's
frame were muted by ``story_frames`` (reports 0 of 2); the work's makers and performers (``+maker``) speak as
themselves, reports 2 of 2 after, the character's line still muted; PolNeAR train and dev unchanged."""

from __future__ import annotations

import pytest
from probe_arts_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

#: reports still not found as the gold has them: (article, cue, source) -> why
STILL_WRONG = {
    ("tracker_estimates", "according to", "Boxline, which tracks ticket sales"):
        "a relative clause on 'which' after an 'according to' name is left out of the source (a 'who' clause is kept):"
        " PolNeAR train has two such phrases and keeps the clause in one, so no class to follow",
}

#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("finale_record", "In the last episode, Queen Maelis tells her son that the kingdom is lost."):
        "a character in an episode's plot: an episode's or a film's speaker may be a real one (a podcast's guest, 'In"
        " the film, D'Souza argues that X', PolNeAR's report), so only a novel's, a play's or an opera's is muted",
    ("lyrics_row", "In the song, the singer tells a banker that his house will burn."):
        "a song's persona: a song's or a film's common-noun character is kept a report by probe_web_55 ('In the film, a"
        " retired detective tells his partner that X'), so story_frames leaves them",
    ("lottery_film", "In the film, a retired teacher tells her neighbours that she has won the lottery."):
        "a film's character: probe_web_55 keeps 'In the film, a retired detective tells his partner that X' a report,"
        " and a film may be a documentary, so story_frames leaves it",
    ("finale_record", '"You were never meant to rule," she says to him before riding into the storm.'):
        "a character's quoted line in the sentence after the framed plot: nothing in its own sentence says it is the"
        " story's, and carrying a frame across sentences would need the paragraph's context",
    ("stage_king", "The youngest son warns him that the land will not survive the quarrel."):
        "the plot's next line in its own paragraph, no 'In the play,' frame of its own",
    ("lottery_film", "Her son insists she is lying, and the town takes sides."):
        "the plot's next line after the framed one, no frame of its own",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("labels_merge", "He"):
        "the NER tags the bare 'Keystone' of 'Keystone was founded in 1994' a person, once as an organisation in"
        " 'Keystone's founder', so the pronoun takes the label for the founder named just before",
    ("chart_week", "The 24-year-old"):
        "no age is given anywhere: the sentence before names the manager, whom the age epithet takes",
}

(parsed, test_a_report_of_arts_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a character speaking in a plot told in the present under a fronted frame of fiction (``story_frames``)
    "In the play, the old king announces that he will divide his kingdom.",
    "In the novel, the narrator says she never loved him.",
    "In the musical, Eliza insists she is a lady.",
    "In the opera, the countess confesses that she loves the gardener.",
])
def test_a_character_in_a_plot_is_no_source(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text", [
    # the one a novel's or a play's plot is about, speaking in a 'who' clause (``story_frames``)
    "The play centres on a nurse who admits she has lied to the hospital.",
    "The novel follows a widow who insists that her husband is still alive.",
])
def test_a_character_in_a_plot_summary_is_no_source(nlp, text):
    assert top(nlp, text) == []


def test_a_documentarys_subject_stays(nlp):
    text = "The documentary follows a farmer who says the drought has ruined him."
    assert [(r.cue.text, r.source.text) for r in top(nlp, text)] == [("says", "who")]


@pytest.mark.parametrize(("text", "source"), [
    # a real speaker: a documentary's or a podcast's named one, an ad's, a book's, an author's own work, a past tense
    ("In the film, Ruiz argues that the president was shaped by radicals.", "Ruiz"),
    ("In the latest episode of the podcast, Marsh says the tour is over.", "Marsh"),
    ("In the documentary, the former minister says he regrets the vote.", "the former minister"),
    ("In the ad, the senator says he will cut taxes.", "the senator"),
    ("In the book, Byrne states that the president was angry.", "Byrne"),
    ("In his new novel, he argues that the city has lost its nerve.", "he"),
    ("In the episode, the host said the network had lied.", "the host"),
    # a film's character, kept as probe_web_55 has it
    ("In the film, a detective tells his daughter that he is leaving.", "a detective"),
])
def test_a_real_speaker_in_a_work_stays(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


@pytest.mark.parametrize("text", [
    # a title read as a clause after its maker's possessive name (``work_titles``)
    'Vesper\'s "She Said Yes" holds top spot for fifth week',
    'Harbour Lights\' "Tell Me Twice" sold 212,000 copies.',
    'Okwe\'s "Nobody Told Us" is the second part\'s title.',
])
def test_a_title_after_its_makers_name_is_no_report(nlp, text):
    assert top(nlp, text) == []


def test_a_star_is_the_one_named_before(nlp):
    text = "Mara Lindqvist won best actress on Sunday. The star said she had nearly turned the part down."
    assert [r.speaker for r in top(nlp, text)] == ["Mara Lindqvist"]
