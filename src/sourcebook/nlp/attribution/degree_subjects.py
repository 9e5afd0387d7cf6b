"""A degree word the parser read as the subject of a set-off participle: the 'half' of 'half joking'.

'"Get a dog," she said, only half joking.' / 'He told the crowd he would run again, half laughing.'
The parser reads 'half' before an '-ing' participle set off after a report as the participle's
subject, a noun, so 'joking' looked like a cue whose source was 'half' (or 'only half') and whose
content was the whole report before it, which it then held. 'Half' there says how far the speaker
meant it and names no one: a bare 'half' (no determiner, no 'of' phrase, only adverbs on it) as the
subject of a participle hung on another verb is no source (``mute.holds_nothing``). Not 'Half of
the members said X' nor 'Half said X' (a finite verb: a share of those asked), nor 'The other half
argued Y'.
"""

from __future__ import annotations

from spacy.tokens import Token


def degree_subject(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is a bare 'half' the parser made the subject of the participle ``verb``
    hung on another verb ('she said, only half joking')."""
    return (subject.lower_ == "half" and subject.head.i == verb.i and verb.tag_ == "VBG"
            and verb.dep_ in ("advcl", "conj", "xcomp") and all(c.dep_ == "advmod" for c in subject.children))
