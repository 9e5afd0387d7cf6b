"""Light-verb idioms of saying or stance: a light verb and ONE noun that together say what a verb of
saying would ('The minister made the case that fares should fall', 'The union took issue with the
rota', 'The coach made the point that the pitch was wet', 'The nurse drew attention to the queue';
``light_idioms.json``: verb lemma and noun lemma, with the words that open the content after them).

Neither word is a cue alone: 'made a cake', 'fixed the issue with the engine', 'sent word processors'
say nothing, so the pair is matched by the verb AND its object noun together. The whole idiom ('made the
case', 'took issue with') is the cue, as PolNeAR marks it, the verb's subject the source, the content the
that-clause after the noun or the object of the noun's own preposition. The noun must be the verb's own
object, bare or with an article, a possessive or an adjective ('made a strong case'), not a modifier of
another noun ('took issue number 5') nor numbered. 'take the view' and 'hold the view' hold a belief;
the rest say. Tried by ``reported.CueRules.token_cue`` before the verb's other readings."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .act_cues import cue_after_source
from .candidate import BELIEF, SPEECH, Candidate, trim_content
from .kids import children_of
from .lexicon import Lexicon
from .made_clear import shares_the_subject
from .syntax import cue_span, source_span, subject_of, subtree_span, that_clause

#: the idioms that hold a view rather than say it
_BELIEF = frozenset(["take view", "hold view"])
#: the noun's own dependents an idiom's noun may have ('the case', 'a strong case', 'his point')
_NOUN_DEPS = frozenset(["det", "amod", "poss", "advmod", "compound"])


def light_idiom_noun(lex: Lexicon, verb: Token, lemma: str) -> tuple[Token, frozenset[str]] | None:
    """The idiom noun ``verb`` (of lemma ``lemma``) takes as its object, with the words that open its
    content, or None ('case' in 'made a strong case that Y'; 'slip' the parser may read as a clause)."""
    for child in children_of(verb):
        if child.i <= verb.i or child.dep_ not in ("dobj", "ccomp", "xcomp", "oprd", "nsubj"):
            continue
        opens = lex.light_idioms.get(f"{lemma} {child.lemma_.lower()}") or lex.light_idioms.get(f"{lemma} {child.lower_}")
        if opens is None or child.pos_ not in ("NOUN", "VERB"):
            continue
        if any(g.dep_ not in _NOUN_DEPS and g.i < child.i or g.dep_ in ("nummod", "appos") for g in child.children):
            return None  # ('took issue 5 off the shelf')
        return child, opens
    return None


def light_idiom_cue(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """The candidate of a light-verb idiom ('The mayor took issue with the audit'), None when ``verb``
    has no idiom noun, no subject, or nothing said after the noun."""
    found = light_idiom_noun(lex, verb, lemma)
    if found is None:
        return None
    noun, opens = found
    if lemma == "make" and any(c.dep_ == "prep" and c.lower_ in ("out", "from") and c.i > noun.i for c in children_of(verb)):
        return None  # ('made the case for the flute out of oak': a thing made of a stuff)
    if lemma == "have" and any(c.dep_ == "prep" and c.lower_ == "from" for c in (*noun.children, *children_of(verb))):
        return None  # ('The phone has praise from critics for its battery': praise it received, not gave)
    subject = subject_of(verb)
    if subject is None or subject.i == noun.i or not shares_the_subject(subject, verb) or subject.lower_ in lex.subjectless:
        return None
    content: Token | None = None
    extra = list(verb.doc[verb.i + 1 : noun.i + 1])
    if "that" in opens:
        content = next((t for t in (*noun.children, *children_of(verb)) if t.i > noun.i
                        and t.dep_ in ("acl", "ccomp", "advcl", "relcl") and that_clause(t)), None) or _hung_on_a_noun(verb, noun)
    if content is None:
        prep = next((t for t in (*noun.children, *children_of(verb)) if t.i > noun.i and t.dep_ == "prep"
                     and t.lower_ in opens), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if prep is None or obj is None or obj.lower_ in ("it", "this", "that") and prep.lower_ != "with":
            return None
        if prep.lower_ != "with" and any(c.dep_ == "prep" and c.lower_ in ("with", "by") and c.i > prep.i
                                         for c in children_of(verb)):
            return None  # ('made a case for the title with a late goal': a deed's case, no words)
        extra.append(prep)  # ('took issue with': the preposition is in the cue)
        content = obj
    piece = trim_content(text, *_topic_span(content) if content.dep_ in ("pobj", "pcomp") else subtree_span(content))
    if not piece:
        return None
    return Candidate(
        cue=cue_span(verb, extra),
        source=source_span(text, subject),
        contents=[piece],
        nature=BELIEF if f"{lemma} {noun.lemma_.lower()}" in _BELIEF else SPEECH,
        source_token=subject.i,
    )


def _hung_on_a_noun(verb: Token, noun: Token) -> Token | None:
    """A 'that' clause the parser hung as a relative clause on a noun of a phrase after the idiom's
    noun ('made a case to a meeting of farmers that she would win': on 'farmers'); a real relative's
    'that' is its subject or object, never its mark."""
    for token in verb.subtree:
        if token.i <= noun.i or token.dep_ != "relcl" or not that_clause(token):
            continue
        head = token.head
        while head.i != verb.i and head.pos_ in ("NOUN", "PROPN", "ADP") and head.head.i != head.i:
            head = head.head
        return token if head.i == verb.i else None
    return None


def _topic_span(obj: Token) -> tuple[int, int]:
    """The preposition's object without a relative clause set off by a comma, which says more of the
    topic but is no part of the stance ('the case for a new bridge, which the council later built')."""
    doc, end = obj.doc, obj.right_edge.i
    for child in obj.children:
        if child.dep_ == "relcl" and child.i > obj.i and child.left_edge.i >= 2 and doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i - 2)
    return obj.left_edge.idx, doc[end].idx + len(doc[end])


def light_idiom(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record``'s cue is a light-verb idiom said by the source before it, which the ranker's
    threshold does not judge: its features read the cue by the light verb ('made', 'took'), whose weight
    was learnt on its many other senses ('made a profit', 'took the train'). Not 'made the case for X',
    which a deed can make as well as words ('made a case for the title with a late goal')."""
    span = cue_after_source(doc, record)
    if span is None or len(span) < 2:
        return False
    for verb in span:
        found = light_idiom_noun(lex, verb, verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if found is not None:
            # ('made a case for the trophy with a late winner': a case made by deeds; left to the threshold)
            return not (found[0].lemma_.lower() == "case" and span[-1].pos_ == "ADP")
    return False
