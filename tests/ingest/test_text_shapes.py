"""Text shapes made plain as an article is read, before anything parses it (the fifty-ninth session's
check of text shapes, ``tests/nlp/test_probe_findings_59_shapes``): a wrapper's or a '<br>''s line break
inside a sentence (``wraps``), a page's '<q>' elements (``inline_quotes``), double primes and zero-width
characters (``marks``), mojibake (``mojibake``)."""

from __future__ import annotations

import pytest

from sourcebook.ingest.inline_quotes import marked_quotes
from sourcebook.ingest.marks import plain_marks
from sourcebook.ingest.mojibake import repaired
from sourcebook.ingest.wraps import unwrapped

WRAPPED = ("Residents say blasting at the quarry has cracked the walls of at least\n"
           "nine cottages since the spring, and that the council knew of it.\n\n"
           "\"The whole house shakes,\" said Janet Murray, who has lived there all\n"
           "her life.\n")


def test_a_wrappers_breaks_become_spaces():
    """'at least\\nnine cottages': the next line's first word would have run past the width; the break
    after a paragraph's short last line and the blank line stay, and the text keeps its length."""
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "at least nine cottages" in text and "lived there all her life.\n" in text and "knew of it.\n\n" in text


@pytest.mark.parametrize("text", [
    # a page read to text: one line a paragraph, longer than any wrapper's width
    "Headline of the story\n\n" + "The council said on Monday that the road would close for repairs. " * 3 + "\n\nMore.\n",
    # a short page read to text, one line a paragraph, each ending a sentence; a byline's short lines
    "Rail strike called off\nThe union said on Monday that the strike planned for Friday would not go ahead.\n"
    "Talks will resume next week, a spokesman for the rail operator said.\nPassengers should check before they"
    " travel on the day.\n",
    "By Jane Doe\nPolitics reporter\nLondon\nThe union said on Monday that the strike would not go ahead.\n",
    # a list of short items and a dialogue's dashes: the writer's own breaks
    "The union wants:\n- a pay rise of five per cent for every driver this year\n- no split shifts\n- a canteen\n",
    "- We will stay in the harbour until the quota is back, said the leader.\n- Nobody has offered us a thing,\n"
    "- said another.\n",
])
def test_a_writers_breaks_stay(text):
    assert unwrapped(text) == text


def test_an_indent_opens_a_paragraph_of_wrapped_lines():
    """A paragraph set apart by its indent only keeps the break before the indent."""
    text = ("    The first paragraph runs on to a second line that is broken by the\n"
            "wrapper here, and on to a third line that the same wrapper broke too\n"
            "at its width.\n    The second paragraph.\n")
    assert unwrapped(text) == text.replace("the\nwrapper", "the wrapper").replace("too\nat", "too at")


@pytest.mark.parametrize(("text", "plain"), [
    ("\u2033Most of us are pensioners,\u2033 said Penn.", '"Most of us are pensioners," said Penn.'),
    ("a 12\u2033 record and a 5\u203211\u2033 player", "a 12\u2033 record and a 5\u203211\u2033 player"),
    ("\u201cWe are glad,\u201d\ufeff said Bain of the \u00a3\u20602.3m\u200b roof.",
     "\u201cWe are glad,\u201d said Bain of the \u00a32.3m roof."),
    # a CMS's line and paragraph separators are a line break and a blank line
    ("Ferry fares rise\u2029The port's director, Ada Kell,\u2028said fares would rise.",
     "Ferry fares rise\n\nThe port's director, Ada Kell,\nsaid fares would rise."),
])
def test_quotation_primes_and_zero_width_characters_made_plain(text, plain):
    assert plain_marks(text, "en") == plain


@pytest.mark.parametrize(("html", "marked"), [
    ("<p><q>We left</q>, she said.</p>", "<p>\u201cWe left\u201d, she said.</p>"),
    ("<q cite='x'>He said <Q>wait</Q> twice</q>", "\u201cHe said \u2018wait\u2019 twice\u201d"),
    ("a stray </q> and <quote>no q</quote>", "a stray  and <quote>no q</quote>"),
])
def test_a_quotation_element_is_marked(html, marked):
    assert marked_quotes(html) == marked


@pytest.mark.parametrize(("text", "read"), [
    ("\u00e2\u20ac\u0153We stay,\u00e2\u20ac\x9d said Jos\u00c3\u00a9 Ju\u00c3\u00a1rez",
     "\u201cWe stay,\u201d said Jos\u00e9 Ju\u00e1rez"),
    # a closing mark that lost its last byte is one, but not before a word (a hyphen's: 'real\u2010world')
    ("\u00e2\u20ac\u0153We stay,\u00e2\u20ac\ufffd said Lena, in the real\u00e2\u20ac\ufffdworld",
     "\u201cWe stay,\u201d said Lena, in the real\u00e2\u20ac\ufffdworld"),
    # text in no mojibake stays as it is: a German word's end before its closing mark, 'S\u00e3o Paulo'
    ("\u201eDas ist gro\u00df\u201c, sagte er in S\u00e3o Paulo.", "\u201eDas ist gro\u00df\u201c, sagte er in S\u00e3o Paulo."),
])
def test_mojibake_is_read_back(text, read):
    assert repaired(text) == read
