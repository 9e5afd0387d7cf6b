"""A participle hung on a ballot one stands on: 'Those who are on the ballot defending the party's majorities
need X'. The parser hangs the participle on 'ballot', a poll's noun (``poll_nouns.txt``: 'the ballot showed 86 per
cent backed a strike'), which would hold it as a poll holds its finding; but 'on the ballot' is where a candidate
stands, and the participle is the candidates' act, no ballot's words."""

from __future__ import annotations

from spacy.tokens import Token


def on_the_ballot(verb: Token) -> bool:
    """Whether ``verb`` is a participle hung on 'ballot' after 'on' ('on the ballot defending X')."""
    noun = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.lemma_.lower() == "ballot" and noun.dep_ == "pobj"
            and noun.head.lower_ == "on")
