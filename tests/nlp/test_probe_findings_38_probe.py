"""Patterns of the thirty-eighth session (helper probe): written probe sets in five genres (sports,
courts and crime, science and health, technology, elections). A person phoned is no one's words
('called Hale to concede', ``objects._someone``); a clause after a noun of saying whose verb wants
the statement for its object is a relative clause ('a claim that experts questioned',
``relative_that``); a body's backing withheld after its report is the writer's ('..., though it did
not provide benchmarks', ``narration.of_the_reporter``); a changelog is a document its owner speaks
through; a headline's verbless claim with a quotation after a speaker's colon is that speaker's
('Judge: confession "obtained under pressure"', ``topics.quoted_claim``). Every sentence is written
for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _triples(nlp, text):
    return [(a.cue.text if a.cue else None, a.speaker, contents(a)) for a in records(nlp, text)]


@pytest.mark.parametrize("text, cue, speaker, content", [
    # sports
    ('"We were not good enough in the second half," coach Marta Ilves said after the 2-0 defeat.', "said",
     "Marta Ilves", ["We were not good enough in the second half"]),
    ("Halden Rovers said in a statement that they had parted ways with manager Piet Aarts by mutual consent.", "said",
     "Halden Rovers", ["they had parted ways with manager Piet Aarts by mutual consent"]),
    ("The transfer fee was about 12 million euros, two people familiar with the deal said.", "said",
     "two people familiar with the deal", ["The transfer fee was about 12 million euros"]),
    # courts and crime
    ("Judge Helen Price ruled that the confession could not be used at trial.", "ruled", "Helen Price",
     ["the confession could not be used at trial"]),
    ("The indictment alleges that Mendes used shell companies to hide the money.", "alleges", "indictment",
     ["Mendes used shell companies to hide the money"]),
    ("Man charged over Dunmore stabbing, police say", "say", "police", ["Man charged over Dunmore stabbing"]),
    # science and health
    ("A spokesperson for the Ministry of Health said the vaccine would be available in pharmacies from March.", "said",
     "spokesperson for the Ministry of Health", ["the vaccine would be available in pharmacies from March"]),
    ("Vaccines do not cause autism, the researchers stressed.", "stressed", "researchers", ["Vaccines do not cause autism"]),
    # technology
    ("According to the release notes, version 4.2 fixes a bug that drained the battery overnight.", "According to",
     "release notes", ["version 4.2 fixes a bug that drained the battery overnight"]),
    ('"It\'s a game-changer for small businesses," said Tom Ferris, an analyst at Calder Research.', "said", "Tom Ferris",
     ["It's a game-changer for small businesses"]),
    # elections
    ("Senator Tom Hale, who is running for governor, said he would cut property taxes if elected.", "said", "Tom Hale",
     ["he would cut property taxes if elected"]),
    ("Hale: 'I will not concede'", ":", "Hale", ["I will not concede"]),
])
def test_probe_sentences_of_five_genres(nlp, text, cue, speaker, content):
    assert (cue, speaker, content) in _triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Fans waited outside the stadium for three hours before the gates opened.",
    "Who will replace Aarts at Halden?",
    "Police have not released the name of the victim.",
    "Drink plenty of water and avoid alcohol during hot weather.",
    "To update, open Settings and tap Software Update.",
    "Polls open at 7 a.m. and close at 8 p.m.",
    "Editor: Jane Doe",
])
def test_probe_sentences_that_attribute_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, kept", [
    ("Rahman said she had called Hale to congratulate him.", ["said"]),
    ("Rahman called Hale on Tuesday night to concede.", []),
    ("Hale called Rahman to concede and said he would not seek a recount.", ["said"]),
    ("Mr. Obama called Naghmeh Abedini on Sunday.", []),
])
def test_someone_phoned_is_no_ones_words(nlp, text, kept):
    assert [a.cue.text for a in records(nlp, text) if a.cue is not None] == kept


@pytest.mark.parametrize("text, content", [
    ("Sanders called Clinton unqualified.", ["Clinton unqualified"]),
    ('He called Cruz the "ultimate hypocrite" on Monday.', ['Cruz the "ultimate hypocrite"']),
])
def test_a_name_given_after_the_one_called_is_still_a_description(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "called")] == [content]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("Hale said the count had been rigged, a claim that election officials rejected.", "rejected", "election officials",
     "the count had been rigged"),
    ("The startup claims its battery can charge in five minutes, a claim that outside experts have questioned.",
     "have questioned", "outside experts", "its battery can charge in five minutes"),
])
def test_a_claim_that_someone_disputes_is_the_claim_before_it(nlp, text, cue, speaker, content):
    found = _triples(nlp, text)
    assert (cue, speaker, [content]) in found
    assert not any(c == "claim" for c, _, _ in found)  # the relative clause says nothing the claim held


def test_a_claim_that_opens_a_complement_keeps_it(nlp):
    text = "Critics rejected the claim that the minister had lied."
    assert [contents(a) for a in records(nlp, text, "claim")] == [["the minister had lied"]]


@pytest.mark.parametrize("text, cue, content", [
    ('The company said the new model was "twice as fast" as its predecessor, though it did not provide benchmarks.',
     "said", 'the new model was "twice as fast" as its predecessor'),
    ("The company said the plant would reopen, though it gave no date.", "said", "the plant would reopen"),
    ("The regulator said the bank had broken the rules, though it did not name the managers involved.", "said",
     "the bank had broken the rules"),
    # 'it' may be the report's own thing: what it could still do is said
    ("The agency said the storm would weaken, though it could still cause flooding.", "said",
     "the storm would weaken, though it could still cause flooding"),
])
def test_a_body_withholding_its_backing_is_the_writers_word(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, speaker", [
    ("Velto's changelog notes that the update also removes support for older tablets.", "Velto"),
    ("Microsoft's changelog notes that the update also removes support for older tablets.", "Microsoft"),
])
def test_a_changelog_speaks_for_its_owner(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, "notes")] == [speaker]


@pytest.mark.parametrize("text, source, content", [
    ("Judge: confession 'obtained under pressure'", "Judge", "confession 'obtained under pressure'"),
    ('Minister: vaccine "safe for children"', "Minister", 'vaccine "safe for children"'),
    ("Regulator: bank 'misled customers'", "Regulator", "bank 'misled customers'"),
])
def test_a_headlines_verbless_quoted_claim_is_the_speakers(nlp, text, source, content):
    assert [(a.source.text if a.source else None, contents(a)) for a in records(nlp, text, ":")] == [(source, [content])]
