"""A verb of saying or thinking right after a share of people, read as a modifier of the next
clause's subject: 'A majority backed the plan, while a third say costs will rise'. The parser may
read 'a third say costs' as one noun phrase ('third' and 'say' both modifiers of 'costs'), the phrase
the subject of 'will rise': the sentence then has no verb of saying and the share no report. A word
that is a present form of a cue verb of saying or thinking, right after a share's head ('third',
'half', 'majority', 'percent': ``shares.SHARES``) that modifies the same noun, when that noun is the
subject of a verb after it, is that verb: its subject the share, its clause the verb, and it takes
the verb's place in the sentence (with the clause's 'while' or 'and'). Not 'a third say-so' (no
subject of a clause after it) nor a past form ('said' is never read so)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .shares import SHARES


def share_verb(lex: Lexicon, token: Token) -> tuple[dict[int, int], dict[int, str], str] | None:
    """The arcs that make ``token`` (a modifier of a noun, after a share) the share's verb, and its lemma."""
    lemma = lex.verb_lemmas.get(token.lower_)
    if token.i == 0 or lemma is None or token.lower_ not in (lemma, lemma + "s") or not (
            lemma in lex.speech or lemma in lex.belief):
        return None
    doc = token.doc
    share, noun = doc[token.i - 1], token.head
    if share.lower_ not in SHARES or share.head.i != noun.i or noun.i <= token.i or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = noun.head
    if clause.pos_ not in ("VERB", "AUX") or clause.i < noun.i or any(t.head.i != noun.i for t in doc[token.i + 1 : noun.i]):
        return None
    heads = {token.i: token.i if clause.dep_ == "ROOT" else clause.head.i, clause.i: token.i, share.i: token.i}
    deps = {token.i: clause.dep_, clause.i: "ccomp", share.i: "nsubj"}
    for t in noun.lefts:  # ('a third': the share's determiner and words before it go with the share)
        if t.i < share.i:
            heads[t.i] = share.i
    for t in clause.children:  # ('while a third say X': the clause's conjunction opens the verb's)
        if t.dep_ in ("mark", "cc") and t.i < share.i:
            heads[t.i] = token.i
    return heads, deps, lemma
