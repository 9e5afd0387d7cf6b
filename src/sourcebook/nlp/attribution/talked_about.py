"""Whether a record's cue is a verb of talking or asking whose 'about' phrase is its content: 'The
mayor spoke about the budget', 'She talked openly about her childhood', 'Asked about the delay,
the minister blamed the weather' (``about_verbs.txt``: verb lemmas; the object of 'about' the content).

The ranker's threshold does not judge these: its features read a short content with no clause and
no 'that' ('the budget'), which on most cues is an object no one said (a thing made or done), so a
report that names its topic outright scores low (PolNeAR train: 13 of the 15 such records the
threshold dropped are right; the two wrong ones are talks the annotators left unmarked). Only when
the 'about' phrase hangs on the verb itself (or on its particle, 'spoke out about X'), the content
opens at 'about' or its object ('lectured the class about X' is not the class), the verb is not
negated ('did not talk about X'), its subject is no empty word ('nobody spoke about it'), no
imperative bids or offers the talk ('Press 2 to hear the guide talk about X') and no modal makes it a talk
one may or could give rather than one given ('Parents can speak to the head about any concerns', 'You may
ask about late checkout'), nor does a question or a condition ('Did the coach talk about the injury?', 'If
anyone asks about the leak, X', 'Before you ask about shipping, X'), nor a subject that cannot hold words
(``guarded_frames.holds_words``: 'The quiz asked about capitals', 'The brochure talks about the spa'). 'The
story is about a dog', 'He knew about the leak', 'They fought about money' are no verb of talking."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .guarded_frames import holds_words
from .inner import NOBODY
from .lexicon import Lexicon
from .questions import before_the_subject
from .record_cues import cue_words

#: modals of a talk one may, can or should give, not one given ('Guests can ask about late checkout')
_MAY = frozenset(["can", "ca", "could", "may", "might", "should", "must"])
#: the marks of a clause of a talk not (yet) given ('If anyone asks about X', 'Before you ask about Y')
_UNGIVEN = frozenset(["if", "unless", "before", "until", "whether"])


def _about_object(verb: Token) -> Token | None:
    """The object of an 'about' set on ``verb`` or on its particle ('spoke out about X')."""
    for prep in verb.children:
        if prep.dep_ == "prt":
            found = next((p for p in prep.children if p.dep_ == "prep" and p.lower_ == "about"), None)
            prep = found if found is not None else prep
        if prep.dep_ == "prep" and prep.lower_ == "about" and prep.i > verb.i:
            return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _bidden(verb: Token) -> bool:
    """Whether ``verb`` is or hangs under an imperative with no subject, a talk bidden or offered and not
    yet given ('Press 2 to hear the guide talk about the frescoes', 'Talk about it with a friend')."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children)


def _not_given(lex: Lexicon, verb: Token) -> bool:
    """Whether the talk is none given, or none a record holds: with a modal ('Guests can ask about X'), said
    by a thing ('The quiz asked about X'), asked ('Did the coach talk about X?': an auxiliary before the
    subject) or in a condition ('If anyone asks about X')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.dep_ == "nsubj" and not holds_words(lex, subject):
        return True  # ('The brochure talks about the spa': a thing made says nothing a record holds)
    for c in verb.children:
        if c.dep_ == "aux" and (c.lower_ in _MAY or before_the_subject(verb, c)):
            return True
    return any(c.dep_ == "mark" and c.lower_ in _UNGIVEN for c in verb.children)


def talked_about(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record``'s cue is a verb of ``about_verbs.txt`` and its content the object of the verb's
    own 'about' ('The coach talked about the injury'), the verb not negated nor its subject empty."""
    span = cue_words(doc, record) if record.contents else None
    if span is None:
        return False
    verb = span.root if span.root.pos_ == "VERB" else next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in lex.about_verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY for c in (*verb.children, *verb.head.children)):
        return False
    if _bidden(verb) or _not_given(lex, verb):
        return False
    obj = _about_object(verb)
    if obj is None:
        return False
    # the content opens at 'about' or at its object, not before ('lectured the class about X': the class)
    return obj.head.idx <= record.contents[0].start <= obj.idx
