"""What a sum or a count is counted per when that is no period: a head, a journey, a unit of goods or a base of
people ('£7,460 per pupil' -> pupil, '$38 per barrel' -> barrel, '£1.10 a journey' -> journey, '12 deaths per
100,000 people' -> 100,000 people), for a figure's ``rate`` beside the periods (``money.find_rate``,
``percent_rates``, ``verb_periods``), which go first. An editor must not add a sum per pupil to a total nor compare
it with one: reconciliation counts a figure with a rate as a measure per that rate (``reconcile.measures.items``), so
two figures per different things are never one measure. Read only right after the figure (or the noun it counts): 'per'
then a noun with no article, or 'a'/'an' then a noun the sentence uses as no subject ('a dealer said' is no rate);
never a period (the period readers decide those, and 'a year earlier' is none), a name ('per Reuters') or 'per cent'.
The base's number stays a figure of its own ('100,000' of 'per 100,000 people', as the figure evaluations have it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .figure_lexicon import Context

__all__ = ["per_what"]

#: the kinds of figure counted per a head or a unit (not shares, ages, ranks; a measure's 'per' is its unit's)
_PER_KINDS = frozenset({"money", "count"})
#: the links that keep a word inside the noun phrase of the rate ('100,000 people', 'kilowatt hour')
_IN_NOUN = frozenset({"nummod", "compound", "quantmod", "amod"})
#: the links that lead from a figure up to the verb it is a level or change of ('rose to £7,100', 'fell from £2.10')
_TO_VERB = frozenset({"pobj", "prep", "dobj", "attr", "npadvmod", "quantmod", "nummod", "nmod", "advmod"})
#: the links of a noun after 'a' that make it no rate: a subject, a receiver, a second thing joined
_NOT_PER = frozenset({"nsubj", "nsubjpass", "dative", "conj", "attr"})


def per_what(figure: Span, kind: str, unit: str | None, ctx: Context) -> str | None:
    """The head or unit written right after ``figure`` (of ``kind``, counting ``unit``) that it is counted per,
    else the one its verb's subject is counted per ('Funding per pupil rose to £7,100': pupil), or None."""
    if kind not in _PER_KINDS or " per " in (unit or ""):
        return None
    return _after(figure, kind, ctx) or _on_subject(figure, ctx)


def _after(figure: Span, kind: str, ctx: Context) -> str | None:
    """The head or unit written right after ``figure`` (or the noun it counts) that it is counted per, or None."""
    doc = figure.doc
    after = figure.end
    noun = figure[-1].head
    if kind == "count" and noun.i >= after and noun.pos_ == "NOUN" and all(
            doc[i].head.i == noun.i and doc[i].dep_ in _IN_NOUN for i in range(after, noun.i)):
        after = noun.i + 1  # '12 deaths per ...': past the counted noun
    if after + 1 >= len(doc) or doc[after].lower_ not in ("per", "a", "an"):
        return None
    word = doc[after]
    if word.lower_ == "per":
        # (the parser may read '310 per 100,000 children' as numbers on the noun: the noun after it then)
        head = next((c for c in word.children if c.dep_ == "pobj"), None) or \
            next((t for t in doc[after + 1:after + 5] if t.pos_ == "NOUN"), None)
        if head is None or any(c.dep_ in ("det", "poss") for c in head.children):
            return None  # 'per the ministry': a source
        if head.i == after + 1 and head.like_num and head.pos_ == "NUM":
            return head.text  # '16.8 per 100,000': a base with no noun
    else:
        head = word.head
        if word.dep_ != "det" or head.dep_ in _NOT_PER:
            return None
        if kind == "count" and head.dep_ == "dobj" and "dative" in (figure.root.dep_, noun.dep_):
            return None  # 'gave 3,000 people a chance': the people receive the object (a sum receives nothing)
    return _noun_phrase(head, after, ctx)


def _noun_phrase(head: Token, after: int, ctx: Context) -> str | None:
    """The noun phrase from after ``after`` to its noun ``head``, lower-cased, when it is a common noun, no period
    (but a compound of one: 'kilowatt hour') nor a word of 'per cent'."""
    if head.pos_ != "NOUN" or head.i <= after or head.i - after > 4 or head.lower_ in ctx.rate_stop_words:
        return None
    between = head.doc[after + 1:head.i]
    if any(tok.head.i != head.i or tok.dep_ not in _IN_NOUN for tok in between):
        return None
    if not any(tok.dep_ == "compound" for tok in between) and (
            ctx.time_units.get(head.lower_) is not None or ctx.time_units.get(head.lemma_.lower()) is not None):
        return None
    return head.doc[after + 1:head.i + 1].text.lower()


def _on_subject(figure: Span, ctx: Context) -> str | None:
    """The head or unit after 'per' on the subject of the verb ``figure`` is a level or change of ('Funding per pupil
    rose to £7,100', 'The subsidy per journey fell from £2.10 to £1.60': journey), or None: the subject is what the
    figure measures, so it is counted per what the subject is."""
    verb = figure.root
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _TO_VERB and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.pos_ not in ("VERB", "AUX") or subject.left_edge.i <= figure.start < \
            subject.right_edge.i + 1:
        return None
    per = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "per"), None)
    if per is None:
        return None
    head = next((c for c in per.children if c.dep_ == "pobj"), None)
    if head is None or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    return _noun_phrase(head, per.i, ctx)
