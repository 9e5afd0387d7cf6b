"""Whether a role phrase names, by another noun, the office at the head of the body a person was
said to lead: 'Owen Tarrant, the general secretary of the dockers' union, said X. The union
leader said Y' - 'leader', 'head' and 'chief' are one office when the phrase also names the
person's body ('union'); a bare 'the leader', or 'the party leader' after a union's head, is
still someone else. The nouns are ``leading_nouns.txt``'s."""

from __future__ import annotations

from ..lexicon import word_set


def leads_the_same(words: set[str], lemma: str, roles: set[str]) -> bool:
    """Whether the phrase's ``words`` (head noun ``lemma``) and the person's ``roles`` both say a
    body's head, and share a word of that body."""
    heads = word_set("leading_nouns")
    if lemma not in heads or not (roles & heads or {"general", "secretary"} <= roles):
        return False
    return bool(_body_words(words - heads) & _body_words(roles - heads - {"general", "secretary"}))


def _body_words(words: set[str]) -> set[str]:
    """The words, a body's name among them split into its words in lower case and singular
    ('org:Hensley Dockers' Union' -> 'union', 'dockers', 'docker')."""
    out: set[str] = set()
    for word in words:
        for part in word.removeprefix("org:").lower().replace("'", " ").split():
            out |= {part, part.removesuffix("s")}
    return out
