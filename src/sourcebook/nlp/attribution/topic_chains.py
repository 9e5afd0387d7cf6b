"""A cue that governs an infinitive of saying with a topic after it runs on through that verb and its
preposition: 'The club declined to comment on the striker's contract' is cued by 'declined to comment on',
its content 'the striker's contract'; 'has refused to elaborate upon X', 'declined to speculate about Y'.
Only a refusal (``refusal_verbs.txt``): every chain train marks so is one; a wish stays the wish's
report ('does not want to argue about the past').

The rules give such a report to the governing verb ('declined', 'has refused') with the infinitive for
content ('to comment on X'), which is no verb of saying. PolNeAR train marks the chain whole when the
infinitive is a verb of saying whose topic follows a preposition of topic ('on', 'about', 'upon',
``topic_prepositions.txt``): 9 of the 13 records of ours this widens, the other 4 still matched by their
content (the verb of saying in the cue makes the report one of speech). Not when the infinitive stands
alone ('declined to comment.'), has an object or a clause of its own ('declined to say whether X',
'refused to answer questions': train stops the cue at the refusal as often as not), or its phrase says how
or when and not about what ('declined to speak on the record', 'refused to answer on several occasions':
``manner_nouns.txt``; 'declined to comment on Monday'). Run on the records kept, after the ranker has judged them by their own cue
(``build``), like ``chained_cues``; ``stance_phrases`` and ``by_gerunds`` widen cues back to their verb
after it ('spoke out in favor of X', 'concluded by urging Y').
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...model import Attribution, Span
from .by_gerunds import by_gerunds
from .lexicon import Lexicon
from .stance_phrases import stance_phrases
from .tables import text_of
from .token_at import token_starting_at

#: the words that may stand between the verb of saying and its preposition ('comment Tuesday on X')
_BETWEEN = ("advmod", "npadvmod")
#: entity types of an 'on' phrase that gives a day, not a topic ('declined to comment on Monday')
_WHEN = ("DATE", "TIME")
#: the infinitive's own object or clause: what was (not) said is that, no topic ('declined to say whether X')
_OWN = ("dobj", "ccomp", "xcomp", "dative", "obj")


def topic_chains(doc: Doc, records: tuple[Attribution, ...], lex: Lexicon) -> tuple[Attribution, ...]:
    """``records`` with each cue whose content is an infinitive of saying and its topic run on to the topic (and each
    stance noun's and gerund's after 'by' back to its verb: ``stance_phrases``, ``by_gerunds``)."""
    text = text_of(doc)
    out: list[Attribution] | None = None
    for n, record in enumerate(records):
        if record.cue is None or len(record.contents) != 1:
            continue
        if text[record.contents[0].start : record.contents[0].start + 3] not in ("to ", "not"):
            continue
        widened = _widened(doc, text, record, lex)
        if widened is None:
            continue
        if out is None:
            out = list(records)
        out[n] = widened
    return by_gerunds(doc, stance_phrases(doc, records if out is None else tuple(out)))


def _widened(doc: Doc, text: str, record: Attribution, lex: Lexicon) -> Attribution | None:
    """``record`` cued through its infinitive of saying and that verb's preposition of topic, else None."""
    cue, content = record.cue, record.contents[0]
    assert cue is not None
    first = token_starting_at(doc, content.start)
    if first is None:
        return None
    if first.lower_ == "not":
        first = doc[first.i + 1] if first.i + 1 < len(doc) else first
    verb = first.head
    if first.lower_ != "to" or first.dep_ != "aux" or verb.i <= first.i or verb.dep_ != "xcomp":
        return None
    head = verb.head
    if not cue.start <= head.idx < cue.end or verb.lemma_.lower() not in lex.speech:
        return None  # (the infinitive of the cue's own verb, and one of saying)
    if head.lemma_.lower() not in lex.refusal_verbs:
        return None  # (a refusal: 'does not want to argue about the past' stays the wanting's report)
    prep = _topic(verb, lex)
    if prep is None:
        return None
    rest = prep.i + 1
    if rest >= len(doc) or doc[rest].idx >= content.end:
        return None
    return replace(record, cue=Span.of(text, cue.start, prep.idx + len(prep)),
                   contents=(Span.of(text, doc[rest].idx, content.end),))


def _topic(verb: Token, lex: Lexicon) -> Token | None:
    """The preposition of topic right after ``verb`` ('comment on', 'comment Tuesday on'), when the verb has
    no object or clause of its own and the preposition's object is no manner ('on the record')."""
    after = [c for c in verb.children if c.i > verb.i]
    if not after or any(c.dep_ in _OWN for c in after):
        return None
    prep = next((c for c in after if c.dep_ not in _BETWEEN), None)
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in lex.topic_preps:
        return None
    if any(not (c.dep_ in _BETWEEN and c.head.i == verb.i) for c in verb.doc[verb.i + 1 : prep.i]):
        return None  # (only an adverb or a time between: 'comment Tuesday on')
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects or objects[0].lemma_.lower() in lex.manner_nouns or objects[0].ent_type_ in _WHEN:
        return None  # (how or when: 'on the record', 'declined to comment on Monday')
    return prep
