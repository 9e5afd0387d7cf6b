"""Whether a common noun that ends like a noun of people names one (``syntax.source_like``).

The endings alone made 'bluster', 'anger', 'shoulder' and 'microphone' look like people, so they could hold a
statement ('The microphone was clear that X'). An '-er' noun is a person's only as the agent noun of a verb the
pipeline's lemmatizer lists (``Lexicon.common_verbs``: 'organis-er', 'vot-er', 'run-n-er', 'speech-writ-er',
'caucus-go-er'), or when `unbuilt_holders.txt` lists it ('foreigner', 'others', 'the register'); an '-one' noun
only when listed ('someone', 'the young ones'; not 'phone', 'stone'). With no verb list (a pipeline whose lemmatizer
has no tables) every '-er' noun counts, as the endings did.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon

_LISTED = word_set("attribution/unbuilt_holders")


def person_ending(lex: Lexicon, word: str, token: Token | None = None) -> bool:
    """Whether ``word`` (a lemma or a form of ``token``, ending like a noun of people) can name someone by its
    ending; after a hyphen the tokenizer split off, with the word before it ('voice-over', 'caucus-goer')."""
    if word in _LISTED or token is not None and _joined(token) + word in _LISTED:
        return True
    if word.endswith(("one", "ones")):
        return False
    if not word.endswith(("er", "ers")) or not lex.common_verbs:
        return True
    noun = word.rsplit("-", 1)[-1].removesuffix("s")
    return any(_ends_in_verb(lex.common_verbs, stem) for stem in _stems(noun))


def _stems(noun: str) -> set[str]:
    """The verbs an '-er' noun may be built from: 'speak-er', 'vote-r', 'plann-er', 'carri-er', 'trafficker'."""
    bare = noun[:-2]
    stems = {bare, noun[:-1]}
    if len(bare) > 2 and bare[-1] == bare[-2]:
        stems.add(bare[:-1])
    if bare.endswith("i"):
        stems.add(bare[:-1] + "y")
    if bare.endswith("ck"):
        stems.add(bare[:-1])
    return stems


def _ends_in_verb(verbs: frozenset[str], stem: str) -> bool:
    """A verb, or a compound ending in one after a word of two letters or more ('speechwrite', 'onlook')."""
    return stem in verbs or any(stem[k:] in verbs for k in range(2, len(stem) - 1))


def _joined(token: Token) -> str:
    """The word and hyphen right before ``token`` with no space ('voice-' of 'voice-over'), else ''."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return ""
    return doc[token.i - 2].lower_ + "-"
