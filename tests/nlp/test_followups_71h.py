"""Follow-ups of the seventy-first pass (helper H): attribution defects left open last session, each checked against
PolNeAR train, and the speakers an editor wants. Every sentence here is written for this file, with made-up names,
places and bodies.

'No. 10' ('No. 10 said X', 'a No 10 spokesman', 'No. 10 Downing Street'): the tokenizer splits 'No.' into 'No' and a
stop, and the parser reads 'No' as an interjection and the stop as a noun, so 'No. 10 said X' has the source '10'
(or '. 10'); 'A No 10 spokesman said X' gave no report at all, its 'No' read as 'no spokesman'. Mended: a
determiner 'No' before a numeral in digits is no 'no one' (``mute``); 'No 10 said X', its head a number, was nobody,
and is now the body the aliases name when they know the whole source (``speakers``). A tokenizer exception keeping
'No.' one token (as the Penn Treebank does) mended 'No. 10 said X' too, and was dropped at the merge: the exception
cannot look at the word after it, so a sentence-final 'No.' is kept whole as well, and '"Will you stand again?"
"No." Mr Hale said X' lost its sentence end (the source became 'No." Mr Hale'); on the 23 PolNeAR train and dev
documents with a capitalised 'No.' it added one wrong record ('has a word for X: No.') and no right one. 'No. 10'
with its stop stays a strict xfail until 'No.' is joined to a numeral after it only.

'Its rival, Norcastle Ltd, paid $3m': ``figures.doer_names.name_of`` gave the agent 'Its rival' (and 'its rival
Nordvik' the agent 'its rival Nordvik'); a common noun with a proper name set beside it after a comma now gives the
name, and a proper name with a description in lower case before it only the name ('former champion Ilse Varga' ->
'Ilse Varga'; 'the Brenfield campaign' and 'First-time buyers' stay as they were).

Owned roles: 'Its board' and 'Her lawyer' were their owner's already; 'The company's board said X' after Halvorsen
Foods was 'company's board'. Now the owner written as 'the' and a noun is resolved as the noun would be alone and
gives 'Halvorsen Foods's board', 'Okafor family's lawyer', 'Tarnby Rovers's owners' (``noun_owners``); with no body
named before the description stays.

Headlines: a headline's role matched only a lede source with the same noun ('Airport spokeswoman' / 'A spokeswoman
for ...'); '"We will not back down" - union chief' over 'Carla Vennet, the head of the Allied Metalworkers union,
said' stayed 'union chief'. Now the lede's person who holds the office by another word of ``role_synonyms.json``
(its other words saying the person's body) is the headline's speaker (``headline_offices``). And a headline source
opening with a name and its possessive, '"This is not over" - Kessel's lawyer', was cut to the name (Marta Kessel, the
client, for her lawyer's words): a name before "'s" no longer leads a headline's source (``speakers``).

None of the mends but the tokenizer's changes a PolNeAR record: train 13083 right of 15697 predicted and dev 1416 of
1711 unchanged, no record different (speakers are not scored). The cases below, counted at HEAD (dacdcb17) before the
mends: 15 of 35 right; after: 34 (the headline before a colon stays a strict xfail).
"""

from __future__ import annotations

import pytest
from figure_rows import published_figures
from probe_records import found_report, records, top

#: why 'No. 10' with its stop is still wrong
_SPLIT_NO = "the tokenizer splits 'No.' from its stop and the parser reads 'No' as an interjection: the source is '10'"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    pytest.param("No. 10 said the prime minister had full confidence in the chancellor.", "No. 10", "Downing Street",
                 marks=pytest.mark.xfail(strict=True, reason=_SPLIT_NO)),
    pytest.param("A spokeswoman for No. 10 said the matter was closed.", "A spokeswoman for No. 10", None,
                 marks=pytest.mark.xfail(strict=True, reason=_SPLIT_NO)),
    ("A No 10 spokesman said the talks with the unions had been constructive.", "A No 10 spokesman", None),
    ("A No. 10 source said the reshuffle would wait until the spring.", "A No. 10 source", None),
    ('"There is no plan to change the rules," No 10 said.', "No 10", "Downing Street"),
    ("No 10 said the chancellor would stay.", "No 10", "Downing Street"),
])
def test_number_ten_is_the_source_whole(nlp, text, source, speaker):
    found = top(nlp, text)
    assert [r.source.text for r in found if r.source is not None] == [source]
    if speaker is not None:
        assert found[0].speaker == speaker


