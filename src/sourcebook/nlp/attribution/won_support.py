"""Support that someone has or wins among those who give it: 'the mayor has strong support among
farmers', 'she won the endorsement of the teachers' union', 'he earned the backing of two
senators', 'her support among older voters is slipping', 'rose with the support of local groups'.

The holders are the object of the noun's 'among' phrase (or one the parser hung on the verb right
after the noun's phrase), or of its 'of' phrase when a verb of having or winning takes the noun:
they back the one who has the support, the noun's possessor ('her support among X') or else the
verb's subject; after 'with', only when a person or a body acts with the support ('the farm survived
with the support of neighbours': their help, not their side). ``drawn_criticism`` reads the 'from'
phrase ('won support from farmers'); ``stances`` reads the possessor as the holder, which it is
with 'for' ('her support for X') and not with 'among'. The holders must be ones that can take a side
(``holders.holds_views``: 'the deck has the support of steel beams' holds none), and the noun's own
'for' phrase, when it has one, names what they back ('support among farmers for the levy'). Support had
of a funder, of one's own people or by a venture or a made thing is help, not a side, and one only
sought is not had (``support_senses``: 'won the backing of a bank', 'in a bid to win the support of X')."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .holders import holds_views
from .lexicon import Lexicon
from .set_adjectives import phrase_without_aside, reports_inside
from .support_senses import help_not_side, sought
from .syntax import first_child, source_span, span_of, subject_of

#: nouns of support given to someone (lemmas, and the form of 'backing' read as a noun)
WON_NOUNS = frozenset(["support", "endorsement", "backing"])
#: verbs of having or winning the support that holders give (beside the lexicon's verbs of receiving)
_HAVING = frozenset(["win", "gain", "garner", "get", "have", "enjoy", "lock", "consolidate", "pick", "command",
                     "retain", "boast", "hold", "build", "keep", "maintain"])


def won_support(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'X has strong support among Y', 'X won the endorsement of Y', "X's support among Y"."""
    if noun.lemma_.lower() not in WON_NOUNS and noun.lower_ != "backing":
        return None
    governor = _governor(noun)
    # ('with the support of X': the one who acts has it)
    having = governor is not None and (noun.dep_ == "pobj" or governor.lemma_.lower() in lex.receiving_verbs | _HAVING)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    # ('with the support of X' is as often help as a side taken: 'was built with the support of volunteers', 'the
    # farm survived with the support of neighbours'; a side only when a person or a body acts with it)
    helped = noun.dep_ == "pobj" and governor is not None and not _actor(governor)
    among = _holder(noun, governor, "among")
    holder = among or (_holder(noun, None, "of") if having and owner is None and not helped else None)
    if holder is None or not holds_views(lex, holder) or holder.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
        return None
    if governor is not None and sought(governor):
        return None  # ('in an effort to win the support of X': sought, not had; ``support_senses``)
    source = source_span(text, holder)
    topic = _for(noun)
    if topic is None and (topic := _for(holder)) is not None:  # ('support among economists for a tax' read so)
        source = (source[0], topic.head.idx)
    if topic is None:
        topic = owner if owner is not None else subject_of(governor) if having and governor is not None else None
    if topic is None or topic.lower_ in lex.subjectless or topic.i == holder.i:
        return None
    if among is None and help_not_side(lex, noun, holder, topic):
        return None  # ('won the backing of a bank', 'had the support of her family': help, not a side)
    piece = trim_content(text, *phrase_without_aside(topic))
    if piece is None or reports_inside(lex, noun.doc, piece):
        return None
    # (the ranker's training data has none of these: its threshold does not judge them)
    return Candidate(cue=span_of([noun]), source=trim_content(text, *source) or source, contents=[piece], nature=BELIEF,
                     source_token=holder.i, confidence=0.6, unjudged=True)


def _actor(verb: Token) -> bool:
    """Whether the active ``verb``'s subject is a person or a body ('She rose with the support of X'), not
    a thing ('The farm survived with ...', 'The museum was built with ...')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass":
        return False
    person = subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that")
    return person or subject.ent_type_ in ("PERSON", "ORG", "NORP")


def _for(token: Token) -> Token | None:
    """The object of the 'for' phrase after ``token`` (what the support is for)."""
    return next((first_child(c, ("pobj", "pcomp")) for c in token.rights if c.dep_ == "prep" and c.lower_ == "for"), None)


def _governor(noun: Token) -> Token | None:
    """The verb whose object the noun is, directly or through a preposition ('rose with the support
    of X': 'rose')."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head if noun.head.lower_ == "with" else None
    return None


def _holder(noun: Token, governor: Token | None, word: str) -> Token | None:
    """The object of the noun's ``word`` phrase, or of one on the verb right after the noun's phrase."""
    after = noun.right_edge.i + 1
    extra = [c for c in governor.rights if c.i == after] if governor is not None else []
    for child in (*noun.rights, *extra):
        if child.dep_ == "prep" and child.lower_ == word:
            return first_child(child, "pobj")
    return None
