"""A sentence's verb of saying, thinking or showing read as a compound noun before the subject of the clause it
reports, mended before every rule reads the parse: 'Figures released on Monday show exports fell'.

With no 'that' after it, the parser may read a present verb after a subject ('Figures released on
Monday show', 'Some analysts say') as a noun modifying the first noun of the reported clause ('show
exports'), and hang both subjects on the clause's verb, which then has two; so too after a past participle phrase
set off by commas on the subject ('The figures, released by the statistics office, show unemployment fell', the
word then tagged a present verb). A noun that is a form of a cue verb, a compound on the subject of the sentence's
root verb, right after another subject, of that verb or of the word, whose phrase ends just before it (or before
the set-off phrase's closing comma), is that verb: it becomes the sentence's root with the first
subject as its own, and the root verb its clause. Only when nothing else of the root comes before
the word, the word holds nothing and opens the clause's subject ('The price show tickets rose' is no
sentence the parser reads so: a real compound's noun is its clause's only subject).
Two kin read apart: the compound inside the participle phrase of its own subject ('Data released by the
bank show X', ``participle_objects``) and a share's verb read as a modifier ('a third say X', ``share_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import VerbArcs
from .lexicon import active_lexicon
from .participle_objects import participle_object_verb
from .share_verbs import share_verb
from .tables import words_of

#: what the word may be tagged: a noun, or a present verb the parser still hung as a compound ('The figures,
#: released by X, show unemployment fell': 'show' a VBP, a compound of 'unemployment')
_WORD_TAGS = frozenset(["NN", "NNS", "VBP", "VBZ"])
#: what the word before the verb may be tagged: the end of its subject
_SUBJECT_END = frozenset(["NN", "NNS", "NNP", "NNPS", "CD"])


def compound_verbs(doc: Doc) -> VerbArcs:
    """The arcs that make each such compound the sentence's verb, and the verbs with their tags and lemmas."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lex = None
    words = words_of(doc)
    for i, dep in enumerate(words.dep):
        if dep == "amod" and words.lower[i] in ("say", "think", "believe", "expect", "feel", "want"):
            lex = lex or active_lexicon()
            if (shared := share_verb(lex, doc[i])) is not None:  # ('while a third say costs will rise')
                heads.update(shared[0])
                deps.update(shared[1])
                verbs.append((doc[i], "VBP", shared[2]))
            continue
        if dep != "compound" or i == 0 or words.tag[i] not in _WORD_TAGS or (
                words.tag[i - 1] not in _SUBJECT_END and words.text[i - 1] != ","):
            continue  # (no Token made)
        lex = lex or active_lexicon()
        lemma = lex.verb_lemmas.get(words.lower[i])
        if lemma is None or not (lemma in lex.cue_verbs or lemma in lex.poll_verbs) or words.lower[i] not in (lemma, lemma + "s"):
            continue
        token = doc[i]
        if (arcs := participle_object_verb(token)) is not None:  # ('Data released by the bank show X')
            heads.update(arcs[0])
            deps.update(arcs[1])
            verbs.append((token, "VBP" if token.lower_ == lemma else "VBZ", lemma))
            continue
        noun, verb = token.head, token.head.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or any(c.i < i for c in noun.lefts if c.i != i):
            continue
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
            continue
        # (the first subject hung on the verb's, or on the word itself: 'Data released X show' with 'Data' on 'show')
        subject = next((c for c in (*token.children, *verb.children) if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        commas = _set_off_commas(subject, i) if subject is not None else ()
        # (the phrase's closing comma may hang on the subject, or on the clause's verb)
        if subject is None or subject.right_edge.i not in (i - 1, i - 1 - bool(commas)) or any(
                c.i != subject.i for c in token.children) or any(
                c.i < i and c.i != subject.i and c.i not in commas for c in verb.children) or any(
                t.is_punct for t in doc[subject.left_edge.i : i] if t.i not in commas):
            continue
        for comma in commas:  # (the commas go on the subject: the parser may hang the closing one on the clause)
            heads[comma], deps[comma] = subject.i, "punct"
        heads[i], deps[i] = i, "ROOT"
        heads[subject.i], deps[subject.i] = i, "nsubj"
        heads[verb.i], deps[verb.i] = i, "ccomp"
        verbs.append((token, "VBP" if token.lower_ == lemma else "VBZ", lemma))
    return heads, deps, verbs


def _set_off_commas(subject: Token, i: int) -> tuple[int, ...]:
    """The two commas around a past participle phrase set off on the subject right before the word at ``i``
    ('The figures, released by the statistics office, show X': PolNeAR keeps the phrase in the source); none when
    the subject has no such phrase or its commas are not the phrase's alone."""
    doc = subject.doc
    participle = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > subject.i), None)
    if participle is None:
        return ()
    opening, closing = participle.left_edge.i - 1, participle.right_edge.i + 1
    if (closing != i - 1 or subject.left_edge.i > opening or doc[opening].text != "," or doc[closing].text != ","
            or participle.left_edge.i != participle.i):
        return ()
    return (opening, closing)
