"""Where a verb's content goes on past the end its rules gave it (``content.finished_contents``): over a list
its last word opens ('backed raising wages, limiting overtime and X': ``series_ends``), an infinitive right
after it ('see him as an asset to help X': ``infinitive_ends``) and a phrase set off to narrow its last words
('heard fears from families, especially children': ``focus_ends``)."""

from __future__ import annotations

from spacy.tokens import Token

from .focus_ends import focus_end
from .infinitive_ends import infinitive_end
from .lexicon import Lexicon
from .series_ends import series_end


def run_on_end(lex: Lexicon, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` grown over what goes on with it (see the module)."""
    return focus_end(lex, verb, series_end(verb, infinitive_end(verb, span)))
