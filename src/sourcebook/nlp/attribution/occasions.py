"""The words at the end of a source's phrase that say when, where or how it spoke, not who it
is: ``source_span`` ends the source before them.

'Mr Nair, in a supplementary question, noted X' (a phrase of a medium set off by commas), 'said
trader Aminah Hassan, 36, when met at the relief centre' (an adverbial clause set off by a
comma), 'Leaders of the veterans group on Wednesday called for Y' (a time the parser hung on the
source), 'Two soldiers, speaking on condition of anonymity, said Z' (a participle set off by a
comma), 'says Ana Ruiz over coffee in her office' (a meal or drink shared while talking,
``meal_nouns.txt``), 'The singer Kaia Bloom, through a spokesman, denied Y' (who or what carried
the words, set off by commas, ``channel_prepositions.txt``: PolNeAR puts 'through a spokeswoman,'
in the cue). Who spoke keeps what tells who it is (PolNeAR's sources are maximal): appositions,
relative clauses, places and bodies ('Joy Alessi, 50, of Houston', 'Pantucci, at the Royal United
Services Institute', 'Ana Ruiz, who was visiting her mother').
"""

from __future__ import annotations

from spacy.tokens import Token

from .inverted_media import medium_after_inverted_speaker
from .kids import children_of
from .lexicon import Lexicon, active_lexicon
from .placed_speakers import place_after_inverted_name
from .set_off_states import state_before_the_cue
from .topic_phrases import topic_after_speaker
from .weekday_appositions import weekday_after_head

#: the dependencies from a source's head down to a phrase still about the source: 'Leaders of the
#: organization on Wednesday' (a preposition's object), 'the director, James B. Comey, on Monday'
SPINE_DEPS = ("prep", "pobj", "appos")
TIME_ENTS = ("DATE", "TIME")
CLAUSE_DEPS = ("relcl", "acl", "advcl")
NOUN_POS = ("NOUN", "PROPN", "PRON", "NUM")
#: prepositions placing the speaking after or before an event; set off, never who the source is
SEQUENCE_PREPS = ("after", "before", "following")


def occasion_start(source: Token) -> Token | None:
    """The first token of the occasion that ends the phrase of ``source``, if any."""
    subtree = list(source.subtree)  # (walked once: each walk makes its Tokens anew)
    last = max((t.i for t in subtree if not t.is_punct), default=source.i)
    for token in sorted(subtree, key=lambda t: t.i):
        if token.i <= source.i or token.right_edge.i < last:
            continue
        set_off = token.doc[token.left_edge.i - 1].text == ","
        if _bracketed(token, source):
            continue  # 'A report on the choir (Arts, June 4) said': a date inside brackets cites the report
        if _on_spine(token, source, set_off) and _occasion(token, source, set_off):
            return token.doc[token.left_edge.i]
    return None


def _bracketed(token: Token, source: Token) -> bool:
    """Whether ``token`` stands inside a bracket opened after the source's head and not yet closed."""
    marks = [t.text for t in token.doc[source.i + 1 : token.left_edge.i] if t.text in "()[]"]
    return marks.count("(") + marks.count("[") > marks.count(")") + marks.count("]")


def _on_spine(token: Token, source: Token, set_off: bool) -> bool:
    """Whether ``token`` hangs on the source through prepositions (and appositions, when set off:
    'the director, James B. Comey, on Monday') only: not inside a relative clause ('the groups
    who wrote to her on Thursday') nor within an apposition ('McCain, the nominee in 2008')."""
    head = token.head
    while head.i != source.i:
        if head.dep_ not in SPINE_DEPS or head.dep_ == "appos" and not set_off or head.head.i == head.i:
            return False
        head = head.head
    return True


