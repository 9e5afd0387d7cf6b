"""Generalisation check of the sixty-first session on police, crime and emergency reports (helper V): twenty-nine
short articles (``probe_police_61``) with police, fire, ambulance and coastguard services as sources, 'the force
said in a statement', 'detectives believe', 'a witness told the paper', 'neighbours described hearing', 'according
to a police report', 'a charge sheet alleges', 'the suspect allegedly told officers', relatives' tributes and
pleas, a chief constable's press conference and ranks before names ('Det Insp', 'DCI'), each report with its
hand-written gold (a word of the cue, the source, the first content), the lines that report nothing (narration of
an incident, road closures, arrests and charges told as facts, ages and addresses, appeal numbers, 'the
investigation continues', 'officers are appealing for witnesses') and the speakers of pronouns. Every sentence is
written for the test.

Counted before this pass (main at 0df84c7) on the first twenty-six articles (written before any mend; the gold
corrected to PolNeAR's conventions first): reports 69 of 70 right (a content cut wrong 1, no source wrong, none
missed), lines that report nothing 59 of 60 (one line reported), speakers 8 of 8. Mended: 'find' with a person and
the state they were found in is a scene seen, no finding ('officers found him asleep at the wheel', 'Firefighters
found the woman unconscious'; ``found_states.txt``), and 'threaten' with a person and a weapon after 'with' a menace,
no words ('The robbers threatened him with a machete'; ``weapon_nouns.txt``; both ``scene_senses``). After: reports
69 of 70, lines 60 of 60, speakers 8 of 8. The two articles written next, to probe the mended shapes in other
words, gave reports 4 of 4, lines 3 of 6 before and 6 of 6 after, speakers 2 of 2. Probed beside the set and
mended: police ranks written as initials that the NER reads into a body's name with the person's are titles of a
person ('DCI Owen Price said X' was an ORG and the speaker kept 'DCI'; ``entities.RANKS``), and an emergency
service's 'respond to' a call or a scene is attending it, no answer to words ('Officers responded to a 999 call from a
neighbour', ``attended_nouns.txt``, ``scene_senses``; not a politician's 'responded to the shooting'): the article
written for it gave lines 3 of 4 before, 4 of 4 after; so is a person 'questioned by police', an interview and no
doubt voiced ('A 19-year-old man was questioned by police' had the police doubting the man; not 'His claims were
questioned by investigators'). None of the mends changes a record on PolNeAR train or dev.
Conventions followed as PolNeAR has them (counted on train): a belief of a named holder is a report ('Detectives
believe X': 62 of the 72 third-person 'believe' outside another content are cues); 'X showed Y' of a test or a record
is a report ('A breath test showed he was over the limit': 'show' is a cue 235 times); a passive request with no
agent ('Anyone with information is asked to call 101', 'Residents were told to keep their windows shut') is a report
with no source (6 of 10 such passives on train are cues; kept, no gold); 'appealing for witnesses' is no report
(1 'appeal for' of 12 is a cue); a headline's 'Shop owner tells of terror' is a report of its own (kept, no gold)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_police_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("harbour_stabbing", "said", "Police"):
        "'the victim had been taken to hospital, where his condition was described as serious but stable': a content"
        " ends before ', where' (on PolNeAR train 14 of the 21 contents cut so are right; gold runs on over it 31 times"
        " and stops 18, so no class to mend)",
}

(parsed, test_a_report_of_police_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 29 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a person found in a state: a scene seen, no finding (``scene_senses``)
    "A driver was arrested after officers found him asleep at the wheel of his car.",
    "Paramedics found him unresponsive.",
    "Police found the boy safe and well.",
    # a person threatened with a weapon: a menace, no words (``scene_senses``)
    "The robbers threatened him with a machete.",
    "He threatened staff with a hammer before fleeing.",
    # an emergency service attending a call or a scene: no answer to words (``scene_senses``)
    "Crews responded to the blaze at 2am.",
    "Deputies responded to the scene and found a man with a gunshot wound.",
    # a person questioned by the police: an interview, nothing reported (``scene_senses``)
    "A 19-year-old man was questioned by police.",
    "Two teenagers have been questioned by officers and released.",
])
def test_a_scene_at_a_crime_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a finding and a threat in words keep their cues
    ("Investigators found that the brakes had failed.", "found", "Investigators", "the brakes had failed"),
    ("The senator threatened the agency with a lawsuit.", "threatened", "The senator", "the agency with a lawsuit"),
    ("A man threatened to stab a shop worker.", "threatened", "A man", "to stab a shop worker"),
    ("The senator responded to calls for her resignation on Friday.", "responded", "The senator",
     "calls for her resignation on Friday"),
    ("Clinton responded to the attack in a speech.", "responded", "Clinton", "the attack in a speech"),
    ("His claims were questioned by investigators.", "questioned", "investigators", "His claims"),
])
def test_a_finding_or_a_threat_in_words_is_still_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "speaker"), [
    ("DCI Owen Price said the road was closed. He said it would reopen.", "Owen Price"),
    ("DCS Helen Ward said the road was closed. She said it would reopen.", "Helen Ward"),
    ("DS Mark Bell said the road was closed. He said it would reopen.", "Mark Bell"),
])
def test_a_police_rank_in_initials_is_no_part_of_the_name(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]
