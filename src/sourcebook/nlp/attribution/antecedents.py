"""What an 'it' opening its clause stands for, read from the sentence before: a poll or report
('The report was published on Tuesday. It found X') or a body ('The coastguard said 22 bodies
were found. It believes X'). Read by ``verbs`` and ``speakers``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon
from .misread import gerund_read_as_root


def document_before(lex: Lexicon, it: Token) -> Token | None:
    """The poll or report an 'it' opening its clause stands for: the subject of the sentence
    before when that is one ('The report was published on Tuesday. It found that X'), else its
    object ('Officials released the summary. It shows that X'); a document that reports as the
    subject before ('The final notice states that X. It also found that Y'), not as an object
    ('The company issued a statement. It said X' is the company's)."""
    subject = _noun_before(it, (("nsubj",),), lambda t: t.lemma_.lower() in lex.document_nouns and _reports(lex, t.head))
    return subject or _noun_before(it, (("nsubj", "nsubjpass"), ("dobj",)),
                                   lambda t: t.lower_ in lex.poll_nouns or t.lemma_.lower() in lex.poll_nouns)


def phrase_start(noun: Token) -> Token:
    """The first token of the phrase of the subject ``noun`` ('The local child safeguarding practice
    review', whose gerund the parser made the root)."""
    return gerund_read_as_root(noun) or noun.left_edge


def _reports(lex: Lexicon, verb: Token) -> bool:
    """A verb of saying or finding with a clause ('states that X', 'found X had failed')."""
    return (verb.lemma_.lower() in lex.cue_verbs or verb.lemma_.lower() in lex.poll_verbs) and any(
        c.dep_ == "ccomp" for c in verb.children)


def body_before(lex: Lexicon, it: Token) -> Token | None:
    """The body an 'it' opening its clause stands for: the subject of the sentence before when
    that names an organisation ('The coastguard said 22 bodies were found. It believes X')."""
    bodies = lex.organisation_words | lex.public_bodies | word_set("group_role_nouns") | word_set("source_types/government")
    return _noun_before(it, (("nsubj",),), lambda t: t.ent_type_ == "ORG" or t.pos_ == "NOUN" and t.lemma_.lower() in bodies)


def _noun_before(it: Token, deps: tuple[tuple[str, ...], ...], accept: Callable[[Token], bool]) -> Token | None:
    """The first noun of the main clause of the sentence before ``it``'s, by ``deps`` in order,
    that ``accept`` takes, when ``it`` opens its sentence."""
    sentence = it.sent
    if it.i != sentence.start or sentence.start == 0:
        return None
    before = it.doc[sentence.start - 1].sent
    for group in deps:
        # (or the subject of a compound whose gerund the parser made the root: 'The local child safeguarding
        # practice review said X')
        noun = next((t for t in before if t.dep_ in group and (t.head.dep_ == "ROOT" or gerund_read_as_root(t))), None)
        if noun is not None and accept(noun):
            return noun
    return None
