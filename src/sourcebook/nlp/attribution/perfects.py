"""Whether a contracted 's before a participle is 'has', the perfect of an active cue.

The parser reads "he's said X", "she's argued that X", "he's spoken out against X" and "she's
called for X" as passives ('s read as 'is', the subject as nsubjpass), so the cue loses its
subject as a source. A participle with a clause or an object of its own, a particle, or a
preposition that makes a phrasal cue of the verb ('call for', 'speak against', 'talk about'), or an amount
read as an adverb ("he's said much about X", "she's said little since"), is
the perfect of an active verb; one with an agent, with 'as' ('she's seen as X'), or the
impersonal 'it' ('it's said that X') stays a passive, and so do raising passives with an
infinitive ('she's expected to argue X').
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon

_CONTRACTED = ("'s", "\u2019s")
#: amounts of talk the parser reads as adverbs ('has said little about X')
_AMOUNTS = frozenset(["much", "little", "plenty", "enough"])


def contracted_perfect(lex: Lexicon, verb: Token, subject: Token | None) -> bool:
    """'He's said the plan is dead', 'she's spoken out against X', 'she's called for X': the
    contracted 'has' of an active cue the parser read as the passive 'is'."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # (tested before the children are walked)
    aux = [c for c in children_of(verb) if c.dep_ == "auxpass"]
    if not aux or not all(c.lower_ in _CONTRACTED for c in aux):
        return False
    if subject is None or subject.lower_ == "it" or any(c.dep_ == "agent" for c in children_of(verb)):
        return False
    after = [c for c in children_of(verb) if c.i > verb.i]
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in after):
        return False  # ('she's seen as X')
    lemma = verb.lemma_.lower()
    return any(
        c.dep_ in ("ccomp", "dobj", "prt")
        or c.dep_ == "prep" and c.lower_ in lex.phrasal.get(lemma, ())
        or c.dep_ == "advmod" and c.lower_ in _AMOUNTS  # ("he's said much over the years about X": an amount said)
        for c in after)
