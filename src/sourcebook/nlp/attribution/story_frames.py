"""A character speaking in a story the writer retells: 'In the play, the old king announces that he will divide his
kingdom', 'In the novel, Ada insists she is free', 'In the opera, the countess confesses that X'. Arts pages tell a
plot in the present tense, framed by a fronted 'In' phrase whose noun is a work of fiction (``story_frames.txt``:
novel, play, opera, musical); the one who speaks there is a part someone plays and writes, no source. So too the one
such a plot is about, speaking in a 'who' clause ('The play centres on a nurse who admits X'). Not a film, an
episode, a series or a song, which may be a true account (a documentary's named speaker, 'In the film, Ruiz argues
that X', is PolNeAR's report; a podcast's guest) and whose character's words an earlier written set keeps as a
report ('In the film, a retired detective tells his partner that X', ``probe_web_55``); not a past tense ('In the
episode, Maher stated X'), nor a frame after the verb, nor an ad, a book, a memoir or a video, whose speakers are
their authors, nor a work with its possessor ('In her novel, she presents X as farce': the author's own account),
nor a maker or performer of the work speaking ('In the opera, the tenor says X', ``+maker``). For ``mute.holds_nothing``."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged, word_set
from .kids import children_of

#: the work's makers and performers, real people inside the frame ('In the opera, the tenor says X')
_MAKERS = tagged("attribution/story_frames", "maker")
#: works whose every speaker is a character ('novel', 'play', 'opera')
_FICTION = word_set("attribution/story_frames") - _MAKERS


def story_character(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` speaks, with ``verb`` in the present, inside a fiction the sentence's fronted 'In the X,'
    frames ('In the play, the old king announces X'), or is the one a fiction's plot is about ('The play centres on a
    nurse who admits X')."""
    if verb.tag_ not in ("VBZ", "VBP") or subject.head.i != verb.i or subject.lemma_.lower() in _MAKERS:
        return False  # (not 'In the play, which opens on Friday, the director says X': a real person on the work)
    if subject.tag_ == "WP" and verb.dep_ == "relcl":
        return _plot_relative(verb.head)
    frame = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" and c.i < subject.i), None)
    if frame is None:
        return False
    work = next((c for c in frame.children if c.dep_ == "pobj"), None)
    if work is None or work.tag_ not in ("NN", "JJ") or not any(c.dep_ == "det" for c in work.children) or any(
            c.dep_ == "poss" for c in work.children):
        return False  # (not 'In her novel, she presents X as farce': the author's own account of her work)
    return work.lemma_.lower() in _FICTION  # (the tagger reads "the musical" as an adjective: its lemma as written)


def _plot_relative(character: Token) -> bool:
    """Whether ``character``, the noun a 'who' clause hangs on, is the one a work of fiction's plot is about: the object
    of its verb, or of that verb's preposition or 'story of' ('The play centres on a nurse who admits X', 'The novel
    follows a widow who insists Y'); not a film's, which may be a documentary's true account ('The film follows a
    farmer who says X')."""
    if character.dep_ == "pobj" and character.head.dep_ == "prep":
        character = character.head
        if character.head.lemma_.lower() == "story":
            character = character.head  # ('tells the story of a miner who vows X')
    if character.dep_ not in ("dobj", "prep") or character.head.pos_ != "VERB" and character.head.dep_ != "ROOT":
        return False
    # (its subject, or the noun the parser hung on it as a compound: 'The play centres on X' read as one noun phrase,
    # 'centres' the plural noun of the sentence's root)
    work = next((c for c in character.head.children if c.dep_ in ("nsubj", "compound") and c.i < character.i), None)
    return work is not None and work.pos_ == "NOUN" and work.lemma_.lower() in _FICTION
