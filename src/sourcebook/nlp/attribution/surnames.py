"""Surnames that are common words, which the small model tagged as common nouns, tagged as names
again before any rule reads them.

The tagger reads a capitalised surname that is also an English word ('Price', 'Woods', 'Stone') as
a common noun wherever the article names the person by surname alone: 'Price conceded that X' gives
a common noun for subject, and every rule that asks for a name (a source, a speaker the article
index knows) passes it by. The article says it is a name: the same word ends a person's full name
elsewhere in it ('Dana Price'). A capitalised word tagged NN or NNS whose text ends a person entity
of two words or more in the article (or an entity of another label that opens with a given name,
'Marcus Price'), and which the article never writes in lower case, is a proper noun, unless it
is plural and its verb agrees with it ('Banks have tightened their rules'). 'Critics', 'Sources'
or a headline's Title Case word end no person's name, and keep their tags.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .people import known_given_name
from .tables import forget, positions, words_of

#: the common-noun tags a surname is misread with, and the proper-noun tag each becomes
_NAME_TAGS = {"NN": "NNP", "NNS": "NNP"}


def tag_surnames(doc: Doc) -> None:
    """Tag as proper nouns, in place, the words tagged as common nouns that are the surname of a
    person the article names in full (and forget the words' table when any changes)."""
    words = words_of(doc)
    common = {text for text, tag in zip(words.text, words.tag, strict=True) if tag in _NAME_TAGS and text.istitle()}
    # (a word the article also writes in lower case; each distinct form tested once)
    common -= {text.title() for text in set(words.text) if text.islower()}
    size = len(words.text)
    # (where those words stand as proper nouns, found in C: an entity can end on no other word)
    if not any(words.tag[i] in ("NNP", "NNPS") for text in common for i in positions(words.text, text, 0, size)):
        return
    # (a person's full name; or one the model labelled otherwise that opens with a given name:
    # 'Marcus Price' read as an organisation)
    surnames = {words.text[ent.end - 1] for ent in doc.ents
                if len(ent) > 1 and words.text[ent.end - 1] in common and words.tag[ent.end - 1] in ("NNP", "NNPS") and (
                    ent.label_ == "PERSON" or words.tag[ent.start] == "NNP" and known_given_name(ent[0].text))}
    changed = False
    # (the surnames' places found in C, in order)
    for i in sorted(k for text in surnames for k in positions(words.text, text, 0, size)):
        text, tag = words.text[i], words.tag[i]
        if tag in _NAME_TAGS:
            token = doc[i]
            if tag == "NNS" and _plural_verb(token):
                continue  # ('Banks have tightened their rules': the verb agrees with a plural noun)
            token.tag_, token.pos_, token.lemma_ = _NAME_TAGS[tag], "PROPN", text
            changed = True
    if changed:
        forget(doc)


def _plural_verb(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb in the plural present ('have', 'are', 'say')."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in verb.children)
