"""The entity menders' words found without a walk of every word (helper Q, speed): the words under 'as',
'call' or 'name' (``given_names.under_naming_words``, which ``entities.with_called_people`` reads), the roles
written with a capital (``surnamed_titles``) and a surname searched in plain text before its pattern. Every
sentence is written for the test."""

from __future__ import annotations

from sourcebook.nlp.attribution.given_names import under_naming_words
from sourcebook.nlp.attribution.surnamed_titles import _alone, _capitalised
from sourcebook.nlp.attribution.tables import words_of


def test_the_words_under_naming_words(nlp):
    doc = nlp("One porter, who gave his name only as Tamsin, said the inn had hired a cook named Bertrand.")
    found = [doc[i].text for i in under_naming_words(doc)]
    assert "Tamsin" in found and "Bertrand" in found
    assert found == sorted(found, key=lambda w: next(t.i for t in doc if t.text == w))
    assert all(doc[i].head.lower_ == "as" or doc[i].head.lemma_.lower() in ("call", "name") for i in under_naming_words(doc))


def test_no_naming_word_no_words(nlp):
    doc = nlp("The ferry left the harbour late on Tuesday.")
    assert under_naming_words(doc) == []


def test_roles_written_with_a_capital(nlp):
    doc = nlp("Warden Lucan Brightwater-Oyelaran opened the hall, the warden said. Brightwater-Oyelaran smiled.")
    roles = frozenset(["warden", "porter"])
    assert _capitalised(words_of(doc), roles) == frozenset(["warden"])
    doc = nlp("The warden said the hall was open.")
    assert _capitalised(words_of(doc), roles) == frozenset()


def test_a_surname_alone_outside_the_name():
    text = "Ada Quillfeather spoke. Quillfeather left. Quillfeathers flew."
    assert _alone(text, "Quillfeather", 0, 16)  # ('Quillfeather left')
    assert not _alone("Ada Quillfeather spoke. Quillfeathers flew.", "Quillfeather", 0, 16)  # (a longer word only)
    assert not _alone("Ada Quillfeather spoke.", "Quillfeather", 4, 16)
