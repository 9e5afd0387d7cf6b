"""A profile's subject coming back as 'he' or 'she' after a voice of the same gender brought in as theirs.

A feature names its subject once and carries them by pronoun; a relative or colleague is brought in
through them ('His brother, Patrick, said X', 'Her assistant, Maria Santos, said Y') and named again at
each of their turns ('Patrick said'). A 'he' or 'she' after such a turn is the last speaker of that gender
by default (``anaphora``); the reader takes the subject back when the pronoun's cue speaks in a voice the
satellite's turns never had:

- the present of the profile, which the subject spoke in before ('"It was only once," she says' after
  'Santos said', when Kavanagh's turns were 'she says');
- the habitual past of someone not at hand ('He often said that X', 'As he liked to say, X', 'He once
  wrote that X' after the mourners' 'said').

The satellite may be a person or a description the NER left unnamed ('His son, Anders'). Only when every
turn of the satellite names them (the writer keeps the pronoun for the subject), the first opens with the
pronoun's own possessive ('His brother'), and that possessive stands for another person.

In a story of a death, a habit of saying or a saying of a time gone ('He would always say Y', 'He once said Z') is
the one who died's, whoever spoke just before, brought in as theirs or not ('The club's chairman, Norman Pike, paid
tribute to him, saying X. He would always say Y': ``habit_speakers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .habit_speakers import habit_subject
from .index import DESCRIPTION, PERSON, Resolved
from .people import FEMALE, MALE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .anaphora import Salience
    from .candidate import Candidate
    from .speakers import SpeakerResolver

_POSSESSIVE = {"he": "his", "she": "her"}
_PRESENT = ("VBZ", "VBP")
#: adverbs of a habit or of a time gone ('He often said', 'She once wrote')
_HABITUAL = frozenset(["once", "often", "always", "frequently", "repeatedly"])
#: verbs a habit of saying hangs on ('As he liked to say', 'she used to say')
_HABIT_VERBS = frozenset(["like", "love", "use"])


def _verb(resolver: SpeakerResolver, cand: Candidate) -> Token | None:
    return resolver.doc[cand.verb] if cand.verb is not None else None


def _habitual(verb: Token) -> bool:
    """'He often said', 'As he liked to say', 'she used to tell': a habit or a time gone, not a turn now."""
    if any(c.lower_ in _HABITUAL for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HABIT_VERBS and verb.head.tag_ == "VBD"


def subject_back(resolver: SpeakerResolver, cand: Candidate, res: Resolved, salience: Salience,
                 done: tuple[list[Candidate], list[Resolved]]) -> Resolved | None:
    """The profile's subject for a 'he'/'she' source resolved to a satellite voice (see the module)."""
    if cand.parent is not None or cand.source is None or res.kind not in (PERSON, DESCRIPTION) or not res.name:
        return None
    lower = resolver.text[cand.source[0] : cand.source[1]].lower()
    if lower in _POSSESSIVE and (dead := habit_subject(resolver, cand.source[0], MALE if lower == "he" else FEMALE)):
        return dead if dead.name != res.name else None  # (a story of a death: ``habit_speakers``)
    verb = _verb(resolver, cand)
    if lower not in _POSSESSIVE or verb is None:
        return None
    cands, out = done
    turns = [k for k, (c, r) in enumerate(zip(cands, out, strict=False)) if r.name == res.name and c.parent is None
             and c.source is not None]
    if not turns:
        return None
    first = cands[turns[0]].source
    if not resolver.text[first[0] : first[1]].lower().startswith(_POSSESSIVE[lower] + " "):  # type: ignore[index]
        return None  # (not brought in as someone's: the first turn's words tested before every turn's)
    texts = [resolver.text[cands[k].source[0] : cands[k].source[1]] for k in turns]  # type: ignore[index]
    names = set(res.name.split())
    if not all(names & set(t.replace(",", " ").split()) for t in texts):
        return None  # (not named at each turn: 'his son said' may be the pronoun's)
    from .anaphora import pronoun

    intro = cands[turns[0]].source[0]  # type: ignore[index]
    owner = pronoun(resolver, _POSSESSIVE[lower], intro, salience.before(intro, res.name))
    if owner.kind != PERSON or not owner.name or owner.name == res.name:
        return None
    verbs = [v for k in turns if (v := _verb(resolver, cands[k])) is not None]
    if _habitual(verb) and not any(_habitual(v) for v in verbs):
        return owner
    own = [v for c, r in zip(cands, out, strict=False) if c.parent is None and r.name == owner.name
           and (v := _verb(resolver, c)) is not None]
    if verb.tag_ in _PRESENT and verbs and all(v.tag_ == "VBD" for v in verbs) and any(v.tag_ in _PRESENT for v in own):
        return owner
    return None
