"""Whether a record's cue is a stance taken as an act in words, 'took a swipe at', 'launched an attack on',
'offered a defense of', 'made the case for' (``stance_acts.act_object``: a verb that holds no stance of
its own, its object an act noun of ``act_nouns.txt`` and the noun's preposition, all in the cue).

The ranker's threshold does not judge these: its features read the cue by its verb, a light verb
('take', 'make', 'offer', 'continue') whose weight was learnt on its many other senses ('took the
train', 'made a profit'), so a report like 'The governor took a swipe at her rival' scores low
though the form says outright that words were aimed at someone (PolNeAR train: 20 of the 22 such
records the threshold dropped are right). Only with a source before the cue, and not when the subject
receives the act ('The plan drew criticism for X': a verb of ``receiving_verbs.txt``) or only pays
heed ('devoted attention to X': no words aimed at anyone). A noun that also names blows ('launched an
attack on', 'took a swipe at', 'took a shot at') counts only from one speaker, a person or one described ('the
governor') who bears no arms (``armed_subjects.txt``): 'Rebels launched an attack on the convoy' is a raid by a
group and 'The sniper took a shot at the soldier' gunfire, no words."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...model import Attribution
from .index import DESCRIPTION, PERSON
from .lexicon import Lexicon
from .stance_acts import act_object

#: act nouns that name no words aimed at anyone, only heed paid ('devoted attention to X')
_HEED = frozenset(["attention"])
#: act nouns that also name blows struck ('an attack on the convoy', 'took a shot at the soldier')
_BLOWS = frozenset(["attack", "assault", "onslaught", "salvo", "broadside", "swing", "jab", "swipe", "shot",
                    "potshot"])


def cue_after_source(doc: Doc, record: Attribution) -> Span | None:
    """The words of ``record``'s cue when its source comes before it and it has a content, else None (the
    records whose cue ``act_cue`` and ``light_idioms.light_idiom`` read)."""
    cue, source = record.cue, record.source
    if cue is None or source is None or source.start >= cue.start or not record.contents:
        return None
    return doc.char_span(cue.start, cue.end, alignment_mode="expand")


def act_cue(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record``'s cue is a verb, its object an act noun and that noun's preposition, said by
    the source before it ('The senator offered a spirited defense of the bill')."""
    span = cue_after_source(doc, record)
    if span is None or len(span) < 3 or span[-1].pos_ != "ADP":
        return False
    for noun in span:
        verb, lemma = noun.head, noun.lemma_.lower()
        if noun.dep_ != "dobj" or lemma in _HEED or verb.pos_ != "VERB" or not (span.start <= verb.i < span.end):
            continue
        if not act_object(lex, verb, noun) or verb.lemma_.lower() in lex.receiving_verbs:
            continue
        return lemma not in _BLOWS or record.speaker_kind in (PERSON, DESCRIPTION) and not _armed(lex, verb)
    return False


def _armed(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``'s subject bears arms ('The sniper took a shot at the soldier': gunfire, no words)."""
    return any(c.dep_ == "nsubj" and {c.lower_, c.lemma_.lower()} & lex.armed_subjects for c in verb.children)
