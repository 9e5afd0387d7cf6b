"""The re-cased headline's parse (``build._headline``), its entities found only where a report can be.

The entity recognizer takes about two fifths of a short line's parse, and a Title-Cased headline is
parsed again for every article that has one. The rules find a report in a line only at a cue word (a
form or a lemma ``CueRules.find`` tries), a colon (``markers.colon_cue``) or a dash (``dash_sources``),
none of which the entities change; so a line with none of them ('Small Steps Toward College Savings')
is parsed without the recognizer and gives no report, and any other line gets its entities from the
recognizer run on that parse, the pipeline's last step before the extractors, which writes entities
only: the same Doc as a parse with them, the recognizer's time spent on fewer lines.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .reread import parsed
from .tables import words_of

#: the marks a line's report may stand at with no cue word: a colon's ('Pence: X') and a dash's ('X - Minister')
_MARKS = frozenset([":", "-", "\u2013", "\u2014"])


def headline_parse(nlp, rules, line: str) -> Doc | None:
    """``line`` parsed up to the extractors with its entities (``reread.parsed``); None when it holds no
    cue word of ``rules`` (``reported.CueRules``) and no colon or dash, where no rule can find a report."""
    doc = parsed(nlp, line, entities=False)
    words, forms, lemmas = words_of(doc), rules.cue_forms, rules.cue_lemmas
    if _MARKS.isdisjoint(words.text) and not any(
            lower in forms or lemma.lower() in lemmas for lower, lemma in zip(words.lower, words.lemma, strict=True)):
        return None
    return _with_entities(nlp, doc, line)


def _with_entities(nlp, doc: Doc, line: str) -> Doc:
    """``doc`` (``line`` parsed without the entity recognizer) with its entities: the recognizers run on it
    when nothing but recognizers follows the first of them before the extractors (nothing after them reads
    or changes what they write), else ``line`` parsed again whole."""
    from spacy.pipeline import EntityRecognizer

    from .build import EXTRACTORS  # (build imports this module)

    steps = []
    for name, proc in nlp.pipeline:
        if name in EXTRACTORS:
            break
        steps.append(proc)
    first = next((k for k, proc in enumerate(steps) if isinstance(proc, EntityRecognizer)), len(steps))
    if not all(isinstance(proc, EntityRecognizer) for proc in steps[first:]):
        return parsed(nlp, line)
    for proc in steps[first:]:
        doc = proc(doc)
    return doc
