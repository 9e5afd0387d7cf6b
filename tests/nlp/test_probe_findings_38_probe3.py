"""Patterns of the thirty-eighth session (helper probe3): written probe sets in five genres (transport
and accidents, health systems, immigration and asylum, energy and commodities, religion and culture),
in British, Indian, Australian and American styles. A headline's quotation is said by the owner of
the words, feeling or judgement the headline names after its colon ("'Stop the cuts': nurse's plea
to ministers", ``headline_speakers``); a line's 'role, Name:' speaks as 'Name, role:' does; a topic
before a colon with an indirect question after it heads an explainer, no one's words ('Fuel duty:
what changes in May', ``labels.explainer_heading``); a participle after a cue whose inverted speaker
the parser read as its attribute shares that speaker ('insisted the mayor, adding that X'); the
clause after a medium's phrase ('said in a filing with regulators that X') is the report however
the parser hung it; a claim set after a report and disputed by an agent is the agent's dispute of
the report ('X, a claim disputed by drivers', ``denials``); clergy's titles are roles ('the archbishop'). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _triples(nlp, text):
    return [(a.cue.text if a.cue else None, a.speaker, contents(a)) for a in records(nlp, text)]


@pytest.mark.parametrize("text, cue, speaker, content", [
    # transport and accidents
    ("The loco pilot ignored a red signal, a senior railway official said on condition of anonymity.", "said",
     "senior railway official", ["The loco pilot ignored a red signal"]),
    ('"We heard a terrible screech," recalled Kamala Iyer, 47, who was in the third coach. "Then the lights went out."',
     "recalled", "Kamala Iyer", ["We heard a terrible screech", "Then the lights went out"]),
    ("Ferrolink's chief executive, Dana Whitlow, told the ABC the carrier had \"let down\" its passengers.", "told",
     "Dana Whitlow", ['the carrier had "let down" its passengers']),
    # health systems
    ('"Our corridors have become wards," said Dr Imogen Hart, clinical director at the Westfold NHS Trust.', "said",
     "Imogen Hart", ["Our corridors have become wards"]),
    ("Dr Vikram Sethi, who heads the burns unit at the district hospital, opined that the fire exits were blocked.",
     "opined", "Vikram Sethi", ["the fire exits were blocked"]),
    # immigration and asylum
    ("Speaking through an interpreter, Farid said he had walked for eleven days to reach the border.", "said", "Farid",
     ["he had walked for eleven days to reach the border"]),
    ("Caseworkers at the Harbour Refugee Centre say the new forms take three times as long to complete.", "say",
     "Caseworkers at the Harbour Refugee Centre", ["the new forms take three times as long to complete"]),
    # energy and commodities
    ("Rising stocks will cap prices this winter, the agency said in its monthly report, adding that demand was weak.",
     "adding", "agency", ["demand was weak"]),
    ("Analysts at Brenner Capital expect diesel prices to ease by the end of March.", "expect",
     "Analysts at Brenner Capital", ["diesel prices to ease by the end of March"]),
    # religion and culture
    ("'Faith belongs in the square, not the museum,' says new Bishop of Wexcombe", "says", "Bishop of Wexcombe",
     ["Faith belongs in the square, not the museum"]),
    ("The Dean said the abbey roof would cost £8m to repair. \"We cannot carry this alone,\" she added.", "added", "Dean",
     ["We cannot carry this alone"]),
])
def test_probe_sentences_of_five_genres(nlp, text, cue, speaker, content):
    assert (cue, speaker, content) in _triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The level crossing was closed for six hours on Sunday while crews cleared the wreckage.",
    "How long does a visa appeal take?",
    "Book your booster jab at a local pharmacy before the end of November.",
    "Households will pay about £140 more for heating this winter.",
    "We visited the monastery on a foggy morning in February.",
    "Photo: Firefighters at the scene of the crash near Dunmoor on Friday.",
])
def test_probe_sentences_that_attribute_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, content", [
    ("'Stop the cuts': nurse's plea to ministers", "nurse", "Stop the cuts"),
    ("'Nobody listened to us': survivors' anger at ferry firm", "survivors", "Nobody listened to us"),
    ("'It ruined our summer': minister's remarks spark fury in resort", "minister", "It ruined our summer"),
    ("'A disgrace': MP's verdict on hospital parking charges", "MP", "A disgrace"),
])
def test_a_headlines_quotation_is_the_owners_of_the_words_it_names(nlp, text, source, content):
    assert [(a.source.text if a.source else None, contents(a)) for a in records(nlp, text, ":")] == [(source, [content])]


def test_a_thing_owned_after_a_headlines_quotation_says_nothing(nlp):
    # the owner of a ward is no speaker: the clause's subject ('inspectors') still is
    text = "'Unsafe and dirty': hospital's ward closed after inspectors raise alarm"
    assert all(a.source is None or a.source.text != "hospital" for a in records(nlp, text))


@pytest.mark.parametrize("text, speaker", [
    ("The rail operator's chief executive, Tom Reyes: \"We got this badly wrong.\"", "Tom Reyes"),
    ("Pat Lennox, chief executive of the Royal College of Midwives: \"Midwives have had enough.\"", "Pat Lennox"),
    ("The minister, Ravi Kumar: 'There will be no fare rise this year.'", "Ravi Kumar"),
])
def test_a_lines_role_and_name_before_a_colon_speak(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, ":")] == [speaker]


@pytest.mark.parametrize("text", [
    "Fuel duty: what changes in May",
    "Heating bills: how the new price cap works",
    "Rail strikes: when they start and which lines are affected",
])
def test_an_explainers_heading_is_no_ones_words(nlp, text):
    assert records(nlp, text) == []


def test_a_free_relative_after_a_colon_is_still_said(nlp):
    assert [contents(a) for a in records(nlp, "Mayor: What the town needs is a bypass", ":")] == [
        ["What the town needs is a bypass"]]


@pytest.mark.parametrize("text, speaker, content", [
    ('"Supplies are normal," insisted the minister, adding that every depot had fuel.', "minister", "every depot had fuel"),
    ('"The ward is safe," maintained the hospital, adding that all staff were trained.', "hospital",
     "all staff were trained"),
])
def test_a_participle_after_an_inverted_speaker_is_that_speakers(nlp, text, speaker, content):
    assert [(a.speaker, contents(a)) for a in records(nlp, text, "adding")] == [(speaker, [content])]


@pytest.mark.parametrize("text, cue, content", [
    ("The refinery said in a filing with regulators that output fell.", "said", "output fell"),
    ("The diocese said in a letter to parishioners that the hall would be sold.", "said", "the hall would be sold"),
])
def test_the_clause_after_a_mediums_phrase_is_the_report(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("role", ["archbishop", "abbot", "deacon", "registrar"])
def test_clergy_and_hospital_titles_are_roles(nlp, role):
    assert [a.speaker for a in records(nlp, f"The {role} said the doors would stay open.", "said")] == [role]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The operator insists the brakes were never faulty, a claim disputed by drivers.", "disputed", "drivers",
     "the brakes were never faulty"),
    ("The mosque said the hall was safe, a claim denied by the council.", "denied", "the council", "the hall was safe"),
])
def test_a_claim_disputed_by_someone_is_the_claim_before_it(nlp, text, cue, source, content):
    assert [(a.source.text if a.source else None, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]
