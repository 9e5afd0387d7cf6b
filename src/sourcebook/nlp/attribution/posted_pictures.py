"""What a post shows or says when a verb of posting takes a thing for its object: 'Fields tweeted a photograph of
her bruised forearm', 'Trump retweeted the image', 'She first tweeted a note of concern'.

A thing made ('posted a photo', ``objects.artefact``) or a document ('wrote a letter', ``objects.written``) says
nothing unless a clause in it says what, so the rules give such an object no report. A verb whose every object is a
post (``posting_verbs.txt``: 'tweet', 'retweet') puts out the picture or the message as its words, as PolNeAR train
marks most such objects ('tweeted a chart of X', 'retweeted the message'): there the rule gains four right records
and adds three wrong (a campaign's video tweeted, unmarked; an image's content cut short; 'hopes he'd retweet X'), no
right record lost. Not 'post' or 'share', whose objects are as often a clip uploaded or a photo of a dog, no report."""

from __future__ import annotations

from ..lexicon import word_set

#: verbs whose every object is a post (lemmas)
POSTING_VERBS = word_set("attribution/posting_verbs")


def posted_thing(lemma: str) -> bool:
    """Whether a verb of lemma ``lemma`` makes its object, a thing or a document, what its post shows or says."""
    return lemma in POSTING_VERBS
