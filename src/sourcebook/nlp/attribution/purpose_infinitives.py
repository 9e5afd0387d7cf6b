"""'The mayor held a briefing to announce X': an infinitive of purpose on a thing that speaks.

The parser hangs the infinitive of 'The mayor held a briefing to announce that the depot would
close' as a relative clause on the verb's object, and a relative clause's cue is its noun's ('the
first official to say X' is the official's). A briefing, a report or a bill can speak ('the report
says'), so the noun passed for the source; but an infinitive on the object of a verb, the object a
document, a medium or a measure (``Lexicon.document_nouns``, ``medium_nouns``, ``measure_nouns``),
tells what the verb's subject held or used it for: the act is the subject's ('Both parties are
using the failed bill to portray the other as the obstacle': the parties', 'The coach answered
every question with a joke to deflect the criticism': the coach's). Not an object that is someone
('sent a reporter to ask X': the reporter asks), nor a noun ranked among its kind ('published the
first study to show X': the study shows), nor a subject that can hold no words ('The storm left
no time to warn anyone').
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like, subject_of

#: words that rank the noun among its kind, whose infinitive is then the noun's own ('the first report to show X')
_RANKS = frozenset(["first", "only", "last", "latest", "second", "third"])


def purpose_holder(lex: Lexicon, verb: Token) -> Token | None:
    """The subject of the verb whose object (or the object of whose preposition) a thing that
    speaks is, when ``verb`` is an infinitive the parser hung on that thing; None otherwise."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.i >= verb.i or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    lemma = noun.lemma_.lower()
    if not (lemma in lex.document_nouns or lemma in lex.medium_nouns or lemma in lex.measure_nouns):
        return None  # (three lookups, not a union built for each cue)
    if any(c.lower_ in _RANKS for c in noun.children):
        return None  # ('the first study to show X': the study's)
    holder = noun.head
    if noun.dep_ == "pobj" and holder.dep_ == "prep":
        holder = holder.head  # ('answered with a joke to deflect X')
    elif noun.dep_ != "dobj":
        return None
    if holder.pos_ not in ("VERB", "AUX") or holder.i > noun.i:
        return None
    subject = subject_of(holder)
    if subject is None or subject.i > holder.i or not source_like(lex, subject):
        return None
    if subject.lower_ in lex.no_source or subject.lower_ in lex.subjectless or subject.tag_ in ("WDT", "WP"):
        return None  # ('It takes a statement to X'; a relative pronoun is the noun's, found elsewhere)
    return subject
