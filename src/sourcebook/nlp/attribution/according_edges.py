"""Where the source and the content of an 'according to' phrase end when the parser misplaced them
(``phrases.according_to``; the report it wraps in ``build``, ``widen_sourcing_reports``):

- a source whose own modifier the parser read as a verb the phrase hangs on: 'The ferry sank, according
  to a report the coast guard released', '..., according to a memo previously kept secret', '..., according
  to aides who attended but were not allowed to speak' - the source runs on to the sentence's end and the
  content is the clause before it; so too at the sentence's start, up to the comma ('According to a memo
  previously kept secret, the agency lost 300 files': the memo's modifier, not the content);
- a phrase inside brackets that hold more than the phrase sources what the brackets hold, not the sentence
  around them: 'Rents rose (the steepest rise since 2019, according to the agency) across the region';
- a clause the parser read as a relative on its own subject's first words, made the root: 'The magnitude 6.8
  quake struck at dawn, according to X' - the phrase sources the whole sentence (``misread_relative``);
- a report the phrase wraps whose quotation the sentence splitter cut off: '"Is this the best we can do?"
  the mayor said, according to the Ledger.' - the phrase sources the mayor's report, quotation and all
  (PolNeAR folds the report into the phrase's record);
- a phrase quoted alone, its marks opening right before 'according' and closing right after its object, is the
  speaker's own words of how a thing is done, inside the report, and no source the writer names: 'told state
  television the reservoir was filled "according to the rules"' (``quoted_alone``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidate import ACCORDING, Candidate, inside, overlaps, trim_content
from .lexicon import Lexicon
from .tables import text_of

_MARKS = "\"'\u201c\u201d\u2018\u2019"


def run_on_source(token: Token, sent: Span, source: tuple[int, int], phrase: tuple[int, int]) -> tuple[
        tuple[int, int], tuple[int, int], Token | None]:
    """The source, the phrase and the clause's head when a sentence-final phrase set off by a comma was hung on a
    verb of its own source's modifier ('..., according to an interview her brother gave to the BBC': 'gave'),
    which runs with no punctuation to the sentence's end: the source and the phrase run to that end, the clause
    is the one the verb hangs on; unchanged (head None) otherwise."""
    verb = token.head
    doc = token.doc
    opening = _opening_modifier(token, sent)
    if opening is not None:
        end = opening.right_edge.idx + len(opening.right_edge)
        return (source[0], end), (phrase[0], end), opening.head
    if (verb.i <= token.i + 2 or verb.pos_ not in ("VERB", "AUX") or verb.left_edge.i != token.i
            or token.i < 1 or doc[token.i - 1].text != "," or verb.head.i == verb.i):
        return source, phrase, None
    last = sent.end - 1
    while last > token.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if verb.right_edge.i < last or any(t.is_punct or t.is_quote for t in doc[token.i : last + 1]):
        return source, phrase, None
    end = doc[last].idx + len(doc[last])
    return (source[0], end), (phrase[0], end), verb.head


def misread_relative(head: Token) -> Token:
    """The clause a sourcing phrase hangs on, ``head``, or the sentence's root when the parser read that clause as a
    relative with no pronoun on the first words of its own subject, made the root ('The magnitude 6.8 quake struck at
    dawn, according to X': 'quake struck ...' read as a relative on 'magnitude'): the phrase sources the whole sentence.
    Only for a root noun opening its sentence with no verb but that clause and the clause's subject right after it;
    not 'The mayor, who the paper says X, ...', a relative with its pronoun."""
    root = head.head
    if (head.dep_ != "relcl" or root.dep_ != "ROOT" or root.pos_ != "NOUN" or not root.i < head.i
            or any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in head.children)):
        return head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if (subject is None or subject.left_edge.i != root.i + 1
            or any(t.dep_ not in ("det", "amod", "compound") for t in root.lefts)
            or any(c.pos_ in ("VERB", "AUX") and c.i != head.i for c in root.children)):
        return head
    return root


def _opening_modifier(token: Token, sent: Span) -> Token | None:
    """The verb of the source's own modifier when a phrase opening the sentence was hung on it ('According to
    a memo previously kept secret, X': 'kept'), with no subject of its own (or a relative's: 'who attended'), no
    punctuation inside, and a comma after it before the clause it hangs on, which has its own subject."""
    verb = token.head
    doc = token.doc
    if (token.i != sent.start or verb.i <= token.i + 2 or verb.pos_ not in ("VERB", "AUX") or verb.left_edge.i != token.i
            or verb.head.i <= verb.right_edge.i + 1 or verb.right_edge.i + 1 >= sent.end):
        return None
    comma = verb.right_edge.i + 1
    if doc[comma].text != "," or any(t.is_punct or t.is_quote for t in doc[token.i : comma]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return None  # (a clause of its own: 'According to X the deal is dead, ...')
    clause = verb.head
    return verb if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > comma for c in clause.children) else None


def in_brackets(text: str, sent: Span, phrase: tuple[int, int], contents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``contents`` kept to the brackets around a sourcing phrase (``phrase``) when they hold other words
    beside it ('Rents rose (up 4 percent, according to the agency) in May': 'up 4 percent'); unchanged
    when there are none on its line, or when the phrase opens them ('(According to X, Y.)', '(according to
    X, by one vote)': the clause around), where only the marks leave the contents ('Rents rose (according to
    the agency) in May')."""
    line = max(sent.start_char, text.rfind("\n", 0, phrase[0]) + 1)
    opened = text.rfind("(", line, phrase[0])
    if opened < 0 or text.rfind(")", opened, phrase[0]) >= 0:
        return contents
    if not text[opened + 1 : phrase[0]].strip():
        return [p for p in (trim_content(text, *_unbracketed(text, c)) for c in contents) if p is not None]
    stop = text.find("\n", phrase[1])
    closed = text.find(")", phrase[1], stop if stop >= 0 else len(text))
    if closed < 0 or "(" in text[phrase[1] : closed]:
        return contents
    kept = []
    for start, end in contents:
        piece = trim_content(text, max(start, opened + 1), min(end, closed)) if start < closed and end > opened else None
        if piece is not None and any(ch.isalnum() for ch in text[piece[0] : piece[1]]):
            kept.append(piece)
    return kept or contents


