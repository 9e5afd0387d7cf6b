"""Patterns of the thirty-eighth session (helper belief): a noun of a stance held on someone or
something is a cue when its holder is named by a possessor or a 'from'/'by' phrase and the
preposition the noun takes names what the stance is on ('her support for X', 'his opposition
to Y', "the candidate's attacks on Mr. Hale", 'the mayor's stance on Z'; ``stances``). No
holder, a holder that holds no view, an attack on a thing or another preposition makes none,
nor a noun a verb acts on ('affirmed their support for X': the verb reports). The rule's
candidates are checked (the ranker decides which are shown). Verbs of stance with the
preposition that names what it is on (``phrasal.json``): 'believe in X', 'agreed with X',
'disagreed with X', 'balked at X', 'vouched for X'; not a thing's subject ('The spicy food did
not agree with him'). 'prefer' and 'admire' take a stance on their object ('Most younger voters
prefer the challenger'). A noun of one who holds a stance with its 'of' phrase, said of a
copula's subject or set beside a name ('Ms. Ito is a vocal supporter of X', 'Mr. Dale, a
longtime critic of X,'; not 'Supporters of X gathered', nor a trade: 'a film critic of the
Gazette'), without a relative clause set off after what it is on. Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.lexicon import active_lexicon
from sourcebook.nlp.attribution.stances import stance_cue


def _candidate(nlp, text, noun):
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    cand = stance_cue(active_lexicon(), doc.text, token)
    if cand is None:
        return None
    text = doc.text
    cue = text[cand.cue[0]:cand.cue[1]] if cand.cue else None
    source = text[cand.source[0]:cand.source[1]] if cand.source else None
    return cue, source, [text[start:end] for start, end in cand.contents]


@pytest.mark.parametrize("text, noun, cue, source, content", [
    ("The governor's support for the levy surprised the council.", "support", "support for", "The governor's",
     "the levy"),
    ("Senator Okafor's opposition to the pipeline cost her votes in the north.", "opposition", "opposition to",
     "Senator Okafor's", "the pipeline"),
    ("The candidate's attacks on Mr. Hale grew sharper.", "attacks", "attacks on", "The candidate's", "Mr. Hale"),
    ("The mayor's stance on rent control has not changed since spring.", "stance", "stance on", "The mayor's",
     "rent control"),
    ("Her commitment to free school meals won over the teachers.", "commitment", "commitment to", "Her",
     "free school meals"),
    ("Ms. Ito is a vocal supporter of the rail plan.", "supporter", "supporter of", "Ms. Ito", "the rail plan"),
    ("Mr. Dale, a longtime critic of the mayor, spoke first.", "critic", "critic of", "Mr. Dale", "the mayor"),
    ("He has been a dogged defender of the 1998 accord, which ended the strike.", "defender", "defender of", "He",
     "the 1998 accord"),
])
def test_a_stance_noun_with_its_holder_is_a_cue(nlp, text, noun, cue, source, content):
    assert _candidate(nlp, text, noun) == (cue, source, [content])


@pytest.mark.parametrize("text, noun", [
    ("Support for the levy grew over the summer.", "Support"),  # nobody holds it
    ("The rebels' attack on the garrison lasted two days.", "attack"),  # force, no view of a thing
    ("The bridge's support for the deck was replaced in May.", "support"),  # a thing holds no view
    ("The mayor's position in the queue was third.", "position"),  # not what a stance is on
    ("Supporters of the plan gathered outside.", "Supporters"),  # nobody else holds it: no report
    ("She is a film critic of the Gazette.", "critic"),  # a trade
])
def test_no_stance_without_a_holder_or_on_a_thing(nlp, text, noun):
    assert _candidate(nlp, text, noun) is None


def test_a_stance_noun_a_verb_acts_on_is_no_cue(nlp):
    assert _candidate(nlp, "The delegates reaffirmed their support for the treaty.", "support") is None


@pytest.mark.parametrize("text, cue, source, content", [
    ("Most of the farmers still believe in the cooperative model.", "believe in", "Most of the farmers",
     "the cooperative model"),
    ("Two of the judges disagreed with the majority on the question of standing.", "disagreed with",
     "Two of the judges", "the majority on the question of standing"),
    ("The regional council balked at the cost of the new depot.", "balked at", "The regional council",
     "the cost of the new depot"),
    ("Her former teacher vouched for her honesty.", "vouched for", "Her former teacher", "her honesty"),
    ("Most younger voters prefer the challenger.", "prefer", "Most younger voters", "the challenger"),
    ("Many of the delegates admire the outgoing chair.", "admire", "Many of the delegates", "the outgoing chair"),
    ("The finance minister agreed with the auditors on the size of the shortfall.", "agreed with",
     "The finance minister", "the auditors on the size of the shortfall"),
])
def test_a_verb_of_stance_with_its_preposition(nlp, text, cue, source, content):
    found = records(nlp, text, cue=cue)
    assert found, f"no record with the cue {cue!r}"
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


def test_a_thing_that_does_not_agree_with_someone_holds_no_view(nlp):
    assert records(nlp, "The spicy food did not agree with him.") == []
