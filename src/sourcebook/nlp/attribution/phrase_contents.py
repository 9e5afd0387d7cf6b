"""The content a cue verb gives through a phrase, not a clause or an object: its particle's or
preposition's object for a verb the lexicon lists with them ('calling for the city to act', 'pointed
to X', 'criticized the mayor for the delay', ``lexicon.phrasal``), and a cue verb's 'about' phrase
when it has no object ('spoke about X', 'argued against Y', 'spoke at length about Z').

A time, a place, a medium or a manner in such a phrase is no content ('commented on Monday', 'spoke
on the radio'). Split from ``content.py``, whose ``verb_content`` asks these after the clauses."""

from __future__ import annotations

from spacy.tokens import Token

from .clause_after_phrase import subject_of_the_next_clause
from .kids import children_of
from .lexicon import Lexicon
from .objects import thing_placed
from .particle_objects import place_shown
from .particle_reach import preposition_placed
from .recalls import no_topic
from .spoken_at import medium_placed, said_how
from .syntax import NOT_CONTENT_ENTS, first_child, source_like, subtree_span
from .tails import with_tail

Spans = list[tuple[int, int]]


def phrasal_content(lex: Lexicon, text: str, verb: Token, lemma: str, children: list[Token], extra: list[Token]) -> Spans | None:
    """'calling for the city to act', 'pointed to X', 'criticized the mayor for the delay'."""
    particles = lex.phrasal[lemma]
    for child in children:
        if child.dep_ == "advcl" and child.i > verb.i:
            mark = next((g for g in children_of(child) if g.dep_ == "mark" and g.i == child.left_edge.i), None)
            if mark is not None and mark.lower_ in particles:
                # 'calling for the city to act' (a for-to clause)
                extra.append(mark)
                return [(mark.nbor(1).idx, subtree_span(child)[1])]
    for child in children:
        if child.dep_ in ("prep", "prt") and child.i > verb.i and child.lower_ in particles and not any(
                (c.dep_ in ("acomp", "oprd") or (c.dep_ == "prt" or c.tag_ == "RP") and c.lower_ not in particles)
                and verb.i < c.i < child.i for c in children):  # (not 'went dark after X')
            # a time is no content ('commented on Monday', 'pushed for months'), unless described
            # after 'of' or 'about' ('warned of a difficult year ahead')
            objects = [g for g in children_of(child) if g.dep_ in ("pobj", "pcomp")
                       and (g.ent_type_ not in ("DATE", "TIME") or child.lower_ in ("of", "about", "against")
                            and any(c.dep_ in ("amod", "relcl") for c in children_of(g)))
                       and not said_how(lex, child, g) and not medium_placed(lex, child, g)
                       and not place_shown(lex, child, g)]  # (not 'talked up the stairs', ``particle_objects``)
            if objects:
                direct = [c for c in children if c.dep_ == "dobj" and verb.i < c.i < child.i]
                if direct and child.dep_ == "prep" and lemma not in lex.addressee_verbs:
                    if thing_placed(lex, lemma, direct[0]):
                        return None  # 'wrote it on her forearm': where the thing went
                    # 'criticized the mayor for the delay': the object and the reason (not 'warned residents about X':
                    # the one addressed, ``addressee_topic``)
                    return [with_tail(lex, text, verb, (subtree_span(direct[0])[0], subtree_span(child)[1]), child)]
                found = [with_tail(lex, text, verb, subtree_span(objects[0]), objects[0])]
                # (the cue is the verb alone past the one addressed: not 'warned residents about')
                return found if direct else preposition_placed(verb, child, found, extra)
            gerund = next((c for c in children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                           and c.left_edge.i == child.i + 1 and child.dep_ == "prt"), None)
            if gerund is not None:  # 'ruled out bringing back conscription': the gerund hung on the verb
                extra.append(child)
                return [with_tail(lex, text, verb, subtree_span(gerund), gerund)]
    return None


def prepositional_content(lex: Lexicon, text: str, verb: Token, children: list[Token], extra: list[Token]) -> Spans | None:
    """'spoke about X', 'argued against Y' (a cue verb without an object); not a phrase inside
    a quotation the parser hung on the verb ('said: "About time. We waited years."')."""
    doc = verb.doc
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY"):
        subject = first_child(first_child(subject, "prep") or subject, "pobj")  # 'Thousands of kettles': kettles
    if subject is not None and not source_like(lex, subject):
        return None  # 'Thousands of kettles recalled over fire risk': a thing's topic is no one's
    if no_topic(verb):
        return None  # 'Kettles recalled over burn risk': a title-cased product's, ``recalls``
    children = [c for c in children if not (c.i > verb.i and any(t.is_quote for t in doc[verb.i + 1 : c.left_edge.i + 1]))]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in lex.content_preps and child.i > verb.i and not (
                child.lower_ == "for" and verb.lemma_.lower() in lex.writing_verbs):  # 'wrote for the majority'
            pobj = first_child(child, ("pobj", "pcomp"))
            if pobj is not None and pobj.ent_type_ not in NOT_CONTENT_ENTS and not said_how(lex, child, pobj):
                return preposition_placed(verb, child, [with_tail(lex, text, verb, subtree_span(pobj), pobj)], extra)
    for child in children:
        # 'spoke at length about X', 'spoke at a rally about Y': the parser hung the content's
        # 'about' on the object of the phrase of manner or place before it
        inner = first_child(child, "pobj") if child.dep_ == "prep" and child.i > verb.i else None
        if inner is None or subject_of_the_next_clause(verb, child):  # (not 'after a post about X drew Y')
            continue
        about = first_child(inner, "prep")
        # the last phrase of the object: 'at length about X', not 'at the talk about X on Y'
        if about is not None and about.lower_ in _ABOUT and about.right_edge.i == inner.right_edge.i:
            pobj = first_child(about, ("pobj", "pcomp"))
            if pobj is not None and pobj.ent_type_ not in NOT_CONTENT_ENTS:
                extra.append(about)
                return [subtree_span(pobj)]
    return None


_ABOUT = frozenset(["about"])
