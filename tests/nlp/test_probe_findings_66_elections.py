"""Generalisation check of the sixty-second pass on elections abroad and translated speech (helper D): twenty-eight
short articles (``probe_elections_66``) on vote counts in Poland, a runoff in Brazil, quick counts in Indonesia,
observers in Nigeria, a snap vote in Kazakhstan, a governorship in Mexico, exit polls in Karnataka, coalition talks in
the Netherlands and Belgium, mayoral votes in Turkey, a tally in Kenya, an investiture in Spain, the upper house in
Japan, a postponed vote in Senegal, protests in Georgia, a primary in Chile, South Africa's count, a hung parliament in
Malaysia, rallies in Ghana, a dissolution in Portugal, Taiwan's president-elect, Argentina's midterms, Sri Lanka's
count, Moldova's diaspora, France's assembly, a snap vote in Greece, Austria's exit polls and a recount in Bolivia:
'said through an interpreter', 'Speaking through an interpreter at a briefing, X said', 'told state television',
'said in a speech broadcast live', 'The national electoral commission announced that', 'Observers from X said in a
preliminary statement that', 'The opposition alleged fraud', "The president's office said", 'Exit polls suggest',
'Quick counts by four pollsters suggest', 'The party claimed victory', 'conceded defeat', 'according to partial
results from X', 'wrote on X that', 'The spokesman, speaking in Spanish, said', names with particles from many
languages ('De la Garza', 'Ter Borch', 'Azman bin Ismail', 'Ferraz do Amaral', 'Quispe y Mamani') and speakers named
again by role or pronoun ('The incumbent', 'The challenger', 'She'); each report with its hand-written gold, the lines
that report nothing (seat counts and turnout, party descriptions, constitutional rules, schedules of rounds,
narration of rallies) and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first twenty-six articles (written before any mend; one line of the
gold corrected first to PolNeAR's convention: an appointment 'named' is a cue, right in 7 of 8 records on train,
'named five people to the committee', so 'The president names the prime minister' is the president's report, not a
line reporting nothing): reports 92 of 95 right (2 sources wrong, 1 content end wrong, none missed), lines that report
nothing 68 of 70 (2 false reports), speakers 18 of 24 (two pronouns, one role, three short names with particles).
Mended: 'cast' with a
ballot or a vote for its object marks a ballot and reports nothing ('Voters abroad cast 320,000 ballots': PolNeAR
train holds some 30 'cast their ballots' or 'cast a vote', none a report, and every right 'cast' record is 'cast X as
Y'; ``taken_senses``, ``taken_objects.txt``); a registration or an accreditation refused in the passive is a thing
withheld ('were refused registration', as 'was refused bail'; ``withheld_nouns.txt``); 'the opposition' is a body,
which a 'she' or a 'he' does not stand for ('The opposition alleged fraud. ... She told the crowd': the president
named before; ``group_role_nouns.txt``); a person's entity of the given name alone gives way to the whole name with
its particle ('Hendrik | ter Borch', 'Borch' a place to the NER; ``particle_names``); and a person's entity runs on
over an inner particle and the surname after it ('Luísa Ferraz | do Amaral', 'Amaral' a body to the NER, 'do' a verb
in the present to the parser; ``inner_particles``). After: reports 92 of 95, lines 70 of 70, speakers 20 of 24. The
two articles written after the mends gave reports 6 of 7 (the parser hangs 'ter Haar' on a comma after a headline),
lines 4 of 4, speakers 3 of 3. On PolNeAR train and dev the mends change no record (train 13039 right of 15654, dev
1415 of 1711, before and after; speakers on dev 0.960 over 552 before and after): PolNeAR's American political news
holds no such names, and its ballots are already left alone by the ranker.
Conventions followed as the project has them: 'claimed victory' and 'conceded defeat' hold the noun as content; the
medium and the one addressed stay with the cue ('told state television that X'); 'speaking in Portuguese' after a
subject stays out of the source."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_elections_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("karnataka_exit", "suggest", "Exit polls broadcast after voting ended on Saturday"):
        "the source stops before a participle that holds a clause of its own ('broadcast after voting ended'); with a"
        " plain participle it is whole ('Exit polls broadcast on Saturday'), as PolNeAR train has its sources ('New polls"
        " released Sunday'), where none holds a clause",
    ("georgia_protest", "alleged", "The pro-Western opposition"):
        "after 'pro-Western' the parser hangs 'called' on 'fraud' as its conjunct, so the content runs on over 'and called"
        " on its supporters'; without the hyphened word the two are apart ('The opposition alleged fraud and called"
        " on'), and PolNeAR train has no content of a noun with a verb conjoined to it",
    ("portugal_dissolution", "said", "Ferraz do Amaral"):
        "the parser reads 'do' as a verb with 'Amaral' its object, so the source is 'Amaral' (its speaker is right:"
        " ``inner_particles`` joined the name given in full)",
    ("belgium_talks", "said", "The negotiator appointed by the king, Pieter ter Haar"):
        "after the headline the parser hangs 'Haar' on the comma as a preposition, so the apposition is lost; the"
        " sentence alone keeps it",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("brazil_runoff", "Albuquerque de Souza"):
        "the NER misses 'Renata Albuquerque de Souza' in the paragraph after a headline ending in a prepositional phrase"
        " ('Brazil heads for presidential runoff'; with 'Second round looms' it finds the name and the speaker is right)",
    ("taiwan_president", "She"):
        "'Her running mate, Lin Po-wen' stands between, a name of no known gender, so 'She' takes the nearer person",
    ("portugal_dissolution", "Ferraz do Amaral"):
        "no record has that source (see STILL_WRONG): the speaker of the record 'Amaral' is the whole name",
}

(parsed, test_a_report_of_elections_abroad_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_a_role_or_a_short_name, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown={}, known_speakers=KNOWN_SPEAKERS,
    stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a ballot or a vote cast is marked, not said (``taken_senses``)
    "Voters abroad cast about 320,000 ballots at 230 polling stations in 36 countries.",
    "About two million people cast their votes before noon.",
    "More than 40,000 postal votes were cast.",
    # a registration or an accreditation refused is a thing withheld, as bail is (``withheld_nouns.txt``)
    "Two opposition parties were refused registration before the vote.",
    "Foreign observers were refused accreditation.",
])
def test_a_ballot_cast_or_a_thing_refused_reports_nothing(nlp, text):
    assert top(nlp, text) == []


def test_casting_someone_as_something_stays_a_report(nlp):
    assert [r.cue.text for r in top(nlp, "The senator cast himself as an outsider.")] == ["cast"]


@pytest.mark.parametrize(("text", "speaker"), [
    # 'the opposition' is a body, no one a 'she' stands for (``group_role_nouns.txt``)
    ("The opposition alleged fraud. Tens of thousands marched on Monday. The president, Nino Kapanadze-Beridze, said"
     " she did not recognise the result. She told the crowd that the vote was stolen.", "Nino Kapanadze-Beridze"),
    ("The opposition said the count was rigged. She told reporters she would appeal.", None),
    # a given name tagged alone before a particle gives way to the whole name (``particle_names``)
    ("The informateur, Hendrik ter Borch, said the talks were hard. Ter Borch said he would report soon.",
     "Hendrik ter Borch"),
    # an inner particle after a person's entity, and the surname after it (``inner_particles``)
    ("The outgoing prime minister, Luísa Ferraz do Amaral, wrote that she would not stand. Amaral said her party would"
     " choose a leader.", "Luísa Ferraz do Amaral"),
    ("José Ortega y Gasset said the talks were hard. Ortega y Gasset said he would go.", "José Ortega y Gasset"),
])
def test_a_speaker_by_a_body_or_a_name_with_a_particle(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


@pytest.mark.parametrize("text", [
    # 'do' after a modal or 'did' is the verb, and a date after it no surname (``inner_particles``)
    "Will Mark Hale do Pilates? Hale said he would go.",
    "Did Ana Lobo do Christmas? Lobo said she would go.",
])
def test_the_verb_do_after_a_name_joins_nothing(nlp, text):
    assert "do" not in [r.speaker for r in top(nlp, text)][-1].split()
