"""A headline's claim with no verb, denied: 'Minister: no new solar parks this year', 'Regulator: not
enough gas for a cold winter'. A headline drops the verb of what its source says, and the words after
the colon open with 'no', 'not' or 'never': a denial, which a label's value ('Entry: free', 'Parking:
none') or a topic ('Recipes: ten soups') never is. For ``topics.quoted_claim``, which reads the other
verbless claim, a quotation ('Judge: confession "obtained under pressure"')."""

from __future__ import annotations

from spacy.tokens import Token

from .tables import text_of

_DENIALS = frozenset(["no", "not", "never"])


def negated_claim(colon: Token) -> bool:
    """Whether the headline's words after ``colon`` open with a denial and two words more, and ask nothing."""
    doc = colon.doc
    text = text_of(doc)
    if text[: text.rfind("\n", 0, colon.idx) + 1].strip():
        return False  # the headline only: a line in the body labels what follows ('Fees: none')
    words = [t for t in doc[colon.i + 1 : colon.sent.end] if not t.is_space and not t.is_quote]
    return (len(words) >= 3 and words[0].lower_ in _DENIALS and sum(t.is_alpha for t in words[1:]) >= 2
            and words[-1].text != "?")


__all__ = ["negated_claim"]
