"""Generalisation check of the sixty-second session on interviews in question-and-answer form, podcast and radio
write-ups (helper H): thirty-three short pieces (``probe_interviews_62``) with 'Q:' and 'A:' turns under an intro and
an editor's note, named turns ('KESTREL:', 'Interviewer:' and 'Thorne:'), questions set as lines of their own,
answers over several paragraphs, phone-in transcripts with time stamps, a podcast's episode page (title, stamps,
sponsor, 'Listen to the full episode'), 'speaking on the Early Tide programme, she said', 'told the Back Pages
podcast', 'in an interview with the programme's host', 'Asked whether X, he replied', 'When pressed, she conceded',
'"X," he laughed', 'She paused before answering', the interviewer's 'I asked him whether X' and 'I think' inside an
answer; each report with its hand-written gold (a word of the cue, the source, the first content), the lines that
report nothing and the speakers of pronouns and answers. Every sentence is written for the test.

Counted before this pass (main at b118aa67) on the first twenty-six pieces, written before any mend, the gold first
corrected to PolNeAR's and the project's conventions ('asked whether X' keeps 'whether' in the content, 'said X and
that Y' is one content, 'answered our questions' is a report as PolNeAR marks 'answered questions' 2 times of 3
outside other contents, an interviewer's 'You often warn against X' in a question line is the stance of the one
interviewed, a question closing a caller's turn keeps its mark): reports 75 of 81 right (missed 5, a source wrong 1,
no content cut wrong), lines that report nothing 83 of 85 (false reports 2), speakers 26 of 28. Mended:
- a sentence between the one interviewed and the first question that names no one but a day or a month bridges to
  the questions as one naming no one does ('The cinema shows its last reel of 35mm film on Friday.'), so the answers
  keep their records and speaker (``answers.bridges``; before, every answer of such a piece was dropped as a page's
  own questions);
- a dish or a drink ordered at a table reports nothing ('Grange ordered the fish'; ``taken_objects.txt``, '+order');
- a transcript's one turn of a role ('CALLER:', 'GUEST:') or an office ('MAYOR ELLIS:', 'MINISTER X:') beside a
  speaker who speaks twice is a turn, as a senator's is (``hearing_turns.ROLES`` and ``OFFICES``);
- a work or an event paid for by a sponsor is no stance ('This episode is supported by Northlight Energy', 'The
  festival is backed by the Arts Council'; ``sponsored_works``, ``sponsored_works.txt``).
After: reports 80 of 81, lines 84 of 85, speakers 27 of 28. The three pieces written after the mends, to probe their
shapes in other words (a named turn over two paragraphs, a phone-in's 'GUEST:', an intro closing on 'in
November'), gave reports 6 of 6, lines 12 of 12 and speakers 2 of 2 (4 of 6, 12 of 12 and 1 of 2 at the start). The
four written last, in the write-ups' shapes again, gave reports 13 of 14 (a source, below), lines 9 of 9, speakers 4
of 5; mended: the pronoun of a report going on with an answer right after it ('The presenter asked him whether X.
"Y," he replied. He added that Z') is the one who replied, not the asker (``answers.not_the_asker``): speakers 5 of
5. Over the whole set: reports 93 -> 100 of 102, lines 104 -> 105 of 106, speakers 31 -> 34 of 35. On PolNeAR train
and dev the mends change no record; dev speakers 0.960 over 552 before and after.
Conventions counted on train and followed: 'laughed' alone is no cue (1 of 11, that one 'laughed off'), 'conceded' is
a cue 11 times of 12, 'replied' 26 of 31; after 'Asked whether X,' only the reply is gold, as the earlier sets have
it. Measured and not taken: the paragraphs of an answer after its labelled line as its further contents (up to the
next turn): PolNeAR's one long Q-and-A on train marks no answer ('A:' 8 times of 37, the project keeps its own
convention of the answer's record) and every report inside the answers on its own, so nesting them lost 9 right
records on train; such a paragraph stays unattributed here (no gold either way)."""


