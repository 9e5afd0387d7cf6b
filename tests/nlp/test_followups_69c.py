"""Follow-ups of the sixty-ninth pass on speech records PolNeAR train does not mark at all (helper C). Every sentence
here is written for this file, with made-up names and places.

On main (59136c8e) train shows 10984 speech records; 288 of them share no character of content with any gold
attribution. Read one by one, they fall into these shapes: a real report PolNeAR left out (64: 'Both partners said
there were no plans to sell', 'X, according to public filings'); no report at all, a verb of the lexicon in
another sense (70: 'hold caucuses', 'claimed a victory in the primary', 'pointed to a man in the crowd', 'wrote his
dissertation', 'reported from Kelvaro'); an act of saying with a noun phrase for its object, which train marks
elsewhere as often as not (43: 'responded to her rival's post', 'echoed his rival's success', 'did not mention X by name');
a content or source the parse put in the wrong place (36: 'was asked by a caller why X' with the question in the
source, 'whom X accuses of Y'); a report in a relative clause, most inside another report's source (25: 'said
Ruiz, who has predicted every election since 1990'); a question put with no asker ('Asked whether X, ...', 13); a purpose
or a modal infinitive (9: 'reached for a metaphor to describe X'); title-case headlines (8); evidence for a subject
('A look at the fleet suggests X', 7); poll respondents ('Voters who say X were divided', 6); a refusal to comment
(5); a quotation inside a quoted text (2). No shape of the large groups splits train 2:1 (earlier passes found the
same for 'point to', 'respond to', 'echo' and 'asked X to Y'; here too for 'claim' or 'concede' with a contest,
'declared himself X', nouns of saying with a preposition, '-ing' participles of saying after a verb of saying, the
'asked' clauses and the relative clauses: train marks 45 reports inside another's relative-clause source for 26 it
leaves out). Four shapes where the rules or the parse misread the words are mended here (six of the 288):

- An 'as' clause of talk going on says when, not whose account: a verb of talking takes no clause of what was said,
  so it holds no sentence as an aside of accord ('X will close next week, as the mayor speaks to the chamber'), and a
  verb with its partner in the talk after 'with' tells of an exchange ('As Tomas joked with his brother, Y'). Not
  'as the minister said with a smile', 'As Ana told reporters' (``talk_whiles.py``, from ``argued_whiles.said_while``).
- 'report' with 'from' right after it and nothing said, a correspondent's place of work or career and no statement
  ('Haskel reported from Orvel; Brannigan, from Washington'); not with a clause or a quotation (``reported_from.py``,
  ``dispatch_verbs.txt``, from ``noncues.not_a_cue``).
- 'the following' right before a cue's colon points at the words after it and is no content: the quotation on the
  line or the paragraph below is ('tweeted the following:'; ``placeholder_colons.py``, ``pointer_phrases.txt``, from
  ``colon_blocks``).
- A question after a passive verb of asking's agent that the parser hung on the agent's noun as a relative clause is
  the verb's ('was asked by a caller why X': source 'a caller', content 'why X'; ``agent_questions.py``, a mend).

PolNeAR: train 13055 right of 15667 -> 13056 of 15662 (speech 9673 of 10984 -> 9674 of 10979): five wrong records
gone ('joked', 'speaks', two 'reported from', 'tweeting' 'the following') and the 'was asked' record right; no right
record lost. Dev 1416 of 1711, unchanged (a first form of the 'with' partner took any noun that can hold a statement
and lost dev's right 'As X pointed out with a telling side-by-side, Y'; the partner is now a person, a role, kin or a
body). Figures: 414/414, 555 and 311 matched, as before.
"""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top

from sourcebook.nlp.attribution.reported_from import reported_from

SPEAKS_TO = "The storm will reach the coast on Friday, as the governor speaks to the state assembly on Thursday."
JOKED_WITH = "As Tomas Ferrer joked with his brother at the table, their father grew impatient."
ARGUED_WITH = "As Colm Ashe argued with his landlord in the hallway, the lights went out."


