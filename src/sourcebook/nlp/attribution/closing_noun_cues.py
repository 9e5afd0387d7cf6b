"""A verb of saying that closes its sentence after the report, a comma or a closing quotation mark
and its subject, read as a noun, mended before every rule reads the parse: 'The bridge must close
for repairs, county engineer reports.', '"We will appeal," the two firms state in a filing.'

After a report and a comma the parser may read a bare subject and its verb ('county engineer
reports', 'a voice-over in the advert states') as one noun phrase, the verb its last noun, and hang
it on the report as an apposition or an object; the report then has no cue. A lower-case word right
after such a phrase that is a present form of a verb of saying agreeing with the noun before it
(the third person after a singular noun or a name, 'the memo states'; the bare form after a plural,
'the Saudis state', or after a determiner and a number, 'the two write'), with nothing after it but
the closing mark or a phrase of where ('in a filing'), is that verb: the sentence's root, the noun
its subject and the report its clause. Not a noun ending a list or an aside ('in Ohio, a swing
state.', 'bold, costly promises.', 'the United States.'), nor one after a verb or an opening mark
('making air quotes.', '"talking points."'), nor one whose subject cannot speak ('The kit holds a pen, a
ruler, lecture notes.': 'lecture' holds no report, ``syntax.source_like``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import sentence_at
from .arcs import VerbArcs
from .lexicon import Lexicon, active_lexicon
from .syntax import source_like
from .tables import words_of

#: the tags of a subject phrase's words between the comma and the verb
_PHRASE = frozenset(["DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "HYPH", "CD", "FW"])
#: the tags of a singular subject's last word (before the third person) and a plural one's (before the bare form)
_SINGULAR = frozenset(["NN", "NNP"])
_PLURAL = frozenset(["NNS", "NNPS"])
#: the tags of the last word of a report before its comma (not an adjective or a determiner of a list)
_NOT_ENDING = frozenset(["JJ", "JJR", "JJS", "DT", "CC", "PRP$", "IN"])


def closing_noun_cues(doc: Doc) -> VerbArcs:
    """The arcs that make each such noun its sentence's verb, and the verbs with their tags and lemmas."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[tuple[Token, str, str]] = []
    lex = None
    words = words_of(doc)
    for i, tag in enumerate(words.tag):
        if tag not in ("NN", "NNS") or i < 3 or words.text[i] != words.lower[i]:
            continue  # (no Token made)
        lex = lex or active_lexicon()
        lemma = lex.verb_lemmas.get(words.lower[i])
        if lemma is None or lemma not in lex.speech:
            continue
        third = words.lower[i] != lemma
        found = _closing(lex, doc, i, third)
        if found is None:
            continue
        boundary, subject = found
        sent = sentence_at(doc, i)
        arcs: dict[int, int] = {}
        relations: dict[int, str] = {}
        for t in doc[sent.start : sent.end]:
            if t.i == i:
                continue
            if t.i <= boundary.i and (t.head.i == t.i or not sent.start <= t.head.i <= boundary.i):
                # (the report's top word: the verb's clause; its comma and marks the verb's too)
                arcs[t.i], relations[t.i] = i, "punct" if t.is_punct else ("ccomp" if t.pos_ in ("VERB", "AUX") else t.dep_)
            elif boundary.i < t.i < i and t.i != subject.i and not (boundary.i < t.head.i < i):
                arcs[t.i] = subject.i
            elif t.i > i and not (i < t.head.i < sent.end):
                arcs[t.i] = i
        if "ccomp" not in relations.values():
            continue  # (no clause reported before it)
        arcs[subject.i], relations[subject.i] = i, "nsubj"
        arcs[i], relations[i] = i, "ROOT"
        heads.update(arcs)
        deps.update(relations)
        verbs.append((doc[i], "VBZ" if third else "VBP", lemma))
    return heads, deps, verbs


def _closing(lex: Lexicon, doc: Doc, i: int, third: bool) -> tuple[Token, Token] | None:
    """(the comma or closing mark before the subject, the subject's head) when the word at ``i``
    closes its sentence after a report and its subject."""
    sent = sentence_at(doc, i)
    before = doc[i - 1]
    if third and before.tag_ not in _SINGULAR or not third and not (
            before.tag_ in _PLURAL or before.tag_ == "CD" and doc[i - 2].tag_ == "DT"):
        return None
    if before.ent_type_ in ("DATE", "TIME", "CARDINAL") and before.tag_ != "CD":
        return None
    j = i - 1
    subject = before
    while j > sent.start and (doc[j].tag_ in _PHRASE or doc[j].lower_ in ("in", "of", "for") and doc[j + 1].tag_ == "DT"):
        if doc[j].tag_ == "IN":
            subject = doc[j - 1]  # ('a voice-over in the advert states': the phrase before the preposition)
        j -= 1
    boundary = doc[j]
    if boundary.tag_ not in (",", "''") or j == i - 1 or j - 1 < sent.start:
        return None
    if boundary.tag_ == "," and doc[j - 1].tag_ in _NOT_ENDING or subject.tag_ not in _SINGULAR | _PLURAL | {"CD"}:
        return None
    if not source_like(lex, subject):
        return None  # ('a pen, a ruler, lecture notes.': a list's last noun, not a speaker)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : j]):
        return None  # (the words before are a clause)
    k = i + 1
    if k < sent.end and doc[k].lower_ in ("in", "on"):
        k = doc[k].right_edge.i + 1  # ('the firms state in a filing.')
    rest = [t for t in doc[k : sent.end] if not t.is_space]
    if rest and not all(t.is_punct and t.text not in (",", ";", ":") for t in rest):
        return None
    return boundary, subject
