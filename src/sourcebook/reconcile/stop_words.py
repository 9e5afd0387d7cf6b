"""The stop words left out of the words that group articles into stories (``stories.py``):
scikit-learn's English list (``ENGLISH_STOP_WORDS``), read from the installed scikit-learn's
source file without importing the package, whose import took about a second of every build.
Not a lexicon word list: it is scikit-learn's, kept as scikit-learn ships it, and it repeats
number words that the lexicon keeps in ``numbers.json`` only.
``tests/reconcile/test_story_terms.py`` compares it with scikit-learn's public constant.
"""

from __future__ import annotations

import ast
import importlib.util
from functools import cache
from pathlib import Path

__all__ = ["stop_words"]

_NAME = "ENGLISH_STOP_WORDS"


@cache
def stop_words() -> frozenset[str]:
    """scikit-learn's English stop words: the literal in its ``_stop_words.py`` when that file
    is where this version keeps it, else the public constant (importing scikit-learn)."""
    found = _read_literal()
    if found is not None:
        return found
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # the slow, public way

    return frozenset(ENGLISH_STOP_WORDS)


def _read_literal() -> frozenset[str] | None:
    spec = importlib.util.find_spec("sklearn")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "feature_extraction" / "_stop_words.py"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == _NAME
                and isinstance(node.value, ast.Call) and node.value.args):
            try:
                words = ast.literal_eval(node.value.args[0])
            except ValueError:
                return None
            if isinstance(words, (list, tuple, set)) and all(isinstance(w, str) for w in words):
                return frozenset(words)
    return None
