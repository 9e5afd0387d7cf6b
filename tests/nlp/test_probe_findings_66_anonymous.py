"""Generalisation check of the sixty-second pass on anonymous and semi-named sources (helper B): thirty-one short
articles (``probe_anonymous_66``) on diplomacy, royal and palace news, politics and business deals: 'a palace source
said', 'people familiar with the matter said', 'Sources close to the finance minister, Name, told', 'a senior
diplomat, who spoke on condition of anonymity, said', 'an official who asked not to be named because he was not
authorised to speak publicly said', 'one person briefed on the talks said', 'A government insider told', 'two officials
said', 'aides say', 'according to a person with knowledge of the deal', 'The embassy said in a note', 'A statement from
Quenmoor Palace said', 'Diplomats in the region say', 'an adviser to the prince said', and the same source named again
('The source said', 'The official added', 'One of the officials said', 'The person said', 'He said'); each report
with its hand-written gold, the lines that report nothing (protocol and schedules, titles and honours, the narration
of a visit, lists of guests, descriptions of buildings) and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first twenty-eight articles (written before any mend): reports 73 of
75 right (one missed, one with the wrong source, below; no content end wrong), lines that report nothing 63 of 64,
speakers 39 of 46. Three lines of the gold were then corrected to the project's and PolNeAR's conventions: 'The
register lists every meeting' is a report (PolNeAR marks every verb 'lists' on train, 7 of 7: 'The agency lists',
'it lists steps taken', "page lists him as"), and the speakers keep a numeral and a body
named for 'the embassy' as the project writes them ('one person briefed on the talks', 'diplomat at Dravenian
embassy'). The wrong speakers were three groups:
- a person's name closing a plural source after the singular noun it follows ('Sources close to the finance
  minister, Tobias Ferrold, told'; 'Allies of the governor, Name,', 'Friends of the consul, Name,', 'People close
  to the chairman of Dunloe Mills, Name,') was taken for the group: one name cannot be many people, it is the
  noun's (``inner_names``, called from ``speakers``); a singular source keeps its reading ('A lawyer for the
  minister, Jo Park,' may be the lawyer), two names joined are the group's;
- a plural description named again by its noun ('The sources', 'The allies', 'The aides') was kept bare, where a
  singular one ('The official') takes the first mention: ``shortened.fuller_mention`` now takes a group and a
  description read as a name alike, and ``descriptions.head_word`` finds the head before 'to', 'close',
  'familiar', 'briefed' and 'involved' ('Aides to the king', 'Sources close to X', 'people familiar with X');
- a document named again ('A statement from Quenmoor Palace said X. ... The statement said Y', 'A letter from the
  consulate said X. The letter said Y') was its bare noun: it is now whoever the last document of that noun was
  from, when that one spoke (``documents.speaker``), as one issued in an earlier sentence already was.
The three articles written after the mends to probe them in other words gave, on main, reports 9 of 9, lines 6 of 6,
speakers 2 of 7. In all, on main: reports 83 of 85, lines 69 of 69, speakers 43 of 53; after: reports 83 of 85, lines
69 of 69, speakers 51 of 53. On PolNeAR the mends change no record (train 13039 right of 15654, dev 1415 of
1711, before and after) and no speaker score (dev 0.960 over 552, train's hand-annotated articles 0.947 over 245):
PolNeAR has no plural source closed by one person's name, and its generic speakers accept the description either
way. Speakers changed on train: 9 of 17661 records ('the sources' for 'multiple sources familiar with the effort',
'The officials' and 'they' for 'Current and former officials', 'the statement' for the Sanders campaign that issued
it, 'the staff letter' for the staff association), on dev 4 of 1948 ('The ad' for Donald Trump's presidential
campaign, 'the article' for the New York Times); read one by one, all right. Five speakers of earlier written sets
moved to the first mention too and their expected speakers were updated: 'The scientists' and 'They' for 'Forty
scientists from twelve countries' (``probe_articles_50_spk``), 'The families' and 'they' for the families of twelve
miners (``probe_articles_51_spk``), 'they' for 'people familiar with the matter' (``test_probe_findings_52_styles``).
Conventions followed as the project has them: an unnamed source's speaker is its phrase without the article ('palace
source', 'senior diplomat', 'two officials', 'people familiar with the matter'), a statement's is its body; the
anonymity clause is part of the source ('a senior diplomat, who spoke on condition of anonymity')."""

from __future__ import annotations

import pytest
from probe_anonymous_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("rail_contract", "said", "an official who asked not to be named because he was not authorised to speak publicly"):
        "the parser reads 'said' closing the sentence as a participle on 'an official', an apposition to 'a foreign"
        " consortium', so the tail has no verb; on PolNeAR train a verb of saying hung so closes 1 sentence, no class"
        " (and 'publicly' before 'said' is read as the cue's adverb, so the source would end at 'speak')",
    ("summit_dinner", "said", "A member of the organising committee, speaking on condition of anonymity"):
        "a participle aside after the source is left out of it; PolNeAR train keeps one in ('a strategist ..., speaking"
        " on the condition of anonymity to offer ...') and one out ('Fiorina, speaking to Iowans, said'): no"
        " convention to change the boundary for",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("rail_contract", "He"): "the anonymous official's own report is missed (above), so 'He' has no one to stand for",
    ("summit_dinner", "A member of the organising committee, speaking on condition of anonymity"):
        "no record has that source: the participle aside is left out of it (above)",
}

(parsed, test_a_report_of_an_anonymous_source_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_an_unnamed_source, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # one person's name closing a plural source is the name of the noun before it (``inner_names``)
    ("Allies of the governor, Ruth Baines, say she will run again.", "Allies of the governor"),
    ("People close to the chairman, Tom Reed, said he would step down.", "People close to the chairman"),
    ("Aides to the senator, Jo Park, said the bill was dead.", "Aides to the senator"),
    ("Colleagues of the judge, Ana Reyes, said she was fair.", "Colleagues of the judge"),  # ('Reyes' tagged a body)
    # a singular source may be the one named; two names joined are the group's
    ("A lawyer for the minister, Jo Park, said the claim was false.", "Jo Park"),
    ("His aides, Ann Lee and Tom Ray, said he was fine.", "Ann Lee and Tom Ray"),
])
def test_a_name_after_a_plural_sources_noun_is_that_nouns(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a plural description named again by its noun is the first mention (``shortened.fuller_mention``)
    ("Sources close to the finance minister said he would resign. The sources said he had told the premier.",
     "Sources close to the finance minister"),
    ("Officials familiar with the talks said the deal was close. The officials said it would be signed on Monday.",
     "Officials familiar with the talks"),
    ("Aides to the king say he is angry. The aides said he had not read the article.", "Aides to the king"),
    # a document named again is whoever the one that spoke before was from (``documents.speaker``)
    ("A statement from Quenmoor Palace said the princess would marry in the autumn. The couple met in 2021. The"
     " statement said the king was delighted.", "Quenmoor Palace"),
    ("A letter from the Ministry of Health said the ward would close. The letter said staff would be moved.",
     "Ministry of Health"),
])
def test_a_source_named_again_is_its_first_mention(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


def test_a_document_named_again_after_another_of_its_kind_stays_bare(nlp):
    # the last email named is the second campaign's, which said nothing: not the first one's maker
    text = ("An email from the Ostrow campaign warned that money was short. The Brandt campaign sent out an email appeal on"
            " Friday. The email said every gift would be matched.")
    assert [r.speaker for r in top(nlp, text)][-1] != "Ostrow campaign"
