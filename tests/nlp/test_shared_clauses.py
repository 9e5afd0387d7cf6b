"""What belongs to a reported clause when the parser hangs a word on the wrong head (issue 12,
eighteenth pass), pinned on hand-built parses so the tests hold whatever the parser does."""

from __future__ import annotations

from test_cue_rules import cues

# 'According to the poll, the senator is once again leading.' with the phrase hung on the
# auxiliary: the clause is the auxiliary's verb, not the auxiliary alone
ACCORDING_ON_AUXILIARY = [
    ("According", "accord", "VERB", "VBG", "prep", 7),
    ("to", "to", "ADP", "IN", "prep", 0),
    ("the", "the", "DET", "DT", "det", 3),
    ("poll", "poll", "NOUN", "NN", "pobj", 1),
    (",", ",", "PUNCT", ",", "punct", 10),
    ("the", "the", "DET", "DT", "det", 6),
    ("senator", "senator", "NOUN", "NN", "nsubj", 10),
    ("is", "be", "AUX", "VBZ", "aux", 10),
    ("once", "once", "ADV", "RB", "advmod", 9),
    ("again", "again", "ADV", "RB", "advmod", 10),
    ("leading", "lead", "VERB", "VBG", "ROOT", 10),
    (".", ".", "PUNCT", ".", "punct", 10),
]

# 'Cole said he has not held dinners and never called a donor.': 'called' shares the clause's
# 'has', so it is the clause's second verb, not Cole's second report
PERFECT_SHARED = [
    ("Cole", "Cole", "PROPN", "NNP", "nsubj", 1),
    ("said", "say", "VERB", "VBD", "ROOT", 1),
    ("he", "he", "PRON", "PRP", "nsubj", 5),
    ("has", "have", "AUX", "VBZ", "aux", 5),
    ("not", "not", "PART", "RB", "neg", 5),
    ("held", "hold", "VERB", "VBN", "ccomp", 1),
    ("dinners", "dinner", "NOUN", "NNS", "dobj", 5),
    ("and", "and", "CCONJ", "CC", "cc", 5),
    ("never", "never", "ADV", "RB", "neg", 9),
    ("called", "call", "VERB", "VBN", "conj", 5),
    ("a", "a", "DET", "DT", "det", 11),
    ("donor", "donor", "NOUN", "NN", "oprd", 9),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def test_according_to_hung_on_an_auxiliary_sources_the_whole_clause():
    found = cues(ACCORDING_ON_AUXILIARY)
    assert [(cue, source, contents) for cue, source, contents, _ in found] == [
        ("According to", "the poll", ["the senator is once again leading"])]


def test_a_participle_sharing_the_clauses_perfect_is_part_of_the_report():
    found = {cue: (source, contents) for cue, source, contents, _ in cues(PERFECT_SHARED)}
    assert found["said"] == ("Cole", ["he has not held dinners and never called a donor"])
    assert found.get("never called", (None,))[0] != "Cole"  # at most the clause's own (nested) verb


def test_a_second_verb_in_the_cues_own_tense_is_still_a_second_report():
    # 'Cole said he held dinners and called the donors liars.': no shared auxiliary, past like 'said'
    tokens = [
        ("Cole", "Cole", "PROPN", "NNP", "nsubj", 1),
        ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("he", "he", "PRON", "PRP", "nsubj", 3),
        ("held", "hold", "VERB", "VBD", "ccomp", 1),
        ("dinners", "dinner", "NOUN", "NNS", "dobj", 3),
        ("and", "and", "CCONJ", "CC", "cc", 3),
        ("accused", "accuse", "VERB", "VBD", "conj", 3),
        ("the", "the", "DET", "DT", "det", 8),
        ("donors", "donor", "NOUN", "NNS", "dobj", 6),
        ("of", "of", "ADP", "IN", "prep", 6),
        ("lies", "lie", "NOUN", "NNS", "pobj", 9),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    found = {cue: (source, contents) for cue, source, contents, _ in cues(tokens)}
    assert found["said"] == ("Cole", ["he held dinners"])
    assert found["accused"][0] == "Cole"
