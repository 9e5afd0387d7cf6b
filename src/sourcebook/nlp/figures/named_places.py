"""Places the entity recogniser misses: a name an administrative noun frames ("the town of
Callowmere", "the Verrin region", "in Ostrakis province"; not one that qualifies a noun after it: "the Republican
state legislature"), a lone name after 'of' on a bearing or a part of a place ("north of Casmoor", "parts of
Drennock"; not one it took for a firm's), a lone name a disaster strikes ("An aftershock shook Pellinor": the verb's
subject a cause, 'The scandal hit Vantor' stays out), and a lone name after a preposition of place that it took for no entity, an
organisation's, a person's, a people's, a product's, an event's or a work's ("killed 17 people in Kelvaro", "a
derailment near Halsmere", "left 45,000 homes without power across Westmarch",
"winds of 75 knots off Greyhaven": 'off' a name is off a coast, "Sea levels around Portmarch"), also when the
recogniser took the preposition that opens the sentence into the name ("Across Calandria", "Across West Maranthia":
then a name of several words too), or took the name for a date's or the tagger for a common noun's ("Bus fares in
Kerrow", "rated 88% of schools in Carnforth") when it is no word of the calendar nor a feast's ('in March', 'in
Ramadan': lexicon ``figures/feast_names``).

A figure's place is the place entity nearest it (``context.find_place``); an unknown town's name
is often no entity at all, or an organisation's, and the figure then joins whatever place its
article or block names (``reconcile.measures``), so one town's count is set against another's.
A lone name after the preposition is taken only when it is one word, its preposition's object,
not in capitals, no organisation's word ('in Congress', 'in NATO' stay out), no firm a stake is
held in ('invested $5m in Acme', 'a stake in Nordvik', 'bought 500 shares in Acme'; so in a later conjunct
that leaves the holding out, '40 shares in Acme and 30 in Nordvik') and written nowhere in the article in a longer name or
with a possessive ('in Apple' after 'Apple Inc.').
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import DEP, ENT_IOB, LOWER, TAG
from spacy.tokens import Doc, Token

from ..attribution.tables import words_of
from ..lexicon import entries, table, word_set
from .bearing_names import with_bearing_names
from .kinds import CONDITIONS

__all__ = ["with_named_places"]

_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*"
_PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "outside", "off", "around"})
_AFTER_PREPOSITION = re.compile(r"\b(?i:in|near|across|outside|off|around)\s+(\w+)")
#: a capitalised word after 'of': a town when 'of' hangs on a part of a place ('north of Casmoor')
_AFTER_OF = re.compile(r"\bof\s+([A-Z]\w+)")
#: what a firm's name after 'in' is held in, no place: "invested $5m in Acme", "a 20% stake in Nordvik"
_HOLDINGS = frozenset({"invest", "investment", "stake", "share", "interest", "holding"})
#: what the model takes a lone unknown town's name for: none, an organisation's, a person's, a people's or a product's
#: ("600 residents in Tollis" NORP, "three hospitals in Pellow" PRODUCT, "homes without power across Westmarch" EVENT)
_LONE_LABELS = frozenset({"", "ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
#: the calendar's parts of the words it names (months, weekdays, 'christmas' of "christmas day"): no town's name
_CALENDAR_PARTS = ("months", "month_abbreviations", "weekdays", "holidays")


@cache
def _lexicon(directory: str | Path | None) -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """"the <kind> of X" / "the X <kind>" over the kinds of place of the lexicon in ``directory``
    (not "the state of X"), its organisation words and the words of times the recogniser reads as dates (the
    calendar's and the feasts')."""
    kinds = word_set("figures/place_kinds", directory)
    nouns = "|".join(sorted(kinds, key=len, reverse=True))
    of_nouns = "|".join(sorted(kinds - CONDITIONS, key=len, reverse=True))
    framed = re.compile(rf"\b(?:[Tt]he (?:(?:{of_nouns}) of ({_NAME})|({_NAME}) (?:{nouns}))"
                        rf"|(?:in|near|across|outside|around) ({_NAME}) (?:{nouns}))\b")
    calendar = table("calendar", directory)
    times = {word for part in _CALENDAR_PARTS for name in entries(calendar[part]) for word in name.split()}
    return (framed, word_set("attribution/organisation_words", directory),
            frozenset(times) | word_set("figures/feast_names", directory))


def with_named_places(places: list[tuple[int, int, str]], doc: Doc, text: str,
                      directory: str | Path | None = None) -> list[tuple[int, int, str]]:
    """``places`` (start, end, text) with the missed names that overlap none of them, in text order.
    ``directory``: the lexicon to read (default: the packaged one)."""
    framed, organisations, times = _lexicon(directory)
    found = list(places)
    for match in framed.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        if group == 1 or _kind_after(doc, match, group):
            found.append((match.start(group), match.end(group), match.group(group)))
    named: frozenset[str] | None = None
    # (the few capitalised words after such a preposition found in the text: no walk over every word)
    for match in _AFTER_PREPOSITION.finditer(text):
        if not match.group(1)[:1].isupper() or (span := doc.char_span(*match.span(1))) is None or len(span) != 1:
            continue
        i = span.start
        if i < 1 or doc[i - 1].lower_ not in _PLACE_PREPOSITIONS or i + 1 >= len(doc) or \
                not _lone_name(doc, i, organisations, times):
            continue
        named = _parts_of_names(doc) if named is None else named
        if span[0].lower_ not in named:
            found.append((span.start_char, span.end_char, span.text))
    named = _parts_and_struck(doc, text, found, organisations, times, named, directory)
    # (``doc.ents`` makes a Span of every entity: read only when a preposition of place opens an entity, IOB 3)
    lower = words_of(doc).lower
    opening = any(lower[i] in _PLACE_PREPOSITIONS for i in numpy.flatnonzero(doc.to_array(ENT_IOB) == 3).tolist())
    for ent in doc.ents if opening else ():  # "Across West Maranthia, 61,000 cases ...": a name the opening took in
        if len(ent) > 2 and _opening(ent[0]) and ent.label_ in _LONE_LABELS and all(
                t.tag_ == "NNP" and t.text[:1].isupper() and t.lower_ not in organisations for t in ent[1:]):
            found.append((ent[1].idx, ent.end_char, ent[1:].text))
    new = [p for p in found[len(places):] if not any(s < p[1] and p[0] < e for s, e, _ in places)]
    # "in Kellow West", "in Dunmore South" ('South' a location): a town and a bearing, one place (``bearing_names``)
    return with_bearing_names(sorted(places + list(dict.fromkeys(new))) if new else places, doc, directory)


def _parts_and_struck(doc: Doc, text: str, found: list[tuple[int, int, str]], organisations: frozenset[str],
                      times: frozenset[str], named: frozenset[str] | None,
                      directory: str | Path | None) -> frozenset[str] | None:
    """Add to ``found`` a lone name after 'of' on a part of a place or a bearing ('north of Casmoor', 'parts of
    Drennock': lexicon ``figures/place_part_nouns``), not one the model tags a firm's, and such a name the object of
    a verb of striking whose subject is a disaster ('An aftershock shook Pellinor': lexicon
    ``figures/striking_verbs``); ``named`` the words of longer names, read once."""
    parts, verbs = word_set("figures/place_part_nouns", directory), word_set("figures/striking_verbs", directory)
    causes = word_set("cause_nouns", directory)
    columns = words_of(doc)  # (the words' columns are read before any Token is made)
    lower, lemma, head = columns.lower, columns.lemma, columns.head
    for match in _AFTER_OF.finditer(text):
        if (span := doc.char_span(*match.span(1))) is None or len(span) != 1 or span.start < 2:
            continue
        i = span.start
        if lower[i - 1] != "of" or lower[head[i - 1]] not in parts or doc[i].ent_type_ == "ORG" or \
                i + 1 >= len(doc) or not _lone_name(doc, i, organisations, times):
            continue
        named = _parts_of_names(doc) if named is None else named
        if span[0].lower_ not in named:
            found.append((span.start_char, span.end_char, span.text))
    strings, words = doc.vocab.strings, doc.to_array([DEP, TAG])  # (only the proper nouns that are objects)
    for i in numpy.flatnonzero((words[:, 0] == strings["dobj"]) & (words[:, 1] == strings["NNP"])).tolist():
        if lemma[head[i]].lower() not in verbs:  # (the verb first: most objects are struck by none)
            continue
        tok = doc[i]
        if tok.ent_type_ not in _LONE_LABELS - {"ORG"} or \
                tok.ent_iob_ == "I" or \
                not tok.text[:1].isupper() or tok.is_upper or tok.is_stop or tok.lower_ in organisations or \
                any(tok.children) or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NNP", "NNPS", "POS", "CD")) \
                or not _struck_by(tok.head, causes):
            continue
        named = _parts_of_names(doc) if named is None else named
        if tok.lower_ not in named:
            found.append((tok.idx, tok.idx + len(tok.text), tok.text))
    return named


def _struck_by(verb: Token, causes: frozenset[str]) -> bool:
    """Whether ``verb``'s subject names a disaster (lexicon ``cause_nouns``: 'An aftershock of magnitude 5.3 shook',
    'Storm Ellis battered'), not a scandal or a loss that 'hit' a firm."""
    return any(w.lower_ in causes for c in verb.children if c.dep_ == "nsubj" for w in c.subtree)


def _kind_after(doc: Doc, match: re.Match, group: int) -> bool:
    """Whether "the X <kind>" or "in X <kind>" frames a place: not when the kind word qualifies a noun after it, its
    name a party's or a court's ("the Republican state legislature", "the Federal district court")."""
    kind = doc.char_span(match.end(group) + 1, match.end())
    return kind is not None and kind[-1].dep_ != "compound"


def _lone_name(doc: Doc, i: int, organisations: frozenset[str], times: frozenset[str]) -> bool:
    """A one-word name at ``i``, its preposition's object, that is no entity or one of ``_LONE_LABELS`` of that word
    alone ("from their homes in Tobrenz": few people are counted "in" a person or a people), or a date's that is no
    word of ``times``; tagged a proper noun, or a common one inside the sentence ("schools in Carnforth"), and no
    label of the number after it ('in Year 7')."""
    tok, nxt = doc[i], doc[i + 1]
    label = tok.ent_type_ if tok.ent_type_ != "DATE" or tok.lower_ in times else ""
    return ((tok.tag_ == "NNP" or tok.tag_ == "NN" and not tok.is_sent_start) and tok.dep_ == "pobj"
            and tok.head.i == i - 1 and tok.text[0].isupper() and not tok.is_upper and not tok.is_stop
            and label in _LONE_LABELS and (tok.ent_type_ == "" or _alone(doc, i) and nxt.ent_iob_ != "I")
            and nxt.tag_ not in ("NNP", "NNPS", "POS", "CD") and tok.lower_ not in organisations
            and not _held_in(doc[i - 1]))


def _alone(doc: Doc, i: int) -> bool:
    """Whether the entity of the name at ``i`` is the name alone, or the name and the capitalised preposition before
    it that opens the sentence ("Across Calandria, 210,000 homes ...": the recogniser's "Across Calandria")."""
    return doc[i].ent_iob_ == "B" or (doc[i - 1].ent_iob_ == "B" and _opening(doc[i - 1]))


def _opening(tok: Token) -> bool:
    """A preposition of place that opens its sentence ("Across", "In")."""
    return bool(tok.is_sent_start) and tok.lower_ in _PLACE_PREPOSITIONS


def _held_in(preposition: Token) -> bool:
    """Whether ``preposition`` says what a holding is held in: it hangs on a noun or a verb of holding or on a verb
    with one for its object ('bought 500 shares in Acme'), or, in a later conjunct that leaves the holding out, the
    first conjunct's ("40 shares in Acme and 30 in Nordvik")."""
    word = preposition.head
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    return any(w.lemma_.lower() in _HOLDINGS for w in (word, *(c for c in word.children if c.dep_ == "dobj")))


def _parts_of_names(doc: Doc) -> frozenset[str]:
    """Words the article also writes in a longer name or with a possessive: a person's or a
    company's ('Carly Fiorina', 'Apple Inc.', "Apple's case"), not a town's."""
    parts = {t.lower_ for ent in doc.ents if len(ent) > 1 and not _opening(ent[0]) for t in ent}
    strings, words = doc.vocab.strings, doc.to_array([LOWER, TAG])  # (no Token made for each word)
    parts.update(strings[int(lower)] for lower in words[:-1, 0][words[1:, 1] == strings["POS"]])
    return frozenset(parts)
