"""A quotation that closes its sentence and the sentence right after it that names it with a
demonstrative and a noun of words said, with the one it came from: '"The dam will hold."
That was the promise from the county engineer, Rob Tate.' (also 'This is the message from X',
'Those were the words of X', in the paragraph after the quotation or in the same one). The parser makes the noun the
attribute of 'be', whose subject 'That' points back to the quotation, so no verb of saying reports
it: the copula and the noun are the cue ('was the promise'), the quotation before them the
content, and the 'from' or 'of' phrase the source, when it names someone who can speak (not 'the message
from the flood', nor 'the view from the bridge'). A sentence that names no one it came from
('That was the message.') reports no one, and a demonstrative that opens no sentence, or a
sentence after anything but a closed quotation ('The mayor spoke. That was the message from the
hall.'), is left alone. As for ``came_replies``, the ranker's threshold does not judge these.

So too a verb of saying after a fronted 'So' that opens the sentence right after such a quotation,
its subject after it: '"We will rebuild." So said the mayor.' ('So' stands for the quotation; a
'so' after the verb is ``proforms``': 'half said so'), also with a clause of time after it ('So said the
mayor, as the last boat left'); and a noun of words said, or of a view, that opens that sentence as the
subject of 'came' with a 'from' phrase naming one who speaks: '"X." The warning came from the ranger, Ana Lee.'
(the noun and 'came' the cue; not 'The money came from the council' after a quotation, no noun of words)."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import SPEECH, Candidate, trim_content
from .lexicon import Lexicon
from .syntax import first_child, source_like, source_span

#: the demonstratives that point back to the quotation
_POINTERS = frozenset(["that", "this", "those", "these"])
#: the plural of 'word', which names the words said only so ('Those were the words of X')
_WORDS = frozenset(["words"])
#: the mark that closes a quotation, and the one that opens it (a single pair in British style)
_OPENING = {'"': '"', "\u201d": "\u201c", "\u2019": "\u2018"}


def summed_quote(lex: Lexicon, text: str, noun: Token, voiced: bool) -> Candidate | None:
    """The report of the quotation closing the sentence before the one whose copula has ``noun``
    (a noun of words said: ``voiced``) for attribute and 'That' for subject (see the module's
    docstring); None when the words are not so."""
    verb = noun.head
    voiced = voiced or noun.lower_ in _WORDS  # ('Those were the words of X': no noun of saying alone, 'a word with X')
    if noun.dep_ != "attr" or not voiced or verb.lemma_.lower() != "be":
        return None
    subject = first_child(verb, "nsubj")
    if subject is None or subject.lower_ not in _POINTERS or subject.i > noun.i or list(subject.children):
        return None
    quotation = _quotation_before(text, subject.idx)
    if quotation is None:
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    pobj = first_child(prep, "pobj") if prep is not None else None
    if pobj is None or not source_like(lex, pobj):
        return None  # ('That was the message.', 'That was the view from the bridge.')
    return Candidate(cue=(verb.idx, noun.idx + len(noun)), source=source_span(text, pobj), contents=[quotation],
                     nature=SPEECH, source_token=pobj.i, confidence=0.6, unjudged=True, before=True)


def so_said(lex: Lexicon, text: str, verb: Token, lemma: str) -> Candidate | None:
    """The report of the quotation closing the sentence before '``So`` said X' (a verb of saying
    ``verb`` with the fronted 'So' right before it, opening its sentence, and its subject after it);
    None when the words are not so."""
    if lemma not in lex.speech or verb.i < 1:
        return None
    so = verb.doc[verb.i - 1]
    if so.lower_ != "so" or so.head.i != verb.i or so.dep_ != "advmod" or any(
            c.dep_ in _CLAUSES and not _of_time(c) for c in verb.children):
        return None
    subject = next((c for c in verb.rights if c.dep_ == "nsubj"), None)
    if subject is None or not source_like(lex, subject):
        return None
    quotation = _quotation_before(text, so.idx)
    if quotation is None:
        return None
    return Candidate(cue=(verb.idx, verb.idx + len(verb)), source=source_span(text, subject), contents=[quotation],
                     nature=SPEECH, source_token=subject.i, verb=verb.i, confidence=0.6, unjudged=True, before=True)


#: a verb's own clauses: with one, 'So' is no pro-form for a quotation before ('So said he would go')
_CLAUSES = frozenset(["ccomp", "xcomp", "dobj", "advcl"])
#: the words that open a clause of time, which says when and is no clause of the verb's ('So said X, as Y left')
_WHEN = frozenset(["as", "when", "while", "after", "before", "once"])


def _of_time(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause opened by a word of time."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WHEN for c in clause.children)


def came_from(lex: Lexicon, text: str, noun: Token, voiced: bool) -> Candidate | None:
    """The report of the quotation closing the sentence before the one that ``noun`` (of words said or of a view:
    ``voiced``) opens as the subject of 'came', whose 'from' phrase names one who speaks (see the module's
    docstring); None when the words are not so."""
    verb = noun.head
    if not voiced or verb.lemma_.lower() != "come" or verb.i < noun.i:
        return None
    opener = noun.left_edge
    if opener.i != noun.i - 1 or opener.lower_ not in ("the", "that", "this") or opener.is_sent_start is False:
        return None  # ('"X." The first warning of the flood came from Y': only the noun and its determiner)
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "from"), None)
    pobj = first_child(prep, "pobj") if prep is not None and prep.i == verb.i + 1 else None
    if pobj is None or not source_like(lex, pobj):
        return None
    quotation = _quotation_before(text, opener.idx)
    if quotation is None:
        return None
    return Candidate(cue=(noun.idx, verb.idx + len(verb)), source=source_span(text, pobj), contents=[quotation],
                     nature=SPEECH, source_token=pobj.i, confidence=0.6, unjudged=True, before=True)


def _quotation_before(text: str, at: int) -> tuple[int, int] | None:
    """The words of the quotation that is a sentence of its own right before ``at`` (spaces and a
    paragraph break between), on one line; None when there is none."""
    before = text[:at].rstrip()
    if not before or before[-1] not in _OPENING or before[-2:-1] not in (".", "!", "?"):
        return None  # (no quotation closing a sentence right before)
    close = len(before) - 1
    opened = text.rfind(_OPENING[before[-1]], 0, close)
    if opened < 0 or "\n" in text[opened:close]:
        return None
    lead = text[:opened].rstrip()
    if lead and lead[-1] not in ".!?:\"\u201d\u2019)" and "\n" not in text[len(lead):opened]:
        return None  # ('He called it "a disgrace." That was the message from X': words inside another's report;
        # a quotation opening its paragraph stands alone after any line, a headline with no stop too)
    return trim_content(text, opened + 1, close)
