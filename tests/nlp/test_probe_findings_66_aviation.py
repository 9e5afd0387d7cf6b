"""Generalisation check of the sixty-second pass on aviation and space news (helper A): thirty-four short articles
(``probe_aviation_66``) on accident investigations, diverted and circling flights, bird strikes, cabin crew and
controllers' strikes, rocket scrubs and first flights, drones near runways, lost satellites, runway rows, near-misses,
turbulence, grounded jets, space budgets, satellite firms, security queues, a helicopter crash, airline profits and
collapses, an unruly passenger, runway incursions, night flights, a silent probe, an astronaut's return, screening
lapses, wind shear, mayday calls, tarmac waits, a delayed Mars lander, a pilot shortage, a spaceport and night cargo
flights: "The investigators' interim report found", 'The airline said in a statement that', 'The pilot radioed that', 'Passengers
described', 'The flight tracking site X showed', 'The launch director, X, said the countdown', 'According to air
traffic control recordings', 'The agency confirmed', 'A union representing cabin crew at X said', 'The captain told
passengers that', 'The manufacturer, X, declined to comment', 'Experts cautioned', 'announced over the intercom that',
'In an email to passengers, X wrote that', and speakers named again by pronoun or role across paragraphs ('She', 'He',
'The chief executive', 'The investigator', 'The director general', 'Mr Wragg'); each report with its hand-written gold,
the lines that report nothing (schedules, flight numbers and routes, aircraft types and capacities, delays stated by
the writer, launch windows, safety instructions, narration) and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on all thirty-two articles (two lines of the gold corrected first to
PolNeAR's convention: 'warned the crew about wind shear' holds what follows 'about', as 'warned us about X' does on
train; 'Ministers approved a spaceport' is a report, 'approved' a cue in 8 of 13 on train outside contents): reports
114 of 116 right (no source wrong, none missed; two content ends wrong, below), lines that report nothing 86 of 87,
speakers 19 of 19. The false report was 'Passengers are advised to check their flight status before travelling to the
airport': a passive 'advised' with an infinitive, advice given out to a public and no one's report, which the ranker
kept at 0.51-0.59 (so 'were advised to travel only if X' in an earlier set, unlisted there). PolNeAR marks no passive
'advised to' outside a content on train (0 of 1: 'have been advised by the WHO to consider X', shown on main with the
WHO as its source, a record with no gold) nor on dev, as the farming set found 'Customers were advised to X' none.
Mended: such a passive is no cue (``advised_passives.advice_given_out``, called from ``noncues.not_a_cue``; 'The
agency advised parents to X' keeps its cue, and 'were told to X', 'are asked to X' stay reports with no source).
After: lines 87 of 87, reports and speakers as before. The two content ends left are single sentences, no class;
each stays a strict xfail with its reason.
Probing headlines next ("X 'adjective', says Y"), a headline of a short fragment and a tail whose source has a plural's
possessive ("Drone flights 'dangerous', says pilots' union", "Night flights 'unbearable', say residents' groups",
"Cuts 'dangerous', says nurses' union") gave no report on main: the rules read the tail's verb with its source but the
fronted words as a second subject, so with no content, and ``headline_tails`` took that empty reading for the tail's
own and never read the line alone nor fell back on ``told_tails``. Mended there: a reading of the tail counts only
with a content. The two articles written for it ('drone_rules', 'night_cargo') gave reports 5 of 7 on main and 7 of
7 after, lines 4 of 4, speakers 1 of 1. In all after: reports 121 of 123 (the two content ends), lines 91 of 91,
speakers 20 of 20. PolNeAR has no headline ending ', says X' (train or dev), so neither mend changes its right
records (train 13039 right, dev 1415, before and after; the WHO record on train is replaced by one with 'consider'
for its cue, also with no gold; speakers on dev 0.960 over 552 before and after).
Conventions followed as the project has them: 'declined to comment' holds 'to comment' (PolNeAR marks 'declined' a
cue in 28 of 28 on train); 'blamed X for Y' holds 'X for Y'; 'X told the court Y' holds 'Y'; a passive 'Staff were told
by email that X' is a report with no source; 'The flight tracking site X showed Y' and 'Recordings of X show Y' are
the documents' reports ('showed' a cue in 69 of 88 on train outside contents)."""

from __future__ import annotations

import pytest
from probe_aviation_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("galley_smoke", "described", "Passengers"):
        "'Passengers described a strong smell of burning plastic shortly after the meal service began': the parser"
        " hangs 'shortly after X' on the cue, so the content ends at 'plastic'; the sentence may be read either way (the"
        " smell or the describing came after the meal), and the time phrase after an object is no class of its own",
    ("go_around", "warned", "Controllers at the tower"):
        "'warned the crew about wind shear minutes before the landing': the parser makes 'shear' a compound of"
        " 'minutes' and 'wind' alone the object of 'about', so the content is 'wind'; a compound split by a measure"
        " of time after it, one sentence",
}

(parsed, test_a_report_of_aviation_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a passive 'advised' with an infinitive: advice given out to a public (``advised_passives``)
    "Passengers are advised to check their flight status before travelling to the airport.",
    "Travellers were advised to allow an extra hour for security checks at the terminal.",
    "Drivers have been advised by the motoring group to avoid the airport road on Friday.",
])
def test_advice_given_out_in_the_passive_reports_nothing(nlp, text):
    assert [r.cue.text if r.cue else None for r in top(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue"), [
    # the active advice and a passive telling keep their cue
    ("The regulator advised airlines to inspect the engine mounts within a month.", "advised"),
    ("Passengers were told to leave their bags on board.", "were told"),
    ("Passengers were advised that their flight had been cancelled.", "were advised"),
])
def test_other_advice_keeps_its_cue(nlp, text, cue):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None] == [cue]


@pytest.mark.parametrize(("text", "source", "content"), [
    # a headline's tail read with its source but no content is no reading of it (``headline_tails``)
    ("Drone flights 'dangerous', says pilots' union\n\nThe union said its members had seen 92 drones.",
     "pilots' union", "Drone flights 'dangerous'"),
    ("Night flights 'unbearable', say residents' groups\n\nThe groups said the noise woke families.",
     "residents' groups", "Night flights 'unbearable'"),
    ("Cuts 'dangerous', says nurses' union\n\nThe union said wards were short of staff.", "nurses' union", "Cuts 'dangerous'"),
])
def test_a_headline_tail_with_a_possessive_source_is_read(nlp, text, source, content):
    assert any(r.source is not None and r.source.text == source and [c.text for c in r.contents] == [content]
               for r in top(nlp, text)), [(r.source.text if r.source else None, [c.text for c in r.contents])
                                          for r in top(nlp, text)]
