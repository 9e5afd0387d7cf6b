"""Reports whose content is a pro-form standing for a clause said before: 'after half said so',
'Cruz apparently thinks so', '26 percent said the same' (PolNeAR attributes the pro-form: the
report is there, its words are the earlier clause's)."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, SPEECH, Candidate
from .kids import children_of
from .lexicon import Lexicon
from .summed_quotes import so_said
from .syntax import cue_span, source_like, source_span, subject_of
from .tables import words_of
from .wrapped import wrapped_report

#: the complements that are a clause of the verb's own: with one, 'so' is no pro-form
_OWN = frozenset(["ccomp", "xcomp", "dobj", "advcl", "dative"])
#: words 'so' modifies rather than standing alone ('so much', 'so highly')
_DEGREE = frozenset(["much", "many", "far", "long", "often", "highly", "well", "little", "few", "that"])


def pro_form_cue(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """'half said so', 'he never thought so', 'a third said the same': a verb of saying or
    believing whose only complement is 'so' or 'the same' reports it, its subject the source."""
    if lemma not in lex.speech and lemma not in lex.belief:
        return None
    if verb.dep_ == "xcomp" and (clause := wrapped_report(lex, verb.head)) is not None and clause.i < verb.head.i:
        return None  # ('X, the coach is expected to say so': the clause before is the raised report's, wrapped.py)
    form = _pro_form(verb)
    if form is None:
        return so_said(lex, text, verb, lemma)  # ('"X." So said the mayor.': ``summed_quotes``)
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or not (source_like(lex, subject) or subject.like_num
                                                     or subject.lower_ in ("half", "third", "quarter")):
        return None
    content = (form[0].idx, form[-1].idx + len(form[-1]))
    cand = Candidate(cue=cue_span(verb), source=source_span(text, subject), contents=[content],
                     nature=SPEECH if lemma in lex.speech else BELIEF, source_token=subject.i)
    cand.verb = verb.i
    return cand


def _pro_form(verb: Token) -> list[Token] | None:
    """The 'so' or 'the same' right after ``verb`` (adverbs between) that stands for its content."""
    following = words_of(verb.doc).lower[verb.i + 1 : verb.right_edge.i + 1]  # (its children after it are among these)
    if "same" not in following and "so" not in following:
        return None  # (read from the words' list: most cues have neither, and their children are walked only then)
    children = list(children_of(verb))
    same = next((c for c in children if c.lower_ == "same" and c.i > verb.i and c.dep_ in ("dobj", "nsubj", "attr")
                 and [g.lower_ for g in c.lefts] == ["the"] and not list(c.rights)), None)
    own = [c for c in children if c.dep_ in _OWN and c.i > verb.i]  # (a clause before it is what it stands for)
    if same is not None and not any(c.i != same.i for c in own):
        return [verb.doc[same.i - 1], same]
    so = next((c for c in children if c.lower_ == "so" and c.dep_ == "advmod" and c.i > verb.i), None)
    if so is None or own:
        return None
    between = verb.doc[verb.i + 1 : so.i]
    if any(t.pos_ != "ADV" for t in between):
        return None
    after = verb.doc[so.i + 1] if so.i + 1 < len(verb.doc) else None
    if after is not None and (after.pos_ in ("ADJ", "PROPN", "PRON", "DET", "NUM") or after.dep_ == "mark"
                              or after.lower_ in _DEGREE):
        return None  # 'said so many times', 'said so much', 'thinks so highly of', 'said so he': no pro-form
    return [so]
