"""One set of nouns that can head a source (`Lexicon.speaking_nouns`): the subject check of the
cue rules (`verbs.source_like`) and the speaker resolver read the same words, from every list
of people, groups, organisations and documents."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.syntax import source_like
from sourcebook.nlp.lexicon import word_set


def test_every_list_of_people_groups_and_documents_is_read():
    nouns = lexicon().speaking_nouns
    for name in ("kin_nouns", "group_role_nouns", "collective_nouns", "source_types/witness",
                 "source_types/document", "attribution/role_nouns", "attribution/source_nouns"):
        assert {w for w in word_set(name) if " " not in w} <= nouns, name


@pytest.mark.parametrize(
    "sentence, index, expected",
    [
        ("Her allies cheered the plan.", 1, True),  # source_nouns.txt
        ("His widow welcomed the ruling.", 1, True),  # kin_nouns.txt
        ("The plaintiffs welcomed the ruling.", 1, True),
        ("The editorial welcomed the ruling.", 1, True),
        ("The crowd welcomed the ruling.", 1, True),  # group_role_nouns.txt
        ("The consul welcomed the ruling.", 1, True),  # role_nouns.txt, fifty-first pass
        ("The synod welcomed the ruling.", 1, True),  # source_nouns.txt
        ("The memorandum welcomed the ruling.", 1, True),
        ("The landlady welcomed the ruling.", 1, True),
        # near misses: things neither say nor hold anything
        ("The ferry announced its arrival.", 1, False),
        ("The rain suggested that summer was over.", 1, False),
        ("The victory ended a string of defeats.", 1, False),
    ],
)
def test_source_like_knows_people_groups_and_documents(nlp, sentence, index, expected):
    token = nlp(sentence)[index]
    assert token.pos_ == "NOUN", (token.text, token.pos_)
    assert source_like(lexicon(), token) is expected
