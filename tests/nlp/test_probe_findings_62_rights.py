"""Generalisation check of the sixty-second session on human-rights, migration and NGO reporting (helper N):
twenty-six short articles (``probe_rights_62``) with reports that document, detainees interviewed who described,
testimonies gathered by a group that suggest, a woman identified only by her first name, groups calling on
authorities, findings rejected as something, lawyers for families who argue, figures compiled by a body, an
agency's estimates, repeated denials, survivors' accounts, asylum seekers who told the paper, a coast guard's
rescue, a court's ruling, quotes through an interpreter and a report quoting a guard; each report with its
hand-written gold (a word of the cue, the source, the first content), the lines that report nothing (arrival
figures, camps and laws, routes, crossings, dates of hearings) and speakers of pronouns and of bodies. Every
sentence is written for the test.

Counted before this pass (main at 8c7b1ac) on the first twenty-five articles, with the gold as first written:
reports 79 of 87 right (a wrong source 2, a content's end 3, missed 3), one of 50 lines that report nothing shown.
Read on PolNeAR train, the gold was wrong in seven of these and was corrected to PolNeAR's marking: ', who
described' has 'who' for source (18 of 20), 'rejected/dismissed X as Y' keeps 'as Y' in the content, 'who asked to
be identified' is a request PolNeAR marks ('requested anonymity' 4 of 6; so that line reports), 'quotes one guard as
saying X' is the guard's report (as the project decided; since the seventieth pass the report's, of 'one guard as
saying X', as train marks 'quoted Y as saying' 5 of 5, ``relayed_reports``), 'said in an email that it was "X"' has the clause for
content. Against the corrected gold: reports 87 of 89 (a source cut 1, missed 1), lines 49 of 49, speakers 6 of 8.
Mended: a body's name joined by a small word after the kind of body ('The medical charity Doctors on Call said X':
'Doctors' read as a second subject, the kind and its article dropped from the source, ``doubled_subjects``; the
speaker the name, not 'medical charity Doctors on Call' nor 'Families' for 'Families for Justice', ``untagged``); a
passive participle with its agent read as the sentence's verb, the verb of saying after it its dependent
('Testimonies gathered by the group suggest that X', ``participle_roots``: right alone, still missed in its
article, see STILL_WRONG). After: reports 88 of 89, lines 49 of 49, speakers 7 of 8. The article written next to
probe the mended shapes in other words ('rescue_ship': NGOs named after the kind in capitals, 'The Italian NGO
Friends of the Harbour') gave reports 5 of 5, lines 1 of 1, speakers 0 of 2 at main ('NGO Open Sea Relief', 'NGO
Friends'); mended: a kind in capitals after 'the' and any adjectives is no part of the body's name (``untagged``):
speakers 2 of 2. PolNeAR train and dev records identical; speakers on dev 0.960 over 552 as before.
"""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_rights_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("testimonies", "suggest", "Testimonies gathered by the group Border Watch"):
        "in this article the parser ends a sentence after 'Border Watch' and opens the next with 'suggest': the"
        " verb has no subject in its sentence (alone, the sentence is read right); such splits before a lower-case"
        " verb are no class on PolNeAR train (1 in 840 texts)",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("testimonies", "Testimonies gathered by the group Border Watch"):
        "the report is missed in this article (see STILL_WRONG); alone, the speaker is the testimonies as written,"
        " where 'Figures compiled by the ministry' is the ministry's (plural 'testimonies' is no document noun)",
}

(parsed, test_a_report_of_rights_reporting_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_body, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a body's name joined by a small word after the kind of body (``doubled_subjects``)
    ("The medical charity Doctors on Call said its clinic was full.", "said",
     "The medical charity Doctors on Call", "its clinic was full"),
    ("The campaign group Parents against Poverty said the cuts were cruel.", "said",
     "The campaign group Parents against Poverty", "the cuts were cruel"),
    # a passive participle with its agent before the verb of saying (``participle_roots``)
    ("Testimonies gathered by the group Border Watch suggest that police push migrants back.", "suggest",
     "Testimonies gathered by the group Border Watch", "police push migrants back"),
    ("Accounts given by survivors indicate that the boat capsized.", "indicate", "Accounts given by survivors",
     "the boat capsized"),
])
def test_a_shape_of_rights_reporting(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize(("text", "speaker"), [
    ("The charity Families for Justice said the men were held.", "Families for Justice"),
    ("The organisation Doctors of the World said clinics were closing.", "Doctors of the World"),
    ("The medical charity Doctors on Call said its clinic was full.", "Doctors on Call"),
    # a kind in capitals the tagger reads into the name ('NGO Safe Passage'), an adjective of nation before it
    ("The NGO Safe Passage said the boats were full.", "Safe Passage"),
    ("The German NGO Sea Bridge said the boats were full.", "Sea Bridge"),
    # not a person's name after a role
    ("The Labour MP Anna Smith said the law was cruel.", "Anna Smith"),
])
def test_a_body_named_after_its_kind_speaks(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
