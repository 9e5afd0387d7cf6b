"""Speech reports found in the seventy-second pass's reading of PolNeAR train's gold speech records that no
prediction touched at all (790 of them at the start: cue and content both missed).

The largest cause that one mechanism mends: a verb of saying with its source and a clause opened by 'that',
a few words after it, which the parser read as a preposition, a relative pronoun or the mark of a clause hung
on a noun between ('noting that at one point X', 'warning followers on social media and in interviews that
Y', 'had said in a radio interview taped before the storm that Z'). The rules found the cue and its source
but no content and dropped the record; ``stray_clauses`` now gives the clause as the fallback content
(measured on train: 6 right records more, none lost, no wrong one added). Every sentence here is written
for this file.
"""

from __future__ import annotations

import pytest
from probe_records import contents, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("\u201cWe have come a long way in the last four months,\u201d she said, noting that at one point earlier in "
     "the race she had trailed Garvey by 40 points.",
     "noting", "she", "that at one point earlier in the race she had trailed Garvey by 40 points"),
    ("On Thursday, he expanded upon his calls for closer checks on the harbour, warning followers on social "
     "media and in interviews that smugglers could easily reach the coast and implying that some of them might "
     "already be there.",
     "warning", "he", "that smugglers could easily reach the coast"),
    ("Mayor Tilde Brann remarked upon the fact that there is still \"more work to do,\" noting weak orders in "
     "the port.",
     "remarked", "Mayor Tilde Brann", "there is still \"more work to do"),
])
def test_a_clause_the_parser_hung_elsewhere_is_the_verbs_content(nlp, text, cue, source, content):
    shown = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert len(shown) == 1
    record = shown[0]
    assert record.source is not None and record.source.text == source
    assert len(contents(record)) == 1 and content in contents(record)[0] and "noting" not in contents(record)[0]


@pytest.mark.parametrize(("text", "cue"), [
    # 'that' a determiner: an object, no clause
    ("Councillor Ebbe Strand reiterated that approach in his interview last week, saying the depot was "
     "committed to a four-shift plan.", "reiterated"),
    # a relative clause on the noun between: no subject after 'that'
    ("Ms. Varro spoke in an interview that aired on Sunday about the new ferry timetable.", "spoke"),
    # a clause of result: what followed, not what was said
    ("She is taller than in her portraits, and she speaks so softly that the microphone has to sit by her "
     "glass.", "speaks"),
])
def test_no_clause_is_made_of_an_object_or_a_relative_clause(nlp, text, cue):
    assert not any(r.cue is not None and r.cue.text == cue and any(c.startswith("that") for c in contents(r))
                   for r in top(nlp, text))


def test_a_cue_inside_a_quotation_takes_no_clause_across_its_closing_mark(nlp):
    text = ("\u201cEverything that you have said and everything that I have said,\u201d the magistrate exclaimed, "
            "\u201chas totally overlapped.\u201d")
    shown = top(nlp, text)
    assert [r.cue.text for r in shown if r.cue] == ["exclaimed"]
