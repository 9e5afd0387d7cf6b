"""A colon after a name of an event, a place or a thing, no speaker's: one the NER made no body
('Island Trophy:', 'Climate Summit:'), or one that heads the story's topic ('Lowmarsh Film Festival:
jury hands top prize to X'), the clause after it the writer's headline, whose own subject acts; and a
headline's claim with no verb but a quotation in it, after a speaker's colon ('Minister: vaccine "safe
for children"'). Read by ``markers`` beside the line labels of ``labels``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .affiliations import HONORIFICS
from .lexicon import active_lexicon
from .negated_claims import negated_claim
from .people import gender_of_first_name
from .syntax import FINITE_TAGS, PERSON_SUFFIXES, source_like

#: entity types of a name that heads a story's topic, no speaker: none, an event, a place, a work
_TOPIC_ENTS = frozenset(["", "EVENT", "FAC", "LOC", "WORK_OF_ART"])
#: a place that names where the event is held, before its head ('Venice Biennale', 'Cannes Film Festival')
_PLACES = frozenset(["GPE", "NORP"])
_OPENING_QUOTES = frozenset(['"', "'", "\u201c", "\u2018", "\u00ab"])


def topic_heading(before: Span, colon: Token, common_nouns: frozenset[str], speaking: frozenset[str]) -> bool:
    """A name of an event, a place or a thing before a colon (capitalised words, no first name,
    ending in a common noun, 'Island Trophy:', 'Climate Summit:'): no speaker, when the NER made it
    no body and its last word is no speaker's noun (not 'Tessa Brown:', 'Harrow Council:', the
    'White House' as an ORG), or when it names a topic the headline after it is about ('Lowmarsh
    Film Festival: jury hands top prize to X'): a name the NER made no person or body, a place's
    name only before its head (not common words alone, 'News Guide:'), and after the colon a
    headline's clause, no quotation, whose own subject is someone else who acts (a name, or a noun
    of people or bodies; not 'Harrow Council: budget cuts will hit libraries', with a thing for
    subject, nor 'X Festival: "We will Y"')."""
    words = [t for t in before if t.is_alpha]
    if len(words) < 2 or not all(t.is_title for t in words) or words[-1].lower_ not in common_nouns or (
            gender_of_first_name(words[0].text) is not None):
        return False
    if words[-1].ent_type_ == "PERSON" and (words[0].lower_ in HONORIFICS or words[0].lower_ in speaking):
        return False  # (a title and a surname the word list also holds as a noun: 'Senator Diaz:', 'Dr Moss:')
    last = before[-1].lower_
    if all(t.pos_ == "PROPN" for t in words) and not any(t.ent_type_ in ("ORG", "NORP", "GPE", "FAC") for t in words) and (
            last in common_nouns and last not in speaking and not last.endswith(PERSON_SUFFIXES)):
        return True
    if not all(t.pos_ in ("PROPN", "NOUN") for t in words) or any(t.ent_type_ not in _TOPIC_ENTS | _PLACES for t in words) or (
            words[-1].ent_type_ in _PLACES) or all(t.is_stop or t.lower_ in common_nouns for t in words[:-1]):
        return False  # (a name, not common words: 'News Guide:', 'The Latest:' label a kind of text)
    after = colon.doc[colon.i + 1 : colon.sent.end]
    if any(t.text in _OPENING_QUOTES for t in after):
        return False
    lex = active_lexicon()
    return any(t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") and t.head.i > colon.i and t.head.pos_ in ("VERB", "AUX")
               and (t.head.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.head.children))
               and source_like(lex, t) for t in after)


def quoted_claim(colon: Token) -> bool:
    """'Judge: confession 'obtained under pressure'', 'Minister: vaccine "safe for children"': a headline
    drops its verb, but words quoted after the colon, with words of the writer's before them, are a
    claim in the words of the one before it (not a title or a list after a label: nothing before the quotation);
    or a denial with no verb ('Minister: no new solar parks this year', ``negated_claims``)."""
    if negated_claim(colon):
        return True
    words = [t for t in colon.doc[colon.i + 1 : colon.sent.end] if not t.is_space]
    opening = next((k for k, t in enumerate(words) if t.text in _OPENING_QUOTES and k > 0), None)
    return opening is not None and any(t.is_alpha for t in words[:opening]) and any(
        t.is_quote for t in words[opening + 2 :]) and all(t.is_alpha or t.is_punct for t in words[:opening])


__all__ = ["quoted_claim", "topic_heading"]
