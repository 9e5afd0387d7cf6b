"""People whose name the NER ended before a particle that joins two surnames ('Luísa Ferraz | do
Amaral', 'Teresa Ortega | y Gasset'): a person's entity of two words or more that opens with a
known given name, then one particle of ``inner_name_particles.txt`` in lower case and one
capitalised name, is one name, so the 'Amaral' a later sentence quotes is that person. Read only
after a person's entity (the words 'do', 'y' and 'e' are words of the sentence elsewhere), never over a role's,
body's or place's word nor a date ('do Christmas'), and not over 'do' in its base form, a verb after a modal or
'did' ('Will Mark Hale do Pilates?'): the parser reads the particle after a name as 'do' in the present, which
a singular name would not take."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..lexicon import word_set
from .entities import merged
from .people import known_given_name

#: the NER's labels of a word that is no surname taken for something else
_NO_NAMES = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART"])


@cache
def _particles() -> frozenset[str]:
    return word_set("attribution/inner_name_particles")


def with_inner_particles(doc: Doc, ents: list[Span], barred: frozenset[str]) -> list[Span]:
    """The entities with each person's entity run on over an inner particle and the surname after it
    (``barred``: the words of roles, bodies and places, no name's); a one-word entity on that surname
    that is no longer name gives way to it."""
    starts = {e.start: e for e in ents}
    added, replaced = [], set[int]()
    for ent in ents:
        end = ent.end
        if ent.label_ != "PERSON" or len(ent) < 2 or end + 1 >= len(doc) or not known_given_name(ent[0].text):
            continue
        particle, name = doc[end], doc[end + 1]
        if particle.lower_ not in _particles() or not particle.is_lower or "\n" in doc[end - 1].whitespace_ + (
                particle.whitespace_):
            continue
        if not (name.is_title and name.is_alpha and len(name) > 1 and name.lower_ not in barred):
            continue
        if ent.root.dep_ == "conj" or any(c.dep_ == "cc" for c in ent.root.children):
            continue  # (two people doing something: 'Ana Lobo and Mark Hale do Pilates')
        if particle.tag_ == "VB":
            continue  # (the verb after a modal or 'did': 'Will Mark Hale do Pilates?'; the particle reads as 'does' would)
        other = starts.get(end + 1)
        if (other is None and name.ent_iob_ in ("B", "I")) or other is not None and (len(other) > 1 or other.label_ in _NO_NAMES):
            continue  # (the surname is part of a longer entity, or a date: 'do Christmas'; a place or a body is the NER's guess)
        added.append(Span(doc, ent.start, end + 2, label="PERSON"))
        replaced.update([ent.start, end + 1])
    return merged(ents, added, replaced)
