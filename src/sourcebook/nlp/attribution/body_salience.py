"""Which body a body's noun ('the company', 'the group', 'the ministry') stands for when a reader
goes by who the sentences are about, not by the last name read (``roles.role`` reads this):

* the body the sentence before has for its subject ('Hope Across Borders has suspended
  distributions. The group said X': not the U.N. council whose panel the article quoted before);
* the body owning the subject of the clause the report follows ("Harborline's stores will stay
  open, the company said": Harborline, not the lender named in the sentence before), where the
  NER named it by a short form only or took it for a place;
* the owner a possessive opening the noun stands for ('Its foreign ministry said' after
  Veltrania: Veltrania's foreign ministry; 'His office said': the office of the man named before);
* the body the article introduced by the noun itself, or whose name it heads, named in the last
  sentences, before one that spoke or was a subject since and only fits the noun ('The retailer
  Brackwell closed four shops. Its landlord, Kestrel Estates, raised the rent. A spokeswoman for
  the retailer said X': Brackwell, not the landlord, a firm 'the retailer' might also stand for).

A short name is a body's only where the article named that body in full ('Hope Across Borders'
for the body first named so, 'Harborline' for Harborline Furniture Group)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import fold
from .affiliations import _text, _without_article, owner_before
from .body_nouns import introduced_so, name_heads
from .subjects import main_subject, sentence_span

if TYPE_CHECKING:
    from collections.abc import Callable

    from .anaphora import Salience
    from .index import ArticleIndex, Resolved
    from .speakers import SpeakerResolver

#: words that may open a sentence before its subject and leave it the sentence's ('But the group said')
_OPENERS = ("CCONJ", "ADV", "PUNCT")


def owned_body(resolver: SpeakerResolver, span: Span, head: Token, qualifiers: list[Token]) -> tuple[bool, Resolved | None]:
    """A body's noun after a possessive pronoun: (True, the owner's body) for 'His office' (the
    office of the man named before; (True, None) when there is none) and for 'Its foreign ministry'
    after a body or a country the sentence before is about; (False, None) for any other noun,
    or an 'its' that stands for no body or country read here."""
    from .index import DESCRIPTION, ORG, Resolved

    poss = next((t for t in qualifiers if t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their")), None)
    if poss is None or poss.i != span.start:
        return False, None
    lemma = head.lemma_.lower()
    if poss.lower_ in ("its", "their"):  # (a country's body before any other's: 'Its foreign ministry')
        owner = place_subject(resolver, poss) if lemma in resolver.lex.public_bodies else None
        owner = owner or owner_before(resolver, span)
        if owner is None:
            return False, None
    else:
        owner = owner_before(resolver, span)  # 'His office said': the office of the man named before
    kind = ORG if lemma in resolver.lex.organisation_words or lemma in resolver.lex.public_bodies else DESCRIPTION
    return True, Resolved(f"{owner}'s {_text(list(span[1:]))}", kind, owner) if owner else None


def called_body(resolver: SpeakerResolver, salience: Salience, offset: int, noun: str,
                fits: Callable[[str | None], bool]) -> Resolved | None:
    """The body named last within ``ROLE_WINDOW`` sentences before ``offset`` that the article
    introduced by ``noun`` ('Brackwell, the chain', 'The retailer Brackwell'; not one whose name the noun
    merely heads: 'The Court of Appeals upheld X. They will ask the Supreme Court to Y, the court said'
    is the Court of Appeals) and that ``fits``; else the last body in ``salience`` (a speaker or a
    subject) that ``fits``."""
    from .anaphora import ROLE_WINDOW
    from .index import ORG, OUTLET, Resolved

    name = resolver.last_mention(ORG, offset, within=ROLE_WINDOW, fits=lambda n: introduced_so(resolver, n, noun) and fits(n))
    if name is not None:
        return Resolved(name, ORG)
    return salience.last(resolver.sentence_of(offset), ROLE_WINDOW, lambda r: r.kind in (ORG, OUTLET) and fits(r.name))


def place_subject(index: ArticleIndex, word: Token) -> str | None:
    """The country or place a clause of the sentence before ``word``'s has for its subject, the
    main clause's first ('Diplomats said Veltrania did not attend. Its foreign ministry': Veltrania)."""
    before = sentence_span(index, index.sentence_of(word.idx) - 1)
    subjects = sorted((t for t in before or () if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "GPE" and t.tag_ == "NNP"),
                      key=lambda t: (len(list(t.ancestors)), t.i))
    for subject in subjects:
        ent = next((e for e in index.ents_in(subject.i, subject.i + 1) if e.label_ == "GPE"), None)
        if ent is not None:
            return _text(_without_article(list(ent)))
    return None


