"""The role set after a social account's handle that follows its verb, mended before the rules read the parse.

'"Come and count the buses," replied @RideBrookside, the account of the local cycling group.': the parser,
which read the handle as a common word, hangs the phrase after the comma on the verb as a second subject, an
object or an adverb, and the source loses it. After a quotation a handle right after its verb (a subject or,
so read, an object) followed by a comma and a noun phrase of the same verb that runs to the sentence's end
names the account; the phrase is its apposition, as it is after a person's name ('said Ann Pike, the head of
the group'), and the handle the verb's subject. (``handles`` tags the handle a proper noun first.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from .handles import is_handle
from .tables import words_of

#: what the parser makes of a handle after its verb, and of the role after it
_HANDLE_DEPS = frozenset(["nsubj", "dobj"])
_ROLE_DEPS = frozenset(["nsubj", "dobj", "npadvmod", "attr", "appos", "dep"])


def handle_appositions(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make such a role the handle's apposition and the handle the
    verb's subject; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i, text in enumerate(words.text):
        if text[:1] != "@" or words.dep[i] not in _HANDLE_DEPS or not is_handle(text):
            continue  # (no Token made)
        token = doc[i]
        verb = token.head
        if verb.i != token.i - 1 or verb.pos_ != "VERB" or verb.i < 1:
            continue
        if not (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ","):
            continue  # (after a quotation only: '"X," replied @account')
        if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
            continue
        role = doc[token.i + 2].head
        while role.head.i != verb.i and role.head.i != role.i and role.head.i > token.i:
            role = role.head
        end = role.sent.end
        while end - 1 > role.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if (role.head.i != verb.i or role.dep_ not in _ROLE_DEPS or role.pos_ != "NOUN" or role.left_edge.i != token.i + 2
                or role.right_edge.i != end - 1):
            continue
        heads[role.i], deps[role.i] = token.i, "appos"
        if token.dep_ != "nsubj":
            heads[token.i], deps[token.i] = verb.i, "nsubj"
    return heads, deps
