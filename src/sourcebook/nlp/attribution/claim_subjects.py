"""A noun with its 'that' clause as the subject of the sentence's verb, mended before every rule
reads the parse: "His accuser's claim that he had threatened her was rejected by the jury.",
'The rumour that the mayor had misled them was never proved.'

The parser may read the sentence as a noun phrase: the noun its root, the clause opened by 'that'
hung on it, and the sentence's own verb ('was rejected') a clause of the inner verb's, whose
object ('her') it takes as its subject. The report's content then ran on past the clause into
the sentence's verb. A sentence that ends in a full stop has a verb: when its root is a noun
whose 'that' clause holds a verb whose object is read as the subject of a finite verb right
after it (no 'that', no comma between), and the inner verb is no verb of saying or thinking
(which takes a clause: 'the claim that he said she was lying') unless the object is a pronoun no
verb takes as its subject ('her', 'him', 'them'), that finite verb is the
sentence's, the noun its subject and the object the inner verb's again.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon

_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: pronouns no finite verb takes as its subject
_OBJECT_CASE = frozenset(["her", "him", "them", "me", "us", "whom"])


def claim_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make the verb after a noun's 'that' clause the sentence's, with the noun its subject."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = active_lexicon()
    for sent in doc.sents:
        noun = sent.root
        if noun.pos_ not in ("NOUN", "PROPN") or sent[-1].text not in (".", "!"):
            continue
        clause = next((c for c in noun.rights if c.dep_ == "acl"
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            continue
        verb = next((c for c in clause.rights if c.dep_ == "ccomp"), None)
        if verb is None or any(c.dep_ == "mark" for c in verb.children):
            continue
        subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        finite = [t for t in verb.lefts if t.dep_ in ("aux", "auxpass")] + [verb]
        if subject is None or subject.left_edge.i != clause.i + 1 or not any(t.tag_ in _FINITE for t in finite):
            continue
        if any(t.is_punct for t in doc[clause.i : verb.i]):
            continue
        says = clause.lower_ in lex.speech_forms or clause.lemma_.lower() in lex.speech | lex.belief | lex.cue_verbs
        if not (subject.lower_ in _OBJECT_CASE and subject.n_lefts + subject.n_rights == 0) and says:
            continue  # ('the claim that he said officials were lying': a clause the inner verb takes; not 'her was')
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[noun.i], deps[noun.i] = verb.i, "nsubjpass" if subject.dep_ == "nsubjpass" else "nsubj"
        heads[subject.i], deps[subject.i] = clause.i, "dobj"
        for child in noun.rights:
            if child.i > verb.i:
                heads[child.i], deps[child.i] = verb.i, child.dep_
    return heads, deps
