"""Follow-ups the sixty-seventh pass's first helpers noticed, each checked against how PolNeAR train marks
its shape before anything was mended. Every sentence here is written for this file.

- A reported clause, a comma and a document's finding closing the sentence ('Turnout was 37%, a survey by
  Pollwise found.'): a report, as train marks it (34 golds with a finding verb after its content and before
  the full stop, 28 of them found right on main). The parser may hang the verb as a relative clause on the
  figure before the comma, which reported nothing: ``closing_findings`` makes it the sentence's verb. The
  train misses are other misreadings ('tallies by X and other trackers show' with 'show' read as a
  conjunct of a name), so no train record changes.
- 'ordered X to Y' is a report, the order's words 'X to Y' its content, as train marks it (15 of the 26
  golds with 'order': 'A judge ordered the city to make the video public'); kept.
- A thing that carries a message with 'that said' ('a sign that said "X"') keeps 'that' for its source, as
  train marks 3 of the 4 such records it holds (water bottles, a message, T-shirts; the fourth a headline);
  kept.
- 'read' with a person and a text is a report on train ('federal prosecutor X read a summary of the facts';
  no record with 'read' is a false one on main), so a book read aloud stays shown, below.
- A role stated by a copula in the person's own sentence ('Priya Dutt has been head teacher at X') is theirs,
  as an apposition's is (``copula_roles``): 'The head teacher said' is Priya Dutt. On the fourteen
  hand-checked train articles of ``evaluate speakers`` it first took 'Ted Cruz is a man who is lost' for a
  role ('the man'), which ``bare_person_nouns.txt`` and the relative clause now leave out.
- A transcript's label in capitals whose short given name the intro never gives ('ANA RUIZ:') is 'Ana Ruiz'
  (``capital_names.capitals_as_name``), not 'ANA Ruiz'; 'HOST:' stays 'Host', as an interview's role label is kept.
- A verb of saying whose 'that' ends its line loses its report: the line break ends the sentence (one such
  break inside a sentence in all of train's texts), so it is left, below.
"""

from __future__ import annotations

import pytest
from probe_records import contents, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Turnout was 37%, a survey by Pollwise found.", "found", "a survey by Pollwise", "Turnout was 37%"),
    ("Turnout in Halver was 37%, a survey by Pollwise found.", "found", "a survey by Pollwise",
     "Turnout in Halver was 37%"),
    ("Turnout was 37 per cent, a survey by Pollwise found.", "found", "a survey by Pollwise",
     "Turnout was 37 per cent"),
    ("Rents rose by 12%, figures from the council show.", "show", "figures from the council", "Rents rose by 12%"),
    ("Prices in Dunmere rose sharply last year, the report showed.", "showed", "the report",
     "Prices in Dunmere rose sharply last year"),
    ("The bridge will cost 4m pounds, engineers estimate.", "estimate", "engineers", "The bridge will cost 4m pounds"),
    ("Turnout was 37%, Pollwise said.", "said", "Pollwise", "Turnout was 37%"),
])
def test_a_finding_closing_its_sentence_reports_the_clause_before_it(nlp, text, cue, source, content):
    shown = top(nlp, text)
    assert [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r)) for r in shown] == [
        (cue, source, [content])]


@pytest.mark.parametrize("text", [
    # a relative clause on a noun set off after the comma: the noun is no subject of a report
    "Turnout was 37%, a rate the survey found.",
    "The school has 400 pupils, most of whom walk.",
])
def test_a_relative_clause_after_the_comma_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The regulator has ordered Kestrel Auto to recall 40,000 cars.", "The regulator",
     "Kestrel Auto to recall 40,000 cars"),
    ("A judge ordered the council to pay 3,000 pounds in costs.", "A judge", "the council to pay 3,000 pounds in costs"),
])
def test_an_order_with_its_infinitive_is_a_report(nlp, text, source, content):
    shown = top(nlp, text)
    assert [(r.source.text if r.source else None, contents(r)) for r in shown] == [(source, [content])]


@pytest.mark.parametrize(("text", "content"), [
    ('One woman held a sign that said "Hands off our park".', "Hands off our park"),
    ('Volunteers handed out leaflets that said "Save the ferry".', "Save the ferry"),
])
def test_a_thing_that_said_a_message_is_its_source(nlp, text, content):
    shown = top(nlp, text)
    assert [(r.source.text if r.source else None, [c.strip('"') for c in contents(r)]) for r in shown] == [
        ("that", [content])]


@pytest.mark.xfail(strict=True, reason="a book's title read aloud is no words of the reader's, but 'read' with a "
                   "person and a text is a cue train marks ('X read a summary of the facts'), and a quoted title is "
                   "not told from a quoted message by the parse; no train record is such a reading")
def test_a_book_read_aloud_is_no_report(nlp):
    assert top(nlp, 'Mr Tann read "Hamlet" to the class on Friday.') == []


@pytest.mark.xfail(strict=True, reason="the line break after 'that' ends the sentence (lines are sentences for "
                   "feeds and transcripts), so the cue has no clause; train has one such break inside a sentence")
def test_a_clause_after_a_line_break_is_the_reports(nlp):
    shown = top(nlp, "The club admits that\nthe stand was unsafe for years.")
    assert [contents(r) for r in shown] == [["the stand was unsafe for years"]]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Priya Dutt has been head teacher at Brackley Primary since 2019. The head teacher said the school would "
     "stay open.", "Priya Dutt"),
    ("Tom Rusk is chief executive of Norlan Water. The chief executive said bills would rise.", "Tom Rusk"),
    ("Jo Fell has been the mayor of Ambry since May. The mayor said the bridge would reopen.", "Jo Fell"),
    ("Jo Fell was elected mayor of Ambry in May. The mayor said the bridge would reopen.", "Jo Fell"),
    ("Ana Loy became finance director at Crane Ltd last year. The finance director said profits were up.",
     "Ana Loy"),
])
def test_a_role_given_by_a_copula_names_its_holder(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    "Jo Fell is a critic of the mayor. The mayor said the bridge would reopen.",
    "Jo Fell is no longer the mayor. The mayor said the bridge would reopen.",
    "Lena Vey is the mayor's daughter. The mayor said the bridge would reopen.",
    "Ada Quill is a woman who knows the port. The woman said the cranes were idle.",
])
def test_a_copula_that_gives_no_role_names_no_one(nlp, text):
    assert [r.speaker for r in top(nlp, text)] not in (["Jo Fell"], ["Lena Vey"], ["Ada Quill"])


def test_a_label_in_capitals_with_a_short_given_name(nlp):
    text = "The interview follows.\nANA RUIZ: We lost everything in the flood.\nHOST: What happens now?\nANA RUIZ: We rebuild."
    assert [r.speaker for r in top(nlp, text)] == ["Ana Ruiz", "Ana Ruiz"]
