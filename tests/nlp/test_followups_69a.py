"""Follow-ups of the sixty-ninth pass on statements, warnings and letters issued, released or sent, each checked
against how PolNeAR train marks its shape before anything was mended. Every sentence here is written for this file.

- Train gives what an issued statement says to the issuer, the verb's subject, and marks the whole run from the
  verb to the participle as the cue: 'released a statement Wednesday saying', 'issued a statement describing',
  'put out a statement saying', 'sent a letter to X, signed by Y, seeking' (about 40 such golds, every one with
  the issuer for source and the participle's words for content). On main the rules found the participle and the
  issuer, but the ranker's threshold, reading a participle hung on a noun, dropped many of them, most with a body
  for subject: 'The ministry released a statement condemning the attack', 'The club issued a statement describing
  the claims as false' and 'The regulator issued a warning that prices would rise' gave no record. The threshold
  no longer judges such a record, and its cue opens at the issuing verb (``issued_statements``,
  ``issuing_verbs.txt``); where the rules gave the report to the verb alone, its content the noun and the words on
  it ('which released | a statement condemning X', 'issued | a warning that Y'), or found the verb's report of the
  bare noun beside the participle's, the report is the participle's or the clause's (``issued_reports``). Train:
  13055 right of 15667 before, 13056 of 15668 after (the DNC's 'offering' gained, an echo of its quotation, wrong,
  came with it; a wrong 'posted | a Twitter comment of her own' gone; the cues of 43 right records widened as train
  marks them, cue characters F1 0.641 -> 0.645); dev unchanged (1416 of 1711; three cues widened).
- 'The agency released figures showing unemployment had fallen to 4.1%': with no 'that', the parser made the
  figures the clause's subject and 'unemployment' all they showed, a report of the figures. A verb of issuing takes
  no clause, so the clause is the participle's and the agency's (``shown_clauses``).
- 'The union put out a statement saying talks had collapsed' and the council's survey 'which found that X' were
  shown on main already (the survey's words by 'which', as train marks a relative pronoun for source).
"""

from __future__ import annotations

import pytest
from probe_records import contents, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The ministry released a statement on Sunday condemning the attack.",
     "released a statement on Sunday condemning", "The ministry", "the attack"),
    ("The club issued a statement describing the claims as false.",
     "issued a statement describing", "The club", "the claims as false"),
    ("The council issued a statement calling the claims false.", "issued a statement calling", "The council",
     "the claims false"),
    ("The union put out a statement saying talks had collapsed.", "put out a statement saying", "The union",
     "talks had collapsed"),
    ("The federation released a statement questioning whether the vote had been fair.",
     "released a statement questioning", "The federation", "whether the vote had been fair"),
    ("The Orwin Hospital Trust has issued a statement apologising for the delays.",
     "has issued a statement apologising for", "The Orwin Hospital Trust", "the delays"),
    ("Residents of Kelby Road sent a letter to the mayor urging her to reopen the library.",
     "sent a letter to the mayor urging", "Residents of Kelby Road", "her to reopen the library"),
    ("The regulator issued a warning that prices would rise.", "issued a warning", "The regulator",
     "prices would rise"),
])
def test_what_an_issued_statement_says_is_the_issuers(nlp, text, cue, source, content):
    found = top(nlp, text)
    assert [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)[:1]) for r in found] == [
        (cue, source, [content])]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The agency released figures showing unemployment had fallen to 4.1%.", "The agency",
     "unemployment had fallen to 4.1%"),
    ("The statistics office published figures showing inflation fell to 2.3% in March.", "The statistics office",
     "inflation fell to 2.3% in March"),
    ("The board released results showing most pupils had passed.", "The board", "most pupils had passed"),
])
def test_figures_released_show_the_releasers_clause(nlp, text, source, content):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "showing"]
    assert found and found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a clause after a verb of saying keeps its subject: the figures are what was misleading
    ("He said figures showing growth were misleading.", "said", "He"),
    # a statement that is the subject, or the medium of a verb of saying, is left as it was
    ("A statement issued by the ministry on Sunday condemned the attack.", "condemned",
     "A statement issued by the ministry on Sunday"),
    ("In a statement released on Sunday, the ministry condemned the attack.", "condemned", "the ministry"),
])
def test_other_shapes_stay_as_they_were(nlp, text, cue, source):
    found = top(nlp, text)
    assert [(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in found] == [(cue, source)]


def test_a_statement_with_nothing_said_reports_nothing(nlp):
    assert top(nlp, "The ministry released a statement.") == []


@pytest.mark.parametrize(("text", "why"), [
    ("The bureau released figures on Tuesday showing exports had dropped sharply.",
     "with a time between, the parser reads 'showing' as a compound of 'exports', the object of 'on', and the"
     " figures as the clause's subject: no participle is left to give the clause to (``shown_clauses``)"),
])
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_figures_released_still_misread(nlp, text, why):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "showing"]
    assert found and contents(found[0]) == ["exports had dropped sharply"], why
