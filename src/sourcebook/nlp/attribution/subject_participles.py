"""A past verb of saying read as a participle describing its own subject, mended before every rule reads
the parse (``mends``).

'The local paper called on the mayor to resign': the parser may read 'called' as a reduced relative on
'paper' ('a paper called X') and leave the sentence with a noun at its root and no verb of saying; 'Two
broadcasters reported on Friday the plant would shut' gets 'broadcasters' as a second subject of 'shut',
'reported' a participle on it; 'The coach praised the team, and the chairman boasted of a record' gets
'chairman' a conjunct of 'praised'. A participle describing a noun is passive and takes no object of its
own: a past form of a verb of saying hung on a noun as its modifier, with no auxiliary, agent or subject
of its own, is the noun's verb when it still takes what only an active verb takes (an object, a clause, a
second object, a quotation right after it, or, tagged a past tense, 'on' or 'for': 'called for a strike'),
or when the noun is a second subject of a later verb that has its own. The noun must stand where a
subject does (the sentence's root, a subject, a conjunct of a verb); a noun in an object's place keeps
its participle ('funded a group called the Harbour Trust', 'a website called X'), and a participle with
only a name after it ('A boy called Tom') is a naming, no report. A quotation that opens the sentence and
closes right before the noun at its root, which the parser hung on the noun, also makes the participle the
verb ('"Our street is a river," one resident posted on Facebook': 'posted' read as 'a resident who was
posted'); the quoted clause is then the verb's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon, active_lexicon
from .syntax import source_like
from .tables import words_of

#: what only an active verb takes
_ACTIVE = frozenset(["dobj", "ccomp", "dative"])
#: the prepositions an active past verb of saying takes ('called for', 'called on')
_PREPOSITIONS = frozenset(["on", "for"])
#: what a participle on a noun may not hold: then it is a clause of its own, not misread
_OWN = frozenset(["aux", "auxpass", "agent", "nsubj", "nsubjpass", "expl", "mark"])
_QUOTES = frozenset(['"', "\u201c"])
_CLOSING = frozenset(['"', "\u201d"])
#: how the parser hangs a quotation before a noun at the root on it
_QUOTED_DEPS = frozenset(["ccomp", "parataxis", "advcl", "punct"])


def _active(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` takes what only an active verb takes (a common noun named by a verb of naming only
    after a noun that can speak: 'The union called the offer an insult', not 'a dish called the house special')."""
    doc = verb.doc
    if any(c.dep_ in _ACTIVE and c.i > verb.i for c in verb.children):
        return True
    if any(c.dep_ == "oprd" and c.pos_ == "NOUN" and c.i > verb.i for c in verb.children) and source_like(lex, verb.head):
        return True
    if verb.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in _PREPOSITIONS and c.i == verb.i + 1 for c in verb.children):
        return True
    return verb.i + 1 < len(doc) and doc[verb.i + 1].text in _QUOTES


def _quoted_before(noun: Token) -> list[Token]:
    """The words the parser hung on ``noun`` at the sentence's root from a quotation that opens the sentence and
    closes (after a comma, '?' or '!') right before the noun's phrase, the quoted clause among them; else none."""
    doc = noun.doc
    own = [c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ not in _QUOTED_DEPS]
    start, edge = noun.sent.start, min(own, default=noun.i)
    if noun.dep_ != "ROOT" or edge - start < 4 or doc[start].text not in _QUOTES or doc[edge - 1].text not in _CLOSING:
        return []
    if doc[edge - 2].text not in (",", "?", "!"):
        return []
    before = [c for c in noun.children if c.i < edge]
    return before if any(c.dep_ in _QUOTED_DEPS and not c.is_punct for c in before) else []


def _next_to(noun: Token, verb: Token) -> bool:
    """Whether only the noun's own words (a phrase, a clause set off) stand between ``noun`` and ``verb``."""
    before = [c for c in noun.children if noun.i < c.i < verb.i]
    end = max((c.right_edge.i for c in before), default=noun.i)
    return end >= verb.i - 1 or end == verb.i - 2 and verb.doc[verb.i - 1].is_punct


def _second_subject(noun: Token, verb: Token) -> Token | None:
    """The later verb ``noun`` is a subject of when it has a subject of its own after ``verb``, or when it
    opens a quotation right after ``verb`` ('a woman shouted "Open the gates!"')."""
    clause = noun.head
    doc = verb.doc
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.i <= verb.i:
        return None
    # (a subject of its own that opens a phrase, not a name the parser split off the participle's phrase: 'A
    # statement posted on the website Harbour.net said X' keeps its participle), with no comma before it (not
    # 'The rate held at 3%, figures released Friday show')
    own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > verb.i and (
        c.pos_ == "PRON" or c.tag_ == "NNS" or c.left_edge.pos_ in ("DET", "PRON", "NUM")) and not any(
        t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])]
    close = next((t.i for t in doc[verb.i + 2 : verb.sent.end] if t.text in _CLOSING), None)
    quoted = verb.i + 1 < len(doc) and doc[verb.i + 1].text in _QUOTES and close is not None and clause.i < close and all(
        c.i > verb.i for c in clause.children if c.i != noun.i and not c.is_punct)  # (not 'a group called "X" said')
    return clause if own or quoted else None


def subject_participles(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such participle its noun's verb; none when there is none."""
    words = words_of(doc)
    lex = active_lexicon()
    forms = lex.speech_forms
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i, (dep, tag) in enumerate(zip(words.dep, words.tag, strict=True)):
        if dep != "acl" or tag not in ("VBD", "VBN") or words.lower[i] not in forms:
            continue  # (no Token made)
        verb = doc[i]
        noun = verb.head
        if noun.i >= verb.i or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _OWN for c in verb.children):
            continue
        if not _next_to(noun, verb):
            continue
        clause = _second_subject(noun, verb)
        if clause is not None:  # ('Two broadcasters reported on Friday the plant would shut')
            heads[verb.i], deps[verb.i] = (verb.i, "ROOT") if clause.dep_ == "ROOT" else (clause.head.i, clause.dep_)
            heads[clause.i], deps[clause.i] = verb.i, "ccomp"
        elif not _active(lex, verb) and not _quoted_before(noun):
            continue
        elif noun.dep_ == "ROOT":  # ('The local paper called on the mayor to resign')
            heads[verb.i], deps[verb.i] = verb.i, "ROOT"
            for child in noun.children:  # (what follows the verb is the verb's: its closing mark, a clause)
                if child.i > verb.i:
                    heads[child.i] = verb.i
            for child in _quoted_before(noun):  # (and the quotation before it: '"X," one resident posted')
                heads[child.i], deps[child.i] = verb.i, child.dep_ if child.is_punct else "ccomp"
        elif noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
            heads[verb.i], deps[verb.i] = noun.head.i, "conj"  # ('praised X, and the chairman boasted of Y')
            for child in noun.children:
                if child.dep_ == "cc" or child.i > verb.i:
                    heads[child.i] = verb.i
        elif noun.dep_ == "appos" and noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ";":
            root = noun.sent.root  # ('X; one councillor called the delay "a farce"': a clause of its own, no apposition)
            heads[verb.i], deps[verb.i] = root.i, "conj"
        else:
            continue
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    return heads, deps
