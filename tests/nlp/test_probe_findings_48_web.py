"""Patterns of the forty-eighth session (helper web): more pages a crawler picks up that are no news
report (an encyclopedia entry on a town, release notes, a government service page, a property listing,
a horoscope, a ranked product list, a paper's abstract, a story with dialogue, a charity's newsletter, a
match preview). Their narration, duties set the reader and figures of speech give no record; the named
speakers' quotes, a story's dialogue and a paper's findings still do. New here: ``list_items.py`` (a
numbered list's item named before a colon is no speaker: '1. Sonar Lite: The bass is punchy'),
``searches.py`` ('looking for X' with no auxiliary is a search the writer describes, no aim stated), and
words: a horoscope's moon and planets and an app or installer say nothing (``mute_subjects.txt``), things
ending like a noun of people can feel nothing ('the wind rattled the shutters': ``lookalike_nouns.txt``),
and a paper's section names label a line ('Findings: ...': ``line_labels.txt``); a memory test's score
('recalled fewer words') is no memory told (``recalls.py``). Every text is written
for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

TOWN = """Marrowby

Marrowby is a market town in the county of Westholm, on the east bank of the River Lune. The town grew \
up around a twelfth-century abbey, whose ruins still stand north of the square. In the eighteenth \
century the town prospered from the wool trade, and weavers built the terraced cottages that line Mill \
Street. The railway reached Marrowby in 1862. Local tradition holds that the abbey bell was hidden in \
the river during the Reformation. The population was 8,412 at the 2021 census. The town is twinned with \
Saint-Ouen in Normandy."""

GOV = """Report a change of circumstances

You must tell HMRC if you change your name or address. You should also tell them if your income goes up \
or down. If you do not report a change, you may have to pay a penalty. You can report most changes \
online. Contact the helpline if you cannot use the online service."""

LISTING = """For sale: 3-bedroom semi-detached house, Elm Close

This charming family home sits on a quiet cul-de-sac close to good schools. The kitchen was refitted in \
2024 and opens onto a south-facing garden. Upstairs there are three double bedrooms and a modern \
bathroom. Viewing is highly recommended. Call our office to book an appointment."""

RELEASE = """Version 2.3.1 (bug fixes)
The installer now warns you when disk space is low. The app no longer asks for your password twice. \
Crash reports are sent only with your consent. The settings screen explains each option in plain language."""

HOROSCOPE = """Leo: This week the moon asks you to slow down. Your partner may say something that surprises you. Don't \
argue; listen. Saturn promises rewards for patience."""

LISTICLE = """The 5 Best Budget Headphones of 2026

1. Sonar Lite: The bass is punchy and the battery lasts thirty hours. We think it is the best value overall.
2. Echo Buds: These fit snugly and block out most street noise. The case feels a little cheap, though.
3. Pulse One: If you want a longer cable, this is the pair to get. Reviewers praise the comfort.
Bottom line: Any of these will beat the earbuds that came with your phone."""

ABSTRACT = """Abstract

Soil microbes regulate nitrogen cycling in grasslands, but their response to drought is poorly \
understood. Here we show that prolonged drought reduces microbial diversity by up to 40 percent. We find \
that nitrogen loss increases when diversity falls. Results suggest that diversity buffers ecosystems \
against extreme weather. These findings indicate that conservation policy should consider soil life."""

FICTION = """Chapter Three

The rain had not stopped for three days. Mara pushed open the door of the inn and shook the water from \
her coat.
"You're late," said the innkeeper, without looking up.
"The bridge was flooded," Mara replied. She wondered whether he believed her.
He shrugged and poured her a cup of tea. Outside, the wind rattled the shutters."""

CHARITY = """Hope River Trust: Winter Newsletter

Thank you for your support this year. Thanks to donors like you, we delivered 12,000 meals to families \
in need. Our director, Sam Okafor, said the winter appeal had been the most successful in the charity's \
history. "Every single gift made a difference," said volunteer coordinator Anna Kirk. Please consider \
giving again this December."""

