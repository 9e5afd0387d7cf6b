"""British spellings of the words the learnt models know in American spelling: PolNeAR, on which
the cue tagger (``tagger``, the one reader of this module) was trained, is American, so 'favour',
'honour' and 'rumour' are words it has not seen although 'favor', 'honor' and 'rumor' are
('Councillors spoke out in favour of the plan' had no candidate while 'in favor of' had one). A
word ending in '-our' reads as its '-or' form when that form is a word the model knows; no other
word changes ('hour', 'tour' stay, as their '-or' forms are no known word)."""

from __future__ import annotations

from collections.abc import Iterable


def british_forms(words: Iterable[str]) -> dict[str, str]:
    """The British '-our' spelling of each known word (a tagger key 'n:favor' or a bare lemma)
    ending in '-or', mapped to the known word: {'n:favour': 'n:favor'}."""
    return {word[:-2] + "our": word for word in words if word.endswith("or") and len(word.split(":")[-1]) > 3}

