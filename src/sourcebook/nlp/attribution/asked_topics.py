"""The question of a bare participle of asking that the parser hung on another word: 'Asked during a
radio phone-in on Monday in Dunmore about the harbour plan, the minister said X' ('about' under
'Dunmore'), 'When asked at a briefing in Kelso about the ferry fares, the mayor promised a review', 'she
used the same words when asked in June if she would stand again' (the 'if' clause under the main verb).
Such a participle reports a question put to someone, with no asker (PolNeAR marks it so, with the
question as what was said); when the parser left it with no complement, the question is read from the
words' order: from the first 'about', 'if' or 'whether' after the participle, past nothing but the
phrases of time and place before it, to the end of the participle's clause (a comma, a colon, a dash,
a quotation mark or the sentence's end). Not a participle with its own subject, auxiliary or object
('was asked', 'asked Hale about X': reports with their own reading), nor one with a verb before the
question ('asked to leave when the talks about X began')."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .kids import children_of

Spans = list[tuple[int, int]]

#: the word that opens what was asked, and whether it belongs to the question ('about the plan': the plan)
_OPENERS = {"about": False, "if": True, "whether": True}
#: the words of a phrase of time or place the question may follow ('at a briefing on Monday in Lisbon')
_BETWEEN = frozenset(["ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PART"])
#: how far after the participle the question may open
_REACH = 12
#: the marks that end the participle's clause
_ENDS = frozenset([",", ":", ";", "(", ")", "-", "--", "\u2014", "\u2013"])


def asked_topic(verb: Token) -> Spans | None:
    """What a bare 'asked' with no complement of its own was asked (see the module), or None."""
    if verb.lower_ != "asked" or verb.tag_ != "VBN":
        return None  # (the rare word first: this runs on every verb of the lexicon without a content)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for c in children_of(verb)):
        return None
    doc = verb.doc
    end = sentence_of(verb).end
    opener = None
    for token in doc[verb.i + 1 : min(end, verb.i + 1 + _REACH)]:
        if token.lower_ in _OPENERS:
            opener = token
            break
        if _ends(token) or token.is_quote or token.pos_ not in _BETWEEN and token.text != "-":
            return None
    if opener is None:
        return None
    first = opener.i if _OPENERS[opener.lower_] else opener.i + 1
    last = first
    for token in doc[first:end]:
        if _ends(token) or token.is_quote or token.is_space or token.text in (".", "?", "!"):
            break
        last = token.i
    if last <= opener.i:
        return None
    return [(doc[first].idx, doc[last].idx + len(doc[last]))]


def _ends(token: Token) -> bool:
    """Whether ``token`` closes the participle's clause: a comma, a colon, a bracket or a dash, not the hyphen
    inside a word ('a phone-in')."""
    if token.text not in _ENDS:
        return False
    return token.text != "-" or token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
