"""A cue verb set after a quotation with its subject after it, mended before every rule reads the
parse: '"It is hard to say," cautioned astronomer Lucy Tran of the Kepler Observatory.', '"We
knew they would come early," explained Huskies forward Nina Castillo.'

Before a long subject (a role, a team or a title, then a name) the parser may read the verb as
an adjective of the first noun ('cautioned astronomer', the name the sentence's root), or split
the subject in two ('Huskies' a subject, 'forward' an adverb, 'Nina Castillo' a second subject):
the cue then had no subject, or the wrong one. After a quotation closed by a comma (or '?', '!')
a past or present verb of saying followed by a noun phrase is the cue and the phrase its
subject, its last noun the head; what hangs after the head ('of the Kepler Observatory', ', who
led the team') stays on it. Only a verb of saying (or a verb used beside quotations, 'smiled'),
only when the parse does not already read the phrase as the verb's one subject, and only a
phrase of nouns, names and their modifiers ('said in a statement', 'added that' are no phrase).

A verb that takes an object read the other way: the parser makes the phrase after it the
verb's object when the verb has no subject ('"Ten troops crossed," reads the caption on the
map', '"Why now?" asked the reporter'): after a quotation no verb of saying has its object
there, so an object with no subject is the subject; so is a pronoun of one the article does not name
('"Nothing changes," wrote another': ``unnamed_speakers.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import word_set
from .arcs import merged
from .lexicon import active_lexicon
from .tables import places, words_of

#: the tags of an inverted cue ('said', 'says'), whose places are found in C
_INVERTED_TAGS = frozenset(["VBD", "VBZ"])

_OPEN = frozenset(['"', "\u201c", "\u2018", "'", "``"])
_CLOSE = frozenset(['"', "\u201d", "\u2019", "'", "''"])
_BEFORE_CLOSE = frozenset([",", "?", "!", "\u2014"])
#: the marks a subject phrase after the verb may end at (not a hyphen: 'Los Angeles-based attorney X')
_AFTER = frozenset([",", ".", ";", ":", "!", "?", "(", ")", "\u2014", "--"]) | _CLOSE
#: the words a subject phrase after the verb holds before its head noun
_PHRASE_TAGS = frozenset(["NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP$", "POS", "RB", "CD", "HYPH"])
#: pronouns of a speaker the article does not name, which the parser may read as the object of the verb after a quotation
_UNNAMED = word_set("attribution/unnamed_speakers")
#: modifiers a name's head takes before it, by tag (anything else is a compound)
_RELATION = {"DT": "det", "JJ": "amod", "PRP$": "poss", "CD": "nummod", "HYPH": "punct"}


def inverted_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make each inverted cue after a quotation the head of its sentence with the
    noun phrase after it as its subject (empty when the parse already reads it so)."""
    lex = active_lexicon()
    w = words_of(doc)  # (the words' table, in step with the parse by ``tables.forget``: no Token made per word)
    verbs = (doc[i] for i in places(w.tag, _INVERTED_TAGS, 3, len(w.text)) if w.text[i - 1] in _CLOSE
             and w.text[i - 2] in _BEFORE_CLOSE
             and (w.lower[i] in lex.speech_forms or w.lemma[i].lower() in lex.quote_verbs))
    return merged(_arcs(verb) or _object_arcs(verb) for verb in verbs)


