"""A passive verb of asking with an agent, whose question the parser hung on the agent's noun as a relative clause,
mended before the rules read the parse (``mends``).

'The host was asked by a caller why the ferry fares had doubled': the parser may read 'a caller why the fares had
doubled' as a noun with a relative clause; the verb of asking is left with no question, and the source swallows
it. 'why', 'how', 'whether' and 'if' open no relative clause on a noun of a person ('the reason why' is one, on a
noun of reason), so such a clause hung on the noun of the agent of a passive verb of asking is the question, the
verb's complement, and the agent alone its source; the twin of ``agent_clauses`` ('It was claimed by X that Y').
Not a relative clause on the agent's noun opened by a relative pronoun ('was asked by a woman who lives nearby'),
nor a verb that has a question already ('was asked by a caller about the fares, which had doubled').

So an 'about' phrase the parser hung inside the agent's phrase, on its noun ('The mayor was asked by reporters
about the flood'), on a relative clause on it ('by a woman who lives near the quarry about the blasting') or on a
place after it ('by a student at the rally about her vote'): the verb of asking has no question of its own, so
the phrase is what was asked, as PolNeAR train marks 'When asked by X about Y' (source X, content 'about Y'), not
the agent's; left alone, the agent's phrase ran on over it and the subject, the one asked, became the content. Not
a document's topic ('by the author of a book about the club'), nor with a verb that has its question or its
infinitive ('was asked by a charity about whales to sing'). And a question opened by 'why', 'how' or 'whether' that
the parser hung on the agent's relative clause as an adverbial clause ('by a woman who lives near the quarry
whether the blasting would stop') is the verb's too."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import Arcs
from .lexicon import Lexicon, active_lexicon
from .tables import positions, words_of

#: the words that open a question and no relative clause on a noun of a person
_QUESTION_WORDS = frozenset(["why", "how", "whether", "if"])
#: nouns a 'why' or 'how' clause may modify as a relative clause ('the reason why', 'the way how')
_RELATIVE_HEADS = frozenset(["reason", "reasons", "way", "ways"])
#: the words that open a question and no condition or time of a relative clause's verb
_ADVERBIAL_QUESTION_WORDS = frozenset(["why", "how", "whether"])


def agent_questions(doc: Doc) -> Arcs:
    """The arcs that hang each such question on the passive verb of asking as its complement; none when there is
    none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in (*positions(words.dep, "relcl", 4, len(doc)), *positions(words.dep, "acl", 4, len(doc))):
        clause = doc[i]
        noun = clause.head
        agent = noun.head
        verb = agent.head
        if noun.dep_ != "pobj" or agent.dep_ != "agent" or agent.lower_ != "by" or verb.i > agent.i:
            continue
        opening = doc[clause.left_edge.i]
        if opening.lower_ not in _QUESTION_WORDS or opening.i <= noun.i or noun.lower_ in _RELATIVE_HEADS:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue  # (a question has a subject of its own)
        if _has_question(verb):
            continue
        lex = lex or active_lexicon()
        if verb.lemma_.lower() not in lex.asking:
            continue
        heads[i], deps[i] = verb.i, "ccomp"
    for i in positions(words.dep, "agent", 1, len(doc)):
        lex = lex or active_lexicon()
        verb = doc[i].head
        if verb.i > i or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.asking or _has_question(verb):
            continue
        nouns = [c for c in doc[i].children if c.dep_ == "pobj"]
        if not nouns:
            continue
        about = _hung_about(nouns[0], lex)
        if about is not None:
            heads[about.i], deps[about.i] = verb.i, "prep"
        question = _hung_question(nouns[0])
        if question is not None:
            heads[question.i], deps[question.i] = verb.i, "ccomp"
    return heads, deps


def _has_question(verb: Token) -> bool:
    """Whether the verb of asking has its question: a clause, an infinitive or an 'about' phrase of its own."""
    return any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)


def _hung_question(noun: Token) -> Token | None:
    """A question opened by 'why', 'how' or 'whether' that the parser hung on a relative clause on the agent's
    ``noun`` as an adverbial clause ('by a woman who lives near the quarry whether the blasting would stop'): no
    verb of living or running takes such a clause, so it is what was asked; not 'if', which opens a condition of
    the relative clause's verb as often ('by a man who would move if the quarry grew'), nor a clause the relative
    clause's verb takes ('by a woman who wondered whether X')."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.i < noun.i:
            continue
        for part in clause.children:
            opening = part.doc[part.left_edge.i]
            if part.dep_ == "advcl" and part.i > clause.i and opening.lower_ in _ADVERBIAL_QUESTION_WORDS and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
                return part
    return None


def _hung_about(noun: Token, lex: Lexicon) -> Token | None:
    """The 'about' phrase of what was asked that the parser hung inside the phrase of an asking verb's agent, on
    its ``noun`` ('was asked by reporters about the flood'), on a relative clause's verb on it ('by
    a woman who lives nearby about the blasting') or on a place or a body after it ('by a student at the rally
    about her vote'); none when the phrase is a document's, which has a topic of its own ('by the author of a
    book about the club')."""
    for word in noun.subtree:
        if word.lower_ == "about" and word.dep_ == "prep" and word.i > noun.i:
            head = word.head
            if head.i == noun.i or head.pos_ in ("VERB", "AUX") and head.i > noun.i:
                return word
            return word if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in lex.document_nouns else None
    return None
