"""Sentences read again without a participle's phrase between a source and its verb of saying when the
parser read the participle as the sentence's verb and could not place the report: 'A post shared more
than 40,000 times on Facebook claims that the council "quietly outlawed" barbecues' ('shared' the root,
'claims' its conjunct, the reported clause torn into an adverbial clause and a modifier).

``participle_roots`` mends the plain case, the clause the present verb's; where the parser broke the
clause up too (a quoted word, a phrase of time), nothing holds it. When a past form that is also the
participle ('shared', 'viewed', 'sent') is the root right after a bare noun phrase, and a present cue verb
that agrees with the noun ('claims' after 'A post') hangs on it with no subject of its own, no 'and' and
no punctuation between them, the sentence is parsed again with the participle's phrase cut out ('A post
claims that X'); when that parse makes the verb a verb whose subject is the noun, with a clause of its
own, its arcs replace the first's and the phrase hangs on the noun as its participle ('acl'). Called by
``reread.reread`` after ``mends``. Not 'The firm posted a loss and warns that X' ('and', an object).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .arcs import read_without, second_reading, take_second_reading
from .lexicon import Lexicon
from .participle_roots import AGREEING, SAME_FORMS
from .tables import words_of


def _misread(lex: Lexicon, sent: Span) -> tuple[Token, Token, Token] | None:
    """(the source noun, the participle, the present cue verb) of ``sent``, if the participle is its root."""
    doc, table = sent.doc, words_of(sent.doc)
    for i in range(sent.start + 1, sent.end):
        if table.dep[i] != "ROOT" or table.tag[i] != "VBD" or not (table.lower[i].endswith("ed") or table.lower[i] in SAME_FORMS):
            continue  # (no Token made)
        past = doc[i]
        noun = next((c for c in past.children if c.dep_ == "nsubj" and c.i < i), None)
        if noun is None or noun.right_edge.i != i - 1 or noun.tag_ not in AGREEING:
            continue
        verb = next((c for c in past.children if c.dep_ in ("conj", "dep") and c.i > i), None)
        if verb is None or verb.tag_ != AGREEING[noun.tag_] or verb.lemma_.lower() not in lex.cue_verbs or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(c.dep_ in ("cc", "dobj", "dative") and c.i < verb.i for c in past.children) or any(
                t.is_punct for t in doc[i + 1 : verb.i]):
            continue
        return noun, past, verb
    return None


def reread_participle_phrases(lex: Lexicon, doc: Doc, sentences: list[Span], parse: Callable[[str], Doc]) -> None:
    """Mend each sentence of ``doc`` whose root is a participle before a present cue verb ('A post shared
    9,000 times claims X') from a parse without the participle's phrase."""
    for sent in sentences:
        found = _misread(lex, sent)
        if found is None:
            continue
        noun, past, verb = found
        reading = read_without(parse, sent, past, verb, noun)
        if reading is None or not any(c.dep_ == "ccomp" for c in reading[2].children):
            continue
        again, kept, _ = reading
        heads, deps = second_reading(doc, sent, again, kept)
        heads[past.i], deps[past.i] = noun.i, "acl"
        for token in doc[past.i + 1 : verb.i]:
            if not past.i <= token.head.i < verb.i or token.head.i == token.i:
                heads[token.i] = past.i
        take_second_reading(doc, again, kept, heads, deps)
