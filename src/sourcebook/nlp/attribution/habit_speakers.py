"""Who 'he' or 'she' is when the pronoun tells a habit of saying or a saying of a time gone in a story of a death:
'He would always say X', 'She would often tell her students that Y', 'As he liked to say, Z', 'She used to tell
visitors that W', 'He was fond of saying V', 'He once said U', 'In a 1987 interview he told the BBC T', 'She said in
2004 that S'. Such a saying is told of the one who died, whose life the story tells ('Alfie Duckett, the groundsman
who ..., has died'), not of the mourner quoted just before, who speaks now of one occasion ('The club's chairman
paid tribute to him, saying X. He would always say Y': Duckett, not the chairman). The one who died is the person
named first in the story's own words, of the pronoun's gender or of none known (an obituary may give it only by a
pronoun), when named as the subject of a word of ``death_words.txt`` or as whom its noun is of or for ('the funeral
of X'). Anywhere else (a profile, a report of a meeting: 'Local historian Jack Marr said X. He used to say Y') the
pronoun is left to the usual rules, the last speaker, who may well be the one with the habit, and to
``satellite_voices`` (which calls this first) for a voice brought in as the subject's ('His brother, Patrick')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import word_set
from .habit_asides import HABITS
from .index import PERSON, Resolved
from .people import compatible, known_gender
from .token_at import token_at

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def habit_subject(resolver: SpeakerResolver, offset: int, wanted: str) -> Resolved | None:
    """The one who died, named first in the story, of the ``wanted`` gender, when the pronoun at ``offset`` is the
    subject of a habit of saying or of a saying of a time gone; None otherwise (see the module)."""
    word = token_at(resolver.doc, offset)  # (no Span made: ``token_at``)
    if word is None or resolver.in_quote(offset) or not _habit(resolver, word):
        return None

    def told(o: int) -> bool:  # a mention in the story's own words (not a quotation's, nor a byline's)
        return o < offset and not resolver.in_quote(o) and o not in resolver.bylines

    named = [(min(o for o in p.offsets if told(o)), p) for p in resolver.people.values()
             if compatible(known_gender(p), wanted) and any(told(o) for o in p.offsets)]
    if not named:
        return None
    first = min(named, key=lambda f: f[0])[1]
    if not any(_died(resolver, o) for o in first.offsets if told(o)):
        return None
    return Resolved(first.name, PERSON, first.affiliation, wanted)


def _died(resolver: SpeakerResolver, offset: int) -> bool:
    """Whether the name at ``offset`` is the subject of a word of a death ('X, who ..., has died') or whom such a
    noun is of or for ('the funeral of X', 'her death' aside: a name only)."""
    name = token_at(resolver.doc, offset)  # (no Span made: ``token_at``)
    if name is None:
        return False
    deaths = word_set("attribution/death_words")
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    host = name.head
    if name.dep_ in ("nsubj", "nsubjpass", "poss"):
        return host.lemma_.lower() in deaths
    return name.dep_ == "pobj" and host.lower_ in ("of", "for") and host.head.lemma_.lower() in deaths


def _habit(resolver: SpeakerResolver, pronoun: Token) -> bool:
    """Whether ``pronoun`` is the subject of a habit of saying: a habit verb with an infinitive of saying ('liked to
    say', 'used to tell'), 'would' with an adverb of frequency and a verb of saying ('would often tell'), or 'was
    fond of saying'; or of a saying of a time gone, a past verb of saying with 'once' or dated by a year ('once
    told', 'said in a 2015 interview', 'told this newspaper in 2009')."""
    lex, verb = resolver.lex, pronoun.head
    if pronoun.dep_ != "nsubj":
        return False
    if verb.lemma_.lower() in HABITS:
        return any(c.dep_ == "xcomp" and (c.lemma_.lower() in lex.speech or c.lemma_.lower() in lex.speech_idioms)
                   for c in verb.children)
    if verb.lemma_.lower() in lex.speech:
        return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) and any(
            c.dep_ == "advmod" and c.lower_ in word_set("attribution/habit_adverbs") for c in verb.children) or (
            verb.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ == "once" or c.dep_ == "prep" and _year(c)
                                       for c in verb.children))
    return any(c.lower_ == "fond" and any(p.lower_ == "of" and any(g.lemma_.lower() in lex.speech for g in p.children)
                                          for p in c.children) for c in verb.children)


def _year(prep: Token) -> bool:
    """'in 1987', 'in a 1994 interview': a phrase of a year the saying is dated by, a time gone."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() and t.ent_type_ == "DATE" for t in prep.subtree)
