"""'Order' with a counted object is a purchase, goods bought and no order given (for ``taken_senses``): 'Hospitals
ordered 18% more of its heart monitors', 'The airline has ordered 40 aircraft', 'The council ordered 12 new buses'.
PolNeAR marks 'order' as a directive ('ordered the release of the documents', 'ordered a quarantine', 'ordered the
department to release X'; none of the 15 records of 'order' on train is a stock bought). Not a count of people sent
somewhere or told to act ('ordered 3,000 troops to the border', 'ordered 200 police': ``ordered_people.txt``), nor a
count inside the thing ordered ('ordered the release of 40 prisoners', whose object is the release), nor a count of
acts, a command still ('ordered two retrials', 'three evacuations': ``purchases.names_act``, the rule for a plain
count of goods this one widens to comparisons and counts before 'of')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .given_roles import listed_person
from .lexicon import active_lexicon
from .purchases import names_act

#: the object of a comparison of amounts ('18% more of its monitors', 'twice as many', 'fewer trains')
_COMPARED = frozenset(["more", "fewer", "less"])
#: what sends the people or things ordered somewhere, or tells them to act
_SENDING = frozenset(["to", "into", "onto", "out", "back", "home", "off", "from"])


def counted_stock(verb: Token, thing: Token) -> bool:
    """Whether ``verb`` is 'order' and its only object ``thing`` is a count of goods (see the module)."""
    if verb.lemma_.lower() != "order" or any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _SENDING
                                              for c in verb.children):
        return False
    # (a number, a comparison, or a count's noun the recogniser tags a number: 'dozens of laptops', 'hundreds of')
    counted = thing.pos_ == "NUM" or any(c.dep_ == "nummod" and c.like_num for c in thing.children) or (
        thing.lower_ in _COMPARED) or thing.ent_type_ == "CARDINAL" and thing.pos_ == "NOUN"
    if not counted:
        return False
    # (the goods after a count's or a comparison's 'of': '18% more of its monitors', 'dozens of buses')
    goods = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), thing)
    return goods.ent_type_ not in ("PERSON", "NORP") and not listed_person(goods.lemma_.lower()) and (
        goods.lemma_.lower() not in word_set("attribution/ordered_people")) and not names_act(active_lexicon(), goods)
