"""Speakers a trade or a title names (written for these tests): a role noun of the business a relative clause
says someone owns, runs or keeps stands for them ('Selin Acaster, who owns a corner shop in Ambleford, ... The
shopkeeper said' is Haddad: ``given_roles.trade_nouns``), not a noun of another trade; and the Burmese title
'U' is a title only before a personal name, not a letter inside a body's name ('Team U Sports': ``name_titles``)."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers

#: (article, the later source, its speaker): the same trade as the business named before
SAME_TRADE = [
    ("Selin Acaster, who owns a corner shop in Ambleford, has traded there for twenty years. Footfall halved after the "
     "car park closed. The shopkeeper said the council had ignored every letter.", "The shopkeeper", "Selin Acaster"),
    ("Tomas Brill, who runs a bakery on Wend Street, starts work at four. Flour now costs twice what it did. The "
     "baker said he would raise the price of a loaf in May.", "The baker", "Tomas Brill"),
    ("Hedda Morrow, who owns a small farm outside Cattow, lost a barn in the storm. The farmer said the insurer had "
     "not yet sent an assessor.", "The farmer", "Hedda Morrow"),
    ("Dev Prakash, who keeps a market garden by the old mill, hired six pickers this year. The gardener said demand "
     "for his salad leaves had surprised him.", "The gardener", "Dev Prakash"),
    ("Greta Lunde, who keeps an inn at the head of the valley, had no bookings in March. The innkeeper said the "
     "walkers had stayed away since the footpath closed.", "The innkeeper", "Greta Lunde"),
    ("Oskar Vail, who owns a pottery near the harbour, fires his kiln twice a week. The potter said energy bills "
     "had doubled since the winter.", "The potter", "Oskar Vail"),
    ("Maeve Corran, who runs a distillery on the island, exports most of her gin. The distiller said the new duty "
     "would cost her three jobs.", "The distiller", "Maeve Corran"),
]


@pytest.mark.parametrize(("text", "source", "speaker"), SAME_TRADE, ids=[row[1] for row in SAME_TRADE])
def test_a_role_of_the_same_trade_is_the_owner(nlp, text, source, speaker):
    assert (source, speaker) in [(s, str(p)) for s, p in sources_and_speakers(nlp, text)]


@pytest.mark.parametrize(("text", "source"), [
    # another trade than the business named: someone else
    ("Selin Acaster, who owns a corner shop in Ambleford, said trade had fallen. The farmer said the bypass had emptied "
     "the lanes.", "The farmer"),
    ("Tomas Brill, who runs a bakery on Wend Street, said flour had doubled. The potter said clay had too.",
     "The potter"),
])
def test_a_role_of_another_trade_is_not_the_owner(nlp, text, source):
    found = dict(sources_and_speakers(nlp, text))
    assert source in found and str(found[source]) not in ("Selin Acaster", "Tomas Brill")


@pytest.mark.parametrize(("text", "speaker"), [
    # a letter inside a body's name, no title: the whole name
    ("The club U Sports said it had hired a new coach.", "U Sports"),
    ("U Sports said the league would add two teams next season.", "U Sports"),
    # the title before a personal name: the name without it
    ("U Thant said the talks would go on through the night.", "Thant"),
    ("Burmese minister U Kyaw Win said the border crossing would reopen.", "Kyaw Win"),
])
def test_the_title_u_needs_a_personal_name(nlp, text, speaker):
    [(_, found)] = sources_and_speakers(nlp, text)
    assert str(found) == speaker or str(found).endswith(" " + speaker)


def test_a_letter_inside_a_name_strips_nothing_before_it(nlp):
    # ('Team U Sports' once gave 'Sports': the words before a title read as a rank's)
    [(_, found)] = sources_and_speakers(nlp, "Team U Sports said the league would expand next season.")
    assert str(found) != "Sports" and "U Sports" in str(found)
