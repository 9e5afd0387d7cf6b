"""Red team of the fifty-fourth session on written text by cue class (helper rt2): twelve short articles
(``probe_articles_54b``: a council audit, a doping case in court, a leaked water-company memo, a market fire,
a bakers' strike, a volcano alert, a football transfer, a library vote, airline fares, a by-election, a
maternity review and a festival's licence row) built around documents as sources ('the audit concluded',
'court papers allege', 'a 40-page filing argues', 'the minutes record that', 'figures released by X show'),
belief and knowledge cues ('fears', 'suspects', 'is convinced that', 'officials estimate', 'knows that'),
colon and dash quotes, headline quotes, a quotation run on over paragraphs, every kind of quotation mark
and an unbalanced one, mixed quotes and noun cues.

What they showed wrong and was mended: a possessor's noun of saying before a colon with no verb, 'Her
verdict on the night crews: "X"', was found only with at most three words between the noun and the colon
(``nouns._verbless_colon`` now reaches a phrase of six; not when a cue clause after the quotation claims
it, '"X," he said', train's one case), and nouns of judging or foretelling ('assessment',
'prediction', 'diagnosis', 'retort', 'recommendation', 'excuse', 'judgement') were no copula nouns, so 'His
assessment: "X"' and 'Her prediction was that X' reported nothing (``copula_nouns.txt``); a quotation after
a verb of saying, words of its own and a spaced dash, 'put it bluntly - "X"', went unclaimed: the dash now
stands for the colon (``direct._spaced_dash``; train +1 right, 'boasted to reporters of his organization -
"X"'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_54b import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)

_LEAD = "The inspector toured the depot on Monday. "


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    (_LEAD + 'Her verdict on the night crews: "They kept every bus running."', "verdict", "Her",
     "They kept every bus running"),
    (_LEAD + 'His message to the younger drivers: "Slow down on the hill."', "message", "His", "Slow down on the hill"),
    (_LEAD + 'His assessment: "The roof will not last another winter."', "assessment", "His",
     "The roof will not last another winter"),
    (_LEAD + 'Her final assessment: "The depot is safe."', "final assessment", "Her", "The depot is safe"),
    (_LEAD + "Her prediction was that fares would rise by spring.", "prediction was", "Her", "fares would rise by spring"),
    (_LEAD + 'The manager\'s retort: "We fixed it last year."', "retort", "The manager's", "We fixed it last year"),
])
def test_a_possessors_noun_of_saying_before_a_colon_or_a_copula(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    # no possessor: a line's label or the writer's summary
    _LEAD + 'The assessment: "The roof will not last another winter."',
    # a verb before the noun: the verb's object, not a verbless colon
    _LEAD + "She read out their assessment of the depot: the roof leaks.",
    # the colon too far past the noun, after a clause of its own
    _LEAD + "Her assessment of the depot was published before the buses left: it is damning.",
])
def test_a_noun_with_no_possessor_or_a_verb_before_its_colon_is_no_such_report(nlp, text):
    assert not any(r.cue is not None and "assessment" in r.cue.text for r in records(nlp, text))


def test_a_quotation_after_the_colon_that_a_cue_claims_is_the_cues(nlp):
    text = _LEAD + 'His final assessment: "It is not quite hopeless," he said. "We are hopeful."'
    assert [(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in top(nlp, text)] == [
        ("said", "he")]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("An audit of the port authority concluded that its accounts had been kept badly.", "concluded",
     "An audit of the port authority", "its accounts had been kept badly"),
    ("Court papers filed on Friday allege that the builder ignored safety rules.", "allege",
     "Court papers filed on Friday", "the builder ignored safety rules"),
    ("The minutes of the board meeting record that two members abstained.", "record",
     "The minutes of the board meeting", "two members abstained"),
    ("Figures released by the ministry show that exports fell in May.", "show", "Figures released by the ministry",
     "exports fell in May"),
    ("Economists estimate that the strike cost the city 20 million dollars.", "estimate", "Economists",
     "the strike cost the city 20 million dollars"),
    ("The coach knows that the team must win on Sunday.", "knows", "The coach", "the team must win on Sunday"),
    ("Residents fear that the clinic will close.", "fear", "Residents", "the clinic will close"),
    ("\u00abWe will not sell the pier,\u00bb said the harbour master, Ines Duarte.", "said",
     "the harbour master, Ines Duarte", "We will not sell the pier"),
])
def test_documents_and_beliefs_as_the_articles_used_them(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    (_LEAD + 'The foreman put it bluntly - "Nobody is safe under that roof."', "put it", "The foreman",
     "Nobody is safe under that roof"),
    (_LEAD + "The driver told reporters at the gate \u2013 \u201cWe were never warned.\u201d", "told", "The driver",
     "We were never warned"),
    (_LEAD + 'The union\'s organiser said after the meeting - "We will fight this."', "said", "The union's organiser",
     "We will fight this"),
])
def test_a_spaced_dash_after_a_cue_and_its_words_stands_for_a_colon(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    # no verb of saying before the dash: a copula and an adjective
    _LEAD + 'The foreman was furious - "Nobody is safe under that roof."',
    # a quotation set off by dashes inside the reported clause stays in it
    _LEAD + 'He said the depot - "the oldest in the county" - would close.',
])
def test_a_dash_with_no_cue_before_it_or_inside_a_clause_is_no_colon(nlp, text):
    found = top(nlp, text)
    assert all(not r.contents or r.contents[0].text != "Nobody is safe under that roof" for r in found)
    assert all(not r.contents or r.contents[0].text not in ("the oldest in the county", '"the oldest in the county"')
               for r in found)