def _arcs(verb: Token) -> tuple[dict[int, int], dict[int, str]] | None:
    doc = verb.doc
    sent = verb.sent
    end = verb.i + 1
    while end < sent.end and doc[end].tag_ in _PHRASE_TAGS and doc[end].ent_type_ not in ("DATE", "TIME") and not (
            doc[end].tag_ == "RB" and end == verb.i + 1):
        end += 1
    # the head is the last name of the phrase; the phrase ends the sentence or goes on with
    # what names the head ('of X', ', who ...', ', a ...')
    while end > verb.i + 1 and doc[end - 1].tag_ not in ("NNP", "NNPS"):
        end -= 1
    if end - verb.i < 3:
        return None  # (one word after the verb: the parse reads it; 'said Smith' needs no mending)
    head = doc[end - 1]
    if end < sent.end and not (doc[end].text in _AFTER or doc[end].tag_ in ("IN", "WP", "CC")):
        return None
    phrase = doc[verb.i + 1 : end]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if head.head.i == verb.i and head.dep_ == "nsubj" and subjects == [head] and all(
            t.head.i in range(verb.i + 1, end) or t.i == head.i for t in phrase):
        return None  # (the parse reads it so)
    root = sent.root
    if verb.dep_ == "ROOT" and head.head.i != verb.i:
        return None  # (the name the subject of a clause of its own: '"...," said Robin Hale, half joking')
    if verb.dep_ != "ROOT" and (verb.head.i not in range(verb.i + 1, end) or root.i not in range(verb.i + 1, end)):
        return None  # (the verb hung elsewhere than on the phrase that is the sentence's root)
    heads: dict[int, int] = {verb.i: verb.i, head.i: verb.i}
    deps: dict[int, str] = {verb.i: "ROOT", head.i: "nsubj"}
    for token in phrase:
        if token.i != head.i and (token.head.i not in range(verb.i + 1, end) or token.head.i == token.i):
            heads[token.i], deps[token.i] = head.i, _RELATION.get(token.tag_, "compound")
    for child in head.children:  # (the sentence's own marks hung on the phrase's head when it was the root)
        if child.i > head.i and child.dep_ == "punct" and child.i == sent.end - 1:
            heads[child.i], deps[child.i] = verb.i, "punct"
    for child in list(verb.children) + list(root.children):
        if child.i < verb.i and child.dep_ in ("punct", "ccomp") and child.head.i != verb.i:
            heads[child.i], deps[child.i] = verb.i, child.dep_
    return heads, deps


def _object_arcs(verb: Token) -> tuple[dict[int, int], dict[int, str]] | None:
    """The object right after a subjectless cue after a quotation as its subject ('"...,"
    reads the caption': the object the parser saw), when the quotation that opens the sentence is the verb's clause."""
    sent = verb.sent
    quoted = _quoted_subject(verb)  # ('"And the price?" asked a customer': the quoted fragment read as the subject)
    if verb.dep_ != "ROOT" or quoted is None and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if not _opens_quoted(sent) or quoted is None and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None  # (the quotation opens the sentence: not 'summed X up as "terrible," denounced Y')
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].left_edge.i != verb.i + 1 or objects[0].pos_ not in ("NOUN", "PROPN") and not (
            objects[0].lower_ in _UNNAMED and objects[0].n_lefts == 0):
        return None  # (a noun, or a pronoun of one unnamed: '"Nothing changes," wrote another')
    if objects[0].right_edge.dep_ == "cc":
        return None  # (a phrase the parser ran into the cue's next verb: '..., who wore a cap and said X')
    if quoted is not None:
        return {objects[0].i: verb.i, quoted.i: verb.i}, {objects[0].i: "nsubj", quoted.i: "ccomp"}
    return {objects[0].i: verb.i}, {objects[0].i: "nsubj"}


def _quoted_subject(verb: Token) -> Token | None:
    """The verb's one subject when it lies inside the quotation that opens the sentence and closes
    right before the verb (a fragment with no verb of its own: '"And the price?" asked a customer')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    sent = verb.sent
    if len(subjects) != 1 or not _opens_quoted(sent) or verb.i < sent.start + 3:
        return None
    subject = subjects[0]
    last = max(t.i for t in subject.subtree if not t.is_quote)  # (the marks may hang on it)
    inside = sent.start < subject.i and last < verb.i - 1 and verb.doc[verb.i - 1].text in _CLOSE
    return subject if inside and subject.pos_ in ("NOUN", "PROPN") else None


def _opens_quoted(sent: Span) -> bool:
    """Whether the sentence opens with a quotation mark, or with a hashtag that closes a quoted post whose
    mark opened an earlier sentence of its paragraph ('"Nobody listens anymore. #Harbour," tweeted one user':
    the parser ends a sentence before the hashtag)."""
    if sent[0].text in _OPEN:
        return True
    if sent[0].text != "#":
        return False
    doc = sent.doc
    for i in range(sent.start - 1, max(-1, sent.start - 200), -1):
        token = doc[i]
        if "\n" in token.text or token.tag_ == "''":
            return False  # (a paragraph's end or a closing mark first: the hashtag is no quotation's)
        if token.tag_ == "``":
            return True
    return False
