"""A side taken with nobody named who takes it, as the subject of a clause: 'Opposition to the
levy has grown among traders', 'Support for the new stadium was strongest in the suburbs',
'Objection to the merger united both parties'.

A noun of taking a side (for or against something) with its own preposition and the thing it is
on, and with no word naming whose side it is (no possessive, determiner or modifier: 'her
opposition to X', 'the support for Y', 'local opposition to Z' are ``stance_cue``'s or none), that
is the subject of a clause is the view of unnamed holders: a record with no source and the
preposition's object for its content ('support' and 'resistance' only when they are for or against
someone named or a plan, not help, a prop or a body's: 'Support for the flood victims arrived',
'Resistance to antibiotics has grown'; nor 'support' that arrives, flows or ends: 'Support for the
old phone ends in May', 'Support for the port arrived by sea' are a service or aid). An 'among'
phrase on the noun or its verb names the holders
('Support for the plan is highest among nurses') and is the source. ``stance_cue`` makes none of
these: it needs a holder. The ranker's threshold does not judge them (``Candidate.unjudged``): its
features drop a noun cue with no source.
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .lexicon import Lexicon
from .set_adjectives import phrase_without_aside, reports_inside
from .syntax import first_child, source_like, source_span, span_of

#: nouns of taking a side for or against something (lemmas; their prepositions are the lexicon's ``stance_nouns``)
_SIDES = frozenset(["support", "opposition", "objection", "hostility", "resistance"])
#: the verbs of bare 'support' that is aid or a service, not a side ('Support for the old phone ended')
_DELIVERED = frozenset(["arrive", "end", "expire", "cease", "lapse", "flow", "pour", "reach", "stop"])
#: the words before the noun that name or limit its holders
_HOLDERS = frozenset(["det", "poss", "amod", "compound", "nmod", "nummod"])


def bare_stance(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'Opposition to the levy has grown': nobody named, or the 'among' phrase's holders."""
    lemma = noun.lemma_.lower()
    if lemma not in _SIDES or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in _HOLDERS for c in noun.lefts):
        return None  # ('her opposition to X', 'local support for Y')
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in lex.stance_nouns.get(lemma, ())), None)
    if prep is None or (topic := first_child(prep, "pobj")) is None:
        return None
    if lemma in ("support", "resistance") and not _a_side(lex, topic):
        return None  # ('Support for flood victims arrived': help; 'Resistance to antibiotics has grown': a body's)
    if lemma == "support" and noun.head.lemma_.lower() in _DELIVERED:
        return None  # ('Support for the old phone ended in May': a service)
    content = trim_content(text, *phrase_without_aside(topic))
    if content is None or reports_inside(lex, noun.doc, content):
        return None
    among = next((c for c in (*noun.rights, *noun.head.rights) if c.dep_ == "prep" and c.lower_ == "among"), None)
    holder = first_child(among, "pobj") if among is not None else None
    if holder is not None and not source_like(lex, holder):
        holder = None
    source = trim_content(text, *source_span(text, holder)) if holder is not None else None
    return Candidate(cue=span_of([noun, prep]), source=source, contents=[content], nature=BELIEF,
                     source_token=holder.i if holder is not None else None, confidence=0.6, unjudged=True)


def _a_side(lex: Lexicon, topic: Token) -> bool:
    """Whether what bare 'support' is for is one a side can be taken on: someone or a body named
    ('Support for Ms Vale'), or a plan or a policy (``plan_nouns.txt``); not a thing propped or
    people helped ('support for the beams', 'support for flood victims')."""
    return topic.pos_ == "PROPN" or topic.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "LAW") or (
        topic.lemma_.lower() in lex.plan_nouns)
