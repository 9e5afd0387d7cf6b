"""A name that belongs to the role ending a phrase that opens the sentence, which the parser made
the cue's subject with the real subject its apposition: 'In a letter signed by its secretary,
Ada Eze, the guild said X' read as 'Ada Eze, the guild, said X'. The name, set off by commas
right after the role ('secretary'), says who signed, spoke or wrote for the body; the body after
it is who the cue reports, so the source starts at that apposition. The role is the body's own
('its spokesman', 'their secretary'), which is what tells the name is no subject. Frequent in West African
and South Asian press ('in a statement signed by its spokesman, X, the party noted'); a phrase
that ends with a place or a thing ('In Accra, Ada Eze, the guild's head, said') keeps the name, and so
does an apposition naming one person's role ('..., signed by its secretary, Ada Eze, a retired nurse,
said': no body the role could be of, so the name is the subject and the role its description).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import active_lexicon


def body_after_fronted_role(name: Token) -> Token | None:
    """The first token of the apposition that is the real subject when ``name`` (the cue's subject)
    names the role ending the sentence's opening phrase ('..., signed by its spokesman, | X, the
    union,'), else None."""
    doc = name.doc
    first = name.left_edge.i
    if name.pos_ != "PROPN" or first < 4 or doc[first - 1].text != ",":
        return None
    role = doc[first - 2]
    if role.pos_ != "NOUN" or role.dep_ != "pobj" or role.lemma_.lower() not in active_lexicon().speaking_nouns:
        return None
    # the role is the body's, named before it ('its spokesman', 'their secretary'): not 'In an
    # interview with reporters, Ann Lee, a former aide, said'
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in role.children):
        return None
    opening = role
    while opening.head.i != opening.i and opening.head.i < first:
        opening = opening.head
    verb = opening.head
    # the phrase hangs on the cue and opens the sentence; the name is the cue's subject, or the
    # role's apposition with the cue left without one ('..., its spokesman, X, the union, noted')
    subject = name.dep_ == "nsubj" and name.head.i == verb.i or name.dep_ == "appos" and name.head.i == role.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not subject or opening.dep_ != "prep" or verb.i <= name.i or not doc[opening.left_edge.i].is_sent_start:
        return None
    body = next((c for c in name.rights if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","), None)
    if body is None or body.pos_ not in ("PROPN", "NOUN") or body.ent_type_ == "PERSON" or _one_person(body):
        return None
    return doc[body.left_edge.i]


def _one_person(body: Token) -> bool:
    """Whether ``body`` is one person's role ('the chairman of the party', 'a retired teacher'), not a
    body ('the union', 'the ministry') nor a group of people ('the farmers')."""
    lex = active_lexicon()
    lemma = body.lemma_.lower()
    return body.tag_ == "NN" and lemma in lex.role_nouns and lemma not in lex.organisation_words
