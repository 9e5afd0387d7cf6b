"""Speech reports with the wrong source, found in the seventy-third pass's reading of PolNeAR train's matched
speech records whose source does not agree (158, with 44 more where train gives none and we give one, and 7
the other way; most are the annotation's own slips or a record paired with another report over the same
words, as the seventy-second pass found). The mends are the general causes among the rest:

- an infinitive cue whose doer the verb before it names, not that verb's subject (``pressed_doers``,
  ``pressing_words.txt``): the one relied on ('relies on users to report X'), the one pressure is on ('the
  pressure on her to say X'), the one driven ('drove thousands of people to demand X', where the parser read a
  clause of purpose), the one given what the infinitive hangs on ('giving them leverage to insist on X');
- a participle set off after a clause of a question weighed, opened by 'whether' ('hedged on whether he would
  back her, telling X'): the main clause's subject (``subordinate_participles``), as after a clause of time;
- a verb joined by 'and' to the bare verb after a modal, which can share neither ('backpedaled on his
  prediction that prices would fall, and blamed X'): the verb of its tense above the modal's clause
  (``set_off``), and an aside the parser hung on the sentence's root: the clause it closes right after;
- a participle on the attribute of a copula ranked among its kind ('X was the first candidate to weigh in,
  tweeting Y'): the copula's subject (``verbs._active_source`` with ``first_to.ranked_holder``), as the
  infinitive there already was; a noun ranked by no word keeps it ('Other spenders were a family of funds
  backing X': the family's, as train marks it, one right record lost when tried without the rank);
- a contracted 's before a participle with an amount of talk read as an adverb ("he's said much over the years
  about X"): the perfect 'has', the subject the source (``perfects``);
- an infinitive set off by a comma after a relative clause on the main verb's object, which the parser hung
  inside it ('summoned the leaders who would run the merger, to tell them X'): the main subject, not the
  relative pronoun (``participles``);
- a participle of saying on a statement or a speech with a possessive pronoun or a date before it ('she revised
  her statement explaining X', 'helped launch it with a March speech denouncing Y'): the subject of the verb
  that holds the noun, the pronoun's antecedent, when the pronoun agrees with it ('Reporters read his statement
  explaining X' stays the statement's; ``document_owners``).

Such a doer is a form the ranker's training data hardly has, so its threshold does not judge the record
(``Candidate.unjudged``): that shows 3 right records more on train and 2 train leaves unmarked ('give them an
opportunity to support his platform', and one article's twin of a right one).

Measured together on PolNeAR train: speech 9717 -> 9729 right of 11023 -> 11023 predicted (all 13103 -> 13117 of
15709 -> 15712), no right record lost; dev unchanged record for record.

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest
from probe_records import records


def _source_of(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(r.cue.text if r.cue else None) for r in records(nlp, text)]
    return found[0].source.text if found[0].source is not None else None


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Because the site is huge, the company relies on volunteers to report broken links.", "to report", "volunteers"),
    ("The ministry counts on teachers to report any threats against pupils.", "to report", "teachers"),
    ("The league counts on its members to demand a recount in Tarrow.", "to demand", "its members"),
    ("If the bill passes, the unions expect to keep their seats, giving them enough leverage to insist on a new "
     "pay deal.", "to insist on", "them"),
    ("The leak will increase the pressure on her to say whether she signed the contract.", "to say", "her"),
    ("The audit has increased the pressure on Mayor Orla Finch to explain the payments.", "to explain",
     "Mayor Orla Finch"),
    ("Velmar, a mostly rural province, drove tens of thousands of Velmar farmers to demand a referendum to leave "
     "the union in 1994.", "to demand", "tens of thousands of Velmar farmers"),
])
def test_an_infinitive_is_the_doers_the_verb_before_it_names(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    # things relied on, and a verb of sending or calling, keep the subject's purpose
    ("In response, the lawyers relied on court rulings and old statutes to defend the view that the lease was void.",
     "to defend", "the lawyers"),
    ("The mayor summoned reporters to her office to announce that she would resign.", "to announce", "The mayor"),
])
def test_an_infinitive_stays_the_subjects_when_the_verb_names_no_doer(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source", "start"), [
    ("On Monday, she hedged on whether she would back the bill, telling reporters she needed more time.",
     "telling", "she", 11),
    ("Senator Oda Vance wavered over whether she would vote, telling reporters the bill was rushed.",
     "telling", "Senator Oda Vance", 0),
])
def test_a_participle_after_a_whether_clause_is_the_main_clauses(nlp, text, cue, source, start):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source.text == source and found[0].source.start == start


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Mayor Lise Harrow backpedaled on her forecast that rents would fall within a year, and blamed the builders.",
     "blamed", "Mayor Lise Harrow"),
    ("The ferry company said fares would rise in May and blamed the price of fuel.", "blamed", "The ferry company"),
    ("The mood was grim when Ravi Teller called the levy \"a swindle\" (although he allowed that some of it was "
     "fair) and promised to repeal it.", "promised", "Ravi Teller"),
])
def test_a_verb_joined_past_a_modal_or_an_aside_is_the_outer_clauses(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Councillor Mira Hale was the first member to speak at the hearing, calling the plan reckless.", "calling",
     "Councillor Mira Hale"),
])
def test_a_participle_on_a_copulas_attribute_is_the_subjects(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("But he's said much over the years about the council's duty to publish its accounts.",
     "'s said much over the years about", "he"),
    ("She's said little about the merger since May.", "'s said little about", "She"),
])
def test_a_contracted_perfect_with_an_amount_said_keeps_its_subject(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Later that week, Mayor Ilse Brann revised her statement explaining that she had never seen the contract.",
     "explaining", "Mayor Ilse Brann"),
    ("Former senator Tomas Varga, who helped start the movement with a March speech denouncing presidential nominee "
     "Ivo Marsh, will not attend the convention.", "denouncing", "who"),
    # a statement the subject read is not the subject's
    ("Reporters read his statement explaining that he had never seen the contract.", "explaining", "his statement"),
])
def test_a_participle_on_a_pronouns_statement_is_the_holders(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Just before the news broke, Ines Marr summoned to her office the Kelso engineers who would be critical to leading "
     "the integration, to tell them what they would soon see on television.", "to tell", "Ines Marr"),
])
def test_an_infinitive_set_off_after_an_objects_relative_is_the_main_subjects(nlp, text, cue, source):
    assert _source_of(nlp, text, cue) == source
