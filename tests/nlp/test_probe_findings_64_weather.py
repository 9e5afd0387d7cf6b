"""Generalisation check of the sixty-fourth session on weather and natural hazard news (helper P): twenty-two short
articles (``probe_weather_64``) on storm and heat warnings, earthquakes and aftershocks, a volcano alert, floods, snow,
drought, rain, record heat, landslides, fog, wildfire, a tsunami warning, hail, a cold snap, a late monsoon, a tornado,
a dust storm and black ice: 'the weather service warned', 'Forecasters say', 'The Met Office has issued an amber
warning for X, saying', 'Seismologists said the quake struck at a depth of', 'According to the geological survey',
'Residents described', 'The observatory raised the alert level, saying', 'The mayor urged people to', 'A meteorologist
at X, Y, told the Z that', 'Officials expect', 'The agency predicts', and speakers named again by pronoun or role ('The
forecaster', 'She'); each report with its hand-written gold, the lines that report nothing (forecasts, warning areas
and times, road closures, safety advice, damage and records stated by the writer) and the speakers. Every sentence
is written for the test.

Counted before this pass (main at the session's start), all twenty-two written before any mend: reports 47 of 49
right (one source wrong, one content end wrong, none missed), lines that report nothing 52 of 53 (one false report),
speakers 4 of 6. The speakers: 'A meteorologist at the Harlow Weather Centre, Sian Pritchard, told X' gave the
speaker 'meteorologist at the Harlow Weather Centre' (the NER missed the name, and 'meteorologist' was no role noun
for ``apposed_names`` to find a name beside), so 'She' after it took the description; and 'Kate Marr, a forecaster at
the Ridgeway Weather Bureau, said X. The forecaster said Y' gave the bureau ('forecaster' is a body's noun,
``group_role_nouns.txt``: 'the national forecaster'). Mended: the scientists of weather and hazard news are role
nouns ('meteorologist', 'seismologist', 'volcanologist', 'climatologist', 'hydrologist', 'geologist',
``role_nouns.txt``), and a body's noun a person's description opens with takes that person back (``held_roles``,
called from ``roles``). After: reports 47 of 49, lines 52 of 53, speakers 6 of 6. On PolNeAR train and dev the mends
change no record (train has one 'forecaster', one 'climatologist', two 'geologist(s)'; dev none).
Conventions followed as the project has them: 'urged X to Y' and 'advised X to Y' hold 'X to Y' for the content;
'Residents described hearing X' holds the gerund clause; 'expect X to Y' holds 'X to Y'."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_weather_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("ice_roads", "said", "Police in Tarrow"):
        "the NER tags the made-up place 'Tarrow' a DATE, so 'in Tarrow' is read as a time phrase and left out of the"
        " source ('Police in Kent' and 'Police in the town' keep it); one made-up name, no class",
    ("fog_flights", "predicted", "Forecasters at the Coastal Weather Service"):
        "the parser hangs 'on Saturday' on the verb, so the noun content of 'predicted more fog on Saturday' ends at"
        " 'fog' ('predicted more fog for the weekend' keeps its phrase); a noun object's time phrase is no class the"
        " earlier passes found paying (noun contents' boundaries, no class > 10 instances)",
}
#: lines that report nothing and still give a record: (article, line) -> why
STILL_SHOWN = {
    ("flood_alert", "Evacuate if told to do so by the emergency services."):
        "a passive 'told' in an 'if' clause of an order is read as a report with no source and the content 'to do so'"
        " (one sentence of one shape, an order's condition; no class to mend)",
}

(parsed, test_a_report_of_weather_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a scientist's noun set before a name the NER missed (``role_nouns.txt``, read by ``apposed_names``)
    "A meteorologist at the Harlow Weather Centre, Sian Pritchard, said snow would fall. She said roads would close.",
    "A hydrologist at the Harlow Rivers Office, Sian Pritchard, said the river would rise. She said roads would close.",
])
def test_a_name_set_beside_a_scientist_is_the_speaker(nlp, text):
    assert [r.speaker for r in top(nlp, text)] == ["Sian Pritchard", "Sian Pritchard"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a body's noun a person's description opens with (``held_roles``)
    ("Kate Marr, a forecaster at the Ridgeway Weather Bureau, said rain would fall. The forecaster said it would clear.",
     "Kate Marr"),
    # but a body called so stays the body, and a person working at one is not it
    ("The Ridgeway Weather Bureau, the national forecaster, said rain would fall. The forecaster said it would clear.",
     "Ridgeway Weather Bureau"),
    ("Tom Reyes, an analyst at the regulator Ofcar, said prices would rise. The regulator said it would act.", "Ofcar"),
    ("The council leader, Anita Sharma, said the road would close. The borough council said it would reopen in May.",
     "borough council"),
])
def test_a_body_noun_a_person_holds(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_a_report_of_a_forecaster_keeps_its_content(nlp):
    found, there = found_in(top(nlp, "Kate Marr, a forecaster at the Ridgeway Weather Bureau, said rain would fall."),
                            "said", "Kate Marr, a forecaster at the Ridgeway Weather Bureau", "rain would fall")
    assert found, there
