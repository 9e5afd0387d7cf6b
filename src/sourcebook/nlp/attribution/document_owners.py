"""The one whose speech, statement or ad a participle of saying hung on it speaks for.

"the union's ad attacking the governor", "Ann Pike's statement condemning the test", 'gave a
speech denouncing the plan': a participle of saying or stance on a noun of speech or writing
(``speech_nouns.txt``, ``written_nouns.txt``) says what the speech says, and the speech is its
owner's, not a source of its own (PolNeAR gives such a cue to the one who spoke): the owner named
before the noun (a possessive name, or a name compounded on it: 'the Trump release announcing X'), else
the subject of the verb that gives, delivers or airs it. A speech heard, read or seen ('watched a
speech attacking X', 'a notice received announcing X') is not its owner's (``document_before``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like, subject_of

#: verbs whose subject gives, delivers or airs its own speech or ad ('gave a speech', 'ran ads')
_DELIVERING = frozenset(["air", "broadcast", "deliver", "give", "launch", "make", "present", "run"])


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
        # (a pronoun is left to the subject the participle climbs to, its antecedent: 'who gave his speech
        # defending X'; a date is no owner: 'a March speech denouncing X')
        named = owner.pos_ != "PRON" and owner.ent_type_ not in ("DATE", "TIME") and source_like(lex, owner)
        return owner if named else None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DELIVERING:
        found = subject_of(noun.head)
        return found if found is not None and source_like(lex, found) else None
    return None
