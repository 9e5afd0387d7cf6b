"""Generalisation check of the sixty-third session on housing and property news (helper B): twenty-nine short
articles (``probe_housing_63``) on rents and mortgages, landlords and tenants, developers, housing associations,
homelessness, estate agents and building safety: 'the tenant said the landlord had ignored', 'the developer
insisted', 'estate agents report that', 'figures from the lender show', 'according to the index', 'a spokesman for
the housing association said', 'residents claim', 'the inspector found', 'the campaign group warned', 'the landlord,
who declined to be named, told the paper', 'the economist predicted', 'in a letter seen by the paper', 'the council
admitted', 'she described the flat as', 'the survey suggests', and chains of pronoun and role speakers ('the mother
of two', 'he', 'the landlord'); each report with its hand-written gold (a word of the cue, the source, the first
content), the lines that report nothing (prices and rents stated by the writer, listings, addresses, floor areas,
building descriptions, scheme names in quotes, narration) and the speakers of pronouns, roles and titled names. Every
sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-six articles (written before any mend):
reports 82 of 84 right (missed 2, no source or content end wrong), lines that report nothing 55 of 58, speakers 10
of 12. Read against PolNeAR train, four of the five failures were the gold's: 'found' with a noun phrase and no
clause ('The inspector also found no working alarm', 'A count ... found 64 people sleeping rough') is left unmarked
(0 of 8 on train), a request's 'asking for' is marked (3 of 5) and a person's 'listed' with an object is a report
(the ranker's 'listed' records 5 right of 7): the gold was corrected, so reports 84 of 84 and lines 59 of 59. The
fifth, 'A planning inspector has dismissed an appeal by X', was in an article too close to an earlier set's and was
rewritten. Mended: 'dismiss' with a proceeding for its object ('the landlord's appeal', 'cases alleging bias';
``proceeding_nouns.txt``) is a ruling's outcome, no cue (``listed_arguments.case_dismissed``; on train the two records 'courts to
dismiss cases alleging discrimination', both wrong, go); 'landlord' and 'landlady' are role nouns, as 'neighbour' and
'tenant' are (``role_nouns.txt``; still counterparts' nouns, so 'The landlord says' after a tenant named stays
someone else): a role set before a given name in a name the NER tagged a body is then no part of the name
('Landlord Victor Ambrose ... Mr Ambrose said': Victor Ambrose), and the role the article gave a name stands for
that person when it comes back ('Her landlord, Cedric Banlow, said X. The landlord said Y'); so too 'publican',
'hotelier' and 'restaurateur'. After: reports 84 of 84, lines 59 of 59, speakers 11 of 12. The three articles written
after the mends, to probe their shapes in other words, gave reports 10 of 10, lines 7 of 7 and speakers 3 of 4.
Conventions followed as PolNeAR has them: 'described X as "Y"' keeps 'X as' in the cue (the project's decided
convention), 'According to the index, X' is a report of the index, and 'Figures from the lender show that X' one of
the figures."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_housing_63 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why (none left)
STILL_WRONG: dict = {}
#: speakers still wrong: (article, source) -> why (none left: 'The mother of two said' and 'The pensioner said' a
#: paragraph after the one naming the person, in one-sentence paragraphs, are that person since ``paragraph_reach``)
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_housing_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, _, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # a proceeding thrown out is a ruling's outcome (``listed_arguments.case_dismissed``)
    "The judge dismissed the landlord's appeal.",
    "The Upper Tribunal dismissed an appeal brought by the freeholder.",
    "The lawsuit was dismissed by the High Court.",
    "The tribunal dismissed the tenants' petition on Friday.",
])
def test_a_case_dismissed_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    # words or a view waved away stay reports
    ("The minister dismissed the claims as lies.", "the claims as lies"),
    ("The agent dismissed criticism of the fees.", "criticism of the fees"),
    ("The developer dismissed the case for a rent cap as naive.", "the case for a rent cap as naive"),
    # (the 'as' hung deeper in the object: what it was called all the same)
    ("The governor dismissed the motion of no confidence as political theatre.",
     "the motion of no confidence as political theatre"),
])
def test_words_dismissed_stay_reports(nlp, text, content):
    assert [[c.text for c in r.contents] for r in top(nlp, text)] == [[content]]


@pytest.mark.parametrize(("text", "speakers"), [
    # a landlord or a publican before a given name the NER tagged a body is no part of it (``role_nouns.txt``)
    ("Landlord Victor Ambrose had applied for a licence. Mr Ambrose said he would appeal.", ["Victor Ambrose"]),
    ("Publican Victor Ambrose had applied for a licence. Mr Ambrose said he would appeal.", ["Victor Ambrose"]),
    # the landlord the article named, when the noun comes back
    ("Her landlord, Cedric Banlow, said a plumber would call.\n\nThe landlord said the damp came from drying clothes.",
     ["Cedric Banlow", "Cedric Banlow"]),
    ("His landlady, Irma Kettle, said the rent was fair.\n\nThe landlady said she had not raised it since 2019.",
     ["Irma Kettle", "Irma Kettle"]),
    # and after a tenant named, the landlord is still someone else (``counterparts``)
    ("Ada Moss has rented the flat for years. The landlord says the rent will rise.", ["landlord"]),
])
def test_a_landlord_is_a_role(nlp, text, speakers):
    assert [r.speaker for r in top(nlp, text)] == speakers
