"""The fifty-sixth session's helper on speech records with no gold behind them (PolNeAR train): parse misreadings
that made a report of words nobody said. A participle on a counted noun read as a verb with the count for its
subject ('12 pledged delegates were at stake', ``modifier_participles.py``, ``modifier_participles.txt``); the
writer's 'All told, X' ('in all', ``set_phrases.all_told``); a participle of naming read as the sentence's verb
with the name and the rest of the sentence as its clause ('a group called Clean Votes is expanding',
``naming_participles.name_read_as_clause``); a quoted post closed by a hashtag that the parser split into a
sentence of its own, so the hashtag was the verb's subject and the poster its object ('"X. #Harbour," tweeted a
user', ``inverted._opens_quoted``); a clause before ', so' or ', but' and the next clause's subject read as
that clause's fronted content ('Turnout was low, but the party declared itself satisfied', ``joined_clauses.py``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


def _shown(nlp, text):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in records(nlp, text)]


@pytest.mark.parametrize("text", [
    "In Guam, 12 pledged delegates and four superdelegates were at stake.",
    "She has a wide lead in both pledged delegates and the popular vote.",
    "Twelve proposed rules were dropped by the board.",
    "All told, up to 3 million residents could qualify for the rebate.",
    "The storm flattened barns; all told, the repairs cost 4 million dollars.",
    "An anti-tax super PAC called Our Future is ramping up its operations.",
    "A small charity called Open Doors has doubled its staff.",
])
def test_a_misread_participle_or_set_phrase_gives_no_record(nlp, text):
    assert _shown(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('"Nobody listens to us anymore. #Harbour," tweeted a local user from Leeds going by the handle Mikko.',
     "tweeted", "a local user from Leeds going by the handle Mikko", "Nobody listens to us anymore. #Harbour"),
    ('"The ferry is late again. #Commute," tweeted one rider.', "tweeted", "one rider",
     "The ferry is late again. #Commute"),
])
def test_a_quoted_post_closed_by_a_hashtag_is_the_posters(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Two said taxes would rise.", "said", "Two", "taxes would rise"),
    ("Both pledged support for the levy.", "pledged", "Both", "support for the levy"),
    ("The mayor promised reforms.", "promised", "The mayor", "reforms"),
    ("All told reporters the plant would close.", "told", "All", "the plant would close"),
    ("The mayor called Smith a liar.", "called", "The mayor", "Smith a liar"),
    ('Trump called Obama "the founder of ISIS."', "called", "Trump", 'Obama "the founder of ISIS."'),
    ("The union called for a strike.", "called for", "The union", "a strike"),
])
def test_near_misses_stay_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_hashtag_opening_its_own_sentence_is_no_quotation(nlp):
    # (no quotation closed by it: what the account tweeted is the photo, as PolNeAR train marks 'tweeted a
    # photograph of X' since the seventieth pass, ``posted_pictures``)
    found = records(nlp, "Fans were angry. #Harbour tweeted a photo of the pier.")
    assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in found] == [
        ("tweeted", ["a photo of the pier"])]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Turnout was low, but the party declared itself satisfied.", "declared", "the party", "itself satisfied"),
    ("The fund ran dry, so the mayor announced that parking fees would rise.", "announced", "the mayor",
     "parking fees would rise"),
])
def test_a_clause_joined_by_so_or_but_is_no_fronted_content(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The levy is needed, the mayor said.", "said", "the mayor", "The levy is needed"),
    ('"We lost, so be it," she said.', "said", "she", "We lost, so be it"),
])
def test_a_fronted_report_without_a_joining_word_keeps_its_content(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there
