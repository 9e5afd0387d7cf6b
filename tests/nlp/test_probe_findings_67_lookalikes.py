"""Generalisation check of the sixty-third pass on precision (helper D): fifty-four short articles
(``probe_lookalikes_67``) of lines that look like reports but report nothing, set among true reports: scare quotes
and 'so-called', titles of songs, books, films and shows in quotation marks (also ones holding a verb of saying,
'"Tell Them I Said Goodbye"', '"Simon Says"'), conditions and hypotheticals, speech to come or not given, the
writer's questions, biddings to the reader, speech as an event ('The speech lasted an hour', 'gave a speech in the
square', 'Talks resumed', 'The warning came at 2am'), signs and labels, phrasal senses ('called off', 'told off',
'called the police', 'called at the house'), the writer's idioms ('Needless to say', 'so to speak', 'say, 5,000
people', 'Truth be told', 'easier said than done') and plots; each report with its hand-written gold, the lines that
report nothing and some speakers. Every sentence is written for the test.

Following PolNeAR train where it has the shape, some lines that look like no report are reports: a condition ('If
the minister says no': 51 attributions in train open right after 'if', 'unless' or 'whether'), 'what officials
call "a reset"' (a cue 16 times of 43, inside another's content 25), a meeting or an election called ('called
snap elections', 'called an emergency session': 4 cues of 4), a text 'written by' or 'authored by' someone (a cue 3
times of 6), 'declined to say whether X' (the refusal alone the cue, 'to say whether X' in the content, 4 of 7) and
'The question is whether X' (a cue with no source in train, as the pipeline keeps it).

Counted on main at the session's start: the first thirty articles as written gave reports 33 of 34 and lines 56 of
60, four of the five misses being shapes train marks as above, whose gold was then corrected to train's marking.
In all, with twenty-four more articles written next: reports 63 of 64, lines 94 of 101, speakers 4 of 4 on main;
after the mends reports 63 of 64, lines 100 of 101, speakers 4 of 4 (and reports 64 of 64 once helper C's
mend of a kind's noun read as a second subject made 'Roads officer Jan Vesely said' one source).
Mended: a talk given or held with nothing said
about anything ('gave a speech in the main square on Sunday', ``talks_given``, ``talk_giving_verbs.txt``); a
capitalised verb inside a short quotation in title case, a title ('the musical "Simon Says"', ``titled_verbs``); a
quotation opening the paragraph below a report that has its content, and not closing its sentence, a phrase of the
writer's sentence and not the report's words ('"Don't Tell Mother", a farce, opens the season' below a headline,
``paragraph_phrases``); the reader's view in the condition of an order whose bare verb the parser tagged a present
one after a headline ('Call 101 if you think you have been targeted', ``bidden``); 'call' with a person or a service
for its object and nothing it is called, or 'at' a place, a call made or a visit ('Neighbours called the police',
'officers called at the house', ``calls_made``, ``called_services.txt``). On PolNeAR train 13039 right of
15653 before, 13041 of 15655 after (two quotations opening a paragraph below another's report freed for their own
cues, 'Keidis continued', 'he added'; no record lost); dev 1415 of 1711 before and after."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_lookalikes_67 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import contents, records, top

STILL_WRONG = {}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("parcel_label", 'Each box was labelled "Handle with care" in red.'):
        "'labelled' with a quotation and no agent is kept as a report: PolNeAR train marks 'labeled' of a person or"
        " an event a cue with no source ('often labeled brash', 'that are otherwise labeled the \"forgotten"
        " America\"'), and has no label printed on a thing to tell the two apart by",
}

(parsed, test_a_report_among_lookalikes_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize("text", [
    # a talk given or held with nothing said about anything: an event (``talks_given``)
    "President Ada Kerel gave a speech in the main square on Sunday.",
    "The prime minister delivered a lecture at the university on Friday.",
    "She gave a keynote speech to supporters in Lessing.",
    # a verb of saying in a title in quotation marks (``titled_verbs``)
    'It is followed by a revival of the musical "Simon Says" in April.',
    'Their new album, "Mother Knows Best", comes out in May.',
    # a call made or a visit, nothing anyone is called (``calls_made``)
    "Neighbours called the police after they smelled gas.",
    "Trump called him.",
    "Nobody answered the door when officers called at the house on Elm Row on Tuesday.",
])
def test_a_talk_given_or_a_title_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    # with its topic or its words, a talk given is a report
    ("She gave a speech on housing in Leeds.", "gave", "a speech on housing in Leeds"),
    ("She gave a speech saying the war was over.", "saying", "the war was over"),
    # a quotation in ordinary case, and a headline's capitals, stay reports
    ('"I refuse," she said.', "said", "I refuse"),
    ("Mayor Says Bridge Will Reopen", "Says", "Bridge Will Reopen"),
    # 'call' naming, judging or convening stays a report (PolNeAR's cues)
    ("They called him a political opportunist.", "called", "him a political opportunist"),
    ("Cruz called them on it.", "called", "them on it"),
    ("The president called snap elections for October.", "called", "snap elections for October"),
])
def test_a_talk_with_its_topic_or_a_quotation_still_reports(nlp, text, cue, content):
    assert [contents(r) for r in records(nlp, text, cue)] == [[content]]


def test_a_title_opening_the_paragraph_below_a_headline_is_not_its_content(nlp):
    text = ("Mayor Lena Cole announced the festival's line-up\n\n"
            '"Harbour Lights", a band from Kelby, will open it on Friday.')
    assert [contents(r) for r in top(nlp, text)] == [["the festival's line-up"]]


def test_a_quotation_closing_its_sentence_below_a_headline_still_goes_on(nlp):
    text = 'Mayor vows to rebuild pier\n\n"We will rebuild it, whatever it costs."'
    assert [contents(r) for r in top(nlp, text)] == [["to rebuild pier", "We will rebuild it, whatever it costs"]]


def test_the_readers_view_in_an_order_after_a_headline_reports_nothing(nlp):
    text = "Kelby bins to be collected fortnightly\n\nCall the council if you think your bin was missed."
    assert records(nlp, text) == []
