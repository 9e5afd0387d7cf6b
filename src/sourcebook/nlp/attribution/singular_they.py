"""'They' for one person: the person who spoke last, in the sentence or the one before, when no
group or body spoke in the pronoun's window and the article gave that person no gender ('The
designer, Robin Vale, said the show had sold out. They said a second date was planned.': Vale); but
the two who spoke last are meant when the article named them together ('Ama Owusu and Efua Mensah').

Before, such a 'they' fell to the last body the article named anywhere, often a word of the
headline the NER took for one. A person whose first name tells no gender ('Robin', 'Jordan'),
or whom the article calls non-binary or says uses 'they/them', may be meant; one the article gave
a gender ('he said' before, 'Mr', a name the list is sure of) is not: a plural 'they' then means
people the article did not name as speakers, and keeps the old reading. Nor is one with no gender
when people were just named in the plural, though not as speakers ('The workers walked out. Robin
Hale, an organiser, said X. They said Y': the workers more likely than Hale); only the article
saying the person goes by 'they' outweighs them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .people import known_gender

if TYPE_CHECKING:
    from .anaphora import Salience
    from .speakers import Resolved, SpeakerResolver

#: what the article says of a person who goes by 'they'
_THEY_THEM = re.compile(r"\b(?:they/them|non-?binary)\b", re.IGNORECASE)
_NEAR = 80  # characters after a mention of the person that statement may be in
#: a name of up to four words and 'and' before another's ('Ama Owusu and Efua Mensah')
_JOINED = re.compile(r"(?:[A-Z][\w.'-]* ){0,3}[A-Z][\w.'-]* and ")
_PAIRED = 60  # characters from the first name's start to the second's
_SENTENCES = 2  # sentences before the pronoun's that a plural noun of people (or the other of two speakers) may be in


def singular_they(resolver: SpeakerResolver, sentence: int, salience: Salience, offset: int) -> Resolved | None:
    """The person a 'they' no group fits stands for (see the module's note), else None."""
    from .speakers import PERSON, Resolved

    found = salience.last_entry(sentence, 1, lambda r: r.kind == PERSON)
    res = found[1] if found is not None else None
    if res is not None and (pair := _pair_speaking(resolver, sentence, salience, offset, res)) is not None:
        return pair
    if res is None or res.name is None:
        return None
    person = resolver.people.find(res.name.split())
    if person is None:
        return None
    # (said right after a mention of them)
    stated = any(_THEY_THEM.search(resolver.text, at, at + _NEAR) for at in person.offsets)
    if not stated and (known_gender(person) is not None or _people_named(resolver, sentence, offset)):
        return None
    return Resolved(res.name, PERSON, res.affiliation)


def _people_named(resolver: SpeakerResolver, sentence: int, offset: int) -> bool:
    """Whether a plural noun of people ('the workers', 'residents') is a subject or object in the
    pronoun's sentence, before it, or in the two before (outside quotations)."""
    from .anaphora import _people_noun

    span = resolver.doc.char_span(resolver.sent_starts[max(0, sentence - _SENTENCES)], offset, alignment_mode="contract")
    return span is not None and any(
        t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and _people_noun(resolver, t)
        and not resolver.in_quote(t.idx) for t in span)


def pair_speaking(resolver: SpeakerResolver, offset: int, salience: Salience) -> tuple[int, Resolved] | None:
    """The sentence of the last turn and the two named together who spoke in the last turns before ``offset``
    (``_pair_speaking``), else None: ``pair_subjects`` weighs them against a plural noun."""
    from .speakers import PERSON

    sentence = resolver.sentence_of(offset)
    found = salience.last_entry(sentence, 1, lambda r: r.kind == PERSON)
    pair = _pair_speaking(resolver, sentence, salience, offset, found[1]) if found is not None else None
    return (found[0], pair) if found is not None and pair is not None else None


def _pair_speaking(resolver: SpeakerResolver, sentence: int, salience: Salience, offset: int, last: Resolved) -> Resolved | None:
    """'Ama Owusu and Efua Mensah opened a bakery. Owusu said X. Mensah said Y. They said Z': the two who
    spoke last, one after the other, when the article named them together before ('A and B', the NER's
    labels aside: it may take one for a body)."""
    from .speakers import GROUP, PERSON, Resolved

    other = salience.last_entry(sentence, _SENTENCES, lambda r: r.kind == PERSON and r.name != last.name)
    if other is None or not other[1].name or last.name is None:
        return None
    one, two = (resolver.people.find(name.split()) for name in (other[1].name, last.name))
    if one is None or two is None or one is two:
        return None
    text = resolver.text
    for a, b in ((a, b) for x, y in ((one, two), (two, one)) for a in x.offsets for b in y.offsets if 0 < b - a < _PAIRED):
        if b < offset and _JOINED.fullmatch(text, a, b):
            first, second = (other[1].name, last.name) if a in one.offsets else (last.name, other[1].name)
            return Resolved(f"{first} and {second}", GROUP, plural=True)
    return None
