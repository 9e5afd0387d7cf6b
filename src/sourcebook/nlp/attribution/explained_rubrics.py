"""An explainer's headline that names its topic and the question it answers: 'Sugar tax explained: what
changes on 1 April?', 'Pension changes explained: who gets more?'. The topic is the one explained (a
passive with its auxiliary dropped), the question after the colon is the reader's, and no one said
anything; so 'explained' there is no cue. Only a headline's bare topic (a common noun with no article or
possessive, of no person or body, ``naming.noun_kind``: 'Water bills explained'; not 'The minister explained:
we had no choice', nor 'Nurses explained: why do we strike?'), the colon right after the verb and the words
after it a question."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .naming import noun_kind


def explained_rubric(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is the 'explained' of an explainer's headline 'Topic explained: question?'."""
    doc = verb.doc
    if verb.lemma_.lower() != "explain" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":":
        return False
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or any(
            c.dep_ in ("det", "poss") for c in subject.children):
        return False
    line_end = next((t.i for t in doc[verb.i + 1 :] if "\n" in t.text), len(doc))
    return doc[line_end - 1].text == "?" and noun_kind(subject, lex) is None
