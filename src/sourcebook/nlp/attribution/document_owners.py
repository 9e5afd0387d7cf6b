"""The one whose speech, statement or ad a participle of saying hung on it speaks for.

"the union's ad attacking the governor", "Ann Pike's statement condemning the test", 'gave a
speech denouncing the plan': a participle of saying or stance on a noun of speech or writing
(``speech_nouns.txt``, ``written_nouns.txt``) says what the speech says, and the speech is its
owner's, not a source of its own (PolNeAR gives such a cue to the one who spoke): the owner named
before the noun (a possessive name, or a name compounded on it: 'the Trump release announcing X'), else
the subject of the verb that gives, delivers or airs it; with a pronoun before it that agrees with the subject of
the verb whose object it is, or a date before it and 'with' or 'in' before that, that subject ('she revised her
statement explaining X', 'helped launch it with a March speech denouncing Y'). A speech heard, read or seen
('watched a speech attacking X', 'Reporters read his statement explaining Y', 'a notice received announcing Z') is
not its owner's (``document_before``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like, subject_of

#: verbs whose subject gives, delivers or airs its own speech or ad ('gave a speech', 'ran ads')
_DELIVERING = frozenset(["air", "broadcast", "deliver", "give", "launch", "make", "present", "run"])
#: prepositions of the speech by which its holder speaks ('with a March speech denouncing X', 'in a post calling Y')
_BY_MEANS = frozenset(["with", "in", "during", "through"])
#: the subjects a singular possessive pronoun cannot stand for (by gender)
_SINGULAR = {"his": ("she", "her"), "her": ("he", "him"), "its": ("he", "she", "him", "her")}


def document_owner(lex: Lexicon, verb: Token) -> Token | None:
    """The owner of the speech or document noun the participle ``verb`` hangs on, None if none is named."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.i > verb.i:
        return None
    lemma = noun.lemma_.lower()
    if lemma not in lex.speech_nouns and lemma not in lex.written_nouns:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if owner is not None:
        # (a pronoun stands for the subject of the verb that holds the noun, its antecedent: 'who gave his speech
        # defending X', 'she revised her statement explaining Y'; a date is no owner: 'helped launch it with a
        # March speech denouncing Z' is the launcher's)
        if owner.pos_ != "PRON" and owner.ent_type_ not in ("DATE", "TIME"):
            return owner if source_like(lex, owner) else None
        by = noun.head if noun.dep_ == "pobj" and noun.head.lower_ in _BY_MEANS else None
        if owner.pos_ != "PRON" and by is None and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DELIVERING):
            return None  # (a date on a speech read or heard: 'watched a March speech denouncing X')
        holder = noun.head if noun.dep_ == "dobj" else by.head if by is not None else None
        found = subject_of(holder) if holder is not None and holder.pos_ == "VERB" and holder.i < noun.i else None
        if found is None or not source_like(lex, found) or owner.pos_ == "PRON" and not _agrees(owner, found):
            return None  # ('Reporters read his statement explaining X': his, not theirs)
        return found
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DELIVERING:
        found = subject_of(noun.head)
        return found if found is not None and source_like(lex, found) else None
    return None


def _agrees(pronoun: Token, subject: Token) -> bool:
    """Whether the possessive ``pronoun`` may stand for ``subject`` by number and gender ('she revised her
    statement', 'who gave his speech'; not 'Reporters read his statement')."""
    word, who = pronoun.lower_, subject.lower_
    if who in ("who", "that", "which"):
        return True
    plural = who in ("they", "we", "them", "us") or subject.tag_ in ("NNS", "NNPS")
    if word in ("their", "our"):
        return plural
    if word == "my":
        return who == "i"
    return not plural and who not in ("i", "you") and who not in _SINGULAR.get(word, ())
