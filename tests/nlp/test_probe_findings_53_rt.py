"""Red team of the fifty-third session's rules (helper rt): passages written for the test in several
genres (obituaries, crime, courts, sport, health, business, recipes, course and product pages, fiction)
put to ``with_participles``, ``phrase_preposition_participles``,
``predicate_participles``, the possessive mark of ``syntax.closes_quotation``, ``closing_noun_cues``,
``adjective_verbs``, ``deep_reports`` and ``spoken_at.said_how``. The positives each rule should get, the
near misses it must not fire on (literal senses, things as subjects, the writer's own present, a task or a
skill rather than words said), and as strict xfails the wrong outcomes left alone. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text, cue, source, content", [
    # with_participles
    ("The stream ended with the host asking viewers to subscribe.", "asking", "the host", "viewers to subscribe"),
    ("I ended the call with my sister telling me she was fine.", "telling", "my sister", "she was fine"),
    # phrase_preposition_participles
    ("In spite of saying that the budget was balanced, the council raised parking fees.",
     "saying", "the council", "the budget was balanced"),
    ("In return for promising to cut taxes, the party won the support of business leaders.",
     "promising", "the party", "to cut taxes"),
    # predicate_participles
    ("She was the first in calling for a recount.", "calling for", "She", "a recount"),
    ("The governor has been the loudest in claiming that the vote was rigged.",
     "claiming", "The governor", "the vote was rigged"),
    # the possessive's closing mark, and a participle after a bare '-ing' clause with its own subject
    ("The players\u2019 union said the new contract was unfair.",
     "said", "The players\u2019 union", "the new contract was unfair"),
    ("The report recalls the mayor going on air, urging residents to stay indoors.",
     "urging", "the mayor", "residents to stay indoors"),
    # closing_noun_cues
    ("Heavy snow will hit the hills tonight, forecaster warns.", "warns", "forecaster", "Heavy snow will hit the hills tonight"),
    ("Flu admissions doubled in a week, regional health board reports.",
     "reports", "regional health board", "Flu admissions doubled in a week"),
    # deep_reports
    ("The union said the offer was a sign that the firm did not understand what workers needed, and urged members to"
     " reject it.", "urged", "The union", "members to reject it"),
    ("The report said the hospital needs new beds, and noted that wait times had doubled.",
     "noted", "The report", "wait times had doubled"),
    # spoken_at.said_how: a noun of manner after a preposition of a topic, or owned, is the topic
    ("The mayor boasted about her record on crime.", "boasted about", "The mayor", "her record on crime"),
    ("Residents complained of conditions at the shelter.", "complained of", "Residents", "conditions at the shelter"),
    ("The aide spoke off the record about the budget.", "spoke off the record about", "The aide", "the budget"),
])
def test_the_rules_get_the_reports_they_were_written_for(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    # a present clause set off by a comma after a reported clause in the past is the writer's (a rule that took it
    # into the content, present_conjuncts, was measured and withdrawn)
    ("His daughter said he died peacefully at home, and he is survived by three grandchildren.",
     "said", "His daughter", "he died peacefully at home"),
    ("Police said the man was arrested on Tuesday, and he remains in custody at the county jail.",
     "said", "Police", "the man was arrested on Tuesday"),
    ("The judge said the evidence was thin, but the trial continues next week.", "said", "The judge", "the evidence was thin"),
    ("The firm announced it had hired a new chief executive, and the board meets on Monday.",
     "announced", "The firm", "it had hired a new chief executive"),
    ("The author said the novel took ten years to write, and it is her fifth book.",
     "said", "The author", "the novel took ten years to write"),
    # ... and the writer or the reader as its subject
    ("She said the train was late, and I am still waiting on the platform.", "said", "She", "the train was late"),
    ("The recipe said the dough needed an hour, but mine takes two.", "said", "The recipe", "the dough needed an hour"),
    # deep_reports: a participle joined to one a verb of going on holds is the same subject's act
    ("The fans criticised the club, saying it keeps selling its best players and telling supporters nothing.",
     "saying", "The fans", "it keeps selling its best players and telling supporters nothing"),
])
def test_near_misses_keep_the_first_clause_alone_or_whole(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue", [
    # with_participles: a literal sense, a thing after 'with'
    ("The recipe finishes with the cook adding a pinch of salt to the sauce.", "adding"),
    ("The match ended with the referee calling a penalty in the last minute.", "calling"),
    ("The day began with the alarm saying nothing at all.", "saying"),
    # phrase_preposition_participles: a task or a plan, not words said; an imperative
    ("In charge of announcing the winners, the host seemed nervous.", "announcing"),
    ("In preparation for announcing the results, the committee met for three hours.", "announcing"),
    ("In addition to adding salt, stir in the cream slowly.", "adding"),
    ("Instead of calling a taxi, she walked home through the rain.", "calling"),
    # predicate_participles: a skill or a habit, how well a thing is done (course and product pages)
    ("The tutor is an expert in explaining calculus to beginners.", "explaining"),
    ("Our team is the best in answering questions about billing.", "answering"),
    ("He was a pioneer in announcing prices online.", "announcing"),
    ("Dr. Lee is a specialist in treating asthma in children.", "treating"),
    # closing_noun_cues: a list's last noun that cannot speak
    ("The kit includes a pen, a ruler, lecture notes.", "notes"),
    ("The talks involved Kenya, Uganda, two neighbouring states.", "states"),
    ("Each box contains a teapot, two cups, tasting notes.", "notes"),
    ("The firm handles divorces, wills, injury claims.", "claims"),
    ("The site publishes match previews, player ratings, injury reports.", "reports"),
    # spoken_at.said_how: manner still no topic
    ("She campaigned on her husband's behalf in the north.", "campaigned"),
    ("The sisters talked over the phone for an hour.", "talked"),
])
def test_near_misses_report_nothing_there(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.xfail(strict=True, reason="sources' bare '-ing' check covers a clause the parser made the cue's "
                   "complement ('recalls the mayor going on air, urging X'), not one it read as an object with a "
                   "participle ('described the coach shouting at X, telling Y'): 'telling' still goes to the writer")
def test_a_participle_after_an_objects_bare_ing_clause(nlp):
    text = "She described the coach shouting at the players, telling them they were lazy."
    ok, shown = found_report(top(nlp, text), "telling", "the coach", "they were lazy")
    assert ok, shown


@pytest.mark.xfail(strict=True, reason="predicate_participles takes only a superlative or a rank now: 'a leader in "
                   "warning X' reads like 'an expert in explaining X' (a skill) and is left out with it")
def test_a_leader_in_warning(nlp):
    text = "She was a leader in warning that the dam could fail."
    ok, shown = found_report(top(nlp, text), "warning", "She", "the dam could fail")
    assert ok, shown
