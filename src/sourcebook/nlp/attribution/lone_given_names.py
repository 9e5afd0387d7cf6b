"""A given name alone, set beside a noun of a person, is a person the small model took for a body ('But
Sandra, a nurse who cycles to work, said X'; 'Mo, a cabbie, said Y'): vox pops, phone-ins and
readers often give only a first name, and the model, seeing one capitalised word after 'But' or
opening a sentence, often tags it ORG. The name must be one the name lists know as a given name, of
either sex ('Mo'), and the noun set beside it by a comma, after 'a' or 'an', a person's (a role of
``role_nouns`` or a word with a person's ending, 'a cabbie', 'a driver'; not a firm's, 'a retailer',
'the lender': ``source_types/company.txt``, nor a body's word, nor a thing that only ends like one,
'Shannon, a river', ``lookalike_nouns``), so a body with a name that is also a given name stays a body
('Jordan, a retailer,', and 'Chelsea, the league leader,', with 'the'); a known
organisation's name stays one too (``entities.person_like`` checks it after)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon
from .people import known_given_name
from .syntax import PEOPLE_ENDINGS


def lone_given_name(lex: Lexicon, name: Token) -> bool:
    """Whether ``name``, one word the NER tagged a body, is a given name with a person's noun set
    beside it after a comma (see the module)."""
    if name.pos_ != "PROPN" or not known_given_name(name.text):
        return False
    if name.i + 1 >= len(name.doc) or name.doc[name.i + 1].text != ",":
        return False
    firms = word_set("source_types/company")
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() not in firms and any(
               d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) and c.lower_ not in lex.organisation_words
               and c.lemma_.lower() not in lex.lookalike_nouns
               and (c.lemma_.lower() in lex.role_nouns or c.lower_.endswith((*PEOPLE_ENDINGS, "ie"))) for c in name.children)
