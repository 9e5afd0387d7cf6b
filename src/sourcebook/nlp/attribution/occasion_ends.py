"""Where a noun content ends before the occasion its words were given on, which the parser hung on the
verb (or, but for 'in', the content's noun) and the verb's tail ran over: 'asked about the levy during a
radio interview', 'talked about rents in the second debate', 'repeated her pledge through speeches and
debates', 'spoke about the bridge at each of her town halls', 'announced his bid with a speech'.

A noun object or a preposition's object of a verb of saying ('asked about X', 'repeated her pledge') holds
what was spoken of; a phrase of 'at', 'during', 'in', 'through' or 'with' whose noun is an event held for
talk (``talk_event_nouns.txt``: debate, rally, interview, hearing), and which closes the content, tells where
it was said: PolNeAR leaves it out (train: 8 records mended, none lost). 'at' and 'during' take any occasion
of ``circumstance_nouns.txt`` as ``spoken_at`` does; a partitive's noun is the occasion ('at one of his
rallies'). So does an 'in' or 'at' phrase of how or why they were given (``manner_phrase_nouns.txt``: 'in a
manner few expected', 'in hopes of X', 'in an effort to X', 'at a brisk pace'). Not where the head noun
is a thing that happens there ('the chaos at the rally', ``happenings``), nor a time ('in recent months',
which PolNeAR keeps as often as not), nor a clause content (``spoken_at`` judges those); nor after a verb of
a stance or a wish, whose object may be where it is ('hopes for a miracle at the convention', 'strives for a
spot in the debates'). The anonymity formula closing such a content is the writer's too ('confirmed the
meeting on the condition of anonymity'), and so is the platform the words went out on ('announced the news on
Instagram', 'posted her allegiance on Facebook'; ``spoken_at.medium_placed``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import content_words, trim_content
from .framing_ends import before_the_framing
from .happenings import happened_there
from .kids import children_of
from .lexicon import Lexicon
from .quoted_ends import before_a_quotations_adjunct
from .set_off_ends import stance_content_end
from .spoken_at import medium_placed
from .time_clause_ends import before_a_time_clause

#: the prepositions of an occasion; 'in', 'through' and 'with' only with an event held for talk ('with a speech')
_ANY_OCCASION = frozenset(["at", "during"])
_TALK_EVENT = frozenset(["in", "through", "with"])
#: words that take a part of the occasions after them: 'at one of his rallies', 'at each of the debates'
_PARTITIVES = frozenset(["one", "each", "some", "all", "many", "several", "both", "most", "any", "either", "another"])
_TIMES = frozenset(["DATE", "TIME"])
#: the prepositions whose occasion may hang on the content's noun ('announced her bid | with a speech', 'the
#: meeting | on condition of anonymity'); an 'in' phrase there belongs to the noun ('his prowess in the
#: debates', 'the rule in the interview': dev lost right records when it ended the content)
_ON_THE_NOUN = frozenset(["at", "during", "on", "through", "with"])
#: the prepositions of a phrase of how or why the words were given (``manner_phrase_nouns.txt``)
_MANNER = frozenset(["in", "at"])


def content_end(lex: Lexicon, text: str, doc: Doc, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` ended before the writer's words set off after it (``set_off_ends``) and before a closing
    occasion of speaking on a noun content of a verb of saying (below)."""
    span = before_a_time_clause(lex, text, doc, verb, span)  # ('refused to speak | as she left': ``time_clause_ends``)
    span = before_the_framing(text, doc, span)  # ('said X, in what would be Y': ``framing_ends``)
    span = before_a_quotations_adjunct(lex, text, verb, span)  # ('shouted "X" | at them': ``quoted_ends``)
    return past_the_occasion(lex, text, doc, verb, stance_content_end(lex, text, doc, verb, span))


def past_the_occasion(lex: Lexicon, text: str, doc: Doc, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A noun content of ``verb`` without the phrase of the occasion closing it ('asked about X | during an
    interview'); unchanged when there is none."""
    if verb.lemma_.lower() not in lex.speech:
        return span  # (tested before the Span is made)
    if (found := content_words(doc, span)) is None:
        return span
    words, head, last = found
    if head.pos_ not in ("NOUN", "PROPN") or not _object_of(head, verb):
        return span
    for prep in words:
        if prep.i <= head.i or prep.dep_ != "prep" or prep.right_edge.i < last or prep.left_edge.i != prep.i:
            continue
        on_the_noun = prep.head.i == head.i and prep.lower_ in _ON_THE_NOUN
        if not (prep.head.i == verb.i or on_the_noun) or not _occasion(lex, prep) or happened_there(lex, prep, head):
            continue
        return trim_content(text, span[0], prep.idx) or span
    return span


def _object_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is the verb's object or its preposition's ('criticized the plan', 'spoke about rents')."""
    if noun.head.i == verb.i:
        return noun.dep_ == "dobj"
    return noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "prt") and noun.head.head.i == verb.i


def _occasion(lex: Lexicon, prep: Token) -> bool:
    """Whether the phrase of ``prep`` names an occasion of speaking ('during an interview', 'in the debate')."""
    noun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if noun is not None and noun.lower_ in _PARTITIVES:  # ('at one of his rallies': the rallies)
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.ent_type_ in _TIMES:
        return False
    if prep.lower_ == "on" and noun.lemma_.lower() == "condition":  # the anonymity formula, never what was said
        return any(t.lower_ == "anonymity" for t in noun.subtree)
    if prep.lower_ == "on" and medium_placed(lex, prep, noun):  # ('announced the news | on Instagram': ``spoken_at``)
        return True
    lemma = noun.lemma_.lower()
    if prep.lower_ in _MANNER and lemma in lex.manner_phrases:  # 'in a manner few expected', 'in hopes of X'
        return True
    if prep.lower_ in _ANY_OCCASION:
        return lemma in lex.circumstance_nouns or lemma in lex.talk_events
    return prep.lower_ in _TALK_EVENT and lemma in lex.talk_events
