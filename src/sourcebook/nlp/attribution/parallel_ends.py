"""A content that goes on in parallel phrases the parser hung elsewhere in the sentence.

'The governor touted her plans to repair roads, expand bus service and cut fares': the parser
read 'expand' and 'cut' as the governor's acts, conjuncts of 'touted'; a bare verb cannot be a
conjunct of a past or third-person one ('touted', 'touts', 'touting'), so they go on the
content's infinitive and are part of what was touted. 'Residents complained about the noise, and
about the smell': a second phrase of the cue's own preposition is a second topic of the same
complaint. 'The bishop spoke of the poverty in the valley, the lack of jobs': the list's next
noun read as an apposition of the subject, which no apposition follows past its verb.
``content.verb_content`` grows the content's last span over them (a conjunct with a subject or
a modal of its own is a clause of its own: 'wants to win, and we must stop him')."""

from __future__ import annotations

from spacy.tokens import Token

from .char_spans import words_in
from .condition_ends import condition_end
from .gerund_ends import gerund_end
from .kids import children_of
from .syntax import subtree_span
from .tails import COORDINATION_GAPS

Spans = list[tuple[int, int]]

#: the tags of a cue verb whose bare-verb conjunct must be someone else's ('touted X, expand Y')
_INFLECTED = frozenset(["VBD", "VBZ", "VBG", "VBN"])


def parallel_end(text: str, verb: Token, found: Spans) -> Spans:
    """``found`` with its last span grown over the conjuncts of ``verb`` after it that go on
    the content's infinitive or repeat the preposition before it."""
    doc = verb.doc
    found = gerund_end(text, verb, found)  # ('warns of winter load shedding': the '-ing' word the topic's last)
    start, end = found[-1]
    first = words_in(doc, start, end, "expand")
    if first is None or not len(first):
        return found
    before = doc[first.start - 1] if first.start > 0 else verb
    # (the second preposition hung on the verb, or on the first: 'argued for higher wages and for shorter shifts')
    heads = [verb, before] if before.pos_ == "ADP" and before.i > verb.i else [verb]
    conjuncts = (c for h in heads for c in h.rights if c.dep_ == "conj" and c.left_edge.idx >= end)
    for conj in sorted(conjuncts, key=lambda c: c.i):
        left = conj.left_edge
        if text[end : left.idx].strip() not in COORDINATION_GAPS:
            break
        if _infinitive_goes_on(verb, conj, first) or _same_preposition(conj, first):
            end = subtree_span(conj)[1]
            continue
        break
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    nouns = [] if subject is None else [c for c in subject.rights if c.dep_ == "appos"]
    if before.pos_ == "ADP" and before.head.i == verb.i:  # ('spoke of X, his knowledge of Y and Z': read as the verb's
        # object; a list's member, owned or joined to the next, not the writer's description: 'about X, a far bigger Y')
        nouns += [c for c in verb.rights if c.dep_ == "dobj" and any(g.dep_ in ("poss", "conj") for g in children_of(c))]
    for noun in sorted((n for n in nouns if n.left_edge.idx >= end), key=lambda n: n.i):
        # 'spoke of the poverty in the valley, the lack of jobs': the list's next noun read as the speaker's apposition
        if text[end : noun.left_edge.idx].strip() not in COORDINATION_GAPS or noun.pos_ not in ("NOUN", "PROPN"):
            break
        end = subtree_span(noun)[1]
    found = found if end == found[-1][1] else [*found[:-1], (start, end)]
    return condition_end(text, verb, found)  # 'say he would win if the vote were held today' (``condition_ends``)


def _infinitive_goes_on(verb: Token, conj: Token, content) -> bool:
    """'touted plans to repair roads, expand bus service': a bare verb with no subject or
    modal of its own after a content ending in an infinitive."""
    if verb.tag_ not in _INFLECTED or conj.tag_ != "VB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or c.dep_ == "aux" and c.lower_ != "to" for c in children_of(conj)):
        return False
    return any(t.lower_ == "to" and t.dep_ == "aux" and t.head.tag_ == "VB" and t.head.right_edge.i >= content.end - 1
               for t in content)


def _same_preposition(conj: Token, content) -> bool:
    """'complained about the noise, and about the smell': the preposition before the content again."""
    before = content.doc[content.start - 1] if content.start > 0 else None
    return conj.pos_ == "ADP" and before is not None and before.lower_ == conj.lower_ and before.pos_ == "ADP"
