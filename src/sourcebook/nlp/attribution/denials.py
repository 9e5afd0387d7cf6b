"""Where the writer sets a denial after a report, with the report's clause as what is denied:
'X, a claim the army denied' (a noun of saying after a comma, a cue in the relative clause on
it, or its participle with an agent: 'X, a claim disputed by whistleblowers'; or after a dash)
and 'X, which the rebels denied' (a relative 'which' after a comma, the object of a verb
that disputes: one denies what was said, not the last noun of it). The comma may close a
quotation first ('its "final offer," a claim the union disputed'). A noun of a reported figure
is such a noun when the verb disputes it ('X said 41 died, a figure the army disputed', 'a toll
rejected by the rebels'): the figure is what the clause before the comma said. The noun is the
verb's object: not when the verb has one of its own after it ('X, a claim for which it has
offered no evidence'). ``verbs`` leaves the cue's
content for ``asides.apposed_denials``, which takes the clause before the comma."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .syntax import closes_quotation
from .tables import text_of

#: the marks that set off the writer's apposition ('X, a claim Y denied', 'X — a charge Y denies')
_SETTING_OFF = frozenset([",", "\u2014", "\u2013", "--"])
#: nouns of a reported figure, which a verb that disputes takes for what the report before said
FIGURE_NOUNS = frozenset(["figure", "toll", "number", "count", "tally", "total"])


def _comma_before(token: Token) -> Token | None:
    """The comma (or dash) right before ``token``, or before the closing quotation mark right before it."""
    doc, i = token.doc, token.i - 1
    if i > 0 and closes_quotation(doc[i]) and doc[i - 1].text == ",":
        i -= 1
    return doc[i] if i >= 0 and doc[i].text in _SETTING_OFF else None


def denial_comma(lex: Lexicon, verb: Token) -> Token | None:
    """The comma that sets off the denial whose cue is ``verb``, or None when it is none."""
    noun: Token | None
    if agent_participle(verb):
        noun = verb.head  # 'X, a claim disputed by whistleblowers'
    elif verb.dep_ != "relcl":
        noun = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i < verb.i), None)  # (parsed as its object)
    else:
        noun = verb.head
        if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in children_of(verb)):
            return None  # (the noun no object of the verb: 'X, a claim for which it offered no evidence')
        which = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ == "which" and c.i < verb.i), None)
        if which is not None and verb.lemma_.lower() in lex.disputing_verbs & lex.stance_object:
            return _comma_before(which)  # 'X, which the rebels denied'
    if noun is None or noun.left_edge.i < 1 or noun.lemma_.lower() not in lex.speech_nouns and not (
            noun.lemma_.lower() in FIGURE_NOUNS and verb.lemma_.lower() in lex.disputing_verbs):
        return None
    return _comma_before(noun.left_edge)  # (``apposed_denials`` takes 'a claim', 'an allegation' only)


def agent_participle(verb: Token) -> bool:
    """A past participle with its agent on a noun: 'a claim disputed by whistleblowers'."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(verb))


def denied_by(lex: Lexicon, verb: Token) -> Token | None:
    """The agent of a participle that denies the report before it: 'drivers' in 'X, a claim disputed by drivers'."""
    if not agent_participle(verb) or denial_comma(lex, verb) is None:
        return None
    return next((p for c in children_of(verb) if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def denied_relative(lex: Lexicon, verb: Token, content: list[tuple[int, int]] | None) -> bool:
    """Whether ``verb`` is the cue of a relative clause set after a comma that denies the clause
    before it, its content found so far none or only the relative 'which' (its object)."""
    if verb.dep_ != "relcl" and not agent_participle(verb) or content and (
            len(content) > 1 or text_of(verb.doc)[content[0][0] : content[0][1]].lower() != "which"):
        return False
    return denial_comma(lex, verb) is not None


__all__ = ["agent_participle", "denial_comma", "denied_by", "denied_relative"]