PREVIEW = """Preview: Harbour FC v Northgate

Harbour host Northgate on Saturday looking for a third straight win. Midfielder Tom Reyes returns from \
suspension, but striker Ben Ola misses out with a hamstring injury. "We have to be brave on the ball," \
said head coach Karen Lowe. "Northgate press high and they will punish any mistakes." Lowe added that \
the squad was in good spirits after a week of training. Kick-off is at 3pm."""
SECTIONS = """Background: Sleep loss impairs memory. Methods: We recruited 120 adults. Findings: Participants \
who slept less than six hours recalled fewer words. Our data suggest that naps partly restore recall. We \
conclude that sleep timing matters more than duration."""


def _found(nlp, text):
    return [(r.source.text if r.source is not None else None, r.cue.text if r.cue is not None else None, contents(r))
            for r in records(nlp, text)]


@pytest.mark.parametrize("text", [TOWN, GOV, LISTING, RELEASE, HOROSCOPE])
def test_pages_that_report_no_one_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # (the list's items are no speakers; the writer's own view and the reviewers' praise are PolNeAR's records)
    (LISTICLE, [("We", "think", ["it is the best value overall"]), ("Reviewers", "praise", ["the comfort"])]),
    # (the authors' 'we show that X', 'We find that X' are their findings, as 'We conclude X' below: session 49)
    (ABSTRACT, [("we", "show", ["prolonged drought reduces microbial diversity by up to 40 percent"]),
                ("We", "find", ["nitrogen loss increases when diversity falls"]),
                ("Results", "suggest", ["diversity buffers ecosystems against extreme weather"]),
                ("These findings", "indicate", ["conservation policy should consider soil life"])]),
    (SECTIONS, [("Our data", "suggest", ["naps partly restore recall"]),
                ("We", "conclude", ["sleep timing matters more than duration"])]),
    # (a story's dialogue is its characters' speech, and a thought it tells is theirs; the wind and the shutters feel nothing)
    (FICTION, [("the innkeeper", "said", ["You're late"]), ("Mara", "replied", ["The bridge was flooded"]),
               ("She", "wondered", ["whether he believed her"])]),
    (CHARITY, [("Our director, Sam Okafor", "said", ["the winter appeal had been the most successful in the charity's history"]),
               ("volunteer coordinator Anna Kirk", "said", ["Every single gift made a difference"])]),
    (PREVIEW, [("head coach Karen Lowe", "said",
                ["We have to be brave on the ball", "Northgate press high and they will punish any mistakes"]),
               ("Lowe", "added", ["the squad was in good spirits after a week of training"])]),
])
def test_such_pages_report_only_who_speaks(nlp, text, expected):
    assert _found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Best picnic spots\n\n1. Hollow Meadow: The grass is soft and the view is wide.\n2) Miller's Bank: Shady and quiet.",
    "Fans looking for tickets queued outside the stadium all night.",
    "The sudden gust rattled the windows and the shutters.",
    "The installer warns you when disk space is low.",
    "This week the moon asks you to rest, and the planet of love promises a surprise.",
    "Methods: We surveyed 400 nurses. Conclusions: Staff shortages harm patient care.",
    "Findings: Participants who slept less than six hours recalled fewer words.",
])
def test_list_items_searches_and_figures_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, source, cue, content", [
    ('1. Mayor Dana Holt: "We will rebuild the bridge by spring."', "Mayor Dana Holt", ":",
     ["We will rebuild the bridge by spring"]),
    ("Shoppers are looking for bargains.", "Shoppers", "are looking for", ["bargains"]),
    ("The verdict rattled the defenders.", "the defenders", "rattled", ["The verdict"]),
    ("The app's makers say it is safe for children.", "The app's makers", "say", ["it is safe for children"]),
    ("He recalled the night the soldiers came.", "He", "recalled", ["the night the soldiers came"]),
    ("Dr Lena Ortiz: Staff shortages harm patient care.", "Dr Lena Ortiz", ":", ["Staff shortages harm patient care"]),
])
def test_near_misses_still_report(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]
