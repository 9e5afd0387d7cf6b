"""Appearances nobody is named for: 'It appears that X', 'the plan seems to work', 'the team
appeared paralyzed', 'he seems to have lapsed into X' (PolNeAR's evidential cues, with no
source; the writer's own reading: on train 26 of 37 such main clauses with a pronoun subject are gold);
and reports that only seem made: 'Obama seemed to recognize X', 'the emails seem to show that
X' are the infinitive's reports, whose cue takes the verb of appearance ('seemed to recognize').
Also 'it seems the party has X' (no 'that'), 'it seems increasingly likely that X', 'it appears
certain to pass' (the clause or judgement 'it' stands for; on train 7 of 10 new records right).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim_content
from .kids import children_of
from .lexicon import Lexicon
from .syntax import cue_span, subtree_span, that_clause


def seem_cue(lex: Lexicon, text: str, verb: Token, reports: Callable[[Token], bool] = lambda _: False) -> Candidate | None:
    """'It appears that X', 'the plan seems to work': an appearance nobody is named for; none
    when the infinitive or the adjective is a cue ``reports`` takes ('seemed to recognize X',
    ``widen_to_seem``; 'seem lukewarm on X', ``attitude_adjectives``)."""
    children = list(children_of(verb))
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i and that_clause(c)), None)
    subject = next((c for c in children if c.dep_ in ("nsubj", "expl") and c.i < verb.i), None)
    if subject is not None and subject.lower_ == "it" and (
            it_clause := subtree_span(clause) if clause is not None else _it_clause(verb, children)) is not None:
        contents = [it_clause]
    else:
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i and any(
            g.lower_ == "to" for g in c.children)), None) or _seem_complement(verb, children)
        if xcomp is None or subject is None or subject.dep_ != "nsubj" or subject.lower_ in lex.subjectless:
            return None
        if subject.pos_ == "PRON" and not _third_person(lex, verb, subject, xcomp):
            return None
        if xcomp.pos_ in ("VERB", "ADJ") and reports(xcomp):  # (and 'Investors seem lukewarm on X': the subject's)
            return None
        contents = [subtree_span(subject), subtree_span(xcomp)]
    contents = [c for c in (trim_content(text, *span) for span in contents) if c]
    if not contents:
        return None
    cand = Candidate(cue=cue_span(verb), source=None, contents=contents, nature=BELIEF, confidence=0.6)
    cand.verb = verb.i
    return cand


def _it_clause(verb: Token, children: list[Token]) -> tuple[int, int] | None:
    """'it seems the party has too many delegates', 'it seems increasingly likely that X', 'it
    appears certain to pass': the clause or the judgement 'it' stands for (no 'that' needed)."""
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
    adjective = next((c for c in children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" and c.i > verb.i), None)
    if adjective is not None:
        after = [c for c in (*adjective.children, *children) if c.dep_ in ("ccomp", "xcomp") and c.i > adjective.i]
        if not after:
            return None  # 'it seems totally nuts': what 'it' is is the writer's, no clause reported
        nearest = min(after, key=lambda c: c.i)
        return adjective.left_edge.idx, nearest.right_edge.idx + len(nearest.right_edge)
    return subtree_span(clause) if clause is not None and clause.left_edge.i == verb.i + 1 else None


def _third_person(lex: Lexicon, verb: Token, subject: Token, complement: Token) -> bool:
    """A pronoun subject the writer reads an appearance of: 'he', 'she' or 'they' in a clause
    of its own ('he seems to have lapsed', 'she appears ready'); not 'I seem' nor 'you seem', not
    a relative pronoun ('a voter who seemed confused'), and not before a verb of saying or
    believing ('he seemed to indicate X' is his report, whose source the rules could not read)."""
    if verb.dep_ not in ("ROOT", "conj") or subject.tag_ != "PRP" or subject.lower_ in lex.first_second_person:
        return False
    lemma = complement.lemma_.lower()
    return lemma not in lex.cue_verbs and lemma not in lex.poll_verbs


def _seem_complement(verb: Token, children: list[Token]) -> Token | None:
    """'the team appeared paralyzed', 'the race seems closer in Ohio', 'it seemed like a
    trap': what the subject seems to be, when it is no infinitive."""
    for child in children:
        if child.i <= verb.i:
            continue
        if child.dep_ in ("acomp", "oprd") and child.pos_ in ("ADJ", "VERB"):
            return child
        if child.dep_ == "prep" and child.lower_ == "like" and child.i == verb.i + 1:
            return child
    return None


def widen_to_seem(lex: Lexicon, verb: Token, cand: Candidate) -> None:
    """'Obama seemed to recognize X', 'the emails appear to show that X': the cue of the
    infinitive's report takes the verb of appearance it hangs on (PolNeAR's 'seemed to
    recognize'; the subject, the infinitive's own, is the source)."""
    head = verb.head
    if (verb.dep_ == "xcomp" and head.i < verb.i and head.lemma_.lower() in lex.seem_verbs and head.pos_ in ("VERB", "AUX")
            and cand.cue is not None and cand.cue[0] > head.idx and any(c.lower_ == "to" for c in children_of(verb))):
        cand.cue = (cue_span(head)[0], cand.cue[1])
