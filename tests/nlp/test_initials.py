"""A person's initials ('RJM' for Robert James Maddox): the search for each run of capitals
starts at its first letter (``nicknames.initials``); a name glued to a word or a hyphen before it,
or running on into one, gives no initials, and two names that fit give none."""

from sourcebook.nlp.attribution.nicknames import initials


def test_initials_of_the_one_person_named_in_full():
    text = "Robert James Maddox joined the club in 2019. RJM said the season was long."
    assert initials(text) == {"RJM": "Robert James Maddox"}


def test_a_hyphened_surname_gives_its_parts():
    text = "Alma Ortiz-Cruz spoke first. AOC said the bill would pass."
    assert initials(text) == {"AOC": "Alma Ortiz-Cruz"}


def test_no_initials_for_a_name_glued_to_what_comes_before_or_after():
    assert initials("Ex-Robert James Maddox fans met. RJM said so.") == {}
    assert initials("Robert James Maddox-Hill met fans. RJM said so.") == {}
    assert initials("xRobert James Maddox met fans. RJM said so.") == {}


def test_no_initials_when_two_names_fit_or_no_first_name_opens_it():
    assert initials("Robert James Maddox met Rita Jane Moss. RJM said so.") == {}
    assert initials("North Atlantic Treaty Organisation members met. NATO said so.") == {}
