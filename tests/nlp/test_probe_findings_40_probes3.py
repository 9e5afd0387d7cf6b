"""Patterns of the fortieth session (helper probes3), from passages written in the news kinds our
users read most: humanitarian situation reports, human-rights reports, health advisories,
diplomatic statements, earnings calls and analyst notes, local-government meetings, celebrity
news and election nights. A bare 'per' set off at the sentence's start or after a comma names a
source as 'according to' does ('Per the ministry, X', '..., per the network'), not a rate ('$2
per share', 'per capita') nor a rule ('Per the rules, X': no one speaks); a clause opened by
'that' that the parser hung on the noun of a phrase after a verb's occasion ('said on a call
with analysts that X') is what was said. The rest are records the kinds rest on, judged right,
kept so that later changes do not lose them. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("Per the ministry, forty clinics in the valley are still closed.", "the ministry",
     "forty clinics in the valley are still closed"),
    ("Per Reuters, the talks collapsed on Friday.", "Reuters", "the talks collapsed on Friday"),
    ("The couple had moved to Lisbon two years earlier, per the magazine Vista.", "the magazine Vista",
     "The couple had moved to Lisbon two years earlier"),
])
def test_a_bare_per_names_a_source(nlp, text, source, content):
    found = [r for r in records(nlp, text) if r.cue is not None and r.cue.text.lower() == "per"]
    assert [(r.source.text if r.source is not None else None, contents(r)) for r in found] == [(source, [content])]


@pytest.mark.parametrize("text", [
    "Per capita income rose by four percent.",
    "Per the rules, each side gets two minutes.",
    "The firm earned two dollars per share.",
])
def test_a_per_of_rates_and_rules_is_no_cue(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text.lower() == "per"]


@pytest.mark.parametrize("text, source, content", [
    ("Finance chief Ruth Adamo said on a call with analysts that the company expected costs to ease.",
     "Finance chief Ruth Adamo", "the company expected costs to ease"),
    ("The coach said at a meeting with parents that the season would be cancelled.", "The coach",
     "the season would be cancelled"),
])
def test_a_clause_hung_on_the_noun_after_an_occasion_is_what_was_said(nlp, text, source, content):
    found = records(nlp, text, "said")
    assert [(r.source.text, contents(r)) for r in found] == [(source, [content])]


def test_a_relative_clause_after_an_occasion_stays_the_writers(nlp):
    assert not records(nlp, "She spoke at the meeting with residents that the council held last week.")


@pytest.mark.parametrize("text, cue, source, content", [
    # humanitarian situation reports
    ("More than 40,000 people have fled the fighting since Monday, the relief office said in a situation report.",
     "said", "the relief office", "More than 40,000 people have fled the fighting since Monday"),
    ("The agency estimated that half of the displaced are children.", "estimated", "The agency",
     "half of the displaced are children"),
    # human-rights reports
    ("Witnesses told investigators that detainees were held without charge.", "told", "Witnesses",
     "detainees were held without charge"),
    ("Survivors described being beaten in custody, the commission found.", "found", "the commission",
     "Survivors described being beaten in custody"),
    # health advisories
    ("Consumers should stop using the cream at once, the advisory said.", "said", "the advisory",
     "Consumers should stop using the cream at once"),
    # diplomatic statements
    ("The joint statement urged the parties to return to negotiations.", "urged", "The joint statement",
     "the parties to return to negotiations"),
    # earnings calls and analyst notes
    ("Management expects capital spending of about $2 billion next year, the company said in a statement.",
     "said", "the company", "Management expects capital spending of about $2 billion next year"),
    # local government
    ("Police Chief Dana Orvieto told the council that response times had improved.", "told",
     "Police Chief Dana Orvieto", "response times had improved"),
    # celebrity news
    ("The actor and his wife have separated, a source close to the couple told the magazine.", "told",
     "a source close to the couple", "The actor and his wife have separated"),
    # election night
    ("Preliminary results show the measure passing, the secretary of state's office said.", "said",
     "the secretary of state's office", "Preliminary results show the measure passing"),
])
def test_records_of_the_news_kinds(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert [(r.source.text if r.source is not None else None, contents(r)) for r in found] == [(source, [content])]
