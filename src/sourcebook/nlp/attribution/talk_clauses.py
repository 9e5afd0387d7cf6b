"""A verb of talking with a clause the parser hung on it: 'Ms. Vell is generous with her time - she talks to
anyone who asks - and is blunt', 'The Courier spoke with Ms. Vell on its weekly podcast, "Well, That Went
Badly."'. A verb of talking takes no clause of what was said (``talk_verbs.txt``: 'spoke', 'talked', not
'said'), so such a clause is another sentence's, read across a dash or a title in quotation marks, and the verb
reports none of it: no cue (its topic after 'about' is ``talked_about``'s, which reads no clause). For
``noncues.not_a_cue``; on PolNeAR train every such record (three) was wrong."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

#: verbs of talking, which take no clause of what was said
_TALK = word_set("attribution/talk_verbs")


def talk_clause(verb: Token) -> bool:
    """Whether ``verb`` is a verb of talking with a clause the parser gave it (not a participle's, 'spoke of
    leaving', nor one opened by 'that', what a noun of the talk holds: 'spoke of their relief that X')."""
    return verb.lemma_.lower() in _TALK and any(c.dep_ == "ccomp" and c.tag_ != "VBG" and not any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in verb.children)
