"""Patterns of the fortieth session (helper probes2): parse misreads that lost a report in plain
news prose. A clause opened by 'that' after a medium or an occasion a cue was said on ('revealed
in a documentary that X', 'said on a livestream that X', 'in a broadcast that X') is what was
said, though the parser hung it on the noun as a relative clause; a clause whose verb makes or
airs the medium and lacks its object is the noun's relative clause ('joked on a podcast that he
hosts every week', 'in a statement that she released on Friday': ``relatives``). A verb of saying
in the present read as a plural noun ('As the editorial notes, X', 'The ruling states that X') is
the verb, the noun before it its subject (``noun_cues``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("The director admitted in a documentary that the budget had run out.", "admitted", "the budget had run out"),
    ("The president announced in a broadcast that the borders would reopen.", "announced", "the borders would reopen"),
    ("The governor said on a livestream that schools would stay closed.", "said", "schools would stay closed"),
    ("The manager said in a voicemail that the shipment was delayed.", "said", "the shipment was delayed"),
    ("The author wrote on her blog that the novel was finished.", "wrote", "the novel was finished"),
    ("The actor revealed on a podcast that he had been diagnosed with cancer.", "revealed",
     "he had been diagnosed with cancer"),
])
def test_a_clause_after_a_medium_is_what_was_said(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [[content]]


@pytest.mark.parametrize("text, cue", [
    ("The comedian joked on a podcast that he hosts every week.", "joked"),
    ("The comedian said on a podcast that he hosts every week.", "said"),
    ("The senator said in a statement that she released on Friday.", "said"),
])
def test_a_relative_clause_of_making_the_medium_is_no_report(nlp, text, cue):
    assert all(not contents(r) or "he hosts" not in contents(r)[0] and "she released" not in contents(r)[0]
               for r in records(nlp, text, cue))


def test_a_complete_clause_after_a_statement_is_still_the_report(nlp):
    found = records(nlp, "The senator said in a statement that she had released the files on Friday.", "said")
    assert [contents(r) for r in found] == [["she had released the files on Friday"]]


@pytest.mark.parametrize("text, cue, source, content", [
    ("As the editorial notes, the city has not raised taxes in a decade.", "notes", "the editorial",
     "the city has not raised taxes in a decade"),
    ("As the lawsuit claims, the company hid the defects for years.", "claims", "the lawsuit",
     "the company hid the defects for years"),
    ("The ruling states that the law violates the constitution.", "states", "The ruling",
     "the law violates the constitution"),
    ("The leaked draft states that the plant will close.", "states", "The leaked draft", "the plant will close"),
    ("The company's filing claims that sales doubled.", "claims", "The company's filing", "sales doubled"),
])
def test_a_verb_of_saying_read_as_a_plural_is_the_verb(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text", [
    "The meeting notes were lost in the fire.",
    "As the weeks passed, the rescuers lost hope.",
    "The union's demands include higher pay.",
])
def test_a_plural_noun_stays_a_noun(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text in ("notes", "weeks", "demands")]
