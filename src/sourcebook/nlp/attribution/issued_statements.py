"""A statement, a warning or a letter issued, released or sent, with a participle on it that says what it says
('The ministry released a statement on Sunday condemning the attack', 'The club issued a statement describing
the claims as false', 'His office put out a statement saying X'), or a 'that' clause of its own ('The regulator
issued a warning that prices would rise').

PolNeAR gives such a report to the issuer, the verb's subject, and marks the whole run from the verb to the
participle as the cue ('released a statement Wednesday saying', 'issued a statement describing'). The rules
find the participle (or the noun with its clause) and the issuer, but the ranker's threshold reads the cue by a
participle hung on a noun, or by the bare noun of a verb's object, and drops many of them, most of those with a
body for subject ('The council issued a statement calling the claims false'). So the threshold does not judge
such a record (``issued_statement``), and its cue is widened back to the issuing verb after the ranker has judged
it by its own cue (``widen_issued_cues``). Where the rules gave the report to the issuing verb alone, its content
the noun and the words on it ('which released | a statement condemning X', 'issued | a warning that Y'), or found
that verb's report of the bare noun beside the participle's ('published | a report | on Wednesday criticising
X'), the report is made the participle's or the clause's before the ranker (``issued_reports``). Only a noun of
saying or writing (``speech_nouns``, ``written_nouns``, ``report_nouns``) in the object of a verb of
``issuing_verbs.txt`` (not 'leaked a memo showing X', another's words handed out), said by the source before it:
that verb's subject, or the one before a verb with none of its own ('..., and issued a statement condemning X')"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from ...model import Attribution, Span
from .lexicon import Lexicon
from .record_cues import cue_words
from .tables import text_of

#: how a participle on the issued noun may hang: on the noun, or on the verb after the noun's phrase ('issued a
#: statement on Monday describing X', read as the verb's adverbial clause)
_ON_NOUN = ("acl",)
_ON_VERB = ("advcl", "xcomp")


def _issuing(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` issues words in writing ('issued', 'put out', 'sent out')."""
    lemma = verb.lemma_.lower()
    if lemma in lex.issuing_verbs:
        return True
    return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.issuing_verbs for c in verb.children)


def _document(lex: Lexicon, noun: Token) -> bool:
    """Whether ``noun`` is a noun of saying or writing ('statement', 'warning', 'letter', 'report')."""
    words = {noun.lower_, noun.lemma_.lower()}
    return noun.pos_ == "NOUN" and bool(words & (lex.speech_nouns | lex.written_nouns | lex.report_nouns))


def issued_noun(lex: Lexicon, cue: Token) -> Token | None:
    """The issued noun a participle cue ``cue`` (or the first of participles joined by 'and') says what it says,
    or the noun cue itself when a 'that' clause of its own follows it; None when there is none."""
    if cue.pos_ == "NOUN":
        clause = next((c for c in cue.rights if c.dep_ in ("acl", "ccomp", "relcl")), None)
        if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("that", "which") for c in clause.children):
            return None
        noun = cue
    else:
        while cue.dep_ == "conj" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
            cue = cue.head  # ('condemning the attack and calling for calm': the first participle's noun)
        if cue.tag_ != "VBG":
            return None
        if cue.dep_ in _ON_NOUN and cue.head.dep_ == "pobj" and cue.head.head.lower_ == "to":
            # (hung on the one it was sent to: 'issued a notice to parents saying X', 'a letter to the mayor urging Y')
            to = cue.head.head.head
            held = to if to.pos_ == "NOUN" else next((c for c in to.children if c.dep_ == "dobj" and c.i < cue.i), None)
            if held is None:
                return None
            noun = held
        elif cue.dep_ in _ON_NOUN:
            noun = cue.head
        elif cue.dep_ in _ON_VERB and (
                held := next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i), None)) is not None:
            noun = held
        else:
            return None
    if noun.dep_ != "dobj" or not _document(lex, noun) or not _issuing(lex, noun.head):
        return None
    return noun


def _issuer(doc: Doc, record: Attribution, noun: Token) -> bool:
    """Whether ``record``'s source, before the cue, is the issuing verb's subject (or comes before a verb with
    none of its own)."""
    source = record.source
    if source is None or record.cue is None or source.start >= record.cue.start or not record.contents:
        return False
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return source.end <= verb.idx
    return source.start <= subject.idx < source.end


