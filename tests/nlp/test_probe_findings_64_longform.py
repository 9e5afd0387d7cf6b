"""Generalisation check of the sixty-fourth session on speakers in long articles with several people (helper I):
eighteen articles (``probe_longform_64``) of 15 to 20 sentences on a ferry's engines, a harbour wall, hip operations, a
museum theft, an orchestra's strike, a red panda's escape, a bridge's closure, a bakery, a mountain rescue, a boil
notice, a library, a factory fire, a frost, a dog attack, a landslide and a timetable, each with three to six quoted
people, two or more of one gender, named again far apart by surname, title and surname, role, pronoun and possessive;
quotations running over paragraphs with the speaker named only at their start; a speaker named in the headline only;
a first mention by role and then by name; and traps (a pronoun right after a second person of its gender is named in
a role that says nothing: 'She said Ms Tallis had warned her'). Every sentence is written for the test.

Counted before this pass (main at the session's start), on the sixteen articles written before any mend: reports
189 of 192 (3 contents cut before a second verb), speakers 184 right, 2 wrong and 6 left a description or a bare
surname of 192, quoted paragraphs going on with the report before 15 of 15. Wrong or unresolved, by group: a body of
the list's groups taken for the person who works there ('Marek Lind, a violinist with the orchestra ... the
orchestra said' was Lind: his roles hold 'orchestra' from his 'with' phrase); a 'chairman' of a woman ('The chairman
of the trustees, Alice Grieve, ... Ms Grieve' made Grieve a man and 'Ms Grieve' a stranger); a lower-case role the
tagger read as an adjective or a name after a quotation's verb ('said the mechanic, Aled Kell', 'said the baker,
Sandra Pike': no role for the name, so 'the mechanic' later stayed a description, nor the role first met, 'A ferry
mechanic said X', became her); a listed noun of a person with no person's ending ('mechanic') and one set beside 'One
of them' never named later; an '-ing' word of a role lemmatised as a verb in one sentence and not the other ('the
managing director' was 'manage director' once); two holders of a role's words, the last named winning over the one
the article called so ('The council leader' after 'The opposition leader on the council, Karen Doyle'). Mended in
``given_roles`` (``person_word`` leaves out the groups of ``source_nouns.txt``, tagged +group; ``misread_role``,
``role_lemma``, ``worded_holders``, ``listed_person``), ``role_genders`` and ``cataphora``. After: reports 189 of 192,
speakers 192 of 192, quoted paragraphs 15 of 15. The two articles written after the mends, to probe their shapes in
other words ('acting manager', a 'chairman' named Deborah, 'A nurse ... said the nurse, Bronwen Iles', 'a chef at the
hotel ... The hotel said'), gave reports 24 of 24 both before and after, speakers 21 of 24 on main (two 'Mrs Ince'
left a bare surname, 'The hotel' the chef) and 23 of 24 after ('The hotel' a description), quoted paragraphs 1 of 1.
On PolNeAR the mends change no record on train or dev, and three speakers of train: 'Trump spokesman Hope Hicks ...
she said' twice Hicks, not a woman named before (right); 'Clinton, a top aide said' still wrong."""

from __future__ import annotations

import pytest
from probe_checks import _MARKS, article_set_tests
from probe_longform_64 import ARTICLES, CONTINUED, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("surgery_waits", "said", "Mrs Walsh"):
        "the content ends before a second verb joined by 'and' that shares the reported subject ('she could no longer"
        " climb the stairs ... and now slept in the front room'); content ends were measured in earlier passes, no class"
        " >= 2:1",
    ("museum_theft", "said", "The museum's night guard, Tom Ferris"):
        "so before 'and called the police at once' (the content's second verb)",
    ("zoo_escape", "said", "He"):
        "so before 'but rarely travelled far from trees' (a second verb after 'but')",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("hotel_flood", "The hotel"):
        "'The hotel' stays a description: the NER tags 'The Grand Esplanade Hotel' a place (FAC), which no body's noun"
        " takes back (before the mends it was the chef, Nadia Sorel, 'a chef at the hotel')",
}

