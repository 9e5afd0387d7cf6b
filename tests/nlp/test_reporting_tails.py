"""Reporting clauses the parse does not show (issue 12): a short tail of a source and a verb of
saying or showing set off by commas ('X, records show.'), read from the words on hand-built
misreadings; and quotations signed after a dash or opened by a name and its role before a
colon, read from the text."""

from __future__ import annotations

import pytest
from test_cue_rules import cues, parse

from sourcebook.nlp.attribution.build import Extractor
from sourcebook.nlp.attribution.candidate import SPEECH
from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.ranker import Ranker

# 'Fuel ran out at two clinics last week, figures from the health office show.': the tagger
# read 'show' as a noun (the object of 'from'), so no verb rule sees a cue
TAIL_AS_NOUN = [
    ("Fuel", "fuel", "NOUN", "NN", "nsubj", 1),
    ("ran", "run", "VERB", "VBD", "ROOT", 1),
    ("out", "out", "ADP", "RP", "prt", 1),
    ("at", "at", "ADP", "IN", "prep", 1),
    ("two", "two", "NUM", "CD", "nummod", 5),
    ("clinics", "clinic", "NOUN", "NNS", "pobj", 3),
    ("last", "last", "ADJ", "JJ", "amod", 7),
    ("week", "week", "NOUN", "NN", "npadvmod", 1),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("figures", "figure", "NOUN", "NNS", "npadvmod", 1),
    ("from", "from", "ADP", "IN", "prep", 9),
    ("the", "the", "DET", "DT", "det", 13),
    ("health", "health", "NOUN", "NN", "compound", 13),
    ("office", "office", "NOUN", "NN", "compound", 14),
    ("show", "show", "NOUN", "NN", "pobj", 10),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# 'The mayor, records show, paid no tax for six years.': 'records show' read as a noun phrase
# in apposition to 'The mayor'
TAIL_BETWEEN_COMMAS = [
    ("The", "the", "DET", "DT", "det", 1),
    ("mayor", "mayor", "NOUN", "NN", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("records", "record", "NOUN", "NNS", "compound", 4),
    ("show", "show", "NOUN", "NN", "appos", 1),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("paid", "pay", "VERB", "VBD", "ROOT", 6),
    ("no", "no", "DET", "DT", "det", 8),
    ("tax", "tax", "NOUN", "NN", "dobj", 6),
    ("for", "for", "ADP", "IN", "prep", 6),
    ("six", "six", "NUM", "CD", "nummod", 11),
    ("years", "year", "NOUN", "NNS", "pobj", 9),
    (".", ".", "PUNCT", ".", "punct", 6),
]
# 'The jet was insured for 9 million euros, records show, and experts say it is worth less.': the
# tail reports the clause before it, not the one its conjunction opens
TAIL_BEFORE_CONJUNCTION = [
    ("The", "the", "DET", "DT", "det", 1),
    ("jet", "jet", "NOUN", "NN", "nsubjpass", 3),
    ("was", "be", "AUX", "VBD", "auxpass", 3),
    ("insured", "insure", "VERB", "VBN", "ROOT", 3),
    ("for", "for", "ADP", "IN", "prep", 3),
    ("9", "9", "NUM", "CD", "compound", 6),
    ("million", "million", "NUM", "CD", "nummod", 7),
    ("euros", "euro", "NOUN", "NNS", "pobj", 4),
    (",", ",", "PUNCT", ",", "punct", 3),
    ("records", "record", "NOUN", "NNS", "compound", 10),
    ("show", "show", "NOUN", "NN", "conj", 3),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("and", "and", "CCONJ", "CC", "cc", 10),
    ("experts", "expert", "NOUN", "NNS", "nsubj", 14),
    ("say", "say", "VERB", "VBP", "conj", 10),
    ("it", "it", "PRON", "PRP", "nsubj", 16),
    ("is", "be", "AUX", "VBZ", "ccomp", 14),
    ("worth", "worth", "ADJ", "JJ", "acomp", 16),
    ("less", "less", "ADJ", "JJR", "advmod", 17),
    (".", ".", "PUNCT", ".", "punct", 14),
]
# 'The ferry, records show, sank in 1921, its owner never rebuilt it.': the tail's clause ends
# where a clause of its own begins (its subject right after a comma)
TAIL_BEFORE_NEW_CLAUSE = [
    ("The", "the", "DET", "DT", "det", 1),
    ("ferry", "ferry", "NOUN", "NN", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("records", "record", "NOUN", "NNS", "compound", 4),
    ("show", "show", "NOUN", "NN", "appos", 1),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("sank", "sink", "VERB", "VBD", "ROOT", 6),
    ("in", "in", "ADP", "IN", "prep", 6),
    ("1921", "1921", "NUM", "CD", "pobj", 7),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("its", "its", "PRON", "PRP$", "poss", 11),
    ("owner", "owner", "NOUN", "NN", "nsubj", 13),
    ("never", "never", "ADV", "RB", "neg", 13),
    ("rebuilt", "rebuild", "VERB", "VBD", "ccomp", 6),
    ("it", "it", "PRON", "PRP", "dobj", 13),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def _near_miss(replace: dict[int, tuple]) -> list[tuple]:
    """TAIL_AS_NOUN with some tokens replaced (index -> token tuple)."""
    return [replace.get(i, t) for i, t in enumerate(TAIL_AS_NOUN)]


# the same misreading, each with one thing that makes the tail no report
NOT_A_SOURCE = _near_miss({9: ("ferries", "ferry", "NOUN", "NNS", "npadvmod", 1)})  # 'ferries from the health office show'
# 'Fuel ran out at two clinics, as aid workers fear.': what an 'as' aside holds is the verb
# rules' to read (here the clause, not the sentence); misread, the tail rule leaves it
AS_ASIDE = [
    ("Fuel", "fuel", "NOUN", "NN", "nsubj", 1),
    ("ran", "run", "VERB", "VBD", "ROOT", 1),
    ("out", "out", "ADP", "RP", "prt", 1),
    ("at", "at", "ADP", "IN", "prep", 1),
    ("two", "two", "NUM", "CD", "nummod", 5),
    ("clinics", "clinic", "NOUN", "NNS", "pobj", 3),
    (",", ",", "PUNCT", ",", "punct", 1),
    ("as", "as", "SCONJ", "IN", "prep", 1),
    ("aid", "aid", "NOUN", "NN", "compound", 9),
    ("workers", "worker", "NOUN", "NNS", "compound", 10),
    ("fear", "fear", "NOUN", "NN", "pobj", 7),
    (".", ".", "PUNCT", ".", "punct", 1),
]
A_NAME_NOT_A_VERB = _near_miss({14: ("Show", "Show", "PROPN", "NNP", "pobj", 10)})  # 'the Health Office Show'
A_SPEAKER_NOT_A_CUE = _near_miss({14: ("judge", "judge", "NOUN", "NN", "pobj", 10)})  # '..., figures from the office judge'


@pytest.mark.parametrize(
    "tokens, expected",
    [
        (TAIL_AS_NOUN, [("show", "figures from the health office", ["Fuel ran out at two clinics last week"], SPEECH)]),
        (TAIL_BETWEEN_COMMAS, [("show", "records", ["The mayor", "paid no tax for six years"], SPEECH)]),
        (TAIL_BEFORE_NEW_CLAUSE, [("show", "records", ["The ferry", "sank in 1921"], SPEECH)]),
    ],
)
def test_a_tail_the_parser_misread_reports_the_sentence(tokens, expected):
    assert cues(tokens) == expected


def test_a_tail_before_a_conjunction_reports_the_clause_before_it():
    found = cues(TAIL_BEFORE_CONJUNCTION)
    assert ("show", "records", ["The jet was insured for 9 million euros"], SPEECH) in found
    assert ("say", "experts", ["it is worth less"], SPEECH) in found  # the verb rule's, unchanged


@pytest.mark.parametrize("tokens", [NOT_A_SOURCE, AS_ASIDE, A_NAME_NOT_A_VERB, A_SPEAKER_NOT_A_CUE])
def test_a_tail_needs_a_source_and_a_verb(tokens):
    assert cues(tokens) == []


def _attributions(nlp, text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = nlp(text)
    return [(a.cue.text if a.cue else "", a.source.text if a.source else None, [c.text for c in a.contents])
            for a in doc._.sourcebook_attributions]


@pytest.mark.parametrize(
    "text, source",
    [
        ('"There is no more grain in the stores." - Mara Quell, the depot manager\n', "Mara Quell"),
        ('"There is no more grain in the stores." \u2014 Mara Quell, depot manager.\n', "Mara Quell"),
        ('"There is no more grain in the stores." \u2013 Mara Quell\n', "Mara Quell"),
    ],
)
def test_a_quotation_signed_after_a_dash_by_a_name_and_role(nlp, text, source):
    found = _attributions(nlp, text)
    assert [(s, c) for _, s, c in found] == [(source, ["There is no more grain in the stores"])], found


def test_a_dash_before_more_sentence_is_no_signature(nlp):
    found = _attributions(nlp, '"There is no more grain in the stores." - Mara Quell, who ran the depot, said it twice.\n')
    assert all(s != "Mara Quell" or cue != "-" for cue, s, _ in found), found


def test_a_name_and_role_before_a_colon_open_a_quotation(nlp):
    text = 'Mara Quell, the depot\'s manager: "There is no more grain in the stores."\n'
    found = _attributions(nlp, text)
    assert [(cue, s) for cue, s, _ in found] == [(":", "Mara Quell, the depot's manager")], found
    assert "There is no more grain in the stores" in found[0][2][0]


def test_a_name_and_a_clause_before_a_colon_are_no_speaker(nlp):
    # a verb in the words after the name: a sentence, not a speaker and role
    text = "Mara Quell, who ran the depot for years, had one rule: nothing leaves without a receipt.\n"
    assert not any(cue == ":" for cue, _, _ in _attributions(nlp, text))


# 'The vote signals the end of the union, said Ana Ruiz, the mayor.': 'signals' read as a noun
# made the clause before the comma a noun phrase and a second subject of 'said'
INVERTED_WITH_A_SUBJECT_BEFORE = [
    ("The", "the", "DET", "DT", "det", 1),
    ("vote", "vote", "NOUN", "NN", "nsubj", 9),
    ("signals", "signal", "NOUN", "NNS", "compound", 1),
    ("the", "the", "DET", "DT", "det", 4),
    ("end", "end", "NOUN", "NN", "appos", 1),
    ("of", "of", "ADP", "IN", "prep", 4),
    ("the", "the", "DET", "DT", "det", 7),
    ("union", "union", "NOUN", "NN", "pobj", 5),
    (",", ",", "PUNCT", ",", "punct", 9),
    ("said", "say", "VERB", "VBD", "ROOT", 9),
    ("Ana", "Ana", "PROPN", "NNP", "compound", 11),
    ("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 9),
    (",", ",", "PUNCT", ",", "punct", 11),
    ("the", "the", "DET", "DT", "det", 14),
    ("mayor", "mayor", "NOUN", "NN", "appos", 11),
    (".", ".", "PUNCT", ".", "punct", 9),
]
# 'Lee, in an interview, said his jet was fine.': the cue's own subject stops before the
# phrase between it and the comma; the parser's misplaced subject after the cue is the content's
OWN_SUBJECT_BEFORE_A_PHRASE = [
    ("Lee", "Lee", "PROPN", "NNP", "nsubj", 6),
    (",", ",", "PUNCT", ",", "punct", 0),
    ("in", "in", "ADP", "IN", "prep", 6),
    ("an", "an", "DET", "DT", "det", 4),
    ("interview", "interview", "NOUN", "NN", "pobj", 2),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("said", "say", "VERB", "VBD", "ROOT", 6),
    ("his", "his", "PRON", "PRP$", "poss", 8),
    ("jet", "jet", "NOUN", "NN", "nsubj", 6),
    ("was", "be", "AUX", "VBD", "ccomp", 6),
    ("fine", "fine", "ADJ", "JJ", "acomp", 9),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_an_inverted_cue_clause_has_its_subject_after_it():
    assert cues(INVERTED_WITH_A_SUBJECT_BEFORE) == [
        ("said", "Ana Ruiz, the mayor", ["The vote signals the end of the union"], SPEECH)]


def test_a_subject_before_a_phrase_stays_the_cues():
    found = cues(OWN_SUBJECT_BEFORE_A_PHRASE)
    assert [(cue, source) for cue, source, _, _ in found] == [("said", "Lee")]


# 'Her message to donors: "Please do not forget us."': a noun of saying with a possessor, a
# short phrase, a colon and what was said, with no verb
VERBLESS_COLON = [
    ("Her", "her", "PRON", "PRP$", "poss", 1),
    ("message", "message", "NOUN", "NN", "ROOT", 1),
    ("to", "to", "ADP", "IN", "prep", 1),
    ("donors", "donor", "NOUN", "NNS", "pobj", 2),
    (":", ":", "PUNCT", ":", "punct", 1),
    ("Please", "please", "INTJ", "UH", "intj", 8),
    ("do", "do", "AUX", "VBP", "aux", 8),
    ("not", "not", "PART", "RB", "neg", 8),
    ("forget", "forget", "VERB", "VB", "acl", 1),
    ("us", "we", "PRON", "PRP", "dobj", 8),
    (".", ".", "PUNCT", ".", "punct", 1),
]
# 'Her words were blunt: the road stays shut.': one adjective between the copula and the colon
COPULA_ADJECTIVE_COLON = [
    ("Her", "her", "PRON", "PRP$", "poss", 1),
    ("words", "word", "NOUN", "NNS", "nsubj", 2),
    ("were", "be", "AUX", "VBD", "ROOT", 2),
    ("blunt", "blunt", "ADJ", "JJ", "acomp", 2),
    (":", ":", "PUNCT", ":", "punct", 2),
    ("the", "the", "DET", "DT", "det", 6),
    ("road", "road", "NOUN", "NN", "nsubj", 7),
    ("stays", "stay", "VERB", "VBZ", "parataxis", 2),
    ("shut", "shut", "ADJ", "JJ", "acomp", 7),
    (".", ".", "PUNCT", ".", "punct", 2),
]
# 'She sent her message to donors: please give.': the verb's object, no opening noun phrase
SENT_HER_MESSAGE = [
    ("She", "she", "PRON", "PRP", "nsubj", 1),
    ("sent", "send", "VERB", "VBD", "ROOT", 1),
    ("her", "her", "PRON", "PRP$", "poss", 3),
    ("message", "message", "NOUN", "NN", "dobj", 1),
    ("to", "to", "ADP", "IN", "prep", 3),
    ("donors", "donor", "NOUN", "NNS", "pobj", 4),
    (":", ":", "PUNCT", ":", "punct", 1),
    ("please", "please", "INTJ", "UH", "intj", 8),
    ("give", "give", "VERB", "VB", "parataxis", 1),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_a_possessors_noun_of_saying_before_a_colon():
    assert cues(VERBLESS_COLON) == [("message", "Her", ["Please do not forget us"], SPEECH)]
    assert cues(COPULA_ADJECTIVE_COLON) == [("words were", "Her", ["the road stays shut"], SPEECH)]
    assert not any(cue == "message" for cue, _, _, _ in cues(SENT_HER_MESSAGE))


@pytest.mark.parametrize(
    "text, content",
    [
        ("\u00abIl faut agir\u00bb, the mayor said.", "Il faut agir"),
        ('"It is over", he said, "and we know it."', "It is over"),
        ("The talks ended. \u201cPlus jamais\u201d, she said.", "Plus jamais"),
    ],
)
def test_a_comma_after_the_closing_mark(nlp, text, content):
    found = _attributions(nlp, text)
    assert any(cue == "said" and content in contents for cue, _, contents in found), found


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a title, and a word quoted inside a sentence, are no statements of the cue's
        ('With the help of "The Long Table", the actor asked diners to swap seats.', "The Long Table"),
        ('Avoid words like "maybe" and "perhaps", he told reporters.', "perhaps"),
    ],
)
def test_a_quotation_inside_a_sentence_is_not_the_cues(nlp, text, quoted):
    found = _attributions(nlp, text)
    assert not any(quoted in contents for _, _, contents in found), found


# 'The pumps failed twice, he told reporters.': the parser hung 'told' on 'failed' as a second
# verb of one clause, so no rule finds the cue a complement; its tail reads the clause before it
TOLD_AS_CONJUNCT = [
    ("The", "the", "DET", "DT", "det", 1),
    ("pumps", "pump", "NOUN", "NNS", "nsubj", 2),
    ("failed", "fail", "VERB", "VBD", "ROOT", 2),
    ("twice", "twice", "ADV", "RB", "advmod", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("he", "he", "PRON", "PRP", "nsubj", 6),
    ("told", "tell", "VERB", "VBD", "conj", 2),
    ("reporters", "reporter", "NOUN", "NNS", "dobj", 6),
    (".", ".", "PUNCT", ".", "punct", 2),
]
# 'The pumps failed, his aide, Ana Ruiz, told reporters.': the same, the source a role and a name
NAME_AND_ROLE_TOLD = [
    ("The", "the", "DET", "DT", "det", 1),
    ("pumps", "pump", "NOUN", "NNS", "nsubj", 2),
    ("failed", "fail", "VERB", "VBD", "ROOT", 2),
    (",", ",", "PUNCT", ",", "punct", 2),
    ("his", "his", "PRON", "PRP$", "poss", 5),
    ("aide", "aide", "NOUN", "NN", "nsubj", 10),
    (",", ",", "PUNCT", ",", "punct", 5),
    ("Ana", "Ana", "PROPN", "NNP", "compound", 8),
    ("Ruiz", "Ruiz", "PROPN", "NNP", "appos", 5),
    (",", ",", "PUNCT", ",", "punct", 5),
    ("told", "tell", "VERB", "VBD", "conj", 2),
    ("reporters", "reporter", "NOUN", "NNS", "dobj", 10),
    (".", ".", "PUNCT", ".", "punct", 2),
]


def _swap(tokens, at: int, row: tuple) -> list[tuple]:
    return [row if i == at else t for i, t in enumerate(tokens)]


def _extracted(tokens) -> list[tuple[str, str | None, list[str]]]:
    """The rules' records of a hand-built parse (no ranker: its threshold is not under test)."""
    extractor = Extractor(lexicon())
    extractor.ranker = Ranker(extractor.lex, path=None)
    return [(a.cue.text if a.cue else "", a.source.text if a.source else None, [c.text for c in a.contents])
            for a in extractor(parse(tokens))]


@pytest.mark.parametrize(
    "tokens, expected",
    [
        (TOLD_AS_CONJUNCT, [("told", "he", ["The pumps failed twice"])]),
        (NAME_AND_ROLE_TOLD, [("told", "his aide, Ana Ruiz", ["The pumps failed"])]),
    ],
)
def test_a_tail_with_whom_it_was_told_reports_the_clause_before_it(tokens, expected):
    assert _extracted(tokens) == expected


@pytest.mark.parametrize(
    "tokens",
    [
        _swap(TOLD_AS_CONJUNCT, 7, ("jokes", "joke", "NOUN", "NNS", "dobj", 6)),  # 'he told jokes': a thing told
        _swap(TOLD_AS_CONJUNCT, 2, ("failed", "fail", "VERB", "VBD", "advcl", 6)),  # 'When the pumps failed, ...'
        # 'The pumps failed, his aide, the plant, told reporters': no name among the pieces
        _swap(NAME_AND_ROLE_TOLD, 8, ("plant", "plant", "NOUN", "NN", "appos", 5)),
    ],
)
def test_a_tail_needs_whom_it_was_told_and_a_clause_of_its_own(tokens):
    assert _extracted(tokens) == []


@pytest.mark.parametrize(
    "text, content",
    [
        # the words after the cue clause are the writer's: the quotation closed before it
        ("\u201cTell her I promised you a picture,\u201d Ebeling said, and her husband cut in.",
         ["Tell her I promised you a picture"]),
        ("\"It is over,\" Mira Dahl said, and walked out of the hall.", ["It is over"]),
        # a quotation after the cue clause is more of what was said
        ("\"The plan,\" he said, \"is dead.\"", ["The plan", "is dead"]),
        # a noun phrase after the cue clause, set beside the report, is the writer's comment on it
        ("The strike will go ahead on Monday, the union said, a move that could close every port in the country.",
         ["The strike will go ahead on Monday"]),
        # the rest of a clause the cue clause interrupts is more of the report
        ("The plan, he said, is dead.", ["The plan", "is dead"]),
    ],
)
def test_what_follows_a_cue_clause(nlp, text, content):
    found = [r for r in _attributions(nlp, text) if r[0] == "said"]
    assert [r[2] for r in found] == [content]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The coach was blunt: 'We were not good enough.'", [("was blunt:", "The coach", ["We were not good enough"])]),
        ('The minister was defiant: "I will not resign."', [("was defiant:", "The minister", ["I will not resign"])]),
        # no quotation after the colon: the writer's own words
        ("The coach was blunt: the team was not good enough.", []),
        # a subject that cannot speak
        ('The mood was grim: "Nothing is left."', []),
    ],
)
def test_a_speaker_and_the_manner_of_a_quotation_before_a_colon(nlp, text, expected):
    assert [r for r in _attributions(nlp, text) if r[0].endswith(":")] == expected


def test_a_report_the_parser_read_as_a_second_subject_of_its_cue(nlp):
    # 'held' read as a participle of 'barrier', which the parser made a subject of 'said'
    text = ("The new flood barrier on the River Aln held overnight as water levels reached a record 5.2 metres, "
            "the environment agency said on Sunday, sparing the centre of Hexby from the worst of the flooding.")
    said = [a for a in nlp(text)._.sourcebook_attributions if a.cue is not None and a.cue.text == "said"]
    assert [(a.source.text, [c.text for c in a.contents]) for a in said] == [
        ("the environment agency",
         ["The new flood barrier on the River Aln held overnight as water levels reached a record 5.2 metres"])]
