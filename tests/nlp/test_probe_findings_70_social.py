"""Generalisation check of the seventieth pass on social media posts and online reactions (helper B): thirty-nine
short articles (``probe_social_70``) with posts on a named platform ('wrote on Facebook', 'posted on Instagram that X',
'said in a post on Facebook', 'said in an Instagram story', 'in a video posted to TikTok'), 'tweeted' before and after
its quotation, a since-deleted post, a reply to a user who asked, a video shared with a caption, a thread, handles
('@harbourwatch', '@cityrailnorth said'), anonymous users ('one user wrote', '"...," wrote another'), the post or the
caption as the source ('The post read: "..."', 'The caption said'), reactions ('Commenters accused her of X', 'Fans
were quick to point out that Y'), screenshots that show, emoji and hashtags in quotations, a post quoted on its own
line, a pinned statement, livestreams ('told viewers'), comment sections, and traps that report nothing (a video viewed
2m times, a hashtag that trended, a post liked 40,000 times, a photo of a dog shared, an account suspended); each
report with its hand-written gold as PolNeAR train marks the shape (12 of 12 'wrote on' and 76 of 87 'tweeted' in a
cue there, the poster the source; 'One tweet said', 'the statement read' the message's own), the lines that report
nothing and the speakers.

Counted on main at the session's start (the twenty-six articles written first, then thirteen more, all before any
mend): reports 75 of 81 right, lines that report nothing 29 of 29, speakers 26 of 29. Wrong were a quotation closing
'"...," wrote another.' with no context before it (the parser read 'another' as the verb's object: no record; train's
'"...," tweeted another.' was missed the same way), 'posted a message on Instagram reading "Thank you ..."' (the
parser read 'reading' as the auxiliary of 'Thank': cue 'reading "Thank', content 'you for twenty years'), the four
below, and two speakers named by a platform: 'went live on Twitch ... She told viewers' was Twitch (tagged a person),
'said in an Instagram story ... A spokesman for the studio' the 'spokesman for Instagram'. Mended: a pronoun of one
the article does not name ('another', 'one', 'someone': ``unnamed_speakers.txt``) read as the object of the verb after
a quotation is its subject (``inverted``); a platform's name is no person, and before a noun ('an Instagram story') it
is named in passing, as after 'on' (``index_mentions.platform_named``, ``platforms.txt`` with Twitch, Bluesky and
others); a post put up with a participle 'reading' before its quotation is the poster's, past a phrase saying where
('on Instagram') and where the parser read the participle as an auxiliary (``carried_displays``, ``reported``), which is
then no part of the quotation's first verb's cue (``carried_displays.participle_before_quote``, ``syntax.cue_span``).
After: reports 77 of 81, lines 29 of 29, speakers 27 of 29 (29 of 29 since the
70m follow-ups: a 'she' after a name the gender list is unsure of, 'Jess', 'Kit'; ``guessed_genders``). Found
reading train's missed reports of posts, and mended with no article of the set touched: a picture or a message taken
by 'tweet' or 'retweet', whose every object is a post,
is what the post shows, though a thing made or a document says nothing (``posted_pictures``, ``posting_verbs.txt``; not
'post' or 'share').

On PolNeAR train 13072 right of 15688 before, 13078 of 15697 after: gained '"...," tweeted another.', 'Trump posted a
message on Twitter reading "Thank you Georgia"' (cue the run train marks), 'Fields later tweeted a photograph of her
bruised forearm', 'tweeting a photo of X', 'Trump retweeted the image in question' and 'She retweeted a message from
X'; three wrong records added (a campaign's tweeted video train leaves unmarked, an image's content cut short, 'in
the hopes he'd retweet X'); no right record lost. Dev 1416 of 1711 before and after, no record changed.

Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_social_70 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("pool_reply", "replied", "The Hollins Leisure Centre"):
        "'replied to a user who asked when the pool would reopen: \"...\"': the parser hangs the 'when' clause on"
        " 'asked' as an adverbial clause, so the question's verb has no content of its own and takes the quotation"
        " after the colon, the nearer of two cues waiting for one; the reply is left with none",
    ("mayor_video", "captioned", "The mayor of Brackwater, Ines Folau"):
        "'shared a video of X captioned \"We are on it\"': 'captioned' is no cue (train has no 'captioned' and one"
        " caption, 'added the caption which reads X', the writer's); a rule for one shape PolNeAR never shows was not"
        " written",
    ("mayor_video", "accused", "Commenters"):
        "the content stops before 'while residents bailed out their homes' (a clause of time the rules cut off); the"
        " content's end was left as it is: no variant of cutting or extending content ends reached 2:1 on train"
        " (tried.md)",
    ("took_to_instagram", "announce", "The boxer Ray Konte"):
        "the source is cut to 'Ray Konte' under the headline 'Boxer announces retirement', whose 'Boxer' is tagged"
        " an organisation; without the headline the source is whole: no shape of posts",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
#: (both of this set's, 'Jess' and 'Kit' taken for men's names, mended in ``guessed_genders``: ``test_followups_70m``)
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_a_post_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_post_set, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _shown(nlp, text):
    return [(r.source.text if r.source else None, r.cue.text if r.cue else None, [c.text for c in r.contents])
            for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "source"), [
    # a pronoun of one unnamed, read as the object of the verb after a quotation, is its subject (``inverted``)
    ('"They will price locals out of their own seafront," wrote another.', "another"),
    ('"The queue was out of the door by six," posted someone.', "someone"),
])
def test_an_unnamed_poster_after_a_quotation(nlp, text, source):
    assert [s for s, _, _ in _shown(nlp, text)] == [source]


@pytest.mark.parametrize(("text", "source", "content"), [
    # a post put up with a participle 'reading' before its quotation is the poster's (``carried_displays``)
    ('The band Low Tide posted a message on Instagram reading "Thank you for twenty years" after its last concert.',
     "The band Low Tide", "Thank you for twenty years"),
    ('The club posted a message on its page reading "See you next season" after the final.', "The club",
     "See you next season"),
])
def test_a_message_posted_reading_a_quotation(nlp, text, source, content):
    assert [(s, c) for s, _, c in _shown(nlp, text)] == [(source, [content])]


def test_a_quotation_a_thing_taken_reads_is_no_one_s(nlp):
    assert _shown(nlp, 'Police seized a banner on the bridge reading "Thank you Jim".') == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a platform's name is no person and, before a noun, no body a later 'the studio' stands for (``index_mentions``)
    ("The actor Jonah Pell said in an Instagram story that he was recovering.\n\nA spokesman for the studio said"
     " filming would resume soon.", "spokesman for the studio"),
    ("The streamer Dana Velt went live on Twitch on Friday.\n\nShe told viewers she would take a month off.",
     "Dana Velt"),
])
def test_a_platform_is_no_speaker(nlp, text, speaker):
    assert top(nlp, text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "content"), [
    # a verb whose every object is a post reports the picture or the message it puts out (``posted_pictures``)
    ("The mayor tweeted a photograph of the flooded underpass.", "a photograph of the flooded underpass"),
    ("The club retweeted the message.", "the message"),
])
def test_a_thing_tweeted_is_the_post_s_content(nlp, text, content):
    assert [c for _, _, c in _shown(nlp, text)] == [[content]]


@pytest.mark.parametrize("text", [
    # not 'post' or 'share', whose objects are as often a clip uploaded or a photo of a dog
    "The club posted a photo of the new stand.",
    "She shared a photo of her dog on Instagram.",
])
def test_a_thing_posted_or_shared_is_no_report(nlp, text):
    assert _shown(nlp, text) == []