@pytest.mark.parametrize(("text", "sentences"), [
    ("Asked if he would stand again, Tomas Brill said No. He changed his mind a week later.", 2),
    ("Voters in Harlow were asked if they wanted a new bypass. Most said no. The council will decide in May.", 3),
    ('"Will you stand again?" "No." Tomas Brill said he had done his part.', 3),
])
def test_no_ending_a_sentence_still_ends_it(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize("text", [
    "No two officials agreed on what the minister had said.",
    "No spokesman would say whether the talks had failed.",
])
def test_no_before_a_word_is_still_no_one(nlp, text):
    assert not [r for r in top(nlp, text) if r.source is not None and r.source.text.lower().startswith("no")]


_FIGURES: dict[str, tuple] = {}


@pytest.mark.parametrize(("text", "span", "agent"), [
    ("Its rival, Norcastle Ltd, paid $3m for the site.", "$3m", "Norcastle Ltd"),
    ("Her opponent, Ilse Varga, won 52,900 votes.", "52,900", "Ilse Varga"),
    ("The company's rival, Norcastle Ltd, spent $2m on advertising.", "$2m", "Norcastle Ltd"),
    ("Acme earned $8m in the quarter, but its rival Nordvik earned $11m.", "$11m", "Nordvik"),
    ("Former champion Ilse Varga won 52,900 votes.", "52,900", "Ilse Varga"),
    # (a name the description is part of, or none, as before)
    ("The Brenfield campaign raised $12 million.", "$12 million", "Brenfield campaign"),
    ("First-time buyers paid £53,000 on average.", "£53,000", "First-time buyers"),
    ("Harlow Council spent £4m on roads.", "£4m", "Harlow Council"),
])
def test_a_doer_described_then_named_is_the_name(nlp, text, span, agent):
    found = {f.span.text: f for f in published_figures(nlp, text, "2031-05-01", _FIGURES)}
    assert span in found, list(found)
    assert found[span].agent == agent


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Halvorsen Foods rejected a takeover bid on Monday. The company's board said the offer undervalued the firm.",
     "The company's board", "Halvorsen Foods's board"),
    ("The Okafor family has sued the city. The family's lawyer said the verdict would be appealed.",
     "The family's lawyer", "Okafor family's lawyer"),
    ("Tarnby Rovers were sold last year. The club's owners said they would not sell any more players.",
     "The club's owners", "Tarnby Rovers's owners"),
    ("Halvorsen Foods rejected the bid. The company's chief executive said the offer was too low.",
     "The company's chief executive", "Halvorsen Foods's chief executive"),
    # (as a possessive pronoun was already)
    ("Halvorsen Foods rejected the bid. Its board said the offer was too low.", "Its board", "Halvorsen Foods's board"),
    # (no body named: the description as written)
    ("The company's board said the offer undervalued the firm.", "The company's board", "company's board"),
    # (a person named beside the role: that person)
    ("Halvorsen Foods rejected the bid. The company's chief executive, Dana Frost, said the offer was too low.",
     "The company's chief executive, Dana Frost", "Dana Frost"),
])
def test_a_role_owned_by_a_body_named_before_is_its_role(nlp, text, source, speaker):
    found = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert [r.speaker for r in found] == [speaker]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ('"We will not back down" - union chief\n\nCarla Vennet, the head of the Allied Metalworkers union, said on Sunday'
     ' that members would strike next week.\n\n"The offer is an insult," she said.', "union chief", "Carla Vennet"),
    ('"Our figures are sound" - Ferris Air boss\n\nThe chief executive of Ferris Air, Dominic Hale, said on Monday that'
     ' the airline would meet its targets.', "Ferris Air boss", "Dominic Hale"),
    # (the same noun, as before)
    ('Minister: "We will build the homes"\n\nThe housing minister, Ada Okonkwo, told parliament on Tuesday that 40,000'
     ' homes would be built.', "Minister", "Ada Okonkwo"),
    # (a lawyer is not the client whose name owns the role)
    ('"This is not over" \u2013 Kessel\'s lawyer\n\nThe lawyer for Marta Kessel said on Friday that his client would'
     ' appeal.', "Kessel's lawyer", "Kessel's lawyer"),
    ('"This is not over" \u2013 Kessel\'s lawyer\n\nMarta Kessel was acquitted on Friday.', "Kessel's lawyer",
     "Kessel's lawyer"),
    pytest.param('Kessel\'s lawyer: "This is not over"\n\nMarta Kessel was acquitted on Friday.', "Kessel's lawyer",
                 "Kessel's lawyer", marks=pytest.mark.xfail(strict=True, reason=(
                     "a headline's source before its colon, 'Kessel' tagged ORG there, still resolves to the client"))),
    # (an office the person does not hold, by no word of the table: left as written)
    ('"We will not back down" - union chief\n\nCarla Vennet, general secretary of the Allied Metalworkers, said the pay'
     ' offer was an insult.', "union chief", "union chief"),
])
def test_a_headline_role_is_the_lede_person_holding_it(nlp, text, source, speaker):
    found = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert [r.speaker for r in found] == [speaker]


def test_the_headline_quotation_keeps_its_report(nlp):
    text = ('"We will not back down" - union chief\n\nCarla Vennet, the head of the Allied Metalworkers union, said on'
            ' Sunday that members would strike next week.')
    assert found_report(top(nlp, text), "said", "Carla Vennet, the head of the Allied Metalworkers union",
                        "members would strike next week")
    assert len(records(nlp, text)) == 2
