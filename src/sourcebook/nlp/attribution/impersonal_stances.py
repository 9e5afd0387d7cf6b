"""A fear, a hope or a worry held by nobody named, set in an impersonal frame with its clause: 'There are
fears that the pier will collapse', 'There is concern the clinic cannot cope', 'Shares fell amid fears that
the bank would fail', 'The storm hit, raising fears that the pier would go', 'Fears that the plant would close
mounted'.

``nouns.noun_cue`` builds these (the noun the cue, the clause the content, no source), and the ranker's
threshold drops most of them: its features read a noun cue with no source and a clause after it, whose weight
was learnt on nouns that some named holder has ('her fear that X' with the holder missed). A record the
ranker does not judge (``ranker.Ranker``) when: it has no source; its cue is a noun of an internal state or
of saying (``belief_nouns``, ``speech_nouns``); its content is a clause after the noun; and the noun stands in
one of these frames, where the clause is a view nobody in the sentence holds: the subject or attribute of an
existential 'there be' ('There is hope that X'), the object of 'amid' or 'despite' ('amid fears that X'), the
object of a verb of stirring that has no holder for subject ('raising fears that X'), or the subject of a verb
of growing ('Fears that X mounted'). Not 'There is no evidence that X', 'There are signs that Y', 'There is a
risk that Z', whose nouns (neither a state nor a saying) are the writer's own assessment; not a noun with a
possessive or a holder's 'of' or 'among' phrase, which ``nouns`` reads with a source.

``existential_stance`` builds the existential forms ``nouns`` misses: a clause with no 'that' ('There are
growing fears the wall could fall'), what the view is on after the noun's own preposition ('There are questions
about how the grant was spent', 'There is no consensus on whether X'), a noun counted by 'a lot of' ('There has
been a lot of talk about a merger'), an 'among' phrase naming the holders, the source ('There is mounting anxiety
among farmers that X'), and a few nouns of a shared view that are no cue elsewhere (``AIR_NOUNS``: 'There is
broad agreement that X', 'There has been speculation about Y'). Not 'There is hope for the team yet' (no clause
nor topic), 'There are fears.' (nothing feared), 'There is no question that X' (the writer's certainty), an
existential asked ('Is there any concern about the battery?': nobody holds what is asked about), an agreement
made, not shared ('There is an agreement about the sharing of water': a pact), a place in a text after 'on'
('There are questions on page 4': no topic).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from .candidate import BELIEF, Candidate, trim_content
from .lexicon import Lexicon
from .questions import in_question
from .record_cues import cue_words
from .set_adjectives import phrase_without_aside, reports_inside
from .syntax import first_child, source_like, source_span, span_of, subtree_span

#: nouns of a view shared or in the air, no cue of the lexicon elsewhere ('There is broad agreement that X')
AIR_NOUNS = frozenset(["agreement", "consensus", "speculation", "chatter", "rumbling", "recognition", "confusion",
                       "unease"])
#: nouns of saying (lemmas) that are a view in the air after 'there be' ('There are questions about X'); not the
#: rest of the lexicon's: 'There is no guarantee that X', 'There's an old quip that Y', 'There were reports Z' (the
#: writer's own or unspecified reports), nor 'talk', as often the writer's aside ('There's always a lot of talk about X')
_SAID = frozenset(["question", "complaint", "warning", "criticism", "allegation"])
#: the prepositions after the noun that open what the view is on
_ON = frozenset(["about", "on", "over", "as"])
#: the nouns that count the view ('a lot of talk'), standing for it after 'there be'
_AMOUNTS = frozenset(["lot", "lots", "deal", "plenty", "amount"])

#: the prepositions whose object is a view in the air ('amid fears that X', 'despite concerns that Y')
_AMID = frozenset(["amid", "amidst", "despite"])
#: the verbs (lemmas) of stirring up a view in others, whose object nobody in the sentence holds
_STIRRING = frozenset(["raise", "spark", "fuel", "stoke", "prompt", "trigger", "heighten", "revive", "renew", "ignite",
                       "add", "feed", "deepen", "intensify"])
#: the verbs (lemmas) of a view growing, whose subject nobody in the sentence holds
_GROWING = frozenset(["grow", "mount", "rise", "increase", "intensify", "deepen", "spread", "persist", "linger",
                      "swirl", "abound", "emerge", "surface", "circulate"])


def impersonal_stance(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is a view held by nobody named in an impersonal frame ('There are fears that X')."""
    if record.source is not None or record.cue is None or not record.contents:
        return False
    span = cue_words(doc, record)
    if span is None:
        return False
    noun = span.root
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma == "question" or not _in_the_air(lex, noun):
        return False  # ('There is no question that X': the writer's certainty)
    if record.contents[0].start < noun.idx or any(c.dep_ in ("poss",) for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("among", "of", "by", "from") for c in noun.children):
        return False
    return _impersonal_frame(noun)


