"""Where a verb's content goes on past the end its rules gave it (``content.finished_contents``): over a list
its last word opens ('backed raising wages, limiting overtime and X': ``series_ends``), an infinitive right
after it ('see him as an asset to help X': ``infinitive_ends``) and a phrase set off to narrow its last words
('heard fears from families, especially children': ``focus_ends``); and a content that is the first of a
list of clauses the parser cut off from the rest ('said the shop had closed, the doctor had left and X': ``clause_lists``)."""

from __future__ import annotations

from spacy.tokens import Token

from .clause_lists import listed_clauses
from .focus_ends import focus_end
from .infinitive_ends import infinitive_end
from .lexicon import Lexicon
from .series_ends import series_end


def run_on_end(lex: Lexicon, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` grown over what goes on with it (see the module)."""
    return focus_end(lex, verb, series_end(verb, infinitive_end(verb, span)))


def run_on_ends(lex: Lexicon, verb: Token, contents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``contents`` with a list of clauses made one (``clause_lists``) and the last span grown (``run_on_end``)."""
    contents = listed_clauses(lex, verb, contents)
    return contents[:-1] + [run_on_end(lex, verb, c) for c in contents[-1:]]
