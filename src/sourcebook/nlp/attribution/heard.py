"""Evidence heard on the record: 'The court heard that X', 'X, an inquest has heard', 'MPs
heard how Y', 'The inquiry heard from Dr Moss that Z' (for ``reported.CueRules``)."""

from __future__ import annotations

from spacy.tokens import Token

from .asides import clause_read_as_subject, parenthetical
from .candidate import SPEECH, Candidate, trim_content
from .content import finished_contents, verb_content
from .lexicon import Lexicon
from .syntax import cue_span, source_like, source_span, subtree_span, that_clause

Spans = list[tuple[int, int]]


def heard_cue(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'The court heard that X', 'X, an inquest has heard', 'MPs heard how Y': evidence given on
    the record to a body that hears it (``audience_nouns.txt``). Someone the sentence does not
    name said it, so the record has no source, as for 'The court was told that X' (unless it
    names who it was heard from)."""
    # (the last subject: 'The cab overturned, the inquest has heard' read as two subjects of 'heard')
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in lex.audience_nouns and subject.lemma_.lower() not in lex.audience_nouns:
        return None
    # 'heard from a pathologist that X': the one it was heard from is the source (the parser
    # may hang the clause on that one)
    giver = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj" and source_like(lex, o)), None)
    told = next((c for c in giver.children if c.dep_ in ("acl", "relcl") and that_clause(c)), None) if giver else None
    extra: list[Token] = []
    clause = told is not None or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if told is not None:
        content: Spans | None = [subtree_span(told)]
    else:
        # the clause as 'told' would have it ('The court was told that X'), or the sentence around 'X, the court heard'
        content = verb_content(lex, text, verb, "tell", extra) if clause else (
            parenthetical(text, verb, lex) or clause_read_as_subject(verb) or _clause_before(text, verb))
    contents = finished_contents(lex, text, verb, content, keep_empty=False) if content else None
    if not contents:
        return None
    source = source_span(text, giver) if giver is not None else None
    if source is not None and told is not None:
        source = trim_content(text, source[0], told.left_edge.idx) or source
    cand = Candidate(cue=cue_span(verb, extra), source=source, contents=contents, nature=SPEECH,
                     source_token=giver.i if giver is not None else None)
    cand.verb = verb.i
    cand.aside = not clause
    return cand


def _clause_before(text: str, verb: Token) -> Spans:
    """'Woman hit by falling branch, inquest hears': a headline's clause with its 'was' dropped, which the
    asides do not take for a clause (a participle phrase, however the parser hung it), is the words from
    the sentence's start to the comma before the body that heard it, the verb ending the sentence."""
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ != "punct" and not c.is_space for c in verb.rights):
        return []
    comma = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > verb.sent.start else None
    if comma is None or comma.text != "," or comma.i == verb.sent.start:
        return []
    span = trim_content(text, verb.sent.start_char, comma.idx)
    return [span] if span is not None else []


def heard_read_as_noun(lex: Lexicon, text: str, token: Token) -> Candidate | None:
    """'A driver died when his cab overturned, an inquest heard.': the parser read 'inquest
    heard' closing the sentence as a noun phrase set beside the subject; the clause before the
    comma is what was heard, from no one named (so is a headline's, 'Man struck by scaffold, inquest hears',
    with 'hears' read as a plural noun)."""
    doc = token.doc
    noun = doc[token.i - 1] if token.i >= 3 else None
    if (token.lower_ not in ("heard", "hears") or token.pos_ == "VERB" or noun is None
            or noun.lower_ not in lex.audience_nouns and noun.lemma_.lower() not in lex.audience_nouns):
        return None
    det = doc[noun.i - 1]
    comma = doc[det.i - 1] if det.dep_ == "det" else det
    end = doc[token.i + 1] if token.i + 1 < len(doc) else None
    # (a headline ends at its line: 'Man struck by falling scaffold, inquest hears', 'hears' read as a plural)
    if comma.text != "," or end is not None and end.text not in (".", "!") and not end.is_space or comma.i <= token.sent.start:
        return None
    content = trim_content(text, token.sent.start_char, comma.idx)
    if content is None:
        return None
    cand = Candidate(cue=(token.idx, token.idx + len(token)), source=None, contents=[content], nature=SPEECH)
    cand.verb = token.i
    cand.aside = True
    return cand


def told_in_headline(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'Resident choked on sandwich, inquest told': a headline's passive with its 'was' dropped, a body
    that hears evidence (``audience_nouns.txt``) the subject of a bare 'told' that ends the sentence; what
    it was told is the clause before the comma, said by no one the headline names, as for 'X, an inquest
    heard' (the parser reads the body as the one who told)."""
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if verb.lower_ != "told" or subject is None or (
            subject.lower_ not in lex.audience_nouns and subject.lemma_.lower() not in lex.audience_nouns):
        return None
    # (nothing told to anyone after it, and the body a bare noun: 'the court told the family that X' is the court's)
    if any(c.dep_ != "punct" and not c.is_space for c in verb.rights) or any(
            c.dep_ not in ("det", "amod") for c in subject.children):
        return None
    comma = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if comma is None or comma.text != "," or comma.i <= verb.sent.start:
        return None
    content = trim_content(text, verb.sent.start_char, comma.idx)
    if content is None:
        return None
    cand = Candidate(cue=(verb.idx, verb.idx + len(verb)), source=None, contents=[content], nature=SPEECH)
    cand.verb = verb.i
    cand.aside = True
    return cand