def _occasion(token: Token, source: Token, set_off: bool) -> bool:
    lex = active_lexicon()
    doc = token.doc
    if token.dep_ in ("npadvmod", "prep") and token.head.pos_ not in NOUN_POS:
        return False  # 'A Monmouth poll out Monday'
    # a time that ends the phrase: 'Leaders of the organization on Wednesday called', 'Trump last week
    # said'; a poll, a report or a rally is dated by it, set off or not ('A Bloomberg poll in June')
    lemma = source.lemma_.lower()
    # ('The Rivera campaign on Monday', 'State television on Friday': a medium that is also a body
    # speaks as the body, and its time is when it spoke)
    medium = lemma in lex.medium_nouns and lemma not in lex.organisation_words
    dated = not set_off and (lemma in lex.document_nouns or medium)
    timed = token.right_edge.ent_type_ in TIME_ENTS and not dated
    if token.dep_ == "npadvmod":
        return timed and token.ent_type_ in TIME_ENTS
    if place_after_inverted_name(token, source, set_off):
        return True  # 'said the activist Mei Tan outside the court': where she spoke (``placed_speakers``)
    if medium_after_inverted_speaker(token, source, set_off):
        return True  # 'said the mayor in a statement': what the words were given in (``inverted_media``)
    if token.dep_ == "prep" and _over_a_meal(lex, token, set_off):
        return True
    if set_off and token.dep_ == "prep" and token.lower_ in lex.channel_preps:
        return True  # 'The singer Kaia Bloom, through a spokesman, denied X': who carried the words
    if topic_after_speaker(token, source):
        return True  # 'Councillors over the levy said': what they spoke of (``topic_phrases``)
    # ('following' is no preposition of a content's circumstance, but a set-off one places the speaking too)
    if token.dep_ == "prep" and (token.lower_ in lex.circumstance_preps or token.lower_ in SEQUENCE_PREPS):
        pobj = next((c for c in children_of(token) if c.dep_ == "pobj"), None)
        if pobj is None:
            return False
        if pobj.ent_type_ in TIME_ENTS:
            return timed
        if set_off and token.lower_ in SEQUENCE_PREPS and pobj.ent_type_ not in ("PERSON", "ORG", "NORP"):
            return True  # 'said the coach, Jon Berg, after the defeat': what came before he spoke
        # 'Mr Nair, in a supplementary question, noted', 'Trump, during interviews on Thursday,':
        # set off, a medium's phrase says how it spoke ('Officials at the meeting said' stays)
        return set_off and not pobj.ent_type_ and _medium(lex, pobj)
    if weekday_after_head(token):
        return True  # 'The minister Friday said': a time, not a name (``weekday_appositions``)
    if state_before_the_cue(token, source, set_off):
        return True  # 'the chairman, clearly angry, said': the speaker's state (``set_off_states``)
    if token.dep_ not in CLAUSE_DEPS or not set_off or _after_a_time(doc[token.left_edge.i - 2]):
        return False
    first = doc[token.left_edge.i]
    # 'One council diplomat, speaking on condition of anonymity,': the participle opens its phrase
    if token.tag_ == "VBG" and first.i == token.i:
        return True
    # 'said Aminah Hassan, 36, when met at the relief centre', 'Mr Lim, while visiting the site,';
    # not 'Ana Ruiz, who was visiting her mother'
    return first.lower_ in lex.adverbial_marks and first.head.i == token.i and first.dep_ in ("mark", "advmod")


def _medium(lex: Lexicon, noun: Token) -> bool:
    """Whether ``noun`` names a medium (``medium_nouns``), alone ('in a statement') or with the
    noun before it ('The union, in a press release, said': the list has 'press release')."""
    lemma = noun.lemma_.lower()
    if lemma in lex.medium_nouns or noun.i == 0:
        return lemma in lex.medium_nouns
    before = noun.doc[noun.i - 1]
    return before.dep_ == "compound" and before.head.i == noun.i and f"{before.lower_} {lemma}" in lex.medium_nouns


def _over_a_meal(lex: Lexicon, prep: Token, set_off: bool) -> bool:
    """'says Ana Ruiz over coffee', 'Mr. Lund, over lunch in his office,', 'the mayor, at dinner,':
    a meal or a drink shared while talking is the occasion of speaking (``meal_nouns.txt``); 'at'
    and 'during' only when set off ('Guests at the dinner said': who they are)."""
    if prep.lower_ != "over" and not (set_off and prep.lower_ in ("at", "during")):
        return False
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return pobj is not None and not pobj.ent_type_ and pobj.lemma_.lower() in lex.meal_nouns


def _after_a_time(word: Token) -> bool:
    """'..., chief strategist four years ago, when she toured the state,': a clause after a time
    tells of the time (an age is no time: 'Rahul Menon, 44, when met at the shelter')."""
    return word.ent_type_ in TIME_ENTS and not (word.like_num and word.dep_ == "appos")
