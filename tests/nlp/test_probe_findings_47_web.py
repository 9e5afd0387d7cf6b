"""Patterns of the forty-seventh session (helper web): pages a crawler picks up that are no news
report (a recipe, a product page, a forum thread, a blog post, a how-to guide, an FAQ, terms of use,
a job ad, an event listing, a travel guide, a match report, an 'about us' page, a press release, a
school newsletter, a museum label). Their imperatives, questions and narration give no record;
``addressed.py`` makes no cue of words a page or a narrator addresses to its reader or to oneself:
a bidding to oneself ('told myself to keep going'), the reader's assent in terms ('you agree that
X'), a first person's hope about the one addressed ('We'd love to hear from you'), a duty set the
reader ('You will explain findings') and a saying forbidden ('Users must not claim X'). The named
speakers' quotes of the press release, the match report and the newsletter still give their
records. ``listicles.py`` keeps a list title's counted noun out of the source ('10 Things Experts
Say X': 'Experts'). Every text is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

RECIPE = """Lemon Barley Soup

Method: Rinse the barley under cold water. Chop the onion and fry it gently until soft. Add the stock and \
bring it to the boil. Squeeze the lemons and stir in the juice just before serving. Season to taste.

Tip: If the soup gets too thick, add a splash of water. I hope you enjoy this soup as much as we do."""

HOWTO = """How to Repaint a Wooden Door

First, remove the door from its hinges and lay it flat. Sand the old paint away with medium-grit paper. \
Make sure the surface is dust-free before you prime it. Remember that patience is the secret: rushing the \
drying time ruins the finish. Tell us how your door turned out in the comments below."""

FAQ = """Frequently Asked Questions

How do I reset my password? Click "Forgot password" on the login page and follow the instructions in the \
email. Can I change my delivery address after ordering? Yes, contact our support team within two hours. \
Do you ship abroad? We ship to over forty countries. Let us know if you have any other questions."""

TERMS = """Terms of Use

By accessing this website, you agree that these terms apply to every visit. You acknowledge that the \
service is provided without any warranty. Users must not claim to represent the Company without written \
permission. Members shall not state that they speak for the Company."""

JOB = """Job opening: Senior Data Analyst

You will analyse sales trends, explain findings to managers and recommend improvements. Apply by \
30 June. We'd love to hear from you."""

BLOG = """Why I Ran My First Marathon

At mile twenty my legs were screaming and my lungs begging for oxygen. I told myself to keep going. \
The crowd cheered and a stranger shouted my name from the pavement. Nobody knows how long the last mile \
felt."""

EVENT = """Summer Jazz Night at Riverside Park

Join us on Saturday 14 July for an evening of live music under the stars. Bring a blanket and a picnic. \
Tickets cost 12 pounds; children under ten go free. We hope to see you there!"""

TRAVEL = """Three Days in the Douro Valley

The valley is famous for its terraced vineyards. In the nineteenth century winemakers ripped up the \
fickle vine and planted hardier grapes. Take the early train from Porto and sit on the right-hand side. \
Don't miss the small wine lodges in Pinhao."""

MUSEUM = """The Lantern Bearer, c. 1650

Oil on canvas. This painting shows a young servant lighting the way through a dark street. Notice how \
the light falls on the boy's hands."""


@pytest.mark.parametrize("text", [RECIPE, HOWTO, FAQ, TERMS, JOB, BLOG, EVENT, TRAVEL, MUSEUM])
def test_pages_that_report_no_one_give_no_record(nlp, text):
    assert records(nlp, text) == []


PRESS = """FOR IMMEDIATE RELEASE

Northwind Energy opens its largest solar farm

"This is a milestone for clean energy in the region," said Priya Shah, chief executive of Northwind \
Energy. "We expect to double our capacity by 2030."

Shah added that the firm plans to open a second site next year. We hope you will join us at the opening."""

MATCH = """City 2, Rovers 1

City came from behind to beat Rovers on Saturday. Leo Grant scored the winner in the 80th minute.

"The lads showed real character today," said City manager Ruth Hale. "We never stopped believing."

Rovers boss Ian Pike said his side had been unlucky."""

NEWSLETTER = """Oakfield Primary Newsletter, Spring Term

Please remember that school closes early on Friday. Make sure your child brings a packed lunch on the trip \
day. Our head teacher, Mrs Alvarez, said she was proud of every pupil who took part in the reading \
challenge."""


@pytest.mark.parametrize("text, expected", [
    (PRESS, [("Priya Shah, chief executive of Northwind Energy", "said",
              ["This is a milestone for clean energy in the region", "We expect to double our capacity by 2030"]),
             ("Shah", "added", ["the firm plans to open a second site next year"])]),
    (MATCH, [("City manager Ruth Hale", "said", ["The lads showed real character today", "We never stopped believing"]),
             ("Rovers boss Ian Pike", "said", ["his side had been unlucky"])]),
    (NEWSLETTER, [("Our head teacher, Mrs Alvarez", "said",
                   ["she was proud of every pupil who took part in the reading challenge"])]),
])
def test_named_speakers_on_such_pages_still_report(nlp, text, expected):
    found = [(r.source.text if r.source is not None else None, r.cue.text if r.cue is not None else None, contents(r))
             for r in records(nlp, text)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "She reminded herself to breathe slowly.",
    "By signing up, members accept that emails may be sent weekly.",
    "I hope you like the new menu.",
    "We look forward to welcoming you next spring.",
    "You will present the results to the board and defend them.",
    "Staff must not say that the shop is closing.",
])
def test_words_to_oneself_or_the_reader_are_no_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("He told himself that the storm would pass.", "told", ["the storm would pass"]),
    ("She agreed that the plan was sound.", "agreed", ["the plan was sound"]),
    ("I told you that the bridge was unsafe.", "told", ["the bridge was unsafe"]),
    ("You said the roads would be cleared by noon.", "said", ["the roads would be cleared by noon"]),
    ("I hope the council listens to the residents.", "hope", ["the council listens to the residents"]),
    ("The coach told her players to keep going.", "told", ["her players to keep going"]),
    ("Officials would not say whether the school will reopen.", "would not say", ["whether the school will reopen"]),
    ("Voters may not agree that the tax is fair.", "may not agree", ["the tax is fair"]),
])
def test_near_misses_still_report(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1 and contents(found[0]) == content


@pytest.mark.parametrize("text, source, cue", [
    ("10 Things Experts Say You Should Never Put in a Dishwasher", "Experts", "Say"),
    ("Seven foods doctors say you should never eat", "doctors", "say"),
    ("3 Reasons Economists Think Rates Will Fall", "Economists", "Think"),
])
def test_a_list_titles_counted_noun_is_no_source(nlp, text, source, cue):
    # (``listicles.py``: 'things [that] experts say X'; the list's noun is what is counted)
    found = records(nlp, text, cue)
    assert len(found) == 1 and found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize("text, source", [
    ("Two women voters said they would stay home.", "Two women voters"),
    ("Three sales staff said the shop was busy.", "Three sales staff"),
])
def test_a_plural_that_modifies_the_source_stays_in_it(nlp, text, source):
    found = records(nlp, text, "said")
    assert len(found) == 1 and found[0].source is not None and found[0].source.text == source
