"""The re-cased headline's parse (``build._headline``), its entities found only where a report can be.

The entity recognizer takes about two fifths of a short line's parse, and a Title-Cased headline is
parsed again for every article that has one. The rules find a report in a line only at a cue word (a
form or a lemma ``CueRules.find`` tries), a colon (``markers.colon_cue``) or a dash (``dash_sources``),
none of which the entities change; so a line with none of them ('Small Steps Toward College Savings')
is parsed without the recognizer and gives no report, and any other line gets its entities from the
recognizer run on that parse, the pipeline's last step before the extractors, which writes entities
only: the same Doc as a parse with them, the recognizer's time spent on fewer lines.

A line parsed alone pays each model's fixed cost per call (about 3 ms a line, two and a half times a
line's share of a batch's parse); so the attributions component's ``pipe`` has the headlines of a batch
of Docs parsed together before it reads them (``HeadlineParses.prepare``), and a Doc read alone (``nlp(text)``)
still has its line parsed alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .headline_subjects import HEAD_WORD, fold, recased
from .lemma_reach import may_hold
from .lexicon import Lexicon
from .reread import extraction_steps, through
from .tables import words_of

#: the marks a line's report may stand at with no cue word: a colon's ('Pence: X') and a dash's ('X - Minister')
_MARKS = frozenset([":", "-", "\u2013", "\u2014"])


def recased_headline(text: str, lex: Lexicon, words: tuple) -> str | None:
    """The first line of ``text`` with its cue and function words in lower case (``headline_subjects.recased``)
    when it is a Title-Cased headline of four words or more ('Clinton Says Trump Is Wrong'), else None;
    ``words`` are ``Extractor._words``."""
    end = text.find("\n")
    if end < 0 or end > 300:
        return None
    line, heads = text[:end], HEAD_WORD.findall(text[:end])
    content = [w for w in heads if w[0].isupper() or fold(w) not in lex.headline_function_words]  # 'Warns of X'
    if len(heads) < 4 or sum(w[0].isupper() for w in content) < 0.75 * len(content):
        return None
    line_recased = recased(line, words[1], words[2], words[0])  # ('Vows To Veto': 'vows to veto')
    return line_recased if len(line_recased) == len(line) else None


class HeadlineParses:
    """The parses of re-cased headlines (``headline_parses``), those of a batch of Docs made together by
    ``prepare`` and each handed out once; any other line is parsed when asked for."""

    def __init__(self, nlp, rules) -> None:
        self.nlp, self.rules = nlp, rules
        self._ready: dict[str, Doc | None] = {}

    def prepare(self, lines: list[str]) -> None:
        """Parse ``lines`` together, in place of those prepared before."""
        self._ready = {}
        lines = list(dict.fromkeys(lines))
        self._ready = dict(zip(lines, headline_parses(self.nlp, self.rules, lines), strict=True))

    def __call__(self, line: str) -> Doc | None:
        if line in self._ready:
            return self._ready.pop(line)  # (once: the rules may mend a parse they read)
        return headline_parses(self.nlp, self.rules, [line])[0]


def headline_parses(nlp, rules, lines: list[str]) -> list[Doc | None]:
    """Each of ``lines`` parsed up to the extractors with its entities (``reread.parsed``), or None when it
    holds no cue word of ``rules`` (``reported.CueRules``) and no colon or dash, where no rule can find a report."""
    steps = extraction_steps(nlp)
    forms, lemmas = rules.cue_forms, rules.cue_lemmas
    found: list[Doc | None] = [None] * len(lines)
    # (a line none of whose words can be a cue word whatever its parse, with no colon or dash, is not parsed:
    # ``lemma_reach``)
    made = [(k, doc) for k, doc in enumerate(nlp.make_doc(line) for line in lines)
            if not _MARKS.isdisjoint(t.text for t in doc) or may_hold(steps, doc, forms, lemmas)]
    docs = through(steps, [doc for _, doc in made], entities=False)
    cued = [k for (k, _), doc in zip(made, docs, strict=True) if not _MARKS.isdisjoint((words := words_of(doc)).text) or any(
        lower in forms or lemma.lower() in lemmas for lower, lemma in zip(words.lower, words.lemma, strict=True))]
    parsed = {k: doc for (k, _), doc in zip(made, docs, strict=True)}
    for k, doc in zip(cued, _with_entities(nlp, steps, [parsed[k] for k in cued], [lines[k] for k in cued]), strict=True):
        found[k] = doc
    return found


def headline_parse(nlp, rules, line: str) -> Doc | None:
    """``line`` alone through ``headline_parses``."""
    return headline_parses(nlp, rules, [line])[0]


def _with_entities(nlp, steps: list, docs: list[Doc], lines: list[str]) -> list[Doc]:
    """``docs`` (``lines`` parsed without the entity recognizer through ``steps``) with their entities: the
    recognizers run on them when nothing but recognizers follows the first of them before the extractors
    (nothing after them reads or changes what they write), else ``lines`` parsed again whole."""
    from spacy.pipeline import EntityRecognizer

    first = next((k for k, proc in enumerate(steps) if isinstance(proc, EntityRecognizer)), len(steps))
    if not all(isinstance(proc, EntityRecognizer) for proc in steps[first:]):
        return through(steps, [nlp.make_doc(line) for line in lines])
    return through(steps[first:], docs)
