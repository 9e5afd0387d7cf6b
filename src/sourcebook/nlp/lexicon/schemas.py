"""The shape of every lexicon table, and the check that a loaded table fits it.

A schema is written with a few building blocks (hand-written: a JSON Schema validator would
be a dependency for a dozen small tables):

- ``str``, ``int``, ``float`` (an int or float), ``bool``, ``NULL_STR`` (a string or null)
- ``[T]``: a list of ``T``;  ``Pair(T)``: a list of exactly two ``T``
- ``Map(T)``: an object with any keys whose values are ``T``
- ``Record(required={...}, optional={...})``: an object with these keys (keys starting
  with ``_`` are comments and always allowed)
- ``Either(A, B)``: one of two shapes
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["SCHEMAS", "Either", "Map", "Pair", "Record", "check"]


@dataclass(frozen=True)
class Map:
    values: Any


@dataclass(frozen=True)
class Pair:
    item: Any


@dataclass(frozen=True)
class Record:
    required: dict[str, Any] = field(default_factory=dict)
    optional: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Either:
    first: Any
    second: Any


NULL_STR = "str-or-null"
_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", NULL_STR: "a string or null"}


def check(value: Any, schema: Any, where: str = "") -> str | None:
    """None when ``value`` fits ``schema``, else the first problem ('at "units.one": ...')."""
    at = f"at {where!r}: " if where else ""
    if schema is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else f"{at}expected a number, found {value!r}"
    if schema is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f"{at}expected an integer, found {value!r}"
    if schema in (str, bool):
        return None if isinstance(value, schema) else f"{at}expected {_NAMES[schema]}, found {value!r}"
    if schema == NULL_STR:
        return None if value is None or isinstance(value, str) else f"{at}expected {_NAMES[NULL_STR]}, found {value!r}"
    if isinstance(schema, list):
        if not isinstance(value, list):
            return f"{at}expected a list, found {type(value).__name__}"
        return _first(check(item, schema[0], f"{where}[{i}]") for i, item in enumerate(value))
    if isinstance(schema, Pair):
        if not isinstance(value, list) or len(value) != 2:
            return f"{at}expected a list of two, found {value!r}"
        return _first(check(item, schema.item, f"{where}[{i}]") for i, item in enumerate(value))
    if isinstance(schema, Map):
        if not isinstance(value, dict):
            return f"{at}expected an object, found {type(value).__name__}"
        return _first(
            check(item, schema.values, _join(where, key)) for key, item in value.items() if not key.startswith("_")
        )
    if isinstance(schema, Record):
        if not isinstance(value, dict):
            return f"{at}expected an object, found {type(value).__name__}"
        missing = [key for key in schema.required if key not in value]
        if missing:
            return f"{at}missing key {missing[0]!r}"
        known = {**schema.required, **schema.optional}
        unknown = [key for key in value if key not in known and not key.startswith("_")]
        if unknown:
            return f"{at}unknown key {unknown[0]!r} (valid: {', '.join(sorted(known))})"
        return _first(check(value[key], known[key], _join(where, key)) for key in value if key in known)
    if isinstance(schema, Either):
        first = check(value, schema.first, where)
        return None if first is None else check(value, schema.second, where) and first
    raise TypeError(f"not a schema: {schema!r}")


def _first(problems) -> str | None:
    return next((p for p in problems if p is not None), None)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


_UNIT_CLASS = Record(required={"words": [str]}, optional={"within": Map([str]), "compare": bool, "agent": bool})
_HAPPENING_CLASS = Record(required={"words": [str]}, optional={"nature": str, "units": [str], "implies": str,
                                                                     "excludes": [str], "excludes_with": Map([str]),
                                                                     "nouns": [str]})

#: table name (path without .json) -> its schema
SCHEMAS: dict[str, Any] = {
    "calendar": Record(required={"months": Map(int), "month_abbreviations": Map(int), "weekdays": Map(int)},
                       optional={"holidays": Map(str)}),
    "numbers": Record(
        required={
            "units": Map(float),
            "tens": Map(float),
            "scales": Map(float),
            "scale_abbreviations": Map(float),
            "articles_numbers": Map(float),
            "vague": Map(Pair(float)),
            "ordinals": Map(int),
            "fractions": Map(int),
            "qualifiers": Map(str),
            "suffix_qualifiers": Map(str),
            "bounds": Map(str),
            "currencies": Map(str),
            "currency_words": [str],
            "percent_words": [str],
            "counting_words": Map(float),
        },
        optional={
            "currency_suffixes": Map(str),
            "currency_codes": Map(str),
            "multipliers": Map(float),
            "change_words": Map([str]),
        },
    ),
    "attribution/phrasal": Map([str]),
    "attribution/stance_nouns": Map([str]),
    "attribution/attitude_adjectives": Map([str]),
    "attribution/speech_idioms": Map([str]),
    "attribution/light_idioms": Map([str]),
    "attribution/guarded_frames": Map([str]),
    "attribution/clergy_titles": Map([str]),
    "attribution/role_synonyms": Record(required={"offices": Map([str]), "kinds": Map([str])}),
    "attribution/irregular_verbs": Map([str]),
    "attribution/pronouns": Map(str),
    "figures/time_units": Map(NULL_STR),
    "figures/irregular_plurals": Map(str),
    "figures/measure_units": Map(str),
    "figures/occurrence_nouns": Map(str),
    "figures/level_subjects": Map(str),
    "measures": Record(
        required={"units": Map(_UNIT_CLASS), "happenings": Map(_HAPPENING_CLASS)},
        optional={"scope": Map(Either([str], Map(Either([str], float))))},
    ),
    "aliases": Map([str]),
}
