"""'Recall' in its other sense: a country recalls its ambassador, a maker recalls its heaters. The
verb reports a memory spoken aloud ('She recalled the night the soldiers came', 'recalled that X'),
but an object that is a person, a role or a product, with nothing after it but where it goes or
comes from, is called back, and says nothing (for ``objects._clausal``); and a phrase after it with
no object ('Heaters recalled over fire risk') gives the reason a thing is called back, no topic of a
memory (for ``content._prepositional``)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like


def called_back(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """Whether ``obj`` of 'recall' is one called back: 'recalled its ambassador to Ankara', 'recalled
    the heaters' (a noun of a role, or a plural with a person's or a maker's ending, with no name or
    time in it and no phrase after it but one of place; not 'recalled her opposition to X', nor 'a
    report from the campaign that X'), or the reason it is called back, read as a particle's object."""
    if lemma == "recall" and any(c.dep_ == "prt" and c.lower_ == "over" and c.i < obj.i for c in obj.head.children):
        return True  # 'Cars recalled over faulty airbags': the phrase of the reason read as a particle and its object
    if lemma != "recall" or obj.pos_ != "NOUN" or obj.ent_type_ or not all(c.lower_ in ("to", "from", "in") for c in obj.rights):
        return False
    word = obj.lemma_.lower()
    return word in lex.role_nouns or obj.tag_ == "NNS" and obj.lower_.endswith(("ers", "ors")) and source_like(lex, obj)


def no_topic(verb: Token) -> bool:
    """Whether a preposition's phrase after ``verb`` can be no content: 'recall' holds a memory in its
    object or clause ('recalled the night', 'recalled that X'), never in a phrase, so 'Toasters recalled
    over fire risk' (a headline's product, title-cased like a name) and 'recalled over dinner that X'
    report nothing with it."""
    return verb.lemma_.lower() == "recall" or verb.lower_.startswith("recall")
