"""What an 'it' opening its clause stands for, read from the sentence before: a poll or report
('The report was published on Tuesday. It found X') or a body ('The coastguard said 22 bodies
were found. It believes X'); a body described by a noun, unnamed, as the subject before an 'it'
("The bank's troubles began when it disclosed X"); or a body from its own sentence ('The company said it
believes X', 'When Congress set the limit, it believed X'). Read by ``verbs``, ``speakers`` and ``anaphora``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon
from .misread import gerund_read_as_root
from .word_forms import listed


def document_before(lex: Lexicon, it: Token) -> Token | None:
    """The poll or report an 'it' opening its clause stands for: the subject of the sentence
    before when that is one ('The report was published on Tuesday. It found that X'), else its
    object ('Officials released the summary. It shows that X'); a document that reports as the
    subject before ('The final notice states that X. It also found that Y'), not as an object
    ('The company issued a statement. It said X' is the company's)."""
    subject = _noun_before(it, (("nsubj",),), lambda t: t.lemma_.lower() in lex.document_nouns and _reports(lex, t.head))
    return subject or _noun_before(it, (("nsubj", "nsubjpass"), ("dobj",)),
                                   lambda t: listed(t, lex.poll_nouns))


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
    return _noun_before(it, (("nsubj",),), lambda t: t.ent_type_ == "ORG" or t.pos_ == "NOUN" and body_before_noun(lex, t))


def described_body(lex: Lexicon, it: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The body an 'it' stands for when the article described it by a noun and did not name it: the
    subject (or the subject's owner) of the clause the pronoun's own clause hangs on ("The bank's
    troubles began when it disclosed X"), else the subject of the sentence before when 'it' opens
    its sentence ('A division bench was hearing a petition filed by the Nehru Colony RWA. It noted
    X': the bench, not the body named in a by-phrase); None for a named one (``anaphora``) or any other."""
    def unnamed(noun: Token) -> bool:  # ('the bank', 'a division bench', not 'Harmon Logistics')
        # (nor one called by its owner's name: "Holt's office does not itself determine X" is the body named before)
        return (noun.pos_ == "NOUN" and noun.tag_ == "NN" and not noun.ent_type_ and body_before_noun(lex, noun)
                and not in_quote(noun.idx) and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children))

    verbs = {a.i for a in it.ancestors}
    for token in reversed(it.doc[it.sent.start : it.i]):
        subject = token.head if token.dep_ == "poss" else token
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i in verbs and unnamed(token):
            return token
    noun = _noun_before(it, (("nsubj", "nsubjpass"),), lambda t: True)
    return noun if noun is not None and unnamed(noun) else None


def body_before_noun(lex: Lexicon, noun: Token) -> bool:
    """A noun for a body ('the coastguard', 'the ministry', 'the bench')."""
    bodies = lex.organisation_words | lex.public_bodies | word_set("group_role_nouns") | word_set("source_types/government")
    return noun.lemma_.lower() in bodies


def body_within(lex: Lexicon, it: Token) -> Token | None:
    """The body an 'it' subject stands for in its own sentence: the subject before it of the verb
    its clause hangs on ('The company said it believes X'), or of a clause before it on its own
    verb ('When Congress set the limit, it believed X')."""
    verb = it.head
    if it.dep_ != "nsubj" or it.lower_ != "it":
        return None
    bodies = lex.organisation_words | lex.public_bodies | word_set("group_role_nouns") | word_set("source_types/government")
    holders = [verb.head] if verb.dep_ == "ccomp" and verb.head.i < it.i else []
    holders += [c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < it.i]
    subjects = [c for h in holders for c in h.children if c.dep_ == "nsubj" and c.i < it.i]
    return next((t for t in subjects if t.ent_type_ == "ORG" or t.pos_ == "NOUN" and t.lemma_.lower() in bodies), None)


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