def widen_sourcing_reports(text: str, cands: list[Candidate]) -> None:
    """An 'according to' candidate takes in the quotation of a report it holds (the report's cue and
    source inside its contents) where the report's content lies outside them on the same line: the
    quotation the sentence splitter cut off at its question mark or a second quoted sentence after
    the phrase ('"Is this the best we can do?" the mayor said, according to the Ledger. "We can't."')."""
    for outer in cands:
        if outer.nature != ACCORDING or not outer.contents or outer.cue is None:
            continue
        for inner in cands:
            if inner is outer or inner.cue is None or inner.source is None or not any(
                    inside(inner.cue, c) and inside(inner.source, c) for c in outer.contents):
                continue
            for piece in inner.contents:
                if any(overlaps(piece, c) for c in outer.contents) or not _quoted(text, piece):
                    continue
                lo = min(piece[0], outer.cue[0], *(s for s, _ in outer.contents))
                hi = max(piece[1], outer.cue[1], *(e for _, e in outer.contents))
                if "\n" not in text[lo:hi]:
                    outer.contents = sorted([*outer.contents, _with_marks(text, piece)])


def _quoted(text: str, piece: tuple[int, int]) -> bool:
    """Whether a quotation mark opens or closes ``piece`` (next to its first or last character)."""
    return text[max(piece[0] - 1, 0) : piece[0] + 1].strip()[:1] in tuple(_MARKS) or (
        text[piece[1] - 1 : piece[1] + 1].strip()[-1:] in tuple(_MARKS))


def _with_marks(text: str, piece: tuple[int, int]) -> tuple[int, int]:
    """``piece`` with the quotation marks right around it (PolNeAR's contents hold them)."""
    start, end = piece
    if start > 0 and text[start - 1] in _MARKS:
        start -= 1
    while end < len(text) and text[end] in _MARKS + ".,?!" and end - piece[1] < 3:
        end += 1
    return start, end


def _unbracketed(text: str, piece: tuple[int, int]) -> tuple[int, int]:
    """``piece`` without a bracket that opens before the phrase at its end or closes after it at its start."""
    start, end = piece
    while end > start and text[end - 1] in " (":
        end -= 1
    while start < end and text[start] in " )":
        start += 1
    return start, end


def quoted_alone(lex: Lexicon, token: Token, pobj: Token) -> bool:
    """Whether the 'according to' phrase at ``token`` with its object ``pobj`` is a quotation of its own
    ('said the talks were going "according to plan"'): a fragment of what the reporter said, which read as an
    attribution would take the sentence up to the opening mark and crowd out the report it belongs to; not with
    a name, a role or a body for its object, a source in scare quotes ('X, "according to the agency"')."""
    if pobj.pos_ != "NOUN" or pobj.ent_type_ or pobj.lemma_.lower() in (
            lex.role_nouns | lex.organisation_words | lex.public_bodies):
        return False
    text = text_of(token.doc)
    start, end = token.idx, pobj.right_edge.idx + len(pobj.right_edge)
    if start == 0 or text[start - 1] not in _MARKS or start > 1 and not text[start - 2].isspace():
        return False
    return end < len(text) and text[end] in _MARKS
