"""Who says what a message sent out says: 'The council sent an email to its members saying the
depot would close', 'The museum released a statement on Friday stating that the loan had ended'.
The participle of saying hangs on the message (or, misread, on the people it went to, or on the verb
of sending itself), and its source is whoever sent, issued or posted the message: the subject of the
verb of sending whose object is a written message (``written_nouns.txt``). One who issues a statement speaks,
even a place or a body that could not otherwise hold a view ('The village released a statement
saying X'). A message that is no written one says nothing ('sent a parcel containing X', 'posted a
video of her cat'), and a participle on some other noun is left to the other rules."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import subject_of

_OUT = frozenset(["out", "off"])  # 'put out a statement', 'blasted out an email', 'fired off a letter'
#: the verbs that send a message out with 'out' or 'off'; not 'pulled out a letter', 'dropped off a
#: letter', 'read out a letter', 'carried out a banner', 'spat out a page': who takes out, delivers,
#: reads or carries a message, or a machine that prints it, has not sent it
_SENDING = frozenset(["put", "blast", "fire", "send", "shoot", "push", "pump", "churn", "rush", "dash", "crank"])


def _message(lex: Lexicon, sender: Token) -> Token | None:
    """The written message that ``sender`` sends out and takes for its object: a verb of writing, issuing
    or sending (``writing_verbs.txt``) or a verb of sending with 'out' or 'off' ('put out', 'blasted out'; not
    'received a notice', 'read a letter', 'pulled out a letter')."""
    lemma = sender.lemma_.lower()
    if lemma not in lex.writing_verbs and not (lemma in _SENDING and any(
            c.dep_ == "prt" and c.lower_ in _OUT for c in sender.children)):
        return None
    return next((c for c in sender.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.written_nouns), None)


def _sent_object(lex: Lexicon, noun: Token) -> bool:
    """Whether ``noun`` is the written message its verb sends out: 'issued a statement'."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and getattr(_message(lex, noun.head), "i", None) == noun.i


def message_sender(lex: Lexicon, verb: Token) -> Token | None:
    """The subject of the verb that sent the message a participle of saying (``verb``) hangs on:
    'issued a statement saying X' (the participle on the message), 'sent a note to staff warning
    that X' (on the recipients), 'released a letter Monday saying X' (on the verb of sending)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in lex.speech:
        return None
    head = verb.head
    sender: Token | None = None
    if verb.dep_ == "acl" and head.i < verb.i:
        if head.dep_ == "pobj" and head.head.lower_ == "to":  # ('sent a letter to parents warning X')
            head = head.head.head  # (the recipients hung on the verb, or on the message: below)
            if head.pos_ == "VERB" and _message(lex, head) is not None:
                sender = head
        if sender is None and _sent_object(lex, head):
            sender = head.head
    elif verb.dep_ == "advcl" and head.pos_ == "VERB" and head.i < verb.i:
        message = _message(lex, head)
        if message is not None and message.i < verb.i:
            sender = head
    if sender is None:
        return None
    subject = subject_of(sender)
    return subject if subject is not None and subject.i < sender.i else None
