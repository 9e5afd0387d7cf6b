"""Red team of the fifty-fourth session on content boundaries in long sentences (helper rt3): twelve
articles in long-sentence registers (``probe_articles_54c``: a wire report, an appeal judgment, a rate
decision, a science release, a magazine profile, a parliamentary sketch, a football report, an earnings
call, an election night, and regional papers in Indian, Nigerian and Irish English), whose contents end
in varied ways: the writer's clause joined after the report, a trailing cue, a set-off phrase after the
cue, a reason or contrast of the speaker's that stays in.

What they showed wrong: the reporter's next act after a closing quotation and a comma, 'told them X was
"a message", and thanked Y', ran into the content (the closing mark before the comma was not seen:
``quote_closings``); a participle of saying the parser hung on the noun of a 'with' phrase, 'with one
councillor claiming that X', found no speaker (``with_participles``); a participle read as a noun and
set off between the speaker and the cue, 'Judge Ames, dissenting, wrote', stayed in the source
(``set_off_states``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_54c import ARTICLES, GOLD, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, contents, found_report, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # British style: the comma outside the closing mark
    ('The chief executive said the merger was "a fair deal", and thanked the staff who had worked through the night.',
     "said", "The chief executive", 'the merger was "a fair deal"'),
    ('The new member told supporters that the result was "a message that nobody can ignore", and thanked the '
     "volunteers who had knocked on doors.", "told", "The new member", 'the result was "a message that nobody can ignore"'),
    # American style: the comma inside
    ('The chief executive said the merger was "a fair deal," and thanked the staff who had worked through the night.',
     "said", "The chief executive", 'the merger was "a fair deal,"'),
])
def test_the_reporters_next_act_after_a_closing_quotation_and_a_comma_is_no_content(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there
    assert [r.source.text for r in records(nlp, text, "thanked")] == [source]  # (the reporter's next act)


@pytest.mark.parametrize(("text", "content"), [
    # no quotation before the comma: the second verb may be the clause subject's, left as it was
    ("The mayor said the engineers had worked through the winter, and finished the bridge early.",
     "the engineers had worked through the winter, and finished the bridge early"),
])
def test_a_joined_verb_with_no_closing_quotation_before_it_stays_in(nlp, text, content):
    found = records(nlp, text, "said")
    assert found and contents(found[0])[0] == content


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The plan was approved on Monday, with critics claiming that it would cost too much.",
     "claiming", "critics", "it would cost too much"),
    ("The vote went ahead, with one councillor claiming that the papers had arrived late.",
     "claiming", "one councillor", "the papers had arrived late"),
    # the parser's other reading, the participle hung on 'with', was found already
    ("The plan was approved on Monday, with critics arguing that it would cost too much.",
     "arguing", "critics", "it would cost too much"),
])
def test_a_participle_of_saying_hung_on_the_noun_of_a_with_phrase_is_that_nouns(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue"), [
    # no clause of words: a scene, not a report
    ("The team arrived at the ground, with fans chanting the captain's name.", "chanting"),
    ("The minister left the hall, with protesters shouting outside.", "shouting"),
])
def test_a_with_participle_with_no_clause_of_words_reports_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Lord Justice Penhale, agreeing, wrote that the appeal should be allowed.", "wrote", "Lord Justice Penhale",
     "the appeal should be allowed"),
    ("Judge Ames, dissenting, wrote that the law was clear.", "wrote", "Judge Ames", "the law was clear"),
    # an adjective or a participle tagged as one, as before
    ("The guard, laughing, replied that the gate was shut.", "replied", "The guard", "the gate was shut"),
])
def test_a_participle_read_as_a_noun_set_off_before_the_cue_is_no_part_of_the_source(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a capitalised word set off is a name: it stays
    ("The brewer, Reading, said that sales had doubled.", "said", "The brewer, Reading", "sales had doubled"),
    # a noun with words of its own is an apposition: it stays
    ("Mr Hale, the acting chairman, said that the vote was fair.", "said", "Mr Hale, the acting chairman", "the vote was fair"),
])
def test_a_name_or_a_described_role_set_off_stays_in_the_source(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there
