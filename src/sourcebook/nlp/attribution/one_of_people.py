"""The people a lone 'one' speaks for, from the group phrase it is one of (``groups.one_of``).

'Letters from four tenants reached the council. "The lift is broken," one said.': the group the
sentence before is about is a thing sent or written by people, and 'one' is one of those people, the
ones after its preposition ('one of the four tenants', not 'one of the letters from four tenants';
so 'Photos from two visitors showed the flood. "It was terrible," one said': one of the two visitors).
'Ida Moss and Ben Ortiz ran the stall. "We sold out," one said.': names joined by 'and' take no
article ('one of Ida Moss and Ben Ortiz').
"""

from __future__ import annotations

from .lexicon import Lexicon

#: prepositions after a thing's noun that name the people who made or sent it
_MAKERS = frozenset(["from", "between", "by", "among"])


def people_words(lex: Lexicon, words: list[str]) -> tuple[list[str], bool]:
    """The words of the group 'one' is one of, and whether they take 'the' (names joined by 'and' do not)."""
    if len(words) > 2 and "and" in words and all(w == "and" or w[:1].isupper() for w in words):
        return words, False  # ('Ida Moss and Ben Ortiz')
    at = next((k for k, w in enumerate(words) if k > 0 and w.lower() in _MAKERS), None)
    if at is None or at + 1 >= len(words) or _people(lex, words[at - 1]):
        return words, True
    rest = words[at + 1 :]
    return (rest, True) if any(_people(lex, w) for w in rest) else (words, True)


def _people(lex: Lexicon, word: str) -> bool:
    """A noun for people ('tenants', 'visitors'), not a thing sent, filed or shown ('letters',
    'complaints', 'photos': nouns that may 'say' too, so the speaking nouns hold some of them)."""
    forms = {word.lower(), word.lower().removesuffix("s")}
    things = lex.written_nouns | lex.artefact_nouns | lex.speech_nouns | lex.document_nouns
    return bool(forms & lex.speaking_nouns) and not forms & things
