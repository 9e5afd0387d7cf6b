"""Nouns of a stance held on someone or something: 'her support for the bill', 'the senator's
opposition to the deal', 'Trump's attacks on Clinton', 'his stance on trade' (``stance_nouns.json``
gives each noun the prepositions that name what the stance is on). The noun is a cue only with
such a phrase right after it and a holder named by its possessor or a 'from'/'by' phrase, one
that can hold a view ('the bridge's support for the deck' holds none); an attack is a stance
only on a person ('attacks on Clinton', not 'the attack on the embassy'), or when one person
makes it ('his attacks on big banks', 'Ruiz's attacks on the tax plan': a person's attacks are in
words; not on a country, 'her attack on Ruritania'). A noun of one who holds
a stance (``advocate_nouns.txt``) with its 'of' phrase is a cue when a copula's subject is it or
a name is set beside it: 'Ms. Ito is a vocal supporter of X', 'Mr. Dale, a longtime critic of X,'
(not 'Supporters of X gathered', nor 'a film critic of the Times', a trade)."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import BELIEF, Candidate, trim, trim_content
from .lexicon import Lexicon
from .syntax import first_child, source_like, source_span, span_of, subject_of, subtree_span

#: what no stance is on: a time, a count, a place to stand ('her position on the ballot' aside)
_NO_TOPIC = ("DATE", "TIME", "CARDINAL", "ORDINAL", "LOC", "FAC", "MONEY", "PERCENT", "QUANTITY")
#: the possessors that stand for one person ('his attacks on X')
_ONE_PERSON = frozenset(["his", "her", "he", "she", "him"])


def stance_cue(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'her support for X', 'his opposition to Y', "Ruiz's attacks on Mr. Hale" (none without a holder)."""
    if noun.lemma_.lower() in lex.advocate_nouns:
        return _advocate(lex, text, noun)
    prep, topic = _phrase(noun, lex.stance_nouns.get(noun.lemma_.lower(), frozenset()))
    if prep is None or topic is None or _acted_on(noun):
        return None
    holder = _holder(lex, noun)
    if noun.lemma_.lower() == "attack" and not _person(lex, topic) and not (_person_holder(holder) and topic.ent_type_ != "GPE"):
        return None  # 'the attack on the embassy': an act of force, no view (but 'his attacks on big banks')
    piece = trim_content(text, *_topic(topic))
    if holder is None or piece is None:
        return None
    return Candidate(cue=span_of([noun, prep]), source=source_span(text, holder), contents=[piece], nature=BELIEF,
                     source_token=holder.i, confidence=0.6)


def _advocate(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'X is an outspoken supporter of Y', 'X, a longtime critic of Y,': the copula's subject or
    the name the noun is set beside holds the stance on Y."""
    prep, topic = _phrase(noun, frozenset(["of"]))
    if prep is None or topic is None or any(c.dep_ == "compound" for c in noun.children):
        return None  # ('a film critic of the Times': a trade)
    holder = subject_of(noun.head) if noun.dep_ == "attr" else noun.head if noun.dep_ == "appos" else None
    piece = trim_content(text, *_topic(topic))
    if holder is None or piece is None or not source_like(lex, holder):
        return None
    # (the name alone when the noun is set beside it: its phrase holds the cue and the content)
    source = trim(text, holder.left_edge.idx, holder.idx + len(holder)) if noun.dep_ == "appos" else source_span(text, holder)
    return Candidate(cue=span_of([noun, prep]), source=source, contents=[piece], nature=BELIEF, source_token=holder.i,
                     confidence=0.6)


def _phrase(noun: Token, preps: frozenset[str]) -> tuple[Token | None, Token | None]:
    """The preposition right after the noun that names what the stance is on, and its object
    (none when that is a time, a count or a place)."""
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in preps), None)
    topic = first_child(prep, ("pobj", "pcomp")) if prep is not None else None
    return (prep, topic) if topic is not None and topic.ent_type_ not in _NO_TOPIC else (None, None)


def _topic(topic: Token) -> tuple[int, int]:
    """What the stance is on, without a relative clause set off by a comma: the writer's words
    on it ('a supporter of Roe v. Wade, which legalized abortion,')."""
    start, end = subtree_span(topic)
    aside = next((c for c in topic.rights if c.dep_ == "relcl" and c.left_edge.i > 0
                  and c.doc[c.left_edge.i - 1].text == ","), None)
    return (start, topic.doc[aside.left_edge.i - 1].idx) if aside is not None else (start, end)


def _acted_on(noun: Token) -> bool:
    """'affirmed their support for X', 'doubled down on his support for X': the object of a verb,
    whose act on the stance (restating it, defending it, giving it up) is the report; the noun is
    part of what it reports."""
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX") and governor.i != noun.i


def _holder(lex: Lexicon, noun: Token) -> Token | None:
    """The possessor ('her support'), or the 'from'/'by' phrase ('support from unions'), that can hold a view."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child if source_like(lex, child) else None
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            held = first_child(child, "pobj")
            return held if held is not None and source_like(lex, held) else None
    return None


def _person_holder(holder: Token | None) -> bool:
    """A person named or a pronoun for one person: whose attacks are in words, whatever they are on."""
    return holder is not None and (holder.ent_type_ == "PERSON" or holder.lower_ in _ONE_PERSON)


def _person(lex: Lexicon, token: Token) -> bool:
    """A person named or a pronoun for people ('Clinton', 'him', 'them')."""
    return token.ent_type_ == "PERSON" or token.lower_ in lex.personal_pronouns and token.lower_ not in ("it", "its")
