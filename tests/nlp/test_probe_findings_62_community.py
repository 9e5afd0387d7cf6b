"""Generalisation check of the sixty-second session on religion, charity, volunteering and community and arts news
(helper I): thirty-one short articles (``probe_community_62``) in the styles of local papers, parish and charity
newsletters and arts pages: clergy by title ('The Rev X, the parish priest, said', 'Father Tomasz told the
congregation', 'The imam ... said in his Friday sermon', 'Rabbi X wrote in the congregation's newsletter'), scripture
quoted ('The verse reads:', 'As the psalm says, "X"'), a diocese's statement, charity appeals ('Organisers hope to
raise'), volunteers and beneficiaries, event organisers, a review, a curator ('explained') and programme notes
('describe X as "Y"'), awards ('The judges praised', 'The citation reads:'), 'Friends of X' and 'X Women's Institute'
as speakers and a choir's and a band's 'we'; each report with its hand-written gold (a word of the cue, the source,
the first content), the lines that report nothing (service times, event listings, fundraising totals, hymn and book
titles, buildings and exhibitions described, narration) and the speakers of pronouns. Every sentence is written for
the test.

Counted before this pass (main at the session's start) on the first twenty-six articles (written before any mend;
the gold corrected to the conventions first: 'describes X as "Y"' keeps 'X as' in the cue, ', which' ends a content,
and 'said he hoped X' is one report, PolNeAR nesting none): reports 60 of 62 right (a source wrong 1, a content cut
wrong 1, none missed, no speaker wrong), lines that report nothing 78 of 82, speakers 8 of 8. The four lines
reported: 'The parish council presented him with a framed photograph', 'A group of parishioners has welcomed a second
family to the town', '"Lights Along the Shore" was written by Arthur Penhaligon' and 'The scheme requires groups to
support a family'. Mended: 'welcome' with people arriving for its object or its passive's subject, 'present' with a
thing given after 'with' and 'support' or 'back' with a count of people in need are good turns, no words
(``good_turns``, ``welcomed_guests.txt``, ``helped_people.txt``; PolNeAR train marks none of its 'welcome' with
refugees for object, and the one it has outside a content, a headline's 'Will Welcome American Refugees', was a
wrong record); a passive's subject is the thing taken or written as an object is, and a title in quotation marks is
a work written ('The hymn was written by X', '"Lights Along the Shore" was written by X'; ``taken_senses``); an
award or a prize says nothing ('The award recognises X', ``mute_subjects.txt``). After: reports 60 of 62, lines 81
of 82, speakers 8 of 8. The five articles written after the mends, to probe their shapes in other words, gave
reports 10 of 11 (the one missed is a role the tagger reads as a verb), lines 15 of 15 (10 of 15 before the mends),
speakers 1 of 1. On PolNeAR train the mends remove one wrong record and lose no right one; on dev nothing changes.
Conventions followed as PolNeAR has them (counted on train): 'tells the story of X' is a report (5 cues of 8), so
no mend for 'The book tells the story of'; 'appealing for X' is a cue once in four (outside other contents), so
'The food bank is appealing for donations' reports nothing; 'thanked X' is a cue (15), so 'The organisers thanked
everyone' is left a report; 'support' after 'require X to' is too rare to judge (train has one, unmarked)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_community_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("wi_jam", "said", "Thornby Women's Institute"):
        "the parser hangs the place name opening the body's name on the verb ('Thornby' as its npadvmod), so the"
        " source keeps 'Women's Institute' only (the speaker is right); other place names parse as a compound, and no"
        " gold source on train is cut so by one word opening a name, so no class to mend",
    ("refugee_sponsors", "said", "The father, who asked not to be named"):
        "'said through an interpreter that the town had given his children \"X\"': the parser reads the 'that'"
        " clause as a relative clause on 'interpreter' (its object missing), so only the quotation is reported; the"
        " same sentence with 'that the town was \"X\"' or without the aside is right",
    ("lifeboat_gala", "said", "coxswain Ian Tregear"):
        "'\"X,\" said coxswain Ian Tregear': the tagger reads 'coxswain' as a verb with the name for its object, so"
        " the quotation has no speaker ('said caretaker Ian Tregear' is right); train has no miss of a role tagged so",
}
#: lines that report nothing still shown: (article, line) -> why
STILL_SHOWN = {
    ("refugee_sponsors", "The scheme requires groups to support a family for two years."):
        "'support' in an infinitive after 'requires X to' with a family for object is help given; a count ('about 300"
        " families') makes it help (``good_turns``), a bare 'a family' does not, and PolNeAR train has one"
        " 'require X to support', unmarked: nothing to judge by",
}

(parsed, test_a_report_of_community_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # newcomers welcomed, a gift presented, people in need helped: good turns, no words (``good_turns``)
    "The parish has welcomed a second refugee family to the town.",
    "The festival welcomed 9,000 visitors over the weekend.",
    "The guests were welcomed at the town hall by the mayor.",
    "The council presented him with a cheque for 500 pounds.",
    "The charity supports about 300 families a year.",
    "The fund backs hundreds of young carers.",
    # a work written, in the passive or with a title in quotation marks (``taken_senses``)
    "The hymn was written by a retired organist.",
    "\"Songs of the Harbour\" was written by a local fisherman.",
    # an award says nothing (``mute_subjects.txt``)
    "The award recognises people who have given ten years to their community.",
])
def test_a_good_turn_or_a_work_written_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a stance on a matter welcomed or backed, a letter written and a finding presented keep their cues
    ("Residents welcomed the decision to keep the library open.", "welcomed", "Residents",
     "the decision to keep the library open"),
    ("Most members support the plan.", "support", "Most members", "the plan"),
    ("The letter was written by the mayor.", "written", "the mayor", "The letter"),
    ("\"We will not give up,\" was written by the pupils.", "written", "the pupils", "We will not give up"),
    ("The spokesman presented the findings as a turning point.", "presented", "The spokesman",
     "the findings as a turning point"),
])
def test_a_stance_welcomed_or_a_letter_written_is_still_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there