def issued_statement(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` reports what an issued statement says, by its issuer (see the module)."""
    span = cue_words(doc, record)
    if span is None:
        return False
    noun = issued_noun(lex, _cue_end(span))
    return noun is not None and _issuer(doc, record, noun) and record.contents[0].start > noun.idx


def _cue_end(span: TokenSpan) -> Token:
    """The word that ends a cue: a participle, before its preposition or particle ('calling for'), or a noun
    ('issued a warning'); the cue's head when it ends on neither."""
    last = span[-1]
    if last.dep_ in ("prep", "prt") and last.head.tag_ == "VBG" and last.head.i >= span.start:
        return last.head
    return last if last.tag_ == "VBG" or last.pos_ == "NOUN" else span.root


def widen_issued_cues(doc: Doc, records: tuple[Attribution, ...], lex: Lexicon) -> tuple[Attribution, ...]:
    """``records`` with the cue of each issued statement's report opening at the issuing verb ('released a
    statement Wednesday saying'), as PolNeAR marks it; run on the records kept."""
    text = text_of(doc)
    out = []
    for record in records:
        span = cue_words(doc, record) if record.parent is None else None
        noun = issued_noun(lex, _cue_end(span)) if span is not None else None
        end = record.cue.end if record.cue is not None else 0
        if span is not None and noun is None and (noun := _clause_noun(lex, record, span)) is not None:
            end = noun.idx + len(noun.text)  # ('issued | a warning on Friday that X', the clause the verb's)
        if span is None or noun is None or not _issuer(doc, record, noun):
            out.append(record)
            continue
        start = _opening(noun.head)
        assert record.cue is not None  # (``cue_words`` found its words)
        taken = [(c.start, c.end) for other in records for c in (*other.contents, *(
            [other.cue] if other.cue is not None and other is not record else []))]
        unchanged = start > record.cue.start or start == record.cue.start and end <= record.cue.end
        if unchanged or any(s < end and start < e for s, e in taken) or "\n" in text[start:end]:
            out.append(record)
            continue
        out.append(replace(record, cue=Span.of(text, start, end)))
    return tuple(out)


def _clause_noun(lex: Lexicon, record: Attribution, span: TokenSpan) -> Token | None:
    """The issued noun of a cue that is the issuing verb alone, whose 'that' clause the parser hung on the verb
    and which is the content ('issued a warning on Friday that the quay would close'); None otherwise."""
    verb = span.root
    if len(span) != 1 or not _issuing(lex, verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and noun is not None and c.i > noun.i), None)
    if noun is None or clause is None or not _document(lex, noun) or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return noun if noun.idx + len(noun.text) <= record.contents[0].start else None


def issued_reports(doc: Doc, records: tuple[Attribution, ...], lex: Lexicon) -> tuple[Attribution, ...]:
    """``records`` with each report cued by the issuing verb alone, its content the issued noun with the words
    on it ('which released | a statement on Monday condemning the plans'; 'issued | a warning that X'), made the
    report of what the noun says: its cue the run from the verb to the participle or the noun, its content the
    participle's words or the noun's clause. When the rules also found the participle's own report, inside this
    one or after its content ('published | a report | on Wednesday criticising X'), that one stands alone
    instead. Run before the ranker, which then does not judge it (``issued_statement``)."""
    text = text_of(doc)
    reshaped: dict[str, Attribution] = {}
    dropped: set[str] = set()
    for record in records:
        parts = _issued_parts(doc, record, lex)
        if parts is None:
            continue
        cue, content = parts
        end = max(c.end for c in record.contents)
        if any(r is not record and r.cue is not None and cue[0] < r.cue.start < cue[1] and (
                r.parent == record.id or r.parent is None and r.cue.start >= end) for r in records):
            dropped.add(record.id)
        elif content[0] < content[1]:
            reshaped[record.id] = replace(record, cue=Span.of(text, *cue), contents=(Span.of(text, *content),))
    if not reshaped and not dropped:
        return records
    return tuple(replace(r, parent=None) if r.parent in dropped else reshaped.get(r.id, r)
                 for r in records if r.id not in dropped)


def _opening(verb: Token) -> int:
    """Where the cue of an issuing verb opens: at its auxiliaries or negation right before it ('has issued')."""
    return min([verb.idx] + [c.idx for c in verb.children if c.dep_ in ("aux", "neg") and verb.i - 3 < c.i < verb.i])


def _issued_parts(doc: Doc, record: Attribution, lex: Lexicon) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The cue and content ranges of what the statement ``record``'s issuing verb puts out says (see
    ``issued_reports``); None when its cue is no issuing verb with such a noun and words on it for content."""
    span = cue_words(doc, record)
    if span is None or record.parent is not None or len(record.contents) != 1 or not _issuing(lex, span.root):
        return None
    verb, (start, end) = span.root, (record.contents[0].start, record.contents[0].end)
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.left_edge.idx != start or not _document(lex, noun):
        return None
    said = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None) or next(
        (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i), None)
    if said is not None:
        if said.lemma_.lower() not in lex.cue_verbs | lex.poll_verbs:
            return None
        opening = next(iter(said.rights), None)
        if opening is not None and opening.dep_ in ("prep", "prt") and any(True for _ in opening.rights):
            cue_end, opening = opening, next(iter(opening.rights))
        else:
            cue_end = said
        first = opening.left_edge if opening is not None else None
    else:
        # (or a clause read as a relative one, 'that' its mark and a subject of its own: 'a warning that X')
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl")), None)
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None) if clause else None
        if clause is None or mark is None or not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return None
        cue_end, first = noun, doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    if first is None or not start < first.idx:
        return None
    return (_opening(verb), cue_end.idx + len(cue_end.text)), (first.idx, end)
