"""Generalisation check of the sixty-second pass on embedded social posts and web-page debris (helper Q): thirty
short articles (``probe_embeds_66``) as trafilatura hands pages over, with posts on X and Bluesky signed '— Name
(@handle) Date' under a 'pic.twitter.com' or 't.co' link, Instagram blocks ('View this post on Instagram', 'A post
shared by Name (@handle)'), 'Read more:', 'Related:' and 'Watch:' lines, 'Advertisement', captions with credits
('Photo: Name/Agency', 'Getty Images'), newsletter prompts, corrections ('This article was amended on'), credits
('Additional reporting by', 'Wireline contributed to this report'), comment counts, share buttons and time stamps;
around them ordinary reports of posts ('In a post on X, the winner wrote that', 'She tweeted that', 'The senator
replied: "..."', 'Her post, which said X, drew Y', 'a post in which she said') and speakers named again by pronoun,
role or surname. Every sentence is written for the test.

Conventions counted first: the written sets (``probe_articles_55d``, ``probe_media_61``) give an embedded post to its
account holder, cue the signature's dash; PolNeAR train has 40 posts inline as '<tweet author=...>' with a report
marked inside 18 of them (one signed '— Name (@handle)' marked with the dash as its cue). Four lines first written as
reporting nothing were moved to the gold as PolNeAR marks them: 'X has been praised by patients' and 'Pupils were
praised by their head teacher' ('praise' is a cue: 43 on train, records with it right 34 of 43), 'have unveiled plans
for a stadium' (5 on train) and 'has named its headliners' (14 on train, records right 7 of 8); and 'Her post, which
said X' has 'which' as its source, as PolNeAR writes relative pronouns (146 on train).

Counted on main at the session's start, on the first twenty-six articles (written before any mend, the gold
corrected as above): reports 76 of 78 right (none missed, no source wrong; a post's content ran on over the emoji
closing it, 'Home. Can't wait to meet the fans' + two emoji; one content end below), lines that report nothing 73 of
73, speakers 10 of 11 (below). Mended: ``embedded_posts`` cuts the emoji closing a post, as it cuts the links. Its
hashtags stay: PolNeAR's one signed post with a closing hashtag holds it ('... hat? #RINO' on train), as
``probe_media_61`` does ('Come and count the buses. #BusLane'); a first mend cutting them too broke that set and was
narrowed. The four articles written next, to probe the mend in other words, gave reports 9 of 10 on main and 10 of
10 after, lines 11 of 11. Probing signatures further, a display name with a flag ('— Gail Rutherford' + a flag
'(@gailrutherford)') kept the flag in the post's source and, the NER running the name on over it, in the speaker of
'Ms Rutherford' later; mended by a source without the emoji around the name (``embedded_posts._FRINGED``) and an
entity without emoji at its edges (``name_fringes``, with the closing stop ``index`` cut before). The article written
after it gave reports 3 of 4 and speakers 0 of 1 on main, 4 of 4 and 1 of 1 after. In all: reports 88 of 92 on main
and 91 of 92 after, lines 86 of 86, speakers 10 of 12 on main and 11 of 12 after. On PolNeAR train and dev the mends
change no record (no signed post there closes with an emoji, no name carries one); speakers on dev 0.960 over 552
before and after. Not mended (unsettled in ``probe_articles_55d``): a TikTok caption ('@handle words #tag \u266c
original sound - Name') reads as a quotation signed with a dash, its handle and sound line in the content."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_embeds_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("chef_post", "called", "he"):
        "'after what he called months of abuse online': the parser hangs 'online' on 'called', so the content ends at"
        " 'abuse'; content ends by a learned model did not pay (four tries)",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("astronaut_photo", "Ishikawa"):
        "'The astronaut Haruto Ishikawa posted a photograph': the tagger names 'Haruto Ishikawa' an organisation in"
        " this sentence (a person with 'landed'), so 'Ishikawa' is no person's surname to take back",
}

(parsed, test_a_report_around_an_embed_is_found, test_a_line_of_page_debris_gives_no_record,
 test_a_speaker_of_a_pronoun_a_role_or_a_surname, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 50


@pytest.mark.parametrize(("text", "content"), [
    # the emoji closing a post are no words of it (``embedded_posts._DECOR``)
    ("The club signed him.\n\nHome. Can't wait to meet the fans \u26aa\ufe0f\U0001f535 pic.twitter.com/ab12cd\n\n"
     "\u2014 Piotr Zielinski (@PZielinski10) August 1, 2026\n", "Home. Can't wait to meet the fans"),
    ("The bakery won.\n\nBest loaf in the county! \U0001f35e\U0001f3c6\n\n\u2014 Marla Finch (@marlafinch) May 2, 2026\n",
     "Best loaf in the county!"),
    ("The bakery won.\n\nView this post on Instagram\n\nWe did it, thank you all \U0001f49b\n\n"
     "A post shared by Crumb & Co (@crumbandco)\n", "We did it, thank you all"),
    # its hashtags stay, as PolNeAR has them
    ("The vote opens today.\n\nVote for the new park before Friday. #ParkVote\n\n\u2014 Tarrow Council "
     "(@TarrowCouncil) June 3, 2026\n", "Vote for the new park before Friday. #ParkVote"),
])
def test_a_post_ends_before_its_emoji(nlp, text, content):
    posts = [r for r in top(nlp, text) if r.cue is not None and r.cue.text in ("\u2014", "A post shared by")]
    assert [r.contents[0].text.rstrip(".") for r in posts] == [content.rstrip(".")]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a display name's emoji are no part of the source nor of the name a later surname takes back
    ("The scheme was scrapped.\n\nA sad day for the town.\n\n\u2014 Ray Dunn \U0001f1ec\U0001f1e7 (@raydunn) March 3, 2026"
     "\n\nMr Dunn said he would stand for the council.", "Ray Dunn", "Ray Dunn"),
    ("The scheme was scrapped.\n\nA sad day for the town.\n\n\u2014 \U0001f30a Ria Okoro \U0001f30a (@riaokoro) March 3, "
     "2026\n\nMs Okoro said she would stand for the council.", "Ria Okoro", "Ria Okoro"),
])
def test_a_display_names_emoji_are_left_out(nlp, text, source, speaker):
    found = top(nlp, text)
    assert [r.source.text for r in found if r.cue is not None and r.cue.text == "\u2014"] == [source]
    assert found[-1].speaker == speaker
