"""A verb's subject set off by commas that the parser hung as an apposition on the noun before it, mended
in place before the rules run (``mends``).

'Rebels have taken the airfield at Dorsa, the group's media wing said', 'As part of his plea, Ivo Brant, 51,
said X', '"Yes," Ada Moor, founder of the Ledger Trust, tells the paper': the parser reads the phrase after
the comma as a second name of the noun before it ('Dorsa', 'plea', the quotation's last word) and leaves the
finite verb right after it with no subject, so the report is lost. A phrase set off by a comma (or a dash
or a closing quotation mark) that runs right up to a finite verb which has no subject is that verb's
subject (after a first verb's subject and a comma only a verb of saying: 'Lee was the second son, the
one who X, relished Y' keeps 'Lee'). A role or an age after a name is the name's ('Ada Moor, founder of X'
whole); a name after another name is a second person ('his rival Rhea Cole, former mayor Tom Cole said':
'former mayor Tom Cole')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import active_lexicon
from .tables import positions, words_of

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "expl"])
_OPENERS = frozenset([",", "—", "–", "-", "”", '"', "''"])


def apposed_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such phrase its verb's subject; none when there is none."""
    words = words_of(doc)
    speech = active_lexicon().speech
    found: dict[int, tuple[int, Token | None]] = {}
    for i in positions(words.dep, "appos", 0, len(words.dep)):  # (found in C: the 'appos' words only)
        if words.head[i] >= i:
            continue  # (no Token made)
        phrase = doc[i]
        verb = _verb_after(doc, phrase.right_edge.i)
        if verb is None or phrase.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        start = phrase.left_edge.i
        if start < 2 or doc[start - 1].text not in _OPENERS or phrase.head.i >= start:
            continue
        if (verb.dep_ == "conj" and doc[start - 1].text == "," and verb.lemma_.lower() not in speech
                and any(c.dep_ in _SUBJECTS for c in verb.head.children)):
            continue  # ('Lee was the second son, the one who X, relished Y': the first verb's subject is the second's)
        if doc[start - 1].text == "," and _listed(doc[start - 2]):
            continue  # ('two-thirds, 67 percent': the next of a list)
        named = _named(phrase, doc[start - 2]) if doc[start - 1].text == "," else None
        if verb.i not in found or i > found[verb.i][0]:
            found[verb.i] = (i, named)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for at, (i, named) in found.items():
        if named is None:
            heads[i], deps[i] = at, "nsubj"
            continue
        heads[named.i], deps[named.i] = at, "nsubj"
        heads[i], deps[i] = named.i, "appos"
    return heads, deps


def _verb_after(doc: Doc, end: int) -> Token | None:
    """The finite verb right after a phrase ending at ``end`` (a comma between allowed) with no subject."""
    at = end + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc):
        return None
    verb = doc[at]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "conj"):
        return None
    if verb.sent.start != doc[end].sent.start or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb


def _listed(before: Token) -> bool:
    """Whether the word before the comma is a list's, the phrase maybe the next of it ('two-thirds, 67 percent')."""
    return before.dep_ == "conj" and before.pos_ != "PROPN"


def _named(phrase: Token, before: Token) -> Token | None:
    """The word before the comma that the phrase describes and that is the subject with it: a name before a
    role or an age ('Ada Moor, founder of X', 'Ivo Brant, 51'), a role before a name ('her adviser, Jo Hale');
    None when the phrase is the subject alone ('the airfield at Dorsa, the group's wing': 'Dorsa' the
    preposition's; 'his rival Rhea Cole, former mayor Tom Cole': two people)."""
    person = phrase.ent_type_ == "PERSON"
    if before.dep_ == "pobj" or before.i >= phrase.i:
        return None
    if (before.pos_ == "PROPN" and not person) or (before.pos_ == "NOUN" and person and phrase.pos_ == "PROPN"):
        return before
    return None