(parsed, test_a_report_of_a_long_article_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_long_article, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 16 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS) == set(CONTINUED)
    assert sum(len(items) for items in SPEAKERS.values()) >= 200


@pytest.mark.parametrize(("name", "opening", "speaker"), [(n, *c) for n, items in CONTINUED.items() for c in items])
def test_a_quoted_paragraph_goes_on_with_the_speaker_named_at_its_start(parsed, name, opening, speaker):
    found = [r for r in parsed[name] if any(c.text.lstrip(_MARKS).startswith(opening) for c in r.contents)]
    assert [r.speaker for r in found][:1] == [speaker]


def test_a_body_is_not_the_person_who_works_there(nlp):
    text = ("Marek Lind, a violinist with the Lanford orchestra, said the cuts would hurt. Refunds will be offered, the"
            " orchestra said.")
    assert [r.speaker for r in top(nlp, text)][-1] != "Marek Lind"
    text = "Nadia Sorel, a chef at the hotel, said the kitchen had flooded. The hotel said guests would be moved."
    assert [r.speaker for r in top(nlp, text)][-1] != "Nadia Sorel"


@pytest.mark.parametrize("text", [
    "The chairman of the trustees, Alice Grieve, said there was no money. Ms Grieve said she did not recall it.",
    "She said the chairman of the trustees, Alice Grieve, had refused. Ms Grieve said she did not recall it.",
])
def test_a_woman_called_chairman_keeps_her_gender(nlp, text):
    assert [r.speaker for r in top(nlp, text) if r.source is not None and r.source.text == "Ms Grieve"] == ["Alice Grieve"]


def test_a_man_called_chairman_stays_one(nlp):
    text = "The chairman of the club, Tom Birtles, said the ground was sold. Mr Birtles said he was sorry."
    assert [r.speaker for r in top(nlp, text)] == ["Tom Birtles", "Tom Birtles"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a role the tagger read as an adjective or a name after a quotation's verb (``given_roles.misread_role``)
    ('"Nobody has signed it," said the mechanic, Aled Kell, 52. Mr Kell said the crew had offered to help. "I have heard'
     ' that before," the mechanic said.', "Aled Kell"),
    ('"I do not know anything else," said the baker, Sandra Pike. Ms Pike said she hoped to find work. The baker said'
     ' she would miss the mornings.', "Sandra Pike"),
    # an '-ing' word of a role read as written (``given_roles.role_lemma``)
    ("The firm's managing director, Martin Hale, said drivers were short. The managing director said new drivers were"
     " in training.", "Martin Hale"),
    # the holder the article called by the role's words (``given_roles.worded_holders``)
    ("The council leader, Councillor Anita Sharma, said the bridge must close. The opposition leader on the council,"
     " Karen Doyle, said Cllr Sharma had delayed the inspection. The council leader denied that. She said it was brought"
     " forward.", "Anita Sharma"),
])
def test_a_role_is_taken_back_by_its_holder(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a role met first, then named by it (``cataphora.named_later``): a listed noun with no person's ending, 'One of them'
    ('A ferry mechanic who has worked on the vessel for a decade said the gearbox was in a depot. "Nobody has signed the'
     ' paperwork," said the mechanic, Aled Kell, 52.', "Aled Kell"),
    ('One of them, a baker who started at the shop as a teenager, said she had cried. "I have worked here twenty years,"'
     ' said the baker, Sandra Pike.', "Sandra Pike"),
])
def test_a_role_met_before_its_name_is_the_one_named(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][0] == speaker


def test_a_role_no_one_is_named_by_stays_a_description(nlp):
    text = "A ferry mechanic said the gearbox was in a depot. The operator's director, Gareth Pryce, said it was safe."
    assert [r.speaker for r in top(nlp, text)] == ["ferry mechanic", "Gareth Pryce"]
