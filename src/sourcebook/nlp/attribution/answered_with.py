"""'Clinics answered the rise with longer hours', 'The league countered the slump with lower prices': a verb of
answering whose object is what the subject met and whose 'with' phrase is the act it met it with says no words;
the object is no content and there is no report. Not when the 'with' phrase names words ('answered the charge with
a denial', ``speech_nouns.txt``; 'with a letter saying X') or a quotation follows it."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: verbs of answering whose 'with' phrase may be the act they answer with
_ANSWERING = frozenset(["answer", "counter", "respond", "meet"])


def met_with_an_act(lex: Lexicon, lemma: str, verb: Token, obj: Token) -> bool:
    """Whether ``obj``, the object of ``verb`` (lemma ``lemma``), is what it answered with the act in a 'with'
    phrase after it (on the verb or on the object) that names no words."""
    if lemma not in _ANSWERING or obj.i < verb.i:
        return False
    withs = [p for p in (*verb.rights, *obj.rights) if p.dep_ == "prep" and p.lower_ == "with" and p.i > obj.i]
    for prep in withs:
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma_ = noun.lemma_.lower()
        words = lemma_ in lex.speech_nouns or lemma_ in lex.report_nouns or noun.lower_ in lex.speech_nouns
        if not words and not any(c.dep_ in ("relcl", "acl") for c in noun.children) and not any(
                t.is_quote for t in noun.subtree):
            return True
    return False
