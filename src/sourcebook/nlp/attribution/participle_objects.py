"""A verb of saying or showing read as a compound inside the participle phrase of its own subject:
'Data released by the agency show rents fell', 'Figures published on Friday show output rose'.

The parser may run the participle's phrase on over the verb and the reported clause's subject ('by the
agency show rents', 'rents' the object of 'by' with 'agency show' its compounds), leaving the sentence's
subject ('Data') with the clause's verb ('fell'). The compound, a form of a cue verb right after a noun,
whose head is the object of a preposition in a participle phrase hung on the subject of the sentence's
root verb, is that verb: it becomes the sentence's root with that subject as its own, the root verb its
clause, the noun after it that clause's subject, and the noun before it the preposition's object again.
Only when the root verb comes after that noun and the words between the compound and the noun hang
on the noun ('Reports sent to the board members say X' with no verb form in the middle stays as it is).
"""

from __future__ import annotations

from spacy.tokens import Token


def participle_object_verb(token: Token) -> tuple[dict[int, int], dict[int, str]] | None:
    """The arcs that make ``token`` (a compound, checked to be a cue verb's form) the sentence's verb,
    when its noun is the object of a preposition in its subject's participle phrase; None otherwise."""
    doc = token.doc
    noun = token.head
    if noun.dep_ != "pobj" or noun.i <= token.i or any(t.head.i != noun.i for t in doc[token.i + 1 : noun.i]):
        return None
    prep = noun.head
    participle = prep.head
    while participle.dep_ == "prep" or participle.dep_ == "pobj":  # ('released on Friday by the agency')
        participle = participle.head
    subject = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subject.head
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i or subject.i > participle.i:
        return None
    before = doc[token.i - 1]
    if before.is_punct or before.i <= prep.i or before.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    heads = {token.i: token.i, subject.i: token.i, verb.i: token.i, noun.i: verb.i, before.i: prep.i}
    deps = {token.i: "ROOT", subject.i: "nsubj", verb.i: "ccomp", noun.i: "nsubj", before.i: "pobj"}
    for t in doc[prep.i + 1 : before.i]:  # ('by the agency': the words before the noun hang on it again)
        if t.head.i in (noun.i, token.i):
            heads[t.i] = before.i
    return heads, deps
