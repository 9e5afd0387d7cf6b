"""Generalisation check of the seventy-first pass on quotation marks and layout (helper E): thirty-nine short
articles (``probe_marks_71``) with guillemets holding single guillemets and running over paragraphs, German '„ “'
holding '‚ ‘' and German single marks alone, single marks around words with apostrophes and plural possessives,
straight and curly marks mixed in an article and in one quotation, quotations running over paragraphs (closed at
the end, or never), a stray opening or closing mark, a doubled closing mark, a closing mark forgotten before the
cue, nested quotations two and three deep, quotations opened by an em or an en dash with no marks, a quotation
after a colon no verb of saying opens ('was blunt: "X"'), block quotations (after a colon, in guillemets, signed on
the line below), '…', '[…]' and bracketed insertions, a quotation closing its paragraph whose speaker the next
paragraph names ('That was the view of X', 'So said X', 'The warning came from X'), and traps: heights and gauges
in feet and inches, scare quotes, titles and nicknames in every kind of mark. Each report has its hand-written
gold, with the later spans of running quotations, the lines that report nothing and the speakers. Every sentence
is written for the test.

Counted at the session's start (dacdcb17) on the first thirty-four articles (written before any mend; one
speaker's check corrected first, which compared the content's opening with its nested quotation's mark): reports
56 of 62, later spans 10 of 10, lines that report nothing 44 of 45, speakers 14 of 16. Missed: a quotation in
guillemets holding one in single guillemets after a headline (spaCy's tokenizer kept '‹come' and 'spring›' whole,
the parse broke the sentence at the opening '«' and the inspector's 'told' took the speaker as its words; and the
next 'She' spoke for the inspector); a block quotation signed on the line below ('— Miriam Okoro, head teacher');
a quotation named in the next paragraph by 'That was the view of X' (a belief's noun; a headline's report took
the quotation instead), by 'So said X, as Y' (the clause of time read as the verb's own) and by 'The warning came
from X'; and a report after inches in the same sentence ('sells only 7" singles and 12" albums, and its owner,
Rhona Kerr, said "X"', below). The boxer named with a nickname in single marks ('Tommy ‘The Tank’ Reyes') was
'Reyes' later, the NER having made 'Reyes' no person.
Mended: the single guillemets are split off the words they open and close, as spaCy splits the double ones
(``pipeline.split_single_guillemets``); a belief's noun names the quotation before too ('That was the view of X',
``came_replies``), 'So said X' takes a clause of time after it, and a noun of words said opening the next sentence
as the subject of 'came from X' names it (``summed_quotes``); a quotation that is its paragraph is signed by a
dash and a person's name on the line below (``signed_blocks``); a nickname in single marks or guillemets is one
(``nicknames``, ``entities.with_nicknames``, which also takes a surname the tagger made a noun, 'Reyes'). Also
mended in the pairing (``quotes``), found while reading these: a quotation in curly marks inside guillemets, or in
guillemets inside curly ones, closed before the outer one, is quoted by it (the outer one was lost); and a plural
possessive's apostrophe right before the stop and the mark that close a single quotation ("'It's the drivers',' he
said") no longer closes it. After: reports 61 of 62, later spans 10 of 10, lines 44 of 45, speakers 16 of 16. The
five articles written next, to probe the mended shapes in other words, gave reports 3 of 9 at the start and 9 of 9
after, lines 6 of 6 both times. The whole set: reports 59 of 71 -> 70 of 71, later spans 10 of 10, lines 50 of 51,
speakers 14 of 16 -> 16 of 16.

On PolNeAR train the mends gain seven right records and lose none (13083 -> 13090 right of 15697 -> 15704 predicted;
speech unchanged): the signatures on the line below a fact-check's quotations ('- Bernie Sanders.', '- Clinton.',
'-President Obama, tweeting after ...', '-Michelle Marks, Philadelphia.'); dev is unchanged (1416 of 1711), and so are
the speakers of the fourteen train articles with a speaker gold (234 right of 247 found). PolNeAR has no
guillemets, so the tokenizer's change (which the cached parses do not see) changes no record there."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, bare, found_in
from probe_marks_71 import ARTICLES, GOLD, LATER, NOT_REPORTS, SPEAKERS
from probe_records import top

from sourcebook.nlp.quotes import find_quotes

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("gauge_records", "said", "its owner, Rhona Kerr"):
        "'sells only 7\" singles and 12\" albums, and its owner, Rhona Kerr, said \"X\"': the inch marks make the parser"
        " read 'its owner' a third thing sold, and 'said' the shop's (without them, or with one, the clause is read"
        " right); the marks pair as they should, so no quotation is wrong, only the parse",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("german_nested", "Rowing club refused new boathouse"):
        "a headline's passive with its 'was' dropped ('club refused new boathouse': the club was refused) is read as"
        " the club's refusal; no mark is in it, and nothing tells the two readings apart without the article",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}
#: later spans still wrong: (article, cue, source, span) -> why
LATER_WRONG: dict = {}

(parsed, test_a_report_in_marks_of_any_kind_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_quotation, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")

_LATER = [(n, *item) for n, items in LATER.items() for item in items]


def _holds_span(records, cue, source, span):
    there = [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents])
             for r in records]
    return any(r.cue is not None and cue.lower() in r.cue.text.lower() and (r.source.text if r.source else "") == source
               and any(bare(c.text, ".,;") == bare(span, ".,;") for c in r.contents) for r in records), there


@pytest.mark.parametrize(("name", "cue", "source", "span"), [r for r in _LATER if r not in LATER_WRONG])
def test_a_running_quotation_is_one_report(parsed, name, cue, source, span):
    held, there = _holds_span(parsed[name], cue, source, span)
    assert held, there


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40
    assert set(LATER_WRONG) <= set(_LATER)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # single guillemets are tokens of their own (``pipeline.split_single_guillemets``)
    ("Vineyard loses its harvest\n\n«The buyer told us ‹not this year›, and then he left», said the grower, Paul Serre.",
     "said", "the grower, Paul Serre", "The buyer told us ‹not this year›, and then he left"),
    # curly marks inside guillemets, and guillemets inside curly marks (``quotes._held_inside``)
    ("«The judges said “no chance”, and we won anyway», said the baker, Ines Roth.", "said", "the baker, Ines Roth",
     "The judges said “no chance”, and we won anyway"),
    ("“The sign said «closed» but the door was open,” said the caretaker, Olu Bello.", "said",
     "the caretaker, Olu Bello", "The sign said «closed» but the door was open"),
    # a quotation named in the next paragraph by a belief's noun, 'So said X, as Y', 'The warning came from X'
    # (``summed_quotes``)
    ("\"The bridge will not last another winter.\"\n\nThat was the view of the county's engineer, Tom Hale.",
     "was the view", "the county's engineer, Tom Hale", "The bridge will not last another winter."),
    ("\"We will rebuild the pier.\"\n\nSo said the mayor, Ana Ruiz, as the crowd cheered.", "said", "the mayor, Ana Ruiz",
     "We will rebuild the pier."),
    ("\"Keep off the ice.\"\n\nThe warning came from the park's ranger, Cole Hart, on Sunday.", "warning came",
     "the park's ranger, Cole Hart", "Keep off the ice."),
    # a quotation that is its paragraph, signed on the line below (``signed_blocks``)
    ("\"The harbour wall must stay.\"\n\n- Agnes Pike, Quay Street", "-", "Agnes Pike", "The harbour wall must stay."),
    ("\"The harbour wall must stay.\"\n\n— Mayor Lund, speaking on Friday", "—", "Mayor Lund", "The harbour wall must stay."),
    ("Ruth Dobson chairs the harbour trust.\n\n\"The harbour wall must stay.\"\n\n- Dobson.", "-", "Dobson",
     "The harbour wall must stay."),
])
def test_a_mended_mark_or_layout(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    # a noun of no words said, or a place after 'from' (``summed_quotes``)
    "\"We raised £20,000 for the new stand.\"\n\nThe money came from a raffle in the club's bar.",
    "\"The river is rising fast.\"\n\nThe warning came from the north of the valley.",
    "\"The river is rising fast.\"\n\nThat was the view from the bridge on Sunday.",
    # a credit or a wire's name below a quotation, and a lone word the article gives no given name (``signed_blocks``)
    "\"The harbour wall must stay.\"\n\n- Reuters.",
    "\"The harbour wall must stay.\"\n\n— Reporting by Ana Lee",
    "\"The harbour wall must stay.\"\n\n- Harbourside.",
])
def test_a_shape_near_a_mended_one_names_no_speaker(nlp, text):
    assert [(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in top(nlp, text)
            if r.source is not None] == []


@pytest.mark.parametrize(("text", "quoted"), [
    ("«The inspector said “come back”, and we did», she said.", ["«The inspector said “come back”, and we did»"]),
    ("“She told us «never», and meant it,” he said.", ["“She told us «never», and meant it,”"]),
    ("»Wir sagen “nein”«, sagte sie.", ["»Wir sagen “nein”«"]),
    # (a stray guillemet opens nothing the curly mark closes first: as before)
    ("“A stray « mark here,” he said.", ["« mark here,”"]),
    # a plural possessive before the stop and the closing mark
    ("‘It’s the signs’ fault, not the drivers’,’ said Dev.", ["‘It’s the signs’ fault, not the drivers’,’"]),
    ("'It was never the owners'.' He left.", ["'It was never the owners'.'"]),
])
def test_marks_pair_across_families(text, quoted):
    assert [text[q.open : q.close] for q in find_quotes(text)] == quoted


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tommy ‘The Tank’ Reyes will fight again in June.\n\nReyes said he had lost three stone since the spring.",
     "Tommy Reyes"),
    ("Marie «La Rouge» Dubois will fight again in June.\n\nDubois said she had lost a stone since the spring.",
     "Marie Dubois"),
])
def test_a_nickname_in_single_marks_or_guillemets(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
