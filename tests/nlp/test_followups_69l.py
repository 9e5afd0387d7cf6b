"""Follow-ups of the sixty-ninth pass on quotations PolNeAR train marks and the pipeline missed (helper L). Every
sentence here is written for this file, with made-up names, places and bodies.

- A paragraph opening with an NYT ``''`` mark (which the tagger reads as a closing one): the parser made the mark a
  sentence of its own in 240 of the 486 such paragraphs of train, which cut the quotation off from the cue after
  it. The word after a line's opening quotation mark opens no sentence (``components/lines.py``, before the parse).
- '"X," Y said, adding of Z, "W."' where the parser hung the added quotation on 'said' and the participle on it:
  'X' is Y's via 'said', 'W' the 'adding' report's (``added_quotes.py``).
- An outlet's 'according to' credit is folded into the report it relays ('X said Y, according to NBC News'), but
  not into a participle of saying on a noun inside what the outlet reports ('when workers demanding X accepted Y,
  according to NBC News'), whose drop by the ranker took the outlet's report with it (``credited_hosts.py``).

Counts on the 12 tests below: on main (5a0daedf) 7 pass (the ones that guard what works), 5 fail (the sentence
start after the mark, three sentences; the added quotation; the outlet's credit); after the mends all 12 pass.
PolNeAR train: 13067 -> 13072 right of 15684 -> 15688 predicted (speech 9687 -> 9692 of 11002 -> 11006), no right
record lost: the line's mark 2 (train docs 255, 252, after parsing again the 100 train docs whose paragraph-opening
mark the parser had split off), the added quotation 1 (doc 306), the outlet's credit 2 (docs 205, 665); dev
unchanged (1416 of 1711; the 4 dev docs parsed again change nothing). The mark is set before the parse: cached
parses must be made again for the first mend to show.

Not mended: of the 38 train records whose content opens with an NYT mark before its cue and that are missed, most are
other shapes (a quotation set between dashes inside the writer's sentence, given to the main clause's cue: docs 279,
349, 359; a second quotation after another report's clause, which train gives now to that report, doc 250, now to the
first, doc 295; parses that read an apposition's words as verbs, doc 269). The ranker's participles: of 585 records
with a participle cue the ranker dropped on train, 120 are right, and only one of them (doc 201) is shown when its
sentence stands alone, with the same features and probability (0.519, above the 0.45 threshold): in the article it is
an inner record held by a kept one, so no ranker feature depends on the context (the 'telling CNN that X' report,
doc 98, is kept; its content runs on over 'and questioning Y', a boundary miss).
"""

from __future__ import annotations

import pytest
from probe_records import contents, records

_FERRY = ("The ferry from Dalsby ran two hours late again on Monday.\n\n''That was the worst crossing I have had in "
          "years,'' Ulla Brenner, a nurse from Dalsby, told a reporter on the pier. ''Nobody said a word to us.''")


@pytest.mark.parametrize("text", [
    _FERRY,
    "The new depot in Harwick opened on Tuesday.\n\n''We waited a decade for this building,'' said Pieter Olsen.",
    "Dock workers in Marrow Bay voted on Friday.\n\n''I think the offer is fair,'' she said.",
    "The harbour was closed.\n\n\"We lost a week of work,\" said Tomas Lind.",
])
def test_the_word_after_a_lines_opening_quotation_mark_opens_no_sentence(nlp, text):
    doc = nlp(text)
    mark = next(t for t in doc if t.text in ("''", '"') and "\n" in doc[t.i - 1].text + doc[t.i - 1].whitespace_)
    assert not doc[mark.i + 1].is_sent_start


def test_a_paragraphs_quotation_in_nyt_marks_is_its_cues(nlp):
    assert [(r.source.text, contents(r)) for r in records(nlp, _FERRY, "told")] == [
        ("Ulla Brenner, a nurse from Dalsby", ["That was the worst crossing I have had in years",
                                               "Nobody said a word to us"])]


@pytest.mark.parametrize(("text", "said", "added"), [
    ("''We've finished all the repairs we promised,'' Mr. Dorran said, adding of the council, ''They care about the "
     "harbour.''", "We've finished all the repairs we promised", "They care about the harbour"),
    ("''We have spoken to every family on the street,'' Ms. Harlow said, adding of the mayor, ''She never came here "
     "once.''", "We have spoken to every family on the street", "She never came here once"),
    ("''We have spoken to every family on the street,'' Ms. Harlow said, adding, ''The mayor never came here once.''",
     "We have spoken to every family on the street", "The mayor never came here once"),
])
def test_the_quotation_before_the_cue_is_the_cues_and_the_one_after_adding_is_the_participles(nlp, text, said, added):
    found = records(nlp, text)
    assert [contents(r) for r in found if r.cue.text == "said"] == [[said]]
    assert [contents(r)[-1] for r in found if r.cue.text.startswith("adding")] == [added]


@pytest.mark.parametrize(("text", "content"), [
    ("The strike ended on Sunday, when workers demanding higher pay accepted the offer, according to NBC News.",
     "The strike ended on Sunday, when workers demanding higher pay accepted the offer"),
])
def test_an_outlets_credit_is_not_folded_into_a_participle_on_a_noun_inside_its_report(nlp, text, content):
    assert [(r.source.text, contents(r)) for r in records(nlp, text, "according to")] == [("NBC News", [content])]


def test_an_outlets_credit_is_still_folded_into_the_report_it_relays(nlp):
    text = "The camp at Velmore was shelled twice, Dr. Ana Korsh said, according to NBC News."
    found = records(nlp, text)
    assert [(r.cue.text, r.relayed_by) for r in found] == [("said", "NBC News")]


@pytest.mark.parametrize("text", [
    "\u201cI regard Tomas as an old friend,\u201d Berling told the host, noting that he and his wife, Ana, \u201chave "
    "talked with him often. We speak every week.\u201d",
    "\u201cThe depot stays open,\u201d Ms. Harlow said, adding it would take \u201cmore weeks\u201d before the repairs end.",
])
def test_a_participle_with_a_clause_of_its_own_keeps_it(nlp, text):
    first = next(r for r in records(nlp, text) if r.cue.text in ("told", "said"))
    assert contents(first)[0] in ("I regard Tomas as an old friend", "The depot stays open")
