"""Patterns of the forty-first session (helper probes4), from passages written in news kinds not
probed before: markets and deals, military and conflict reports, fact checks, live pages, letters
and open letters, press releases, transcripts and panels, local news, religion and culture.

A relative clause with no pronoun that ends on its preposition before the cue ('Experts we spoke
to said X') is part of the source also when the parser made the clause the sentence and the cue
an infinitive ('to said') or the preposition's object, or hung it on a pronoun ('Everyone I spoke
to'); a bare verb after 'with' (or after a verb of speaking's 'to') is then the sentence's verb
(``stranded``). Verbs of manner that say only beside a quotation ('interrupted:', 'demurred:',
'beamed:') are cues there (``quote_verbs.txt``). 'As she put it' keeps its cue when a phrase of
when or where it was said follows ('as she put it during the panel'); set right after a quotation
that a verb before it reports, it credits those words to that report's speaker and makes no
record of its own (``asides.credits_a_quotation``). A wire's time with its zone ('0945 GMT - ')
opens no source. An 'as' that opens a finite clause with its subject right after it, after
'described X', tells when ('described scenes of panic as the shells hit'), not the name given.
The rest are records the kinds rest on, judged right, kept so that later changes do not lose
them. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _top(nlp, text, cue=None):
    return [(r.source.text if r.source is not None else None, contents(r)) for r in records(nlp, text, cue) if r.parent is None]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Experts we spoke to said the chart was misleading.", "said", "Experts we spoke to", "the chart was misleading"),
    ("Residents I talked to said they felt safe.", "said", "Residents I talked to", "they felt safe"),
    ("Everyone I spoke to said the same thing.", "said", "Everyone I spoke to", "the same thing"),
    ("Parents I spoke with say the school will close.", "say", "Parents I spoke with", "the school will close"),
    ("At the market, traders we spoke with said prices had doubled.", "said", "traders we spoke with", "prices had doubled"),
    ("Most economists we talked to expect rates to fall.", "expect", "Most economists we talked to", "rates to fall"),
])
def test_a_relative_clause_ending_on_its_preposition_is_part_of_the_source(nlp, text, cue, source, content):
    assert _top(nlp, text, cue) == [(source, [content])]


@pytest.mark.parametrize("text", [
    "Yesterday we spoke to the mayor.",
    "The plumbers we hired to fix the roof arrived late.",
])
def test_no_stranded_clause_where_none_is(nlp, text):
    assert not records(nlp, text)


@pytest.mark.parametrize("text, cue, source, content", [
    ('At one point, Blum interrupted: "That\'s simply not true."', "interrupted", "Blum", "That's simply not true"),
    ('Reiner demurred: "I won\'t comment on rumours."', "demurred", "Reiner", "I won't comment on rumours"),
    ('The coach beamed: "We did it."', "beamed", "The coach", "We did it"),
    ('"Not today," she deadpanned.', "deadpanned", "she", "Not today"),
])
def test_a_verb_of_manner_beside_a_quotation_says_it(nlp, text, cue, source, content):
    assert _top(nlp, text, cue) == [(source, [content])]


def test_a_verb_of_manner_with_no_quotation_says_nothing(nlp):
    assert not records(nlp, "Protesters interrupted the minister's speech twice.", "interrupted")


@pytest.mark.parametrize("text, source, content", [
    ('As she put it during the panel, "Nobody wins a trade war."', "she", "Nobody wins a trade war"),
    ("As he put it in an interview, the deal is dead.", "he", "the deal is dead"),
    ("Jobs matter most, as she put it on Wednesday in Leeds.", "she", "Jobs matter most"),
])
def test_put_it_with_when_or_where_it_was_said(nlp, text, source, content):
    assert _top(nlp, text, "put it") == [(source, [content])]


def test_put_it_somewhere_is_no_cue(nlp):
    assert not records(nlp, "He put it on the shelf.")


def test_went_further_leaves_the_report_to_its_participle(nlp):
    assert _top(nlp, "He went further on Tuesday, saying that the plan was dead.", "saying") == [("He", ["the plan was dead"])]


def test_put_it_after_a_reported_quotation_folds_into_the_report(nlp):
    text = 'The mayor promised to "fix every road," as she put it at the meeting.'
    assert not records(nlp, text, "put it")
    assert _top(nlp, text, "promised") == [("The mayor", ['to "fix every road,"'])]


def test_put_it_after_a_quotation_opening_the_sentence_credits_it(nlp):
    assert _top(nlp, '"We are broke," as the mayor put it.', "put it") == [("the mayor", ["We are broke"])]


@pytest.mark.parametrize("text, source", [
    ("0945 GMT - The army says it has repelled an attack on the airport.", "The army"),
    ("14:20 BST The health minister says the outbreak is contained.", "The health minister"),
])
def test_a_wire_time_opens_no_source(nlp, text, source):
    assert [s for s, _ in _top(nlp, text)] == [source]


@pytest.mark.parametrize("text, cue, content", [
    ("Witnesses described scenes of panic as the shells hit the market.", "described", "scenes of panic"),
    ("She described the country as beset by crime.", "described", "the country as beset by crime"),
    ("The senator has described the gala as the city admiring itself.", "has described",
     "the gala as the city admiring itself"),
])
def test_an_as_of_time_after_described_names_nothing(nlp, text, cue, content):
    found = [r for r in records(nlp, text) if r.parent is None]
    assert [(r.cue.text if r.cue is not None else None, contents(r)) for r in found] == [(cue, [content])]


@pytest.mark.parametrize("text, cue, source, content", [
    # markets and deals
    ("Analysts at Brandt Capital expect the merger to close by the end of March.", "expect",
     "Analysts at Brandt Capital", "the merger to close by the end of March"),
    ("The board rejected the offer as too low, according to two people familiar with the talks.", "according to",
     "two people familiar with the talks", "The board rejected the offer as too low"),
    ("Strategists at Pell & Co. wrote in a note that the risks were skewed to the downside.", "wrote",
     "Strategists at Pell & Co.", "the risks were skewed to the downside"),
    # military and conflict
    ("A spokesman for the rebels claimed that the fighters had withdrawn in good order.", "claimed",
     "A spokesman for the rebels", "the fighters had withdrawn in good order"),
    ("Fighting continued in the north on Tuesday, the observatory said, citing sources on the ground.", "said",
     "the observatory", "Fighting continued in the north on Tuesday"),
    # fact checks
    ("Senator Ida Kowal said in a tweet that crime had doubled since 2019.", "said", "Senator Ida Kowal",
     "crime had doubled since 2019"),
    ("The post falsely claims that the new law bans cash payments.", "claims", "The post", "the new law bans cash payments"),
    # live pages
    ("11:15 a.m. Opposition leader Tomas Reiner says his party will vote against the budget.", "says",
     "Opposition leader Tomas Reiner", "his party will vote against the budget"),
    ("1:15 p.m. Our reporter on the ground says crowds have begun to gather outside the court.", "says",
     "Our reporter on the ground", "crowds have begun to gather outside the court"),
    # letters
    ("The letter, signed by 12 former ambassadors, warns that the cuts will harm the country's standing abroad.", "warns",
     "The letter, signed by 12 former ambassadors", "the cuts will harm the country's standing abroad"),
    ("A reader from Dunmore writes: The bypass has made our village quieter.", "writes", "A reader from Dunmore",
     "The bypass has made our village quieter"),
    # press releases
    ("Halden Bank today announced that it has completed the acquisition of Marlow Savings.", "announced", "Halden Bank",
     "it has completed the acquisition of Marlow Savings"),
    # panels and transcripts
    ("Speaking on the panel, economist Rhea Blum argued that wages had not kept up with prices.", "argued",
     "economist Rhea Blum", "wages had not kept up with prices"),
    # local news
    ("The lawsuit alleges that the school failed to protect the boy from bullying.", "alleges", "The lawsuit",
     "the school failed to protect the boy from bullying"),
    ("Bus route 14 will be suspended for three weeks, the transit authority said.", "said", "the transit authority",
     "Bus route 14 will be suspended for three weeks"),
    # religion and culture
    ("In his sermon, the rabbi told the congregation that forgiveness was a strength.", "told", "the rabbi",
     "forgiveness was a strength"),
    ("The festival's director, Ines Barros, said ticket sales were the highest in a decade.", "said",
     "The festival's director, Ines Barros", "ticket sales were the highest in a decade"),
])
def test_records_of_the_news_kinds(nlp, text, cue, source, content):
    assert _top(nlp, text, cue) == [(source, [content])]


@pytest.mark.parametrize("text", [
    "About Kestrel Robotics: Kestrel Robotics builds warehouse robots. The company employs 400 people.",
    "This press release contains forward-looking statements.",
    "For more information, please contact the press office.",
    "9:05 p.m. What we know so far: Four people were injured. The motive is unclear.",
    "The library will host a book sale on Saturday from 10 a.m. to 2 p.m.",
    "Pictured: The new footbridge over the river.",
    "Correction: The mayor's name is spelled Pike, not Pyke.",
    "Key figures:\n- Revenue: $4.2 billion\n- Net profit: $310 million",
])
def test_no_records_in_the_kinds_furniture(nlp, text):
    assert not records(nlp, text)
