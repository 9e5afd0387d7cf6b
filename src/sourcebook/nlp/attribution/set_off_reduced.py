"""A past participle set off by commas right after a sentence's subject that the parser hung on the
subject's verb as a clause of its own, mended in place before the rules run (``mends``).

'The post, shared more than 4,000 times, says X': the parser may read 'shared' as a past tense and a
clause of 'says', so the source stops at 'The post'; read with no count after it ('The post, shared
widely, says X') the same participle is the noun's, and PolNeAR keeps such a phrase in the source ('The
survey, conducted by X,'). A past participle with no subject, auxiliary or opening word of its own
('when contacted by X' stays the verb's), set off by a comma right after the subject and closed by one
right before the verb, is the subject's reduced relative: it goes on the subject with its opening comma.
The parser may also take the subject for the participle's and the participle for a clause the verb reports
(a fronted quotation's shape, 'X, says Y'), when the verb has no subject of its own: the subject is then
the verb's too; or take the participle for the sentence's past verb and the present verb after the closing comma
for its conjunct with no 'and' ('An email, forwarded thousands of times, claims X'): a past form cannot share its
subject with a present verb that way, so the present verb is the sentence's, and what the past form holds after it
(the report) goes with it, when the present verb is a cue verb or a poll's ('claims', 'shows').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
#: what a participle that is a clause of its own has: a subject, an auxiliary or an opening word
_OWN = frozenset(["nsubj", "nsubjpass", "csubj", "aux", "auxpass", "mark", "expl"])
#: the words on the verb that may stand between the closing comma and it ('has', 'also', 'not')
_BEFORE_VERB = frozenset(["aux", "auxpass", "neg", "advmod"])
#: the verbs of a reporter's contact with the speaker, whose participle is the writer's aside on how the words were got,
#: no part of the source ('His son, reached at his home in Cleveland, said X')
_CONTACTED = frozenset(["reach", "contact", "ask", "interview", "approach", "question", "press", "call", "phone"])
#: the words that open a clause of time or condition ('when contacted by X' stays the verb's)
_OPENERS = frozenset(["when", "while", "once", "if", "after", "before", "as", "until", "unless"])


def set_off_reduced(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that give each such participle and its opening comma to the subject;
    none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in (*positions(words.dep, "advcl", 2, len(doc) - 2), *positions(words.dep, "ccomp", 2, len(doc) - 2)):
        participle = doc[i]
        verb = participle.head
        if participle.tag_ not in ("VBN", "VBD") or verb.i < i or participle.lemma_.lower() in _CONTACTED:
            continue  # (not a reporter's contact: 'His son, reached at his home, said X')
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < i), None)
        lent = None  # ('The post, shared 4,000 times, says X' read as 'X, says Y': the participle's subject)
        if subject is None and participle.dep_ == "ccomp" and not any(c.dep_ in _OWN for c in verb.children):
            subject = lent = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        if subject is None or participle.left_edge.i not in (i, subject.left_edge.i):
            continue
        opening, closing = i - 1, participle.right_edge.i + 1
        end = subject.right_edge.i - (subject.right_edge.i == opening)  # (the comma may hang on the subject)
        own = [c for c in participle.children if c.i != subject.i and c.dep_ != "punct"]
        if (end + 1 != opening or words.text[opening] != "," or closing >= verb.i
                or words.text[closing] != "," or any(c.i < i for c in own)
                or any(c.dep_ in _OWN or c.lower_ in _OPENERS for c in own)
                or any(not (t.head.i == verb.i and t.dep_ in _BEFORE_VERB) for t in doc[closing + 1 : verb.i])):
            continue
        if lent is not None:
            heads[lent.i], deps[lent.i] = verb.i, "nsubj"
        heads[i], deps[i] = subject.i, "acl"
        if words.head[opening] == verb.i:
            heads[opening], deps[opening] = subject.i, "punct"
    for i in positions(words.dep, "ROOT", 2, len(doc) - 2):
        _conjunct_read(doc, i, heads, deps)
    return heads, deps


def _conjunct_read(doc: Doc, i: int, heads: dict[int, int], deps: dict[int, str]) -> None:
    """Add the arcs that make the present verb after a root past participle set off by commas the sentence's
    verb ('An email, forwarded thousands of times, claims X'; see the module)."""
    participle = doc[i]
    if participle.tag_ not in ("VBD", "VBN") or not participle.lower_.endswith(("ed", "wn", "en", "nt")):
        return
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < i), None)
    verb = next((c for c in participle.children if c.dep_ == "conj" and c.i > i), None)
    if subject is None or verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return
    lex = active_lexicon()
    if verb.lemma_.lower() not in lex.cue_verbs and verb.lemma_.lower() not in lex.poll_verbs:
        return  # (a cue verb or a poll's only, as in ``participle_roots``: not 'The figures, purported to X, appear to Y')
    opening, closing = i - 1, verb.i - 1
    end = subject.right_edge.i - (subject.right_edge.i == opening)  # (the comma may hang on the subject)
    if (end + 1 != opening or doc[opening].text != "," or doc[closing].text != ","
            or any(c.dep_ in ("cc", "aux", "auxpass", "mark", "nsubjpass") for c in participle.children)
            or any(c.dep_ in _SUBJECTS for c in verb.children)):
        return
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[i], deps[i] = subject.i, "acl"
    heads[opening], deps[opening] = subject.i, "punct"
    heads[closing], deps[closing] = verb.i, "punct"
    for c in participle.children:
        if c.i > verb.i:
            heads[c.i] = verb.i