def _impersonal_frame(noun: Token) -> bool:
    """Whether ``noun`` stands where nobody holds it: after 'there be', 'amid', a verb of stirring, before a
    verb of growing."""
    head = noun.head
    if noun.dep_ in ("attr", "nsubj") and head.lemma_ == "be":
        return any(c.dep_ == "expl" and c.lower_ == "there" for c in head.children) and not _asked(head)
    if noun.dep_ == "pobj" and head.lower_ in _AMID:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in _STIRRING and head.pos_ == "VERB":
        # ('raising fears', 'which sparked fears': a participle or a clause on the event; not 'voters raised fears')
        return head.dep_ in ("advcl", "xcomp", "conj", "relcl", "acl") or not any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.ent_type_ in ("PERSON", "ORG", "NORP") or c.pos_ == "PRON"
                                                  and c.lower_ not in ("it", "this", "that", "which"))
            for c in head.children)
    return noun.dep_ == "nsubj" and head.lemma_.lower() in _GROWING and head.pos_ == "VERB"


def existential_stance(lex: Lexicon, text: str, noun: Token) -> Candidate | None:
    """'There are questions about X', 'There are growing fears Y', 'a lot of talk about Z': no source, or the
    'among' phrase's holders."""
    lemma = noun.lemma_.lower()
    if not _in_the_air(lex, noun) or not _after_there(noun) or any(c.dep_ == "poss" for c in noun.children):
        return None
    be = noun.head.head.head if noun.dep_ == "pobj" else noun.head
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in be.children) or _asked(be):
        return None  # ('If there were any doubts about X', 'Is there any concern about X?': none)
    if lemma == "agreement" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None  # ('There is an agreement about the water': a pact made, not a view shared)
    among = next((c for c in (*noun.rights, *be.children) if c.dep_ == "prep" and c.lower_ == "among"), None)
    holder = first_child(among, "pobj") if among is not None else None
    if holder is not None and not source_like(lex, holder):
        return None
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and _own_subject(c)), None)
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _ON and c.i == noun.i + 1), None)
    if clause is not None and lemma != "question":  # ('There is no question that X': the writer's certainty)
        start, end = subtree_span(clause)
        cue = span_of([noun])
    elif prep is not None and (topic := first_child(prep, ("pobj", "pcomp"))) is not None and not (
            prep.lower_ == "on" and any(c.dep_ == "nummod" for c in topic.children)):  # ('questions on page 4')
        start, end = phrase_without_aside(topic)
        cue = span_of([noun, prep])
    else:
        return None
    content = trim_content(text, start, end)
    if content is None or reports_inside(lex, noun.doc, content):
        return None
    source = trim_content(text, *source_span(text, holder)) if holder is not None else None
    return Candidate(cue=cue, source=source, contents=[content], nature=BELIEF,
                     source_token=holder.i if holder is not None else None, confidence=0.6, unjudged=True)


def _asked(be: Token) -> bool:
    """Whether the existential 'be' is asked: set before its 'there' in a sentence that ends with a question
    mark ('Is there any concern about the battery?', 'Are there fears that X?')."""
    return any(c.dep_ == "expl" and c.lower_ == "there" and c.i > be.i for c in be.children) and in_question(be)


def _in_the_air(lex: Lexicon, noun: Token) -> bool:
    """Whether ``noun`` is of an internal state, a view shared or a few kinds of saying."""
    lemma = noun.lemma_.lower()
    return noun.lower_ in lex.belief_nouns or lemma in AIR_NOUNS or lemma in _SAID


def _after_there(noun: Token) -> bool:
    """Whether ``noun`` (or 'a lot' counting it) is what an existential 'there' says there is."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _AMOUNTS:
        noun = noun.head.head
    head = noun.head
    return noun.dep_ in ("attr", "nsubj", "dobj") and any(c.dep_ == "expl" and c.lower_ == "there" for c in head.children)


def _own_subject(verb: Token) -> bool:
    """Whether a clause on the noun has a subject of its own (a content: 'fears the wall could fall'), not a
    relative pronoun (a description: 'concerns that have been raised')."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in ("that", "which", "who") for c in verb.children)
