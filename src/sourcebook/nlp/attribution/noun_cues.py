"""A verb of saying in the present read as a plural noun, mended before every rule reads the
parse: 'As the editorial notes, the city has not raised taxes.', 'The ruling states that the law
is void.'

The parser may take 'notes' or 'states' for a plural noun: after 'As' at the head of the
sentence or set off by commas inside it, the object of 'As' ('As the editorial notes', 'The
survey, as the report notes, asked X'); at the head of a sentence whose clause
opened by 'that' it holds, the sentence's root with the word before it an adjective or a
gerund ('The ruling states that X'). Either way the report had no verb. A word that is the third
person of a verb of saying or thinking, in such a place, is that verb, and the noun before it
(the last word of a phrase of determiners, adjectives and nouns) its subject: the 'As' clause a
clause of the sentence's verb, the root keeping its 'that' clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import set_arcs
from .lexicon import active_lexicon
from .tables import forget, positions, words_of

#: the words of the subject phrase before the verb
_PHRASE = frozenset(["DT", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$", "POS", "VBG", "VBN"])
#: what the subject's last word may be tagged when it is read as a modifier of the plural
_SUBJECT = frozenset(["NN", "NNP", "JJ", "VBG"])


def noun_cues(doc: Doc) -> tuple[dict[int, int], dict[int, str], list[Token], list[Token]]:
    """The arcs that make each such plural a verb with the noun before it its subject, the plurals
    and the subjects (to be given a verb's and a noun's tags)."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[Token] = []
    subjects: list[Token] = []
    lex = None
    words = words_of(doc)
    for i in positions(words.tag, "NNS", 0, len(words.tag)):  # (found in C: the 'NNS' words only)
        if i < 2 or not words.lower[i].endswith("s"):
            continue  # (no Token made)
        lex = lex or active_lexicon()
        lemma = lex.verb_lemmas.get(words.lower[i])
        if lemma is None or lemma not in lex.speech and lemma not in lex.belief:
            continue
        token = doc[i]
        subject = doc[token.i - 1]
        if subject.tag_ not in _SUBJECT or subject.head.i != token.i or subject.ent_type_ in ("DATE", "TIME"):
            continue
        start = token.left_edge.i + (token.left_edge.lower_ == "as" and token.left_edge.dep_ == "mark")
        if not all(t.tag_ in _PHRASE for t in doc[start : token.i]):
            continue
        as_ = doc[start - 1] if start > 0 else None
        clause = next((c for c in token.children if c.dep_ in ("ccomp", "acl", "relcl") and c.i > token.i
                       and c.left_edge.lower_ == "that" and (c.dep_ == "ccomp" or c.left_edge.dep_ == "mark")), None)
        if as_ is not None and as_.lower_ == "as" and (_opens(as_) or doc[as_.i - 1].text == ",") and (
                token.i + 1 < len(doc) and doc[token.i + 1].text == ","):
            if token.dep_ == "pobj" and as_.i == token.head.i and as_.head.i > token.i:
                heads[token.i], deps[token.i] = as_.head.i, "advcl"  # 'As the editorial notes, X'
                heads[as_.i], deps[as_.i] = token.i, "mark"
            elif not (token.dep_ in ("advcl", "appos", "npadvmod") and as_.head.i == token.i and as_.dep_ == "mark"):
                continue  # (or only its tag: 'As the lawsuit claims, X'; or its relation: 'X, as the report admits,')
            elif token.dep_ != "advcl":
                deps[token.i] = "advcl"
        elif token.dep_ == "ROOT" and _opens(doc[start]) and clause is not None:
            heads[clause.i], deps[clause.i] = token.i, "ccomp"  # 'The ruling states that X'
        else:
            continue
        heads[subject.i], deps[subject.i] = token.i, "nsubj"
        for t in doc[start : subject.i]:
            if t.head.i == token.i:
                heads[t.i] = subject.i
        verbs.append(token)
        subjects.append(subject)
    return heads, deps, verbs, subjects


def mend_noun_cues(doc: Doc) -> None:
    """Make each such plural a verb in place (for a sentence read again: 'The survey, as the report
    notes, asked X', where the first parse hung 'asked' on 'notes' and only the second reads 'as
    the report notes' as an aside)."""
    heads, deps, verbs, subjects = noun_cues(doc)
    if not heads or not set_arcs(doc, heads, deps):
        return
    for verb in verbs:
        verb.tag_, verb.pos_ = "VBZ", "VERB"
    for noun in subjects:
        if noun.tag_ in ("JJ", "VBG"):
            noun.tag_, noun.pos_, noun.lemma_ = "NN", "NOUN", noun.lower_
    forget(doc)


def _opens(token: Token) -> bool:
    """Whether ``token`` is the first word of its sentence."""
    return token.is_sent_start is True or token.i == 0
