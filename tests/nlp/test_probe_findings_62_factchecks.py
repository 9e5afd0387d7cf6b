"""Generalisation check of the sixty-second session on fact-checking (helper R): twenty short fact-check articles
(``probe_factchecks_62``) with rubric layouts ('CLAIM: X says Y', 'VERDICT: False', 'THE FACTS:', 'What was said:',
'Our ruling: Pants on Fire'), claims made in posts, videos, adverts, mailers and text messages, requests for comment,
data and records that 'show', experts who 'told us', the checker's own findings told as plain statements, ratings,
links, 'Read more' and correction notes; each report with its hand-written gold (a word of the cue, the source, the
first content), the lines that report nothing and the speakers of pronouns. Every sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty articles (written before any mend): as
first written, reports 63 of 68 right and lines 43 of 45; the gold then corrected to PolNeAR's conventions (a thing's
'appears to' is a cue 143 times of 253 on train, so 'The figure appears to come from X' is in neither list; an image
that 'shows' a scene 'with a caption saying Y' is one report of the image, PolNeAR's reports being univocal; 'But
once X, Y, the documents show' added): reports 65 of 69 (a source wrong 2, missed 2), lines 43 of 43, speakers 3 of
3. Mended: a past participle set off by commas right after the subject, which the parser hung on the verb as a
clause of its own, or read as the sentence's past verb with the present verb after the comma for its conjunct, when
a count or a time follows it ('The post, shared more than 4,000 times, says X'), is the subject's reduced relative
and stays in the source, as PolNeAR keeps 'The survey, conducted by X,' (``set_off_reduced``). After: reports 67 of
69, lines 43 of 43, speakers 3 of 3. The three articles written after the mend, to probe its shape in other words,
gave reports 7 of 8 (the conjunct reading, which they found and the mend then took in) and 8 of 8 after, lines 6 of
6. On PolNeAR train and dev the mend changes no record (train has no set-off participle with a count after a
source; the parser reads one with an agent as the noun's).
Conventions followed as PolNeAR has them (counted on train): the outlet's own 'We asked X' is a cue 5 times of 6, so
'When we asked X about the claim' is kept (no gold); a heading with a colon and nothing said after it reports
nothing."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_factchecks_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("flood_video", "purports", "A viral video"):
        "'purports to show X' is no cue; PolNeAR marks 'purport' 1 time of 5 on train, so no class to add",
    ("celebrity_fake", "claim", "Adverts on Facebook"):
        "the sentence is read as one noun phrase, 'Facebook claim' a compound ('Adverts on Facebook claim' alone is"
        " read with 'claim' a root noun holding its subject); a mend making such a root noun a verb (``noun_verbs``)"
        " changed nothing on PolNeAR train and did not reach this parse, so it was left out",
}

(parsed, test_a_report_of_a_fact_check_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 35


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a participle set off after the subject with a count in it stays in the source (``set_off_reduced``)
    ("The tweet, shared more than 9,000 times, says the mayor has resigned.", "says",
     "The tweet, shared more than 9,000 times", "the mayor has resigned"),
    ("A meme, shared about 3,000 times on Instagram, says the tax will double.", "says",
     "A meme, shared about 3,000 times on Instagram", "the tax will double"),
    # also when read as the sentence's past verb, the present verb after the comma its conjunct
    ("A message, forwarded hundreds of thousands of times since June, claims that the border will close.", "claims",
     "A message, forwarded hundreds of thousands of times since June", "the border will close"),
    # as it does with an agent, the parse unmended
    ("The letter, signed by 40 nurses, warns that the ward is unsafe.", "warns", "The letter, signed by 40 nurses",
     "the ward is unsafe"),
])
def test_a_shape_of_the_fact_checks(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    # a clause of time set off after the subject stays the verb's
    "Her office, when contacted on Monday, said the minister was travelling.",
])
def test_a_set_off_clause_of_time_stays_out_of_the_source(nlp, text):
    assert [r.source.text for r in top(nlp, text)] == ["Her office"]