@pytest.mark.parametrize(("text", "cue", "main_clause"), [
    (SPEAKS_TO, "speaks", "The storm will reach the coast on Friday"),
    (JOKED_WITH, "joked", "their father grew impatient"),
    (ARGUED_WITH, "argued", "the lights went out"),
])
def test_an_as_clause_of_talk_going_on_holds_no_sentence(nlp, text, cue, main_clause):
    found = top(nlp, text)
    assert not [r for r in found if any(main_clause in c for c in contents(r))], [
        (r.cue.text if r.cue else None, contents(r)) for r in found]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The harbour will reopen in May, as the minister said on Tuesday.", "said", "the minister",
     "The harbour will reopen in May"),
    ("As Ana Ruiz told reporters, the budget is already spent.", "told", "Ana Ruiz", "the budget is already spent"),
    ("As the minister said with a smile, the harbour will reopen in May.", "said", "the minister",
     "the harbour will reopen in May"),
    ("As one blogger pointed out with a telling side-by-side, the two plans are almost the same.", "pointed out",
     "one blogger", "the two plans are almost the same"),
    ("As the chief engineer explained with a diagram, the dam will hold.", "explained", "the chief engineer",
     "the dam will hold"),
    ("Rents rose again in March, as Mira Holt noted in her weekly column.", "noted", "Mira Holt",
     "Rents rose again in March"),
    ("As the envoy spoke about the fund, the markets fell.", "spoke about", "the envoy", "the fund"),
])
def test_an_aside_of_accord_keeps_its_sentence(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize("text", [
    "He's reported from every single party conference this cycle, and has been live reporting on the ground in "
    "Kent, Essex and Surrey.",
    "She has reported from every flood zone in the region this year.",
    "Our correspondent reported live from the flooded square.",
])
def test_reporting_from_a_place_reports_nothing(nlp, text):
    assert not [r for r in top(nlp, text) if r.cue is not None and "report" in r.cue.text]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Tom Vane reported from Kelvaro that the river had burst its banks.", "Tom Vane", "the river had burst its banks"),
    ('"The river is rising," Tom Vane reported from Kelvaro.', "Tom Vane", "The river is rising"),
    ("The river is rising fast, Tom Vane reported from Kelvaro on Monday.", "Tom Vane", "The river is rising fast"),
])
def test_a_report_made_from_a_place_stays_a_report(nlp, text, source, content):
    assert found_report(top(nlp, text), "reported", source, content)


@pytest.mark.parametrize("text", [
    "Bellamy reported from Fresno, Calif.; Orton, from Washington.",
    "Quill reported from Dayton, Ohio; Marsh, from Washington.",
    "She has reported from every flood zone in the region this year.",
])
def test_a_credit_line_is_a_correspondents_place_of_work(nlp, text):
    assert [t.text for t in nlp(text) if reported_from(t)] == ["reported"]


@pytest.mark.parametrize("text", [
    "Tom Vane reported from Kelvaro that the river had burst its banks.",
    '"The river is rising," Tom Vane reported from Kelvaro.',
    "The bank reported from its survey a rise in lending.",
])
def test_a_verb_with_something_said_is_no_credit(nlp, text):
    assert not [t.text for t in nlp(text) if reported_from(t)]


POSTED_BELOW = ("The mayor was in good spirits on Sunday. Her press officer, Dana Pell, posted the following:\n\n"
                "Huge crowd in Orvel tonight for the mayor! Thank you all for coming.\n\nThe mayor spoke for an hour.")


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('Ana Ruiz tweeted the following: "Proud of this team, and proud of this town."', "tweeted", "Ana Ruiz",
     "Proud of this team, and proud of this town"),
    ('The club\'s chairman said the following: "We are saddened by the news of his death."', "said",
     "The club's chairman", "We are saddened by the news of his death"),
    (POSTED_BELOW, "posted", "Her press officer, Dana Pell",
     "Huge crowd in Orvel tonight for the mayor! Thank you all for coming"),
])
def test_the_following_points_at_the_words_after_the_colon(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('The club issued the following statement: "We are saddened by the news of his death."', "issued", "The club",
     'the following statement: "We are saddened by the news of his death."'),
    ("The ferry left the following day, the captain said.", "said", "the captain", "The ferry left the following day"),
])
def test_a_following_noun_or_day_is_left_alone(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The host was asked by a caller why the ferry fares had doubled.", "a caller", "why the ferry fares had doubled"),
    ("The minister was asked by reporters how the scheme would be paid for.", "reporters",
     "how the scheme would be paid for"),
])
def test_a_question_put_by_a_passives_agent_is_what_was_asked(nlp, text, source, content):
    assert found_report(top(nlp, text), "was asked", source, content)


def test_a_relative_clause_on_the_agent_stays_one(nlp):
    doc = nlp("The mayor was asked by a woman who lives near the quarry whether the blasting would stop.")
    assert [t.dep_ for t in doc if t.text == "lives"] == ["relcl"]


def test_a_question_after_the_agents_relative_clause_is_what_was_asked(nlp):
    # (an xfail here until helper M's ``agent_questions._hung_question``, test_followups_69m)
    text = "The mayor was asked by a woman who lives near the quarry whether the blasting would stop."
    assert found_report(top(nlp, text), "was asked", "a woman who lives near the quarry", "whether the blasting would stop")
