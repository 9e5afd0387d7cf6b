"""A person's name closing a plural source after the singular noun it follows ('Allies of the governor,
Ruth Baines, say', 'Sources close to the finance minister, Tobias Ferrold, told'): the name is that noun's
(the governor's, the minister's), not the group's, which stays unnamed ('Allies of the governor'). One name
cannot be many people; a singular source keeps the reading it has ('A lawyer for the minister, Jo Park,'
may be the lawyer), and two names joined ('His aides, Ann Lee and Tom Ray') are the group's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .people import gender_of_first_name


def before_inner_name(span: Span, head: Token) -> Span:
    """The source ``span`` of a plural ``head`` without a person's name set off after a singular noun
    inside it ('People close to the chairman, Tom Reed': 'People close to the chairman'), else ``span``."""
    if head.tag_ not in ("NNS", "NNPS") or head.ent_type_:
        return span
    doc = span.doc
    comma = next((t.i for t in doc[head.i + 1 : span.end] if t.text == ","), None)
    # (a noun of its own before the comma: 'the chairman of Dunloe Mills, Hector Vane'; not 'Her parents, X')
    if comma is None or comma - 1 == head.i or doc[comma - 1].tag_ not in ("NN", "NNP") or comma + 1 >= span.end:
        return span
    words = [t for t in doc[comma + 1 : span.end] if not t.is_punct]  # (the name closes the source)
    # a person's name, as the NER tags it or by a known first name ('Ana Reyes' tagged a body)
    tagged = bool(words) and words[0].ent_type_ == "PERSON" and words[0].ent_iob_ == "B" and all(
        t.ent_iob_ == "I" for t in words[1:])  # (one name: its words one entity)
    if tagged or 1 < len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in words) and gender_of_first_name(
            words[0].text):
        return doc[span.start : comma]
    return span
