"""The cue lexicon (``nlp/data/attribution_*.json``), loaded once.

Plain Python, no spaCy: the evaluation code also uses ``is_speech_cue`` to split PolNeAR's
gold attributions into speech and other ones by their cue text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA_PACKAGE = "sourcebook.nlp.data"


def load_json(name: str) -> dict:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text("utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class Lexicon:
    speech: frozenset[str]
    belief: frozenset[str]
    stance_object: frozenset[str]
    phrasal: dict[str, frozenset[str]]
    adjectives: frozenset[str]
    speech_nouns: frozenset[str]
    belief_nouns: frozenset[str]
    report_nouns: frozenset[str]
    poll_nouns: frozenset[str]
    poll_verbs: frozenset[str]
    according_to: tuple[str, ...]
    speech_forms: frozenset[str]  # every inflected form of a speech verb, lower-case
    outlets: frozenset[str]
    platforms: frozenset[str]
    pronouns: dict[str, str]
    role_nouns: frozenset[str]
    as_passive: frozenset[str]
    organisation_words: frozenset[str]
    cue_verbs: frozenset[str] = frozenset()  # speech | belief | stance_object

    def __post_init__(self) -> None:
        object.__setattr__(self, "cue_verbs", self.speech | self.belief | self.stance_object)


def inflections(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Regular English verb forms of ``lemma`` plus the listed irregular ones."""
    forms = {lemma, *irregular.get(lemma, ())}
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    elif re.search(r"[^aeiou]y$", lemma):
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return forms


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues = load_json("attribution_cues.json")
    sources = load_json("attribution_sources.json")
    irregular = cues.get("irregular", {})
    speech = frozenset(cues["speech"])
    forms: set[str] = set()
    for lemma in speech:
        forms |= inflections(lemma, irregular)
    nouns = cues["nouns"]
    return Lexicon(
        speech=speech,
        belief=frozenset(cues["belief"]),
        stance_object=frozenset(cues["stance_object"]),
        phrasal={verb: frozenset(parts) for verb, parts in cues["phrasal"].items()},
        adjectives=frozenset(cues["adjectives"]),
        speech_nouns=frozenset(nouns["speech"]),
        belief_nouns=frozenset(nouns["belief"]),
        report_nouns=frozenset(nouns["reports"]),
        poll_nouns=frozenset(cues["poll_nouns"]),
        poll_verbs=frozenset(cues["poll_verbs"]),
        according_to=tuple(cues["according_to"]),
        speech_forms=frozenset(forms),
        outlets=frozenset(name.lower() for name in sources["outlets"]),
        platforms=frozenset(name.lower() for name in sources["platforms"]),
        pronouns=dict(sources["pronouns"]),
        role_nouns=frozenset(sources["role_nouns"]),
        as_passive=frozenset(cues.get("as_passive", ())),
        organisation_words=frozenset(sources.get("organisation_words", ())),
    )


_WORD = re.compile(r"[A-Za-z]+")


def is_speech_cue(cue_text: str) -> bool:
    """Whether a cue (as written) is a verb of saying or 'according to'."""
    lowered = cue_text.lower().replace("\u2019", "'")
    if "according to" in lowered:
        return True
    forms = lexicon().speech_forms
    return any(word in forms for word in _WORD.findall(lowered))