from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_interviews_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("host_interview", "said", "Gareth Penhale"):
        "'In an interview with the programme's host, Anwen Lloyd, on X, Gareth Penhale said Y': the parser makes the"
        " host's name set off by commas the verb's subject and the speaker's name its apposition, so the source takes"
        " both names; no sentence on PolNeAR train opens with a phrase whose role is named in commas before the"
        " speaker's name, so no class to measure",
    ("appearing_on", "said", "The chef Rosalind Achebe"):
        "'The chef Rosalind Achebe has said X' under a headline opening with 'Chef': the parser reads 'The chef' as"
        " the sentence's root and the name's clause as its relative clause, so the source keeps the name alone (the"
        " same sentence with 'said', or under another headline, is right); no train source has the shape to count",
}
#: lines that report nothing still shown: (article, line) -> why
STILL_SHOWN = {
    ("podcast_told", "Back Pages is supported by Greyfield Boots."):
        "a sponsor's 'supported by' with the podcast's own name for subject ('Back Pages') is read as backing, a"
        " stance: ``sponsored_works`` knows a work by its common noun ('This episode', 'The festival') and nothing"
        " tells it that the name is a podcast's",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("beekeeper_qa", "A"):
        "the NER takes 'Odile Marchetti' for an organisation and nothing in the article names her with a pronoun"
        " as a subject ('We spoke to her'), so no person is named before the questions",
}

(parsed, test_a_report_of_an_interview_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_an_answer, test_a_report_still_wrong, test_a_line_still_shown,
 test_a_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a sentence naming only a day or a month between the one interviewed and the questions (``answers.bridges``)
    ("A chat with the lock keeper\n\nMarta Kell has kept the lock at Fenny since 1990. The lock reopens on Monday."
     "\n\nQ: What changes?\n\nA: The gates, at last.\n\nQ: And you?\n\nA: I stay.", "Marta Kell"),
    ("Ten minutes with the new librarian\n\nOwen Tarrant took over the Holm library this year. Its new wing opens in"
     " March.\n\nQ: Why books?\n\nA: Because they wait for you.\n\nQ: And the wing?\n\nA: It is late.", "Owen Tarrant"),
])
def test_an_answer_after_a_sentence_naming_only_a_date_is_the_interviewees(nlp, text, speaker):
    answers = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == ":"]
    assert len(answers) == 2 and {r.speaker for r in answers} == {speaker}


@pytest.mark.parametrize("text", [
    # a dish or a drink ordered at a table (``taken_objects.txt``, '+order')
    "He ordered the fish and a glass of water.",
    "She ordered coffee and waited.",
    "They ordered lunch at the bar.",
])
def test_a_dish_ordered_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # an order given keeps its cue
    ("The judge ordered the release of the files.", "ordered", "The judge", "the release of the files"),
])
def test_an_order_given_is_still_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "label"), [
    # one turn of a role or an office beside a speaker who speaks twice (``hearing_turns``)
    ("Phone-in\n\nHOST: Good morning. First on the line is Ken.\n\nCALLER: The buses never come on time.\n\n"
     "MINISTER ADEYEMI: We have ordered forty new ones.\n\nHOST: Thank you both.", "CALLER"),
    ("Phone-in\n\nHOST: Good morning. First on the line is Ken.\n\nCALLER: The buses never come on time.\n\n"
     "MINISTER ADEYEMI: We have ordered forty new ones.\n\nHOST: Thank you both.", "MINISTER ADEYEMI"),
])
def test_one_turn_of_a_role_or_an_office_in_a_transcript(nlp, text, label):
    assert [r.source.text for r in top(nlp, text) if r.cue is not None and r.cue.text == ":"].count(label) == 1


@pytest.mark.parametrize("text", [
    # a work or an event paid for by a sponsor (``sponsored_works``)
    "This episode is supported by Northlight Energy.",
    "The festival is backed by the Arts Council.",
    "Tonight's concert is supported by Harlow Motors.",
])
def test_a_sponsored_work_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a plan or a person backed keeps its cue
    ("The plan is supported by the union.", "supported", "the union", "The plan"),
    ("Clinton is supported by most women.", "supported", "most women", "Clinton"),
])
def test_a_plan_or_a_person_backed_is_still_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "speaker"), [
    # a report going on with the answer right after it is the answerer's, not the asker's (``answers.not_the_asker``)
    ('The presenter asked Tom Reddy whether fares would rise. "Not this year," he replied. He added that the budget'
     " was tight.", "Tom Reddy"),
    ('Victor Hale owns forty flats in the town. The host asked him whether rents would fall. "Not soon," he replied.'
     " He added that costs were rising.", "Victor Hale"),
    ('Writing in the Herald, Helen Carter said the party was tired. The host asked her if she would stand again. "Ask'
     ' me in May," she replied. She went on to say that the party needed new faces.', "Helen Carter"),
])
def test_a_report_going_on_with_an_answer_is_the_answerers(nlp, text, speaker):
    assert top(nlp, text)[-1].speaker == speaker
