"""'Recall' with a firm for its subject and a thing for its object, a product withdrawn from sale and no memory told:
'Greenfold Foods is recalling its bags of mixed leaves', 'The retailer has recalled its own-brand pizzas'. A person
who recalls a thing tells what they remember ('She recalled the day the mill burned down', a cue PolNeAR marks 47 of
60 times on train, none with a firm for its subject); a firm remembers nothing in the news, it takes goods back."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon

#: nouns of a trading firm not among the words that make a name a body's (``organisation_words.txt``)
_FIRMS = frozenset(["retailer", "supermarket", "firm", "maker", "manufacturer", "producer", "supplier", "chain",
                    "brand", "carmaker", "grocer", "processor", "importer", "distributor", "wholesaler"])
#: what is remembered, not taken back: a time ('the day the mill closed') or a person's own ('his first job')
_TIMES = frozenset(["day", "night", "time", "moment", "year", "week", "month", "morning", "evening", "afternoon", "era",
                    "occasion", "meeting", "conversation", "visit", "childhood", "summer", "winter"])
_PERSONAL = frozenset(["his", "her", "my", "our", "your"])


def _remembered(thing: Token) -> bool:
    """Whether the object of 'recall' is a time or a person's own, a memory whoever the NER took its subject for
    ('Ford recalled his first meeting with X', 'Disney recalled the moment he first saw the park')."""
    return thing.lemma_.lower() in _TIMES or any(c.dep_ == "poss" and c.lower_ in _PERSONAL for c in thing.children)


def product_recalled(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is 'recall' with a firm for its subject and a noun for its object ('Halvorsen Dairies
    recalled its yoghurts'), not a clause nor a person's memory ('The minister recalled that X')."""
    if verb.lemma_.lower() != "recall":
        return False
    children = list(children_of(verb))
    goods = [c for c in children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if not goods or any(_remembered(c) for c in goods):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("conj", "xcomp"):  # 'The firm apologised and recalled X', 'had to recall X'
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ not in _FIRMS and c.lower_ not in lex.organisation_words
           for c in subject.children):
        return False  # 'Roffman, a securities analyst for X, recalled numerous calls': a person the NER took for a body
    word = subject.lower_
    return subject.ent_type_ == "ORG" or word in _FIRMS or word in lex.organisation_words
