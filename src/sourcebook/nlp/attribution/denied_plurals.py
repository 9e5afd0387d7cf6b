"""A verb of disputing in the present read as a plural noun after a noun of saying set off by a
comma, mended before every rule reads the parse: 'Police said 41 people died, a figure the army
disputes.', 'The union says pay was cut, a claim the airline rejects.'

The parser may take 'disputes' or 'rejects' for a plural noun, the head of a phrase ('the army
disputes') set beside 'a figure'; the writer's denial then had no verb. After a comma (or dash),
'a'/'an' and a noun of saying or of a figure, a phrase of a determiner and nouns whose last word
is the third-person form of a verb that disputes, ending the clause, is a relative clause: that
word is its verb and the noun before it its subject (``denials`` then gives the denial the clause
before the comma)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .denials import FIGURE_NOUNS
from .lexicon import active_lexicon
from .tables import words_of

_SETTING_OFF = frozenset([",", "\u2014", "\u2013", "--"])
_ENDS = frozenset([".", ",", ";", ":", "!", "?", "\u2014", "--", ")"])
#: the words of the subject phrase before the verb
_PHRASE = frozenset(["DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$", "POS"])


def denied_plurals(doc: Doc) -> tuple[dict[int, int], dict[int, str], list[Token]]:
    """The arcs that make such a word the verb of a relative clause on the noun, and the words."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[Token] = []
    lex = active_lexicon()
    w = words_of(doc)  # (the words' table, in step with the parse by ``tables.forget``: a Token made only past its tests)
    for i in range(4, len(w.text)):
        if w.tag[i] != "NNS" or not w.lower[i].endswith("s") or lex.verb_lemmas.get(w.lower[i]) not in lex.disputing_verbs:
            continue
        token = doc[i]
        if token.i + 1 < len(doc) and doc[token.i + 1].text not in _ENDS:
            continue
        noun = token.head
        lemma = noun.lemma_.lower()
        if noun.i >= token.i - 1 or noun.pos_ != "NOUN" or not (
                noun.lower_ in lex.speech_nouns or lemma in lex.speech_nouns or lemma in FIGURE_NOUNS):
            continue
        det = noun.i - 1
        if det < 1 or doc[det].lower_ not in ("a", "an") or doc[det - 1].text not in _SETTING_OFF:
            continue
        phrase = doc[noun.i + 1 : token.i]
        subject = doc[token.i - 1]
        if not all(t.tag_ in _PHRASE for t in phrase) or subject.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        heads[token.i], deps[token.i] = noun.i, "relcl"
        heads[subject.i], deps[subject.i] = token.i, "nsubj"
        for t in phrase[:-1]:
            if t.head.i == token.i:
                heads[t.i] = subject.i
        verbs.append(token)
    return heads, deps, verbs
