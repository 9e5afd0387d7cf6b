"""A cue verb set after a reported clause with its subject after it, the parser reading the verb as
the clause's next verb and the subject as its object, mended before every rule reads the parse:
'The pier will close in May, explained the harbour master, Ada Reyes.', 'Costs will double,
estimated the treasurer.'

With no quotation before it (``inverted`` mends that case) the parser may hang such a verb on the
reported clause's verb as a conjunct with no 'and', and the noun phrase after it as its object: the
cue then had no subject and reported nothing. A verb of saying that has no subject of its own, set
right after a comma, whose object opens right after it and runs to the sentence's end, after a
clause with a subject of its own, is the inverted cue: the phrase is its subject and the clause
before the comma its report: a verb of reporting a fact or a figure (``speech_verbs.txt``'s ``+figures``;
not 'praised the volunteers', a second act). Not a verb whose object is the one addressed ('told the court': the
speaker may be the clause's subject, doing two things), but for a verb of warning, whose one addressed is
optional and which so placed is the inverted cue ('The ice is thin, cautioned the ranger.'; the parser may
also hang it as a bare dependent), nor a thing for the phrase
('The board met, announced the merger': two acts), nor a verb joined by 'and' or with a clause of its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .arcs import merged
from .lexicon import active_lexicon
from .tables import places, words_of
from .word_forms import listed

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl"])
#: verbs of warning: their one addressed is optional, so 'X, warned the ranger.' is the inverted cue
_WARNING = frozenset(["warn", "caution"])
#: what the verb may take besides its object ('also estimated', the sentence's full stop)
_ALLOWED = frozenset(["dobj", "punct", "advmod", "neg"])
#: the tags of such a verb, whose places are found in C
_PAST_PRESENT = frozenset(["VBD", "VBZ"])


def clause_inversions(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make each such verb the head of its sentence, the phrase after it its subject
    and the clause before it its report (empty when no sentence reads so)."""
    return merged(_arcs(verb) for verb in _verbs(doc))


def _verbs(doc: Doc) -> Iterator[Token]:
    """The verbs of saying hung as a conjunct right after a comma (read from the arrays first)."""
    lex = active_lexicon()
    words = words_of(doc)
    for i in places(words.tag, _PAST_PRESENT, 3, len(words.tag)):  # (found in C)
        dep = words.dep[i]
        if (dep in ("conj", "dep", "ROOT") and words.text[i - 1] == ","
                and words.lower[i] in lex.speech_forms and ((lemma := words.lemma[i].lower()) in _WARNING or (
                    lemma in lex.figure_verbs and lemma not in lex.addressee_verbs))
                and (words.head[i] < i - 1 or dep == "ROOT")):
            yield doc[i]


def _clause_below(verb: Token) -> Token | None:
    """'The river will peak on Sunday, warned the chief': the parser may make the verb of saying the
    sentence's head, the clause before the comma its bare clause ('advcl', 'ccomp') and the phrase after
    it its object; that clause (with a subject of its own, opened by no conjunction: not 'If it rains,
    warned X') is read as the conjunct's head is."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < verb.i]
    if len(clauses) != 1 or clauses[0].right_edge.i != verb.i - 2 or clauses[0].pos_ not in ("VERB", "AUX"):
        return None
    clause = clauses[0]
    if any(c.dep_ == "mark" for c in clause.children) or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return clause


def _names_someone(token: Token) -> bool:
    """A name, a named person, group or place, or a noun that can head a source ('the treasurer')."""
    lex = active_lexicon()
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
        token.pos_ == "NOUN" and listed(token, lex.speaking_nouns))


def _arcs(verb: Token) -> tuple[dict[int, int], dict[int, str]] | None:
    doc = verb.doc
    below = _clause_below(verb) if verb.dep_ == "ROOT" else None
    clause = below if below is not None else verb.head
    if below is None and (clause.dep_ != "ROOT" or clause.pos_ not in ("VERB", "AUX") or clause.i == verb.i):
        return None
    if not any(c.dep_ in _SUBJECTS and c.i < clause.i for c in clause.children):
        return None  # (no clause of its own before the comma)
    if any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children):
        return None  # ('X, and added Y')
    if verb.lemma_.lower() in _WARNING and _a_deed(clause):
        return None  # ('The captain sounded the alarm, warned the crew.': her next act, the crew warned)
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ not in _ALLOWED and c.i != clause.i for c in children):
        return None
    subject = objects[0]
    if subject.left_edge.i != verb.i + 1 or not (_names_someone(subject) or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)):  # ('the treasurer, Ida Moss')
        return None  # (a thing: 'The board met, announced the merger' is two acts)
    sent_end = clause.right_edge.i if clause.right_edge.i > verb.right_edge.i else verb.right_edge.i
    if any(not (t.is_punct or t.is_space) for t in doc[subject.right_edge.i + 1 : sent_end + 1]):
        return None  # (the phrase ends the sentence)
    heads = {verb.i: verb.i, subject.i: verb.i, clause.i: verb.i}
    deps = {verb.i: "ROOT", subject.i: "nsubj", clause.i: "ccomp"}
    for child in clause.children:  # (the sentence's full stop, hung on the clause's verb)
        if child.dep_ == "punct" and child.i > verb.i:
            heads[child.i], deps[child.i] = verb.i, "punct"
    return heads, deps


def _a_deed(clause: Token) -> bool:
    """Whether ``clause`` tells in the past what someone did ('The captain sounded the alarm'), so a
    verb of warning after it may be that person's next act; not a thing's ('The fire spread') nor a
    state ('The minister is wrong')."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS and c.i < clause.i), None)
    return (subject is not None and (_names_someone(subject) or subject.lower_ in ("he", "she", "they", "we", "i"))
            and clause.tag_ == "VBD" and clause.pos_ == "VERB")
