"""Words that label a line or a section of the text, no one who speaks (``line_labels.txt``): a
label as listed ('Correction:', 'Letter:', 'FAQ'), or a phrase headed by one whose other words name
no one ('Company blog:', 'Guest column:', 'Weekly update:', 'Questions & answers'): a kind of text
the line is, not its author. A letter's salutation ('Dear Abby:', 'Dear Sir:') names whom the
letter is written to, not who writes it. A hashtag alone ('#SaveTheLido:') files the line under a
topic anyone may post under, as a kicker does. A name owning the label keeps it a source ('WSJ editorial:'), and a
role's noun heads no label ('Government sources:')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .interviews import label_turn
from .lexicon import active_lexicon
from .tables import text_of

#: a hashtag: '#' and letters, figures or underscores, at least one a letter
_HASHTAG = re.compile(r"#(?=\w*[A-Za-z])\w{2,}")
#: the words that join a label's words without naming anyone ('Questions & answers')
_GLUE = frozenset(["&", "and", "-", "/"])


def _roles() -> frozenset[str]:
    return word_set("attribution/role_nouns")


def _head_label(word: str, lemma: str, labels: frozenset[str]) -> bool:
    """A label's head: listed itself or by its singular ('Letters', 'FAQs'), no role's noun."""
    word, lemma = word.lower(), lemma.lower()
    roles = _roles()
    return bool({word, lemma} & labels) and not {word, lemma} & roles


def line_label(words: Span, labels: frozenset[str]) -> bool:
    """Whether ``words`` (before a line's colon, or a heading's line) label the line: listed
    whole, or headed by a label after words that name no one (no entity, no name but the line's
    capitalised first word that the language knows as a common word, no possessor)."""
    end = words.end
    while end > words.start + 1 and (words.doc[end - 1].is_punct or words.doc[end - 1].is_space):
        end -= 1
    words = words.doc[words.start : end]
    if not len(words) or words.text.strip().lower() in labels:
        return bool(len(words))
    parts = words.text.split()
    if _salutation(parts) or _hashtag(parts) or _live_page(parts):
        return True
    if _prepositional(words):
        return True
    head = words[-1]
    if len(words) > 4 or not _head_label(head.text, head.lemma_, labels):
        return False
    return all(_names_no_one(t, t.i == words.start) for t in words[:-1])


#: prepositions that open a line's label, not a speaker ('About Norvik Systems:', 'In pictures:', 'Inside
#: the kitchen:', 'On the menu:'); not 'By' (a byline names its writer), 'From' (the document quoted: "From her post:")
_LABEL_PREPOSITIONS = frozenset(["about", "in", "on", "for", "inside", "behind", "with", "at", "after", "before"])
#: the tags of a finite verb: words with one are a clause, no label
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


def _prepositional(words: Span) -> bool:
    """Words before a colon that are a phrase of a preposition: what a section is about or where it
    is from ('About Norvik Systems:', 'In pictures:'), never who speaks - a speaker is a noun phrase."""
    first = words[0]
    # (a clause is no label: 'In a long talk at her studio, the sculptor X talked about Y.', a line of its own)
    return len(words) > 1 and first.lower_ in _LABEL_PREPOSITIONS and first.pos_ == "ADP" and first.is_title and any(
        t.dep_ == "pobj" and t.head.i == first.i for t in words) and not any(t.tag_ in _FINITE for t in words)


def _names_no_one(token: Token, first: bool) -> bool:
    """A word before a label's head that names no one: a common word, a determiner that owns
    nothing, or a joining word."""
    if token.lower_ in _GLUE:
        return True
    if token.tag_ in ("POS", "PRP$") or token.dep_ == "poss":
        return False
    if token.ent_type_:
        # (a common noun the NER took for a body as the headline's capitalised first word: 'Theatre review:')
        return first and token.tag_ == "NN" and token.is_title and token.lower_ in active_lexicon().common_words
    if token.pos_ == "PROPN" or token.is_title and not first or token.is_upper and len(token) > 1:
        common = active_lexicon().common_words
        return first and token.is_title and bool({token.lower_, token.lemma_.lower()} & common)
    return token.pos_ in ("DET", "ADJ", "NOUN", "ADV", "NUM") and token.is_alpha


def _salutation(parts: list[str]) -> bool:
    """A letter's salutation: 'Dear' and a few words naming whom the letter is addressed to."""
    return 1 < len(parts) <= 5 and parts[0] == "Dear"


def label_text(words: str, labels: frozenset[str]) -> bool:
    """``line_label`` read from the characters alone (no parse at hand): a listed label, or a
    label's head after lower-case words (the first may be capitalised: 'Company blog')."""
    text = words.strip().strip(":").strip()
    if not text or text.lower() in labels:
        return bool(text)
    parts = text.split()
    if _salutation(parts) or _live_page(parts) or _hashtag(parts):
        return True
    last = parts[-1].strip(".,;!?")
    singular = last[:-1] if last.lower().endswith("s") else last
    if len(parts) > 4 or not (_head_label(last, last, labels) or _head_label(last, singular, labels)):
        return False
    return all(p.lower() in _GLUE or p.isalpha() and (p.islower() or k == 0 and p.istitle())
               for k, p in enumerate(parts[:-1]))


def states(words: list[Token]) -> bool:
    """Whether a headline's words before its colon make a statement: a verb, and not an order
    opening them with no subject ('Share this article: Facebook Twitter', 'Sign up: ...')."""
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    first = words[0]
    return not (first.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children))


#: the words that open an indirect question
_ASKING = frozenset(["what", "how", "when", "why", "where", "who", "which", "whether"])


def explainer_heading(colon: Token) -> bool:
    """'Visa rules: what changes in April', 'Energy bills: how the new cap works': a line's
    topic, then an indirect question naming what the text explains; no one says it (not a free
    relative that is the subject of a statement: 'Mayor: What we need is more money')."""
    doc, sent = colon.doc, colon.sent
    text = text_of(doc)
    if text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char].strip() or colon.i - sent.start > 5 or any(
            t.pos_ in ("VERB", "AUX") for t in doc[sent.start : colon.i]):
        return False  # (a line's few words of a topic, with no verb, before the colon)
    if label_turn(text, sent.start_char, text[sent.start_char : colon.idx].strip()):
        return False  # a turn's answer: 'A: How shallow the basin has become.' (``interviews``)
    first = next((t for t in doc[colon.i + 1 : sent.end] if not t.is_space), None)
    if first is None or first.lower_ not in _ASKING:
        return False
    clause = first.head if first.dep_ in ("det", "advmod", "nsubj", "dobj", "attr", "nsubjpass", "mark") else first
    return clause.i > colon.i and clause.dep_ not in ("csubj", "csubjpass", "nsubj", "nsubjpass")


def _hashtag(parts: list[str]) -> bool:
    """A campaign's or a story's hashtag alone before the colon ('#SaveTheLido: campaigners win reprieve'):
    a tag that files the line under a topic, which anyone may post under; no author."""
    return len(parts) == 1 and _HASHTAG.fullmatch(parts[0]) is not None


def _live_page(parts: list[str]) -> bool:
    """A live page's headline: its topic and the word 'live' in lower case ('Storm Hilde live:',
    'Budget 2025 live:'); a storm's or a person's name before it names what the page follows, no speaker."""
    return 1 < len(parts) <= 5 and parts[-1] == "live"
