"""A past form of a cue opening the sentence with an infinitive after it: 'Said to be worth $5m,
the house sits on a cliff', 'Thought to date from 1700, the bridge ...'. It is the passive of
hearsay ('the house is said to be worth $5m'): the main clause's subject is what the report is
about, not who made it. The parser tags the past form as a verb in the past (not a participle),
so ``verbs._passive`` did not see a passive and gave the report the main clause's subject; the
cue is passive with no one named as its source. So is such a participle modifying its noun ('A
developer known to be bullish on golf is X'): the noun and the infinitive are the content
(``hearsay_noun``; PolNeAR train marks 'A developer known to be bullish', 'a presidential year
expected to produce X'), not a bare modifier's (``noncues``); set off by commas after the subject
('The farmer, believed to be in his sixties, was taken to hospital') it reports nothing
(``set_off_hearsay``). A bare form opening the sentence so ('Say what you will, the team played
well') bids the reader: no cue at all (``noncues.not_a_cue``)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of, lefts_of
from .lexicon import Lexicon


def hearsay_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past form with no subject or auxiliary of its own opening its
    sentence before the main clause, with a to-infinitive after it ('Said to be X, the Y ...')."""
    if verb.tag_ not in ("VBD", "VBN") or not _opens_before_main(verb):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i and any(a.tag_ == "TO" for a in c.children) for c in children_of(verb))


def imperative_opener(verb: Token) -> bool:
    """Whether ``verb`` is a bare form with no subject or auxiliary of its own opening its sentence
    before the main clause ('Say what you will, the team played well'): a bidding or a concession
    to the reader, no report by the main clause's subject."""
    if verb.tag_ != "VB" or not _opens_before_main(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in children_of(verb))


def _opens_before_main(verb: Token) -> bool:
    """Whether ``verb`` is the first word of its sentence, in a clause hung on the main verb after it."""
    return verb.dep_ == "advcl" and verb.head.i >= verb.i and verb.i == verb.sent.start


def hearsay_noun(lex: Lexicon, verb: Token) -> Token | None:
    """The noun a past participle of hearsay with a to-infinitive modifies ('A developer known to
    be bullish on golf', 'in a year expected to produce record turnout'): the passive of hearsay,
    whose noun is what the report is about and not its source (PolNeAR: no source, the noun and the
    infinitive the content). Not the one addressed ('Residents told to leave returned'), nor one set
    off by a comma, which reports nothing (``set_off_hearsay``), nor a past the parser read as a
    modifier ('The senator aimed to win' read as a noun phrase: active)."""
    lemma = verb.lemma_.lower()
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or lemma in lex.addressee_verbs or lemma in lex.asking or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in children_of(verb)):
        return None
    if _infinitive(verb) is None:
        return None
    first = _first(verb)
    if not (verb.head.i < first.i and verb.head.pos_ in ("NOUN", "PROPN")):
        return None
    return verb.head if verb.doc[first.i - 1].text != "," else None


def set_off_hearsay(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a past form of hearsay with a to-infinitive set off by commas right after
    the sentence's subject, before the sentence's verb ('The farmer, believed to be in his sixties,
    was taken to hospital', 'The painting, said to be worth $2m, was stolen'), however the parser
    hung it: no report of the subject's, and none at all, as ``acts.set_off_participle`` reads 'The
    buyer, believed to be an oil heir, paid X' (PolNeAR train and dev have no such phrase to decide
    on). Not a subject with an apposition before its own verb ('The agency, a regulator, declined to
    comment')."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # (tested before the children are walked)
    lemma = verb.lemma_.lower()
    infinitive = _infinitive(verb)
    if infinitive is None:
        return False
    first = _first(verb)
    if first.i <= verb.sent.start or any(
            c.dep_ in ("aux", "auxpass", "nsubjpass", "agent") for c in children_of(verb)):
        return False
    comma, end = verb.doc[first.i - 1], infinitive.right_edge.i + 1
    if comma.text != "," or end >= len(verb.doc) or verb.doc[end].text != "," or lemma in lex.refusal_verbs or not (
            lemma in lex.belief or lemma in lex.speech):
        return False
    noun: Token | None
    if verb.dep_ == "acl" and verb.head.i < comma.i:
        noun = verb.head
    elif verb.dep_ == "advcl" and verb.head.i > end:
        noun = next((c for c in (*children_of(verb), *verb.head.children) if c.dep_ in ("nsubj", "nsubjpass") and c.i < comma.i),
                    None)
    elif any(c.dep_ in ("ccomp", "conj", "advcl") and c.i > end and _finite(c) for c in children_of(verb)):
        noun = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < comma.i), None)
    else:
        return False
    before = verb.doc[comma.i - 1]
    return noun is not None and (noun.right_edge.i in (comma.i - 1, comma.i) or before == noun or noun.is_ancestor(before))


def _finite(verb: Token) -> bool:
    """Whether ``verb`` is a finite verb with no subject or conjunction of its own ('..., was stolen in May')."""
    return (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in children_of(verb))


def with_hearsay_noun(lex: Lexicon, verb: Token, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The noun a past form of hearsay is set on and its infinitive (``hearsay_noun``) when it is
    one, else ``content``: 'A developer known to be bullish' -> 'A developer' | 'to be bullish'."""
    noun = hearsay_noun(lex, verb)
    infinitive = _infinitive(verb)
    if noun is None or infinitive is None:
        return content
    last = verb.doc[_first(verb).i - 1]
    words = [t for t in infinitive.subtree if not (t.is_punct and t.i == infinitive.right_edge.i)]
    return [(noun.left_edge.idx, last.idx + len(last)), (words[0].idx, words[-1].idx + len(words[-1]))]


def _infinitive(verb: Token) -> Token | None:
    """The to-infinitive after ``verb`` ('known to be X': 'be')."""
    return next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i and any(
        a.tag_ == "TO" for a in c.children)), None)


def _first(verb: Token) -> Token:
    """The first word of the past form's phrase: its adverbs before it ('widely expected')."""
    return min((verb, *(c.left_edge for c in lefts_of(verb) if c.dep_ in ("advmod", "neg"))), key=lambda t: t.i)
