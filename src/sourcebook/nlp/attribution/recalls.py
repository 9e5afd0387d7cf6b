"""'Recall' in its other sense: a country recalls its ambassador, a maker recalls its heaters. The verb
reports a memory spoken aloud ('She recalled the night the soldiers came', 'recalled that X'), but
an object that is a person, a role or a product, with nothing after it but where it goes or comes
from, is called back, and says nothing (for ``objects._clausal``); and a phrase after it with no
object ('Heaters recalled over fire risk') gives the reason a thing is called back, no topic of a
memory (for ``phrase_contents.prepositional_content``). A maker or a firm (``source_types/company.txt``, a word
ending in '-maker', or a firm's name ending in one of them) that recalls a thing calls it back as
well ('The carmaker recalled thousands of vans', 'Ovenly recalled its cookies'): firms hold no
memories, and a memory has a clause on its noun or is of a time ('recalled the days when X', which
stays); a firm that recalls with no 'that' clause reports nothing whatever the parser made of the
rest ('Corner Grocer recalls peanut butter over salmonella fears', 'fears' read as a clause's verb:
``by_a_firm`` for ``senses.other_sense``). And a memory test's score ('Older participants recalled
fewer words than younger ones'): how much one remembered, no memory told."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon
from .syntax import source_like


def called_back(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """Whether ``obj`` of 'recall' is one called back: 'recalled its ambassador to Ankara', 'recalled
    the heaters' (a noun of a role, or a plural with a person's or a maker's ending, with no name or
    time in it and no phrase after it but one of place; not 'recalled her opposition to X', nor 'a
    report from the campaign that X'), or the reason it is called back, read as a particle's object."""
    if lemma == "recall" and any(c.dep_ == "prt" and c.lower_ == "over" and c.i < obj.i for c in obj.head.children):
        return True  # 'Cars recalled over faulty airbags': the phrase of the reason read as a particle and its object
    if lemma == "recall" and obj.pos_ == "NOUN" and obj.ent_type_ not in _TIMES and _by_a_maker(obj.head) and not any(
            c.dep_ in ("relcl", "acl") for c in obj.subtree if c.head.i == obj.i or c.head.head.i == obj.i):
        return True  # 'The carmaker recalled thousands of vans'
    if lemma == "recall" and obj.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _SCORES for c in obj.children):
        return True  # 'Participants recalled fewer words': a memory test's score, no memory told
    if lemma != "recall" or obj.pos_ != "NOUN" or obj.ent_type_ or not all(c.lower_ in ("to", "from", "in") for c in obj.rights):
        return False
    word = obj.lemma_.lower()
    return word in lex.role_nouns or obj.tag_ == "NNS" and obj.lower_.endswith(("ers", "ors")) and source_like(lex, obj)


#: the comparatives of a memory test's score ('recalled fewer words', 'more items')
_SCORES = frozenset(["fewer", "more", "less", "most", "fewest"])
#: what a memory is of, never a thing called back ('recalled the days when X')
_TIMES = frozenset(["DATE", "TIME", "EVENT"])


def _by_a_maker(verb: Token) -> bool:
    """Whether the subject of ``verb`` is a firm or a maker ('the carmaker', 'toy makers', 'Ovenly Ltd'; not a
    name alone, which the parser often takes a person's for a firm's)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    word = subject.lemma_.lower()  # (not any name the parser calls a firm's: 'Roffman recalled his calls')
    return subject.lower_.rstrip(".") in word_set("source_types/company") or subject.pos_ == "NOUN" and (
        word in word_set("source_types/company") or word.endswith("maker"))


#: the people the company list names, who hold memories ('The founder recalled the early days')
_FIRMS_PEOPLE = frozenset(["investor", "investors", "shareholder", "shareholders"])


def by_a_firm(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is 'recall' with a firm or a maker for subject and no clause opened by 'that'
    or a question word, a thing called back ('The grocer recalls peanut butter over salmonella fears';
    not 'The carmaker recalled that the fault was found in 2019'). Not a firm's person, a role
    (``role_nouns``) or its investors, whose memory it is whatever follows ('The founder recalled the early
    days', '"We had nothing," the chairman recalled', 'The chief executive recalled being told X')."""
    if verb.lemma_.lower() != "recall":
        return False  # (asked of every cue verb by ``senses.other_sense``)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() in lex.role_nouns or subject.lower_ in _FIRMS_PEOPLE:
        return False
    return _by_a_maker(verb) and not any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" or g.tag_.startswith("W") for g in c.children) for c in verb.children)


def no_topic(verb: Token) -> bool:
    """Whether a preposition's phrase after ``verb`` can be no content: 'recall' holds a memory in its
    object or clause ('recalled the night', 'recalled that X'), never in a phrase, so 'Toasters recalled
    over fire risk' (a headline's product, title-cased like a name) and 'recalled over dinner that X'
    report nothing with it."""
    return verb.lemma_.lower() == "recall" or verb.lower_.startswith("recall")
