"""A surname that is also a weekday, read by the parser as a phrase of time: 'Detective Joe Friday
said the car was stolen' parses as 'Detective Joe' said, 'Friday' when; the source loses the
surname and the speaker is 'Joe'. Mended in place before the rules run (``mends``).

A weekday hung on a verb right after it, with a word right before it that is a given name (the
name list knows it as a man's or a woman's first name, in every country asked) hung on the weekday as a compound (the verb
left with no subject) or on the verb as its subject, is that person's surname: the weekday becomes
the subject, the given name and the title before it hanging on it. A given name alone is not how
a report names its speaker, while a surname alone before a weekday is ('Rivera Tuesday said':
``weekday_subjects``), so a word the article also uses as someone's surname ('Ann Warren ...
Warren Tuesday said') is left alone. So is a name after a courtesy title or a title written short
('Sen. Graham Tuesday said', 'Gov. Scott Tuesday signed', 'Mr. Dean Monday said'): those stand before
the surname alone in a short reference, and a surname that is also a given name is common, a weekday's
surname rare ('Detective Joe Friday' keeps his); and a name with no title before it ('Paul Wednesday
said', 'Graham Tuesday told reporters'), the surname alone of a short reference."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from .people import _COUNTRIES, _detector
from .tables import Words, places, words_of
from .weekday_appositions import WEEKDAYS

#: courtesy titles written in full, which take a surname alone ('Mr Dean', 'Dr Paul'), beside the short titles
_COURTESY = frozenset(["mr", "mrs", "ms", "mx", "miss", "dr"])


def _short_reference(words: Words, given: int, weekday: int) -> bool:
    """Whether the name at ``given`` is a surname alone: no word of the name's own before it (a title hung
    on it or on the weekday: 'Detective Joe Friday'), or a courtesy title or a title written short before it
    ('Sen.', 'Mr', 'Gov.'), which take a surname ('Sen. Graham Tuesday said')."""
    if given < 1 or words.head[given - 1] not in (given, weekday) or not words.text[given - 1][:1].isupper():
        return True
    title = words.lower[given - 1].removesuffix(".")
    return title in _COURTESY or title in word_set("title_abbreviations")


def _surely_given(word: str) -> bool:
    """Whether the name list gives ``word`` as a first name of one gender in every country asked
    ('Joe', 'Ann'; not 'Hale', 'Reed', which it knows as names of either gender somewhere)."""
    votes = {_detector().get_gender(word, *country) for country in _COUNTRIES}
    return votes <= {"male", "mostly_male"} or votes <= {"female", "mostly_female"}


def weekday_surnames(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make each such weekday its verb's subject, the given name before it kept as its
    compound; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    surnames: list[tuple[str, int, int]] | None = None
    for i in places(words.lower, WEEKDAYS, 0, len(words.lower)):  # (found in C: those words only)
        if i < 1 or words.dep[i] != "npadvmod" or words.head[i] != i + 1:
            continue  # (no Token made)
        weekday, given, verb = doc[i], doc[i - 1], doc[i + 1]
        # (the given name hung on the weekday, the verb left with no subject; or the verb's subject)
        hung = given.head.i == i and given.dep_ == "compound" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)
        subject = given.head.i == verb.i and given.dep_ == "nsubj" and not list(given.rights)
        if (not weekday.is_title or verb.pos_ not in ("VERB", "AUX") or not (hung or subject) or not given.is_title
                or list(weekday.rights) or _short_reference(words, given.i, i) or not _surely_given(given.text)):
            continue
        if surnames is None:  # (the last words of the article's people: a surname is no given name here)
            surnames = [(e[-1].lower_, e.start, len(e)) for e in doc.ents if e.label_ == "PERSON"]
        if any(word == given.lower_ and (size > 1 or start != given.i) for word, start, size in surnames):
            continue  # ('Ann Warren ... Warren Tuesday said', 'Warren said ... Warren Tuesday said')
        heads[weekday.i], deps[weekday.i] = verb.i, "nsubj"
        heads[given.i], deps[given.i] = weekday.i, "compound"
        for word in (*weekday.lefts, *given.lefts):  # (the title too, against ``weekday_subjects``)
            if word.i != given.i:
                heads[word.i], deps[word.i] = weekday.i, word.dep_
    return heads, deps
