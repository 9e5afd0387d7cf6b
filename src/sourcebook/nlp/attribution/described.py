"""What a verb of naming or describing reports: 'described X as Y', 'called the plan "a disgrace"',
'calling the mayor a coward' (for ``objects.object_content``).

PolNeAR marks the object, 'as' and what it is called as the content of 'described X as Y' (85 train
records to 13 that put the object in the cue), so the content holds them all; the seed gold's
guidelines mark a quoted description alone ('described the area as the "apex of horror"': the words
quoted), and so does this when a quotation opens right after 'as'. An 'as' opening a finite clause
tells when ('as the shells hit', also when the parser read its subject as the noun after 'as'), and
names nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import FINITE_TAGS, subtree_span

Spans = list[tuple[int, int]]


def _as_of_time(clause: Token) -> bool:
    """'described scenes of panic as the shells hit the market': an 'as' opening a finite clause with
    its subject right after it tells when, not what the object is called (not 'described the dinner
    as Washington celebrating itself', nor a quoted name the parser made a subject: 'as "a media
    company" that will focus on news, exist on phones')."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.left_edge.i == clause.left_edge.i + 1 and not subject.left_edge.is_punct and (
        clause.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in clause.children))


def _clause_read_as_noun(noun: Token) -> bool:
    """'described the scene as the sirens wailed outside': the parser read the clause after 'as' as a
    noun with a past verb hung on it; a verb in the simple past with no subject of its own right after
    the noun is that noun's verb, and the clause tells when (not 'as the road the Romans built', whose
    verb has its subject, nor 'as a town built on salt', a participle)."""
    verb = next((c for c in noun.rights if c.dep_ in ("acl", "relcl") and c.i == noun.i + 1), None)
    return verb is not None and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _quoted_after(word: Token) -> bool:
    """Whether a quotation opens within the three words after ``word`` ('as "reckless"', 'as the "apex"')."""
    return any(t.is_quote for t in word.doc[word.i + 1 : word.i + 4])


def described(verb: Token, children: list[Token], objects: list[Token], extra: list[Token],
               only_as: bool = False) -> Spans | None:
    """'described X as Y', 'called the plan "a disgrace"', 'calling the mayor a coward'."""
    # ('has billed the novel as "X"': a verb that names only with 'as' (no verb of the lexicon's own), whose
    # 'as' phrase the parser may hang on the object)
    hung = [c for c in objects[0].rights if c.dep_ == "prep" and c.lower_ == "as"] if (
        only_as and objects and objects[0].i > verb.i) else []
    for child in [*children, *hung]:
        if child.dep_ in ("prep", "oprd") and child.lower_ == "as":
            # 'as a disgrace', 'as beset by X', and an adjective the parser hangs on 'as' ('as "unnecessary"')
            objects_as = [g for g in child.children if g.dep_ in ("pobj", "pcomp")
                          or g.dep_ in ("amod", "acomp") and g.pos_ == "ADJ" and g.i > child.i]
            if objects_as and _clause_read_as_noun(objects_as[0]):
                # ('described the scene as the sirens wailed': when, the parser's noun its subject; the object alone)
                return [subtree_span(objects[0])] if objects and objects[0].i > verb.i else None
            # (PolNeAR's: the object, 'as', Y; but a quoted Y alone, the words quoted: 'as the "apex of horror"')
            if objects_as and objects and verb.i < objects[0].i < child.i and not only_as and not _quoted_after(child):
                return [(subtree_span(objects[0])[0], subtree_span(objects_as[0])[1])]
            if objects_as:
                extra.append(child)
                return [subtree_span(objects_as[0])]
        mark = child.left_edge if child.dep_ in ("advcl", "acomp") and objects and child.i > objects[0].i and not (
            _as_of_time(child)) else None
        if mark is not None and mark.lower_ == "as" and mark.head.i == child.i:
            # 'described the country as beset by X', 'as deeply flawed': the parser made 'as' a
            # clause's mark or an adverb
            whole = objects[0].i > verb.i and not only_as and not _quoted_after(mark)  # (as above)
            extra.extend([] if whole else [mark])
            return [(subtree_span(objects[0])[0] if whole else mark.nbor(1).idx, subtree_span(child)[1])]
        if child.dep_ == "oprd" and not child.is_punct and not child.is_quote:  # a mark the tagger took for a verb
            if objects and objects[0].i < verb.i:
                # 'which Mr. Trump called "a disgrace"'; a free relative's bare 'what' is no part of the
                # name ('a response to what it called "poverty wages"': the name alone)
                if objects[0].lower_ == "what" and objects[0].tag_ == "WP" and len(list(objects[0].subtree)) == 1:
                    return [subtree_span(child)]
                return [subtree_span(objects[0]), subtree_span(child)]
            # 'called the plan "a disgrace"': the object and what it is called
            first = objects[0] if objects and objects[0].i < child.i else child
            return [(subtree_span(first)[0], subtree_span(child)[1])]
    named = [c for c in children
             if c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp") and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")]
    if len(named) >= 2:
        # 'calling the mayor a coward' (parsed as two complements)
        return [(subtree_span(named[0])[0], subtree_span(named[-1])[1])]
    return None
