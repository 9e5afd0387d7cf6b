"""Generalisation check of the sixty-second pass on speakers named again by another word (helper M): thirty-four
short articles (``probe_synonyms_66``) in which a person introduced by one role is later called by a synonym or a
kind noun: 'Brennock Air's chief executive ... the airline boss', 'the first officer ... the co-pilot', "the finance
director ... the carrier's finance chief", 'the head teacher ... the head', 'Detective Chief Inspector X ... the
senior officer', 'Goalkeeper X ... the keeper', 'Dr X, a GP ... the doctor', 'the chief executive ... the CEO', 'the
founder ... the entrepreneur', 'a spokeswoman for X ... the spokeswoman', 'the vicar ... the priest', "the band's lead
singer ... the frontman", 'Carrick Rovers manager X ... The Rovers boss', 'Prime Minister X ... the premier', 'Chief
Constable X ... the police chief', 'Professor X, an economist at Y University ... the academic', 'her solicitor ...
the lawyer', 'the captain ... the skipper'; and traps where the later noun fits only one of two people named (the
finance director is no 'bank boss', the prosecutor no 'lawyer', the chairman no 'CEO', the captain no 'co-pilot'),
or names the kind of another firm of the article ("Pelham Air ... Kestrel Motors ... the carmaker's boss" is
Kestrel's head; after Ardley Bank's chief executive, 'the airline boss' of Skyline Airways stays a description; 'the
brewer' after the brewery's managing director is the brewery). Every sentence is written for the test.

Counted on main at the session's start (the set written first; two lines of the gold corrected to the project's
conventions: 'X plans to Y' is a report, as PolNeAR marks it, and 'the council voted to X' is one as decided):
reports 97 of 97 right (no source, speaker or content end wrong, none missed), lines that report nothing 58 of 58,
speakers 8 of 36 (28 wrong: each later noun kept as a description). Mended by one table of role synonyms and of the
kinds a firm's name says (``role_synonyms.json``, read by ``role_synonyms.py`` from ``roles.role``): a role phrase
whose head is a synonym of an office the person was given ('boss' for 'chief executive', 'manager'; 'co-pilot' for
'first officer'; 'officer' for 'sergeant', 'inspector'; 'lawyer' for 'solicitor', 'barrister') is that person when
its other words say the person's own body, by a word of its name ('Rovers') or by the kind its name says ('airline'
for 'Air', 'carmaker' for 'Motors', 'lender' for 'Bank', 'carrier' for 'Ferries'). After: speakers 34 of 36, reports
and lines unchanged. Still wrong: 'The forward said', whose 'forward' the tagger reads as an adverb (no noun, no
role), and 'The company's founder, Kemi Adeyemi,', a name the NER does not tag (so no person holds 'founder')."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_synonyms_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("derby_win", "The forward"): "the tagger reads 'forward' after 'The' as an adverb, so the phrase is no role noun"
    " for ``roles.role`` to resolve (the table has 'forward' for 'striker')",
    ("app_founder", "The entrepreneur"): "the NER does not tag 'Kemi Adeyemi' as a person, so no one of the article"
    " holds 'founder' ('The chain's founder, Grace Otieno, ... The entrepreneur said' is right)",
}

(parsed, test_a_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again_by_another_word, _, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong={}, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(items) for items in SPEAKERS.values()) >= 30


@pytest.mark.parametrize(("text", "speaker"), [
    # a synonym of the office given (``role_synonyms.json``)
    ("The first officer, Helen Stroud, said the screen failed. The co-pilot said she landed safely.", "Helen Stroud"),
    ("Its chief executive, Hugh Barlow, said sales rose. The CEO said prices would fall.", "Hugh Barlow"),
    ("Sergeant Amy Holt said the road was shut. The officer said it would reopen soon.", "Amy Holt"),
    ("Her solicitor, Gavin Pike, said she was innocent. The lawyer said she would appeal.", "Gavin Pike"),
    # its other words say the person's body, by the kind its name says or a word of it
    ("Brennock Air's chief executive, Tomasz Wilk, said fuel was dear. The airline boss said fares would rise.",
     "Tomasz Wilk"),
    ("Dieter Haas, chief executive of Orwell Motors, said the plant would close. The carmaker's boss said staff would"
     " move.", "Dieter Haas"),
    ("Carrick Rovers manager Neil Dunn said his team played badly. The Rovers boss said he would not resign.",
     "Neil Dunn"),
])
def test_a_role_named_again_by_a_synonym(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # another office: the finance director is no boss, the chairman no CEO
    ("The finance director, Paul Serle, said costs fell. The bank boss said rates would fall.", "Paul Serle"),
    ("The chairman, Alistair Grange, said the board was united. The CEO said prices would fall.", "Alistair Grange"),
    # a kind another body's name says: an airline's head is no carmaker's boss
    ("Anya Roe, chief executive of Pelham Air, said the buses were cheap. The carmaker's boss said they would arrive"
     " soon.", "Anya Roe"),
    # a word of the role that is no office of it: a modifier, a department's head, the body (review, helper R)
    ("Dr Rob Tate, principal economist at Lark Capital, said rates would fall. The head said the school would close.",
     "Rob Tate"),
    ("Tom Reyes, head of communications at Helix, said the launch was delayed. The chief said the board was unhappy.",
     "Tom Reyes"),
    ("Ana Price, a student at the University of Leeds, said fees were too high. The academic said the rise was fair.",
     "Ana Price"),
    ("Sam Ortiz, a consumer advocate at Fair Deal, said the fees were unfair. The lawyer said the case would go to"
     " court.", "Sam Ortiz"),
    # a province's premier is no prime minister
    ("Premier Doug Ford said the province would sue. The prime minister said the law was clear.", "Doug Ford"),
])
def test_a_synonym_does_not_reach_another(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] != speaker
