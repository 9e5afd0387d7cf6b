"""A verb of saying or thinking left with no content whose clause opened by 'that' the parser hung elsewhere.

'He said, noting that at one point he had trailed by 50 points', 'Obama had said in an ABC interview taped
before the attacks that the country had contained X', 'Supporters complained soon after that the lines hurt
him', 'warning followers on social media and in interviews that X could penetrate the country': the parser
read 'that' as a preposition or a relative pronoun, or hung the clause on a noun of the phrase between, so the
rules found the cue and its source but no content, and ``attach_quotes`` dropped the record. When no quotation
completes such a cue, it now falls back on the clause (``Candidate.fallback``): from its 'that', at most a dozen
words after the verb with no verb but a participle, no comma, colon, semicolon, quotation mark or line break
between, to the end of the sentence or a report joined to this one by 'and' or 'but' ('..., and implying that
Y'). Only when the clause is one: 'that' no determiner ('reiterated that approach'), a subject after it and a
finite verb before any comma (not 'in an interview that aired Sunday'), 'that' no relative pronoun standing
for its verb's only object ('the same way that we must respond'), no quotation closed in it that opened before
(the cue inside it), no 'so', 'such' or 'enough' before it (a clause of result: 'she speaks so quietly that
X', 'said enough that X'), and no other report's content already holding it. On PolNeAR train: 6 right
records more, none lost, no wrong one added; dev unchanged.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..sentences import sentence_at
from .candidate import Candidate, trim
from .tables import starts_of, words_of

#: how many words may stand between the verb and its 'that' ('in an ABC interview taped before the attacks')
_REACH = 12
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: a verb of its own between the cue and 'that' ('charged X after determining that Y'), not a participle on a noun
_STEPS = _FINITE | {"VB", "VBG"}
_STOPS = frozenset([",", ";", ":", '"', "\u201c", "\u201d", "''", "``", "(", ")", "-", "\u2014", "\u2013"])
#: the words of a clause of result, whose 'that' says what followed, not what was said ('speaks so quietly that X')
_DEGREES = frozenset(["so", "such", "enough"])
_SUBJECT_PARTS = frozenset(["NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ"])


def stray_clauses(doc: Doc, text: str, cands: list[Candidate]) -> None:
    """Give each verb cue with a source and no content the clause opened by 'that' after it as its fallback."""
    words = None
    for cand in cands:
        if cand.contents or cand.fallback or cand.verb is None or cand.source is None or cand.cue is None:
            continue
        if words is None:
            words = words_of(doc)
        verb = cand.verb
        if words.pos[verb] != "VERB":
            continue
        sentence = sentence_at(doc, verb)
        that = _that_after(words, verb, min(sentence.end, verb + _REACH + 1))
        if that is None or not _clause_opens(words, that, sentence.end) or _closes_quotation(words, that, sentence.end):
            continue
        if _relative(words, that, sentence.start, sentence.end):
            continue
        starts = starts_of(doc)
        if any(s <= starts[that] < e for other in cands for s, e in other.contents):
            continue  # (the clause is already another's words: 'X speak to the reality that Y, said Z')
        end = sentence.end
        for other in cands:  # (', and implying that Y': a report joined to this one is its own)
            if other is not cand and other.cue and starts[that] < other.cue[0] < starts[end - 1]:
                at = bisect_right(starts, other.cue[0]) - 1
                if words.pos[at - 1] == "CCONJ":
                    end = min(end, at - 1)
        last = end - 1
        span = trim(text, starts[that], starts[last] + len(words.text[last]))
        tail = text[span[0]:span[1]]
        for conj in (" and", " but", " or"):
            if tail.endswith(conj):
                span = trim(text, span[0], span[1] - len(conj))
        if span[1] - span[0] > len("that ") + 3:
            cand.fallback = [span]


def _that_after(words, verb: int, reach: int) -> int | None:
    """The first 'that' after ``verb`` before ``reach``, with no verb but a participle, no comma, stop, line
    break or 'so' ('speaks so quietly that X') before it, when it is no determiner."""
    for i in range(verb + 1, reach):
        lower = words.lower[i]
        if lower == "that":
            return None if words.dep[i] == "det" else i  # ('reiterated that approach')
        if words.tag[i] in _STEPS or lower in _STOPS or lower in _DEGREES or "\n" in lower:
            return None
    return None


def _clause_opens(words, that: int, end: int) -> bool:
    """Whether a clause opens at ``that``: a subject's word right after it, a finite verb after that before any
    comma ('reiterated that approach in his interview, saying X' is no clause)."""
    if that + 2 >= end or words.pos[that + 1] not in _SUBJECT_PARTS and words.lower[that + 1] not in ("at", "in", "on"):
        return False
    for i in range(that + 2, end):
        if words.tag[i] in _FINITE:
            return True
        if words.text[i] == ",":
            return False
    return False


def _closes_quotation(words, that: int, end: int) -> bool:
    """Whether the sentence closes a quotation after ``that`` that opened before it: the cue is then inside
    the quotation ('"Everything that you have said and everything that I have said," the judge exclaimed')."""
    opened = 0
    for i in range(that + 1, end):
        if words.tag[i] == "``":
            opened += 1
        elif words.tag[i] == "''":
            if not opened:
                return True
            opened -= 1
    return False


def _relative(words, that: int, start: int, end: int) -> bool:
    """Whether ``that`` is a relative pronoun, the object of its clause's verb, which has no other ('responded
    then the same way that we must respond now'; 'joked on a podcast that he hosts every week', the clause a
    relative one on the noun before); with an object of its own as well, the parser misread a clause's 'that'
    ('that the country had "contained" X')."""
    verb = words.head[that]
    relative = words.dep[that] in ("dobj", "advmod", "npadvmod") or words.tag[that] == "WDT" and words.dep[verb] == "relcl"
    if not relative or verb == that:
        return False
    return not any(words.head[i] == verb and words.dep[i] in ("dobj", "ccomp", "xcomp", "attr")
                   for i in range(start, end) if i != that)
