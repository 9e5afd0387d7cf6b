"""A verb of saying that opens its sentence before its speaker and a quotation, which the parser
did not read as the sentence's verb, mended in place before the rules run (``mends``).

``fronted_cues`` mends 'Said one resident: "X"' when the parser made the verb the sentence's root.
Other readings lose the report: the verb hung as an adverbial clause on the quotation's verb
('Added the coach, "We start again on Monday."': 'Added' a modifier of 'start'), the verb read as
the first word of a name ('Warned Dr Lee: "The dam will not hold."': 'Warned Dr Lee' one proper
name), and the verb tagged a name though the root. A capitalised verb of saying that opens a
sentence, followed by a phrase, a colon or a comma and then a quotation mark, is the sentence's
verb: the phrase is its subject and the quoted clause what it says. A word that is no verb of
saying ('Dear Dr Lee: "..."') is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import active_lexicon
from .tables import places, words_of

#: the relations a misread fronted verb has
_MISREAD_DEPS = frozenset(["advcl", "compound", "ROOT"])

Mended = tuple[dict[int, int], dict[int, str], list[tuple[Token, str]]]


def _speech_lemma(word: Token, speech: frozenset[str] | set[str]) -> str | None:
    """The verb of saying ``word`` is the past tense of, read from its letters when the parser
    tagged it as a name ('Warned': 'warn'; 'Argued': 'argue'), else None."""
    lower = word.lower_
    if not lower.endswith("ed"):
        return None
    guesses = [word.lemma_.lower(), lower[:-2], lower[:-1]]
    if len(lower) > 4 and lower[-3] == lower[-4]:
        guesses.append(lower[:-3])  # ('Admitted': 'admit')
    if lower.endswith("ied"):
        guesses.append(lower[:-3] + "y")  # ('Replied': 'reply')
    return next((g for g in guesses if g in speech), None)


def _opens_quotation(doc: Doc, k: int) -> bool:
    """Whether a colon or a comma at ``k`` and then a quotation mark follow the speaker."""
    return k + 1 < len(doc) and doc[k].text in (":", ",") and doc[k + 1].is_quote


def _marks_after(phrase: Token) -> list[Token]:
    """The marks after the speaker the parser hung on it (the colon, the opening quotation mark),
    which are the verb's: no part of the source."""
    return [c for c in phrase.rights if c.dep_ == "punct"]


def fronted_misread(doc: Doc) -> Mended:
    """The arcs (heads, relations) that make each such verb its sentence's verb, its phrase the
    subject and the quoted clause its clause, and the verbs to tag as verbs (with their lemma)
    once the arcs are kept; none when there is no such verb."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str]] = []
    lex = None
    for i in places(words.dep, _MISREAD_DEPS, 0, len(words.dep)):  # (found in C: no Token made)
        text = words.text[i]
        if not text.endswith("ed") or not text[:1].isupper():
            continue
        verb = doc[i]
        if not verb.is_sent_start:
            continue
        lex = lex or active_lexicon()
        lemma = _speech_lemma(verb, lex.speech)
        if lemma is None:
            continue
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN"):
            # 'Added the coach, "We start again"': the phrase the verb's object, the verb on 'start'
            phrase = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == i + 1), None)
            if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            k = phrase.right_edge.i + 1
            clause = verb.head
        elif verb.dep_ == "compound" and verb.head.pos_ == "PROPN" and verb.head.i > i:
            # 'Warned Dr Lee: "The dam will not hold"': the verb the first word of the name 'Lee'
            phrase = verb.head
            if not all(t.dep_ == "compound" and t.head.i == phrase.i for t in doc[i : phrase.i]):
                continue
            k = phrase.i + 1
            inside = [c for c in phrase.rights if c.dep_ in ("acl", "relcl", "ccomp", "appos") and c.i > k]
            clause = inside[0] if phrase.dep_ == "ROOT" and len(inside) == 1 else phrase.head
            verbs.append((verb, lemma))
        elif verb.dep_ == "ROOT" and verb.tag_ in ("NNP", "NN", "JJ"):
            # 'Warned Dr Lee: "The dam will not hold"' with 'Warned' the root, tagged a name: a verb
            phrase = next((c for c in verb.children if c.dep_ in ("dobj", "appos") and c.left_edge.i == i + 1), None)
            if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or not _opens_quotation(doc, phrase.i + 1):
                continue
            heads[phrase.i], deps[phrase.i] = i, "nsubj"
            heads.update({p.i: i for p in _marks_after(phrase)})
            verbs.append((verb, lemma))
            continue
        else:
            continue
        # the quoted clause's verb is the sentence's (or the name was): the verb takes its place
        if not _opens_quotation(doc, k) or clause.i <= k + 1 or (clause.dep_ != "ROOT" and clause.head.i != phrase.i):
            if verbs and verbs[-1][0].i == verb.i:
                verbs.pop()
            continue
        heads[i], deps[i] = i, "ROOT"
        heads[phrase.i], deps[phrase.i] = i, "nsubj"
        heads[clause.i], deps[clause.i] = i, "ccomp"
        heads[k], deps[k] = i, "punct"
        heads.update({p.i: i for p in _marks_after(phrase)})
    return heads, deps, verbs
