"""A label in quotation marks that a verb of naming or declaring puts on its object, which the parser
hung apart from the object ('called the offer "beyond insulting"': a phrase on the verb; 'declaring
the night "a turning point for us"': a noun of time on the verb; 'called the mayor, her old rival,
a "menace"': a second apposition of the object), for ``objects.objects_content`` when nothing else
holds the label. The object and the label are what was said (PolNeAR marks both, as for 'called
the plan a disgrace').

Unquoted, only a noun phrase with its article or owner that the parser made the object of the name
or pronoun named ('calling Trump a fascist', 'calling Ana Ruiz her friend': a name takes no object).
Else only a label that opens with a quotation mark within its first words counts: a phrase after a bare
object is a time, a place or a purpose ('called the police at noon', 'declared it on Monday'), and a
quotation is someone's words put on the object. Not a verb whose object is a person phoned with a
quotation after it that is a title ('called her "Morning Call" host'): the label's phrase must
open right after the object or its set-off apposition.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .lexicon import Lexicon
from .syntax import subtree_span

Spans = list[tuple[int, int]]

#: verbs of declaring that put a quoted label on their object ('declared X "Y"'), beside the lexicon's verbs of
#: naming (``naming_verbs``: 'called X "Y"', whose label may also go unquoted, 'calling Trump a fascist'); lemmas
_DECLARING = frozenset(["declare", "pronounce", "proclaim"])
#: how the parser hangs a label it split from the object
_LABEL_DEPS = frozenset(["npadvmod", "prep", "appos", "oprd", "attr", "dep", "dobj", "advmod", "acomp", "ccomp", "xcomp"])
#: the words a label may have before its quotation opens
_NOMINAL = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"])
#: how many words into the label its quotation may open ('a "menace"', 'an ISIS "co-founder"')
_OPENING = 3


def label_after_object(lex: Lexicon, verb: Token, lemma: str, objects: list[Token]) -> Spans | None:
    """The object and the quoted label the parser split from it (see the module), or None."""
    naming = lemma in lex.naming_verbs
    if not naming and lemma not in _DECLARING:
        return None
    if not objects or objects[0].i < verb.i:  # ('calling Trump a fascist': the one named read as a complement)
        objects = [c for c in verb.rights if c.dep_ in ("xcomp", "oprd") and c.pos_ in ("PROPN", "NOUN", "PRON")][:1]
    if not objects:
        return None
    obj = objects[0]
    hung = _hung_on_the_object(obj) if naming else None
    if hung is not None:  # 'calling Trump a fascist', the label read as the name's object
        return [(obj.left_edge.idx, subtree_span(hung)[1])]
    end, current = _own_end(obj), obj
    while (appos := next((c for c in current.rights if c.dep_ == "appos" and _set_off(c) and not _quoted(c)), None)):
        end, current = _own_end(appos), appos  # ('called Clinton, his rival, an ISIS "co-founder"': past 'his rival')
    label = _label(verb, obj, end)
    if label is None:
        return None
    doc = verb.doc
    opening = next(t for t in doc[label.left_edge.i : label.left_edge.i + _OPENING + 1] if t.is_quote)
    closing = next((t for t in doc[opening.i + 1 : sentence_of(verb).end] if t.is_quote), None)
    stop = closing.idx + len(closing) if closing is not None else subtree_span(label)[1]
    return [(obj.left_edge.idx, stop)]


def _hung_on_the_object(obj: Token) -> Token | None:
    """A noun phrase the parser hung on the named one as its object, right after it ('calling Trump a
    fascist', 'calling her rival his friend'): a name or a pronoun takes no object, so it is the label
    (not one set off by a comma, an apposition of the one named)."""
    if obj.pos_ not in ("PROPN", "PRON"):
        return None
    label = next((c for c in obj.rights if c.dep_ in ("dobj", "oprd", "npadvmod") and c.pos_ == "NOUN"), None)
    if label is None or label.left_edge.i != _own_end_before(obj, label) + 1:
        return None
    return label if any(c.dep_ in ("det", "poss") for c in label.children) else None


def _own_end_before(obj: Token, label: Token) -> int:
    """The last word of ``obj``'s phrase before ``label``."""
    return max([obj.i, *(t.i for c in obj.rights if c.i < label.i for t in c.subtree)])


def _own_end(token: Token) -> int:
    """The last word of ``token``'s phrase without a set-off apposition after it."""
    ends = [_own_end(c) for c in token.rights if not (c.dep_ == "appos" and _set_off(c)) and not c.is_punct]
    return max([token.i, *ends])


def _set_off(token: Token) -> bool:
    """Whether ``token``'s phrase opens after a comma ('Clinton, his rival,')."""
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def _quoted(token: Token) -> bool:
    """Whether a quotation mark opens within the first words of ``token``'s phrase, after nothing but
    the words of a noun phrase ('a "menace"', 'an ISIS "co-founder"'; not 'after reading "a threat"',
    a phrase of its own that quotes)."""
    for word in token.doc[token.left_edge.i : token.left_edge.i + _OPENING]:
        if word.is_quote:
            return True
        if word.pos_ not in _NOMINAL:
            return False
    return False


def _label(verb: Token, obj: Token, end: int) -> Token | None:
    """The phrase right after the object's words (``end``, past a comma), on the verb, the object or an
    apposition of it, that opens with a quotation mark."""
    doc = verb.doc
    start = end + 1
    while start < len(doc) and doc[start].text == ",":
        start += 1
    if start >= len(doc):
        return None
    for token in doc[start : start + _OPENING]:
        head = token
        while head.dep_ not in _LABEL_DEPS and head.head.i != head.i and head.head.i >= start:
            head = head.head
        if head.left_edge.i != start or head.dep_ not in _LABEL_DEPS or not _quoted(head):
            continue
        hosts = {verb.i, obj.i} | {t.i for t in obj.subtree if t.dep_ == "appos"}
        if head.head.i in hosts:
            return head
    return None
