"""The content of a passive verb of judging: 'X is seen as Y', 'it has been described as Y' (the
'as' phrase, with the subject when the verb judges it), and with no 'as', the judgement set
right on the subject: 'The bridge is considered a landmark', 'the files were deemed classified',
'the mayor was declared the winner' (the parser's object predicate, ``oprd``). PolNeAR gives both
the subject and the predicate for the content of such a belief, as it does for 'is seen as', and no source when no agent names
one. Only the verbs of ``DEEMED_VERBS``: 'was named chair', 'was elected mayor' judge nothing."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import first_child, subject_of, subtree_span

Spans = list[tuple[int, int]]

#: verbs whose passive takes the judgement as its object predicate ('is considered a risk', 'deemed unfit'), a
#: declaration's ('was declared the winner', 'were declared the majority': a ruling announced) and a forecast's
#: ('was projected the winner': a network's call on election night)
DEEMED_VERBS = frozenset(["consider", "deem", "declare", "project"])

_DASHES = ("\u2014", "\u2013", "--", "-")


def seen_as_passive(lex: Lexicon, lemma: str, children: list[Token], extra: list[Token]) -> Spans | None:
    """'X is seen as Y', 'it has been described as Y' ('seen by many as Y': the parser may hang
    'as' on the agent); 'X is considered Y' (``deemed``)."""
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for child in [*children, *(c for a in agents for c in a.rights)]:
        if child.dep_ == "prep" and child.lower_ == "as":
            # ('is seen as reckless': the parser may hang the adjective on 'as' as its modifier)
            obj = first_child(child, ("pobj", "pcomp")) or next((a for a in child.rights if a.pos_ == "ADJ" and a.dep_ in (
                "amod", "acomp", "advmod")), None)
            subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
            if obj is not None:
                if child in children and not any(a.i < child.i for a in agents):
                    # (not over the agent: 'was seen by many as', 'has been described by the Society as')
                    extra.append(child)
                span = subtree_span(obj)
                # 'described as "X" by the UN': the parser may hang the agent on X
                by = next((t for t in obj.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")), None)
                if by is not None and by.i > obj.i:
                    span = (span[0], by.idx)
                spans = [span]
                if subj is not None and subj.lower_ not in lex.subjectless and lemma not in lex.describe:
                    spans.insert(0, subtree_span(subj))
                return spans
    return deemed(lex, lemma, children)


def deemed(lex: Lexicon, lemma: str, children: list[Token]) -> Spans | None:
    """'The bridge is considered a landmark': the subject and the predicate set on it (none with no
    subject; not a clause, 'is considered to be')."""
    # (the parser may take the predicate of a passive for its object: 'was declared [dobj] the winner')
    passive = any(c.dep_ == "auxpass" for c in children)
    pred = next((c for c in children if (c.dep_ == "oprd" or passive and c.dep_ == "dobj") and c.pos_ in (
        "NOUN", "PROPN", "ADJ", "NUM")), None)
    if lemma not in DEEMED_VERBS or pred is None:
        return None
    span = subtree_span(pred)
    # (not an agent the parser hung on the predicate, nor the writer's words after a dash: 'a risk — above all for X')
    stop = next((t for t in pred.subtree if t.i > pred.i and (t.lower_ == "by" and t.dep_ in ("agent", "prep") or (
        t.dep_ == "punct" and t.text in _DASHES))), None)
    if stop is not None:
        span = (span[0], stop.idx)
    subj = next((c for c in children if c.dep_ in ("nsubjpass", "csubjpass")), None)  # ('what followed is considered X')
    if subj is None and pred.head.dep_ == "conj":  # 'are toiling in both states but are not considered X'
        subj = subject_of(pred.head)
    if subj is None or subj.lower_ in lex.subjectless or subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
        return None  # ('a candidate considered a liberal', 'X, who are considered Y': the noun judged is outside the clause)
    return [subtree_span(subj), span]
