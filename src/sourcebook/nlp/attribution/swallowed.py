"""A cue's subject the parser ran into the clause of another verb, for ``participles.participle_subject``:

- a sentence's past tense read as a modifier after a name's possessive, the sentence a noun
  phrase ('Moody's downgraded Vantor's rating on Thursday, saying X': 'downgraded' on 'rating',
  'Moody's' its possessor): the name before the verb is the subject;
- a headline's object read as the subject of a participle after it ('Fjordvik Energy delays IPO
  citing market turmoil'): the subject is the verb's before it;
- a headline's first verb read as a noun in the subject of a second verb after a comma
  ('Harborline Furniture files for Chapter 11, blames soaring freight costs'): the name before
  it is the source (``headline_name``, for ``verbs.verb_cue``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import in_headline
from .lexicon import Lexicon
from .syntax import FINITE_TAGS, source_like


def swallowed_subject(lex: Lexicon, verb: Token, subject: Token | None) -> Token | None:
    """The subject of the cue ``verb`` that the parser hid in another verb's clause, or None."""
    if verb.tag_ == "VBG":
        return _past_read_as_modifier(verb) or _object_read_as_subject(lex, verb, subject)
    return None


def _past_read_as_modifier(verb: Token) -> Token | None:
    """'Moody's downgraded Vantor's rating on Thursday, saying X' ('Credit rating agency | Moody's
    downgraded ...': the phrase set beside a noun before it): a past tense the parser hung as a
    modifier on the noun the sentence became, right after a name's possessive; the name is the
    subject of the verb and of the participle it holds (not 'the company's revised forecast')."""
    if verb.dep_ not in ("acl", "advcl"):
        return None
    root = verb.head
    nouns = [root, *(c for c in root.children if c.dep_ == "appos" and c.i < verb.i)]
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    for noun in nouns:
        past = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < noun.i), None)
        owner = next((c for c in noun.children if c.dep_ == "poss" and past is not None and c.right_edge.i == past.i - 1), None)
        if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") and (
                not any(t.dep_ == "det" for t in owner.subtree)):
            return owner
    return None


def _object_read_as_subject(lex: Lexicon, verb: Token, subject: Token | None) -> Token | None:
    """'Oslo-listed Fjordvik Energy delays IPO citing market turmoil': a headline's participle
    read as a clause reported by the verb before it, with the verb's object as its subject; the
    participle's subject is the verb's own (not 'Mayor hears residents citing X' in a body's
    sentence, where the residents may cite it)."""
    clause = verb.head
    if (subject is None or verb.dep_ != "ccomp" or subject.dep_ != "nsubj" or subject.head.i != verb.i
            or clause.tag_ not in FINITE_TAGS or not clause.i < subject.left_edge.i <= subject.i < verb.i):
        return None
    if any(t.is_punct for t in verb.doc[clause.i : verb.i]) or any(
            c.dep_ in ("dobj", "ccomp") and c.i != verb.i for c in clause.children):
        return None
    if not in_headline(verb) and source_like(lex, subject):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)


def headline_name(verb: Token, subject: Token) -> tuple[int, int] | None:
    """'Harborline Furniture files for Chapter 11, blames soaring freight costs', 'Marlow Bank
    posts loss, says outlook is weak': a headline's first verb the parser read as a noun in the
    second verb's subject; the name written in capitals before the verb's lower-case third person
    is the subject, the rest its first clause. The name's span, or None (not a subject without
    the comma, 'Harborline Furniture workers blame X')."""
    doc = verb.doc
    if verb.tag_ not in ("VBZ", "VBD") or verb.i < 4 or doc[verb.i - 1].text != "," or subject.i > verb.i:
        return None
    words = [t for t in subject.subtree if t.i < verb.i - 1]
    if not words or words[-1].i != verb.i - 2 or len(words) != words[-1].i - words[0].i + 1 or not in_headline(verb):
        return None
    name = 0
    while name < len(words) and words[name].is_title and (words[name].pos_ == "PROPN" or words[name].ent_type_):
        name += 1
    first = words[name] if 0 < name < len(words) - 1 else None
    if first is None or not first.is_lower or not first.lower_.endswith("s") or first.tag_ not in ("NNS", "VBZ"):
        return None
    return words[0].idx, words[name - 1].idx + len(words[name - 1])