def subject_body(index: ArticleIndex, span: Span, noun: str, fits: Callable[[str], bool]) -> str | None:
    """The body the sentence before the source's has for its main clause's subject, when the
    source's ``noun`` fits it and the source opens its sentence ('Hope Across Borders has suspended
    distributions. The group said X'); None for any other, or when a body whose name the noun heads
    was named close before ('The Ministry of Health said X. The World Relief Agency said Y. The
    ministry fears Z': the Ministry)."""
    from .anaphora import ROLE_WINDOW
    from .index import ORG

    sentence = index.sentence_of(span.start_char)
    own = sentence_span(index, sentence)
    if own is None or any(t.pos_ not in _OPENERS for t in span.doc[own.start : span.start]):
        return None
    subject = main_subject(sentence_span(index, sentence - 1))
    if subject is None or subject.pos_ != "PROPN" or subject.is_lower:  # (a name: not "Tarsk's commerce ministry")
        return None
    name = body_named(index, subject)
    if name is None or not fits(name):
        return None
    headed = noun in name_heads(name) or not index.last_mention(
        ORG, span.start_char, within=ROLE_WINDOW, fits=lambda n: noun in name_heads(n) and fits(n))
    return name if headed else None


def topic_owner(index: ArticleIndex, span: Span, opening: int, fits: Callable[[str], bool]) -> str | None:
    """The body owning the subject of the clause a report before its source opens with ("Harborline's
    stores will remain open, the company said"), by any name the article gives it; None for any other."""
    doc = span.doc
    for token in reversed(doc[: span.start]):
        if token.idx < opening:
            return None
        if token.dep_ == "poss" and token.pos_ == "PROPN" and token.head.dep_ in ("nsubj", "nsubjpass") and (
                token.head.head.i < span.start):
            name = body_named(index, token)
            return name if name is not None and fits(name) else None
    return None


def body_named(index: ArticleIndex, token: Token) -> str | None:
    """The organisation the name at ``token`` stands for: the body an ORG entity over it names, or
    one the article named in full by words that open with the name's ('Hope Across Borders'), never
    a person's name."""
    from .index import PERSON

    ent = next(iter(index.ents_in(token.i, token.i + 1)), None)
    if ent is not None and ent.label_ == "ORG":
        # (not a person's name the NER took for a body, that the index counts as the person's: 'Ivo Brandt', 'Brandt said')
        person = any(offset == ent.start_char and kind == PERSON for offset, kind, _ in index.mentions)
        return None if person else index.body_name(ent)
    if ent is not None and ent.label_ == "PERSON" or index.people.find([token.text]) is not None:
        return None
    words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.tag_ != "POS"]
    for after in token.doc[token.i + 1 : token.right_edge.i + 1]:  # (to a comma: 'Vantor, which makes X,')
        if after.is_punct:
            break
        words += [after] if after.tag_ != "POS" else []
    words = _without_article(words)
    if not words or not all(t.is_title or t.is_upper or t.lower_ in ("of", "for", "and", "&") for t in words):
        return None
    name = fold(_text(words))
    known = {o for o in index.organisation_names() if fold(o) == name or fold(o).startswith(name + " ")}
    return index.full_name(known.pop()) if len(known) == 1 else None
