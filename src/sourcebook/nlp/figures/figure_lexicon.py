"""The figure extractor's lexicon (``Context``): the word lists its helpers read, loaded once per
lexicon directory from ``nlp/lexicon/data/figures/``, the calendar and number tables, the measures
table's happenings and scopes, and the attribution verbs tagged ``+figures``.

Split from ``context.py``, which re-exports ``Context`` and ``context`` (the figure modules import them
from there)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lexicon import ATTRIBUTION_VERB_LISTS, entries, happenings, table, tagged, word_set

__all__ = ["Context", "context"]


@dataclass(frozen=True)
class Context:
    """The figure extractor's lexicon."""

    months: frozenset[str]
    name_prefixes: frozenset[str]
    name_followers: frozenset[str]
    time_units: dict[str, str | None]
    ordinal_nouns: frozenset[str]
    date_nouns: frozenset[str]
    time_of_day: frozenset[str]
    irregular_plurals: dict[str, str]
    unit_modifiers: frozenset[str]
    people_verbs: frozenset[str]
    place_labels: frozenset[str]
    cue_verbs: frozenset[str]
    cue_nouns: frozenset[str]
    speaker_stop: frozenset[str]
    currency_words: frozenset[str]
    unit_determiners: frozenset[str]
    unit_stop_words: frozenset[str]
    year_lead_words: frozenset[str]
    according_to: frozenset[str]
    report_nouns: frozenset[str]
    half_part_words: frozenset[str]
    weekdays: frozenset[str] = frozenset()
    label_nouns: frozenset[str] = frozenset()  # "page 14": the number is a label
    happening_words: frozenset[str] = frozenset()  # "death toll", "dead": a level of them counts people
    year_followers: frozenset[str] = frozenset()  # "Euro 2024 was held": still a year
    age_bound_nouns: frozenset[str] = frozenset()  # "voters under 35": an age bound
    score_words: frozenset[str] = frozenset()  # "beat them 3-1": a score
    result_nouns: frozenset[str] = frozenset()  # "conceded 14 goals": a contest's result, no report
    circumstance_preps: frozenset[str] = frozenset()  # "conceded after trailing by 9,300": no report's content
    magnitude_words: frozenset[str] = frozenset()  # "hundreds", "millions": a number, not a counted noun
    maturity_nouns: frozenset[str] = frozenset()  # "10-year gilts": the number names the security
    state_verbs: frozenset[str] = frozenset()  # "were / spent the night / slept in shelters": the place says it
    locative_preps: frozenset[str] = frozenset()  # "in", "at": the preposition of such a place
    money_verbs: frozenset[str] = frozenset()  # "spent", "pledged", "raised": money with a doer
    rate_words: dict[str, str] = field(default_factory=dict)  # "hourly" -> hour, "salary" -> salary
    unit_followers: frozenset[str] = frozenset()  # "degrees Fahrenheit": a word after the noun that is the unit's
    zero_names: frozenset[str] = frozenset()  # "net zero", "ground zero": a target's or a place's name, no figure
    status_modifiers: frozenset[str] = frozenset()  # "610 suspected cholera cases": a count of another status
    rate_stop_words: frozenset[str] = frozenset()  # "per cent": no head nor unit a figure is counted per


@lru_cache(maxsize=4)
def context(directory: str | Path | None = None) -> Context:
    """The figure lexicon of ``directory`` (default: the packaged one)."""

    def words(name: str) -> frozenset[str]:
        return word_set(f"figures/{name}", directory)

    calendar = table("calendar", directory)
    numbers = table("numbers", directory)
    return Context(
        months=frozenset(entries(calendar["months"])) | frozenset(entries(calendar["month_abbreviations"])),
        name_prefixes=words("name_prefixes"),
        name_followers=words("name_followers"),
        time_units=entries(table("figures/time_units", directory)),
        ordinal_nouns=words("ordinal_nouns"),
        date_nouns=words("date_nouns"),
        time_of_day=words("time_of_day"),
        irregular_plurals=entries(table("figures/irregular_plurals", directory)),
        unit_modifiers=words("unit_modifiers"),
        people_verbs=words("people_verbs"),
        place_labels=words("place_labels"),
        cue_verbs=words("cue_verbs").union(
            *(tagged(name, "figures", directory) for name in ATTRIBUTION_VERB_LISTS)
        ),
        cue_nouns=words("cue_nouns"),
        speaker_stop=words("speaker_stop"),
        currency_words=frozenset(numbers["currency_words"]),
        unit_determiners=words("unit_determiners"),
        unit_stop_words=words("unit_stop_words"),
        year_lead_words=words("year_lead_words"),
        according_to=words("according_to"),
        report_nouns=words("report_nouns"),
        half_part_words=words("half_part_words"),
        weekdays=frozenset(entries(calendar["weekdays"])),
        label_nouns=words("label_nouns"),
        year_followers=words("year_followers"),
        age_bound_nouns=words("age_bound_nouns"),
        score_words=words("score_words"),
        result_nouns=words("result_nouns"),
        circumstance_preps=words("circumstance_preps"),
        magnitude_words=frozenset(w for w in numbers["vague"] if " " not in w),
        maturity_nouns=words("maturity_nouns"),
        unit_followers=words("unit_followers"),
        zero_names=words("zero_names"),
        status_modifiers=words("status_modifiers"),
        rate_stop_words=words("rate_stop_words"),
        state_verbs=frozenset(table("measures", directory).get("scope", {}).get("state_verbs", ())),
        money_verbs=frozenset(
            w for cls in happenings(directory).values() if "money" in cls.get("units", ())
            for w in cls["words"]),
        rate_words={w: period for period, words in table("measures", directory).get("scope", {}).get("rates", {}).items()
                    for w in words},
        locative_preps=frozenset(table("measures", directory).get("scope", {}).get("locative_preps", ())),
        happening_words=frozenset(  # not money's (spending, cost): "the cost rose to $5m" counts no people
            w for cls in happenings(directory).values() if not cls.get("units")
            for w in cls["words"]),
    )
