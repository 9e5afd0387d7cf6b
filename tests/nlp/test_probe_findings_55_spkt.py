"""Speakers measured on a hand-made speaker gold of 14 PolNeAR train articles
(``evaluate/data/polnear_train_speakers.jsonl``), and the causes its errors showed, in sentences
written for the test.

A question put to the speaker names no one the answer's pronoun stands for ('Asked whether X would
win, she said': ``asked_clauses.py``); a Title-Case headline's verb ends the name the NER ran over
it ('Vance Says Hale ...': ``index._name_tokens``); a role's noun right before a name that the
parser hung elsewhere is still the person's title ('AFP - Award-winning actress X':
``affiliations.roles_of``); a pronoun subject of a relative clause on a noun is the subject of the
noun's clause ('held a rally in which he said': ``relative_hosts.py``); a politician's epithet is
the person just named ('The Ohio Republican said': ``epithets.py``, ``epithet_heads.txt``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_records import sources_and_speakers

ROOT = Path(__file__).resolve().parents[2]
POLNEAR_TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
TRAIN_GOLD = ROOT / "src" / "sourcebook" / "evaluate" / "data" / "polnear_train_speakers.jsonl"


def _speakers(nlp, text):
    return dict(sources_and_speakers(nlp, text))


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Oscar-winning actress Mara Quill is not sure she can vote for Helen Dorsey.\n\nAsked about her own vote in the "
     "event that Dorsey faces Peter Vance, who has angered many voters, she replied: \"I don't know.\"", "she", "Mara Quill"),
    ("Omar Lindqvist believes the port will grow next year.\n\nAsked whether he feared that Peter Vance would cut the "
     "budget, Lindqvist shrugged.\n\n\"Ships do not vote,\" he said.", "he", "Omar Lindqvist"),
])
def test_a_name_in_the_question_put_is_not_the_one_who_answers(nlp, text, source, speaker):
    assert _speakers(nlp, text)[source] == speaker


def test_the_one_asked_about_is_still_the_answer_when_named_as_the_subject(nlp):
    text = "Asked about the vote, Peter Vance said he would wait.\n\n\"It is early,\" he said."
    assert [s for src, s in sources_and_speakers(nlp, text) if src in ("Peter Vance", "he")] == ["Peter Vance", "Peter Vance"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Vance Says Hale Most Dangerous Candidate Ever.\n\nOne of the claims in Peter Vance's speech on Monday does not hold "
     "up.\n\nHe told his audience: \"Nobody is worse than Tom Hale.\"", "Peter Vance"),
    ("Ruiz Claims City Budget Fully Balanced At Last.\n\nMayor Lena Ruiz spoke on Friday.\n\nShe told reporters the "
     "budget was balanced.", "Lena Ruiz"),
])
def test_a_title_case_headlines_verb_ends_the_name(nlp, text, speaker):
    speakers = [s for _, s in sources_and_speakers(nlp, text)]
    assert speakers and all(s == speaker for s in speakers), speakers


def test_a_role_noun_before_a_name_after_a_wire_dateline_is_the_title(nlp):
    text = ("Quill unsure about vote.\n\nNew York (AFP) \u2013 Award-winning actress Mara Quill, star of the film "
            "\"Harbour Lights,\" is not sure she can vote for Helen Dorsey.\n\nThe actress said she was tired of the "
            "status quo.")
    assert _speakers(nlp, text)["The actress"] == "Mara Quill"


def test_a_role_noun_in_a_title_case_headline_is_no_title(nlp):
    text = ("Emails Reveal Aide And TV Reporter Caught Plotting.\n\nThe network's reporter Ana Ruiz wrote to an aide "
            "on Monday.\n\nThis TV reporter has shown her bias before, critics said.")
    assert "Caught Plotting" not in [s for _, s in sources_and_speakers(nlp, text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tom Hale, the former mayor, spoke to a crowd on Monday.\n\nThe former mayor spoke hours after Peter Vance, who "
     "leads in the polls, held a rally nearby in which he said the city was broke.", "Peter Vance"),
    ("Anna Hale arrived after Peter Vance gave a speech where he claimed the city was broke.", "Peter Vance"),
])
def test_a_pronoun_in_a_relative_clause_is_the_subject_of_its_nouns_clause(nlp, text, speaker):
    assert _speakers(nlp, text)["he"] == speaker


def test_a_pronoun_of_the_main_clause_keeps_the_first_subject(nlp):
    text = "Tom Hale left the hall as Peter Vance arrived, and he said the vote was rigged."
    assert _speakers(nlp, text).get("he") != "Peter Vance"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("WASHINGTON - Sen. Carl Hale on Tuesday criticised the budget plan.\n\nThe Ohio Republican said the plan would "
     "raise the deficit.", "The Ohio Republican", "Carl Hale"),
    ("House Speaker Dana Price says no matter what the governor decides, the bill will pass.\n\nThe Utah Republican "
     "says the votes are there.", "The Utah Republican", "Dana Price"),
    ("Lena Ruiz won the primary on Tuesday.\n\nThe Oregon senator said her campaign would go on.", "The Oregon senator",
     "Lena Ruiz"),
    ("Tom Brill spoke in Miami on Friday.\n\n\"We will win this state,\" said the New York businessman.",
     "the New York businessman", "Tom Brill"),
    ("Seven hopefuls to watch.\n\n5. Lee Marsh.\n\nThe Ohio governor believes he can win New Hampshire.",
     "The Ohio governor", "Lee Marsh"),
])
def test_a_politicians_epithet_is_the_person_just_named(nlp, text, source, speaker):
    assert _speakers(nlp, text)[source] == speaker


@pytest.mark.parametrize(("text", "source", "wrong"), [
    # the other party, the same office elsewhere, a plural, a farmer (no epithet's head)
    ("Democrat Ana Ruiz spoke first.\n\nThe Ohio Republican said the plan would fail.", "The Ohio Republican", "Ana Ruiz"),
    ("New Jersey Gov. Tom Brill spoke on Monday.\n\nThe Ohio governor said the plan would fail.", "The Ohio governor",
     "Tom Brill"),
    ("Carl Hale spoke on Monday.\n\nThe Texas Republicans said the plan would fail.", "The Texas Republicans", "Carl Hale"),
    ("Carl Hale spoke on Monday.\n\nThe Texas farmer said the plan would fail.", "The Texas farmer", "Carl Hale"),
])
def test_an_epithet_that_does_not_fit_is_not_the_person_named(nlp, text, source, wrong):
    assert _speakers(nlp, text).get(source) != wrong


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="PolNeAR train (../shared/corpora/polnear/train) is not here")
def test_the_train_speaker_gold_keeps_its_accuracy(nlp):
    """331 sources of 14 train articles annotated before the system was run on them; the floor is
    the accuracy reached with the fixes above (0.931 over the sources found; pronouns 0.909)."""
    from sourcebook.evaluate.speakers import evaluate_speakers

    result = evaluate_speakers(POLNEAR_TRAIN, TRAIN_GOLD, nlp=nlp)
    assert result["all"]["gold"] == 331
    assert result["all"]["accuracy"] >= 0.93
    assert result["forms"]["pronoun"]["accuracy"] >= 0.90
    assert result["all"]["coverage"] >= 0.74
