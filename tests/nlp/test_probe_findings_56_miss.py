"""Speech reports the fifty-sixth session found missing altogether on PolNeAR train (helper miss), mended:
a quoted label a verb of naming or declaring puts on its object that the parser hung apart from the object
('called that "beyond insulting"', 'declaring it "a great night for our town"', and unquoted, 'calling Pell a
coward' with the label read as the name's object, ``quoted_labels``); a
curly quotation inside a straight one, which closed the straight one before its time and left the
paragraph's frame with nothing ('"The plan is not about “fairness” at all."', ``quotes._curly_inside``);
a passive 'was declared' with its predicate, a ruling announced with no one named ('The ruling party was
declared the winner', ``deemed.DEEMED_VERBS``); a clause before the cue taken for its content when a dash sets
it off and the cue has its own complement after it ('The vote had gone badly - he called the result "a disaster"'),
or when it is adverbial with its mark past a dash or on its subject ('but - after a court ruling made it legal -
she urged members to obey', ``clause_marks``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top

from sourcebook.nlp.quotes import find_quotes


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('The union leader called that "beyond insulting."', "called", "The union leader", "beyond insulting"),
    ('Smith celebrated with supporters, declaring it "a great night for our town" and said the count was over.',
     "declaring", "Smith", 'it "a great night for our town"'),
    ('The minister pronounced the new bridge "a triumph" at the opening.', "pronounced", "The minister",
     'the new bridge "a triumph"'),
    ('Reporters called the mayor, a former teacher, "unreachable" all week.', "called", "Reporters",
     'the mayor, a former teacher, "unreachable"'),
    # unquoted, the label the parser made the object of the name
    ("The rivals traded barbs, with Senator Ana Ruiz calling Mayor Pell a coward.", "calling", "Senator Ana Ruiz",
     "Mayor Pell a coward"),
    ("They had been allies for years, with Dunn repeatedly calling Ortiz his mentor, visiting him often.", "calling",
     "Dunn", "Ortiz his mentor"),
])
def test_a_quoted_label_split_from_its_object_is_the_report(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize("text", [
    "Joan Pike called the police at noon.",  # someone phoned, no label
    "She declared it on Monday.",  # a time after the object, no quotation
    'The clerk called a taxi after reading "a warning" on the board.',  # a phrase of its own that quotes
    "The board called Ana Reyes a day later.",  # a time after the one phoned
])
def test_an_object_with_no_label_after_it_gets_no_label(nlp, text):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text in ("called", "declared")]
    assert all('"' not in c.text and "day" not in c.text for r in found for c in r.contents)


def test_a_curly_quotation_inside_a_straight_one_leaves_it_whole():
    text = '"The plan is not about “fairness” at all," she said.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["The plan is not about “fairness” at all,"]


def test_a_curly_quotation_a_comma_opens_inside_a_straight_mark_is_still_a_quotation():
    text = '"The chair tried to go on, “No more questions.” Then she left.'
    assert "No more questions." in [text[q.start:q.end] for q in find_quotes(text)]


def test_a_paragraph_quotation_holding_a_curly_name_is_the_frame_s_content(nlp):
    text = ("The senator released a statement on Monday.\n\nDr. Lena Voss stated:\n\n"
            '"The ministry is not about “Fair Play For All” anymore. It is about its own budget."\n\n'
            "The bill took effect in March.\n")
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "stated"]
    assert [r.source.text for r in found] == ["Dr. Lena Voss"]
    assert found[0].contents[0].text.startswith("The ministry is not about “Fair Play For All” anymore.")


def test_a_stray_straight_mark_opening_a_paragraph_leaves_its_curly_quotations_alone():
    # an excerpt whose paragraphs a straight mark opens and never closes: the curly quotations in it
    # are quotations of their own, not words of one long quotation
    text = '"The crowd rose when the mayor came in, chanting “Four more years!” again and again.\n'
    assert "Four more years!" in [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "subject", "predicate"), [
    ("The ruling party was declared the winner of the regional vote.", "The ruling party",
     "the winner of the regional vote"),
    ("Those voting yes were declared the majority after a second count.", "Those voting yes", "the majority"),
])
def test_a_passive_declaration_with_its_predicate_is_a_report_of_no_one_named(nlp, text, subject, predicate):
    found = [r for r in top(nlp, text) if r.cue is not None and "declared" in r.cue.text]
    assert [(r.source, [c.text for c in r.contents]) for r in found] == [(None, [subject, predicate])]


@pytest.mark.parametrize("text", [
    "The candidate, who was declared the winner last week, thanked her staff.",  # the one judged is outside the clause
    "The winner was declared shortly after midnight.",  # no predicate set on the subject
])
def test_a_passive_declaration_without_its_own_subject_and_predicate_is_no_report(nlp, text):
    assert [r for r in top(nlp, text) if r.cue is not None and "declared" in r.cue.text] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a clause before the cue that a dash sets off, the cue with its own complement after it
    ("The club earned a fortune for the family, however — she reported earning $40 million from it last year.",
     "reported", "she", "earning $40 million from it last year"),
    ('The vote had gone badly - he called the result "a disaster" and left.', "called", "he",
     'the result "a disaster"'),
    # an adverbial clause set off by dashes, its mark past the dash
    ("Ruiz personally opposes the new tax, but - after a court ruling made it legal nationwide - she urged members "
     "to obey the decision.", "urged", "she", "members to obey the decision"),
])
def test_a_clause_set_off_before_the_cue_is_not_its_content(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The council made no decision - the chair told reporters.", "told", "the chair", "The council made no decision"),
    ("Prices will rise - the minister said.", "said", "the minister", "Prices will rise"),
])
def test_a_report_before_a_dash_and_a_bare_cue_stays_its_content(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


def test_an_adverbial_mark_hung_on_the_clause_s_subject_opens_an_adverbial_clause(nlp):
    from spacy.tokens import Doc

    from sourcebook.nlp.attribution.clause_marks import opens_adverbially
    from sourcebook.nlp.attribution.lexicon import lexicon

    # 'While rivals blame foreigners, Ortega points to X': the parser hung 'While' on 'rivals'
    words = ["While", "rivals", "blame", "foreigners", ",", "Ortega", "points", "to", "prices", "."]
    heads = [1, 2, 6, 2, 6, 6, 6, 6, 7, 6]
    deps = ["mark", "nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert opens_adverbially(lexicon(), doc[2])
    words[0] = "Rivals"
    plain = Doc(nlp.vocab, words=words[1:], heads=[h - 1 for h in heads[1:]], deps=deps[1:])
    assert not opens_adverbially(lexicon(), plain[1])
