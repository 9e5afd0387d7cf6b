"""Word lists whose entries must be in the form their lookup compares, so no entry is dead.

``mute_subjects.txt``, ``creature_nouns.txt`` and ``keeping_nouns.txt`` are read only on a token's
lemma (``mute.py``, ``objects.py``, ``phrases.py``): a plural there ('eyes', lemma 'eye') or a
hyphenated word the tokenizer splits ('sat-nav') could never match. The verb lists read on the lemma
hold both spellings of an '-ize' verb, as the lemmatiser keeps the writer's ('criticised': 'criticise').
``name_nouns.txt`` and the lemma test of ``armed_subjects.txt`` compare the lower form too ('alias' has
the lemma 'alia'; 'troops' the lemma 'troop'). Sentences of the fixed entries:
``test_probe_findings_54_lex``."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.lexicon import lexicon

#: lists compared on a noun's lemma alone
LEMMA_NOUN_LISTS = ("mute_subjects", "creature_nouns", "keeping_nouns")
#: verb lists compared on the lemma alone
LEMMA_VERB_LISTS = ("speech", "belief", "stance_object", "as_passive", "figure_verbs")


@pytest.mark.parametrize("name", LEMMA_NOUN_LISTS)
def test_a_noun_list_read_on_the_lemma_holds_lemmas(nlp, name):
    words = sorted(getattr(lexicon(), name))
    docs = nlp.pipe(f"the {word}" for word in words)
    dead = [(word, " ".join(t.lemma_.lower() for t in doc[1:])) for word, doc in zip(words, docs, strict=True)
            if len(doc) != 2 or doc[1].lemma_.lower() != word]
    assert not dead


@pytest.mark.parametrize("name", LEMMA_VERB_LISTS)
def test_a_verb_list_read_on_the_lemma_holds_both_spellings_of_an_ize_verb(name):
    words = getattr(lexicon(), name)
    ize = [word for word in words if word.endswith(("ize", "yze")) and len(word) > 5]
    assert [word for word in ize if word[:-2] + "se" not in words] == []
