"""Patterns of the fifty-first session (helper lexv): the reporting verbs of news English the verb lists
lacked. A verb of claiming or theorising ('averred', 'hypothesized', 'surmised'), of complaining or gloating
('groused', 'gloated'), of the manner of a voice ('growled', 'stammered'), of inference ('inferred', 'I
gather') or of alerting ('alerted parents that X') with a 'that' clause is a report; a few take their
content after a preposition ('griped about', 'inveighed against', 'reminisced about', 'disapproved of'), and
misstating, belittling or echoing a thing is a stance on it ('overstated the cost', 'sugarcoated
the news', 'parroted the claim'). A voice verb whose subject is a thing
('The engine growled') and the verbs tagged ``+clause`` without a clause ('gathered the papers',
'underlined the title', 'ventured into the cave', 'resolved the dispute', 'was supposed to open') report
nothing. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The inspector averred that the scaffolding had never been checked.", "averred", "The inspector",
     "the scaffolding had never been checked"),
    ("The geologist theorised that the cave had flooded twice.", "theorised", "The geologist",
     "the cave had flooded twice"),
    ("The engineer hypothesized that the cable had snapped in the cold.", "hypothesized", "The engineer",
     "the cable had snapped in the cold"),
    ("The auditor surmised that the ledger had been altered.", "surmised", "The auditor",
     "the ledger had been altered"),
    ("The coach growled that his players had given up.", "growled", "The coach", "his players had given up"),
    ("A neighbour stammered that she had seen nothing.", "stammered", "A neighbour", "she had seen nothing"),
    ("The fans groused that the tickets cost too much.", "groused", "The fans", "the tickets cost too much"),
    ("The minister gloated that the rival party had collapsed.", "gloated", "The minister",
     "the rival party had collapsed"),
    ("The chef inferred that the order had been lost.", "inferred", "The chef", "the order had been lost"),
    ("I gather that the ferry will not sail tomorrow.", "gather", "I", "the ferry will not sail tomorrow"),
    ("I suppose the bridge will open in May.", "suppose", "I", "the bridge will open in May"),
    ("The council presumed that the bridge would open in May.", "presumed", "The council",
     "the bridge would open in May"),
    ("The head teacher alerted parents that the school would close early.", "alerted", "The head teacher",
     "the school would close early"),
    ("The union flagged that staff would strike in May.", "flagged", "The union", "staff would strike in May"),
    ("The curator ventured that the painting might be a copy.", "ventured", "The curator",
     "the painting might be a copy"),
    ("The student underlined that the deadline had passed.", "underlined", "The student",
     "the deadline had passed"),
    ("The farmer inquired whether the road would be gritted.", "inquired", "The farmer",
     "whether the road would be gritted"),
    ("Tenants griped about the broken lifts.", "griped about", "Tenants", "the broken lifts"),
    ("The author reminisced about her first job at the paper.", "reminisced about", "The author",
     "her first job at the paper"),
    ("The senator inveighed against the new tax.", "inveighed against", "The senator", "the new tax"),
    ("Most voters disapproved of the new tax.", "disapproved of", "Most voters", "the new tax"),
    ("The mayor overstated the cost of the repairs.", "overstated", "The mayor", "the cost of the repairs"),
    ("The critic sniped that the film was far too long.", "sniped", "The critic", "the film was far too long"),
    ("The columnist sniped at the new stadium.", "sniped at", "The columnist", "the new stadium"),
    ("The chairman thundered that the club would never be sold.", "thundered", "The chairman",
     "the club would never be sold"),
    ("The candidate parroted the claim that the vote was rigged.", "parroted", "The candidate",
     "the claim that the vote was rigged"),
    ("The press officer sugarcoated the bad news.", "sugarcoated", "The press officer", "the bad news"),
    ("The review underplays the risk of flooding.", "underplays", "The review", "the risk of flooding"),
])
def test_a_reporting_verb_the_lists_lacked_is_a_cue(nlp, text, cue, source, content):
    assert found_report(records(nlp, text), cue, source, content)


@pytest.mark.parametrize("text, cue", [
    ("The engine growled as the truck climbed the hill.", "growled"),
    ("The wind moaned through the empty streets.", "moaned"),
    ("The old engine stuttered and died.", "stuttered"),
    ("The sirens wailed across the city all night.", "wailed"),
    ("The tyres hissed on the wet road.", "hissed"),
    ("The train thundered through the station.", "thundered"),
    ("The bridge was supposed to open in May.", "supposed"),
    ("The missing sailor was presumed dead.", "presumed"),
    ("She gathered the papers and left the room.", "gathered"),
    ("The steward flagged down the bus.", "flagged"),
    ("The editor underlined the title in red.", "underlined"),
    ("The climbers ventured into the cave at dawn.", "ventured"),
    ("The board resolved the dispute in an hour.", "resolved"),
])
def test_a_thing_s_noise_or_a_clause_verb_without_a_clause_reports_nothing(nlp, text, cue):
    assert [r.cue.text for r in records(nlp, text) if r.cue is not None and cue in r.cue.text] == []
