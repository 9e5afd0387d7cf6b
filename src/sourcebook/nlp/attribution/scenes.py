"""Times and places as subjects, which hold nothing (for ``mute.holds_nothing``): '2015 saw a rise in
claims', 'the week saw talks collapse', 'Only time will tell if X', 'The past year has shown that X'
are the writer's account of what happened in a stretch of time, no one's report; and 'The old
harbour has witnessed many storms', 'the city has seen three mayors resign', 'The bridge suffered
damage', 'The meeting saw tempers flare' tell what happened at a place, a building or an event,
which sees or lives through nothing. A time holds nothing whatever the verb; a place or an event
only with a verb of living through or looking on ('witness', 'see', 'suffer', 'undergo', 'endure',
'face'; not 'experience', which news annotation keeps for a measured change: 'the hardest-hit
counties experienced a sharper fall in jobs') and a thing lived through, not a view ('The city sees
the levy as unfair', 'the country saw that X': a place named for its government or its people).
A common noun only: a proper name may stand for a polity that holds a view ('Germany has seen its
exports fall' is left to the ranker), and 'The Times reported', '13 Hours tells the story' are
names; not a time with 'of' ('nine months of X': the 'of' phrase names who), nor a name the parser
hung on a time ('Smith Sunday night recounted X'), nor a meeting's minutes ('The minutes say X', 'the council's
minutes show Y', 'Minutes from the meeting show Z': a record of what was said, as 'the transcript shows Y').
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: nouns of a stretch of time
_TIMES = frozenset([
    "year", "week", "month", "day", "decade", "century", "era", "period", "season", "weekend", "night", "morning",
    "afternoon", "evening", "summer", "winter", "autumn", "time", "hour", "minute", "moment", "fortnight", "semester",
])
#: nouns of places, buildings and events, where things happen
_SCENES = frozenset([
    "site", "city", "town", "village", "region", "area", "country", "nation", "state", "county", "district",
    "neighborhood", "neighbourhood", "street", "square", "building", "hall", "church", "mosque", "temple",
    "cathedral", "museum", "harbour", "harbor", "port", "bridge", "stadium", "arena", "market", "coast", "island",
    "province", "capital", "suburb", "borough", "valley", "landmark", "monument", "palace", "castle", "house",
    "home", "hospital", "campus", "plant", "factory", "mine", "farm", "park", "airport", "station", "hotel", "road",
    "highway", "continent", "world", "economy", "industry", "sector", "meeting", "election", "race", "war",
    "trial", "summit", "conference", "convention", "game", "match", "session", "hearing", "festival", "ceremony",
    "rally", "tournament", "contest",
])
#: the gatherings a record of minutes comes from ('Minutes from the meeting show X')
_GATHERINGS = frozenset(["meeting", "session", "hearing", "conference", "summit", "convention"])
#: verbs of living through or looking on
_LIVED = frozenset(["witness", "see", "suffer", "undergo", "endure", "face"])


def scene_subject(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` of ``verb`` is a time, or a place or an event that lives through what
    ``verb`` reports (a relative pronoun stands for its noun: 'the square, which has witnessed')."""
    held = verb.head if subject.tag_ == "WDT" and verb.dep_ == "relcl" else subject
    if subject.head.i != verb.i or held.i == verb.i:
        return False
    if held.pos_ == "NUM":  # a year: '2015 saw a rise in claims'
        return held.ent_type_ == "DATE" and len(held.text) == 4 and held.text.isdigit() and not any(held.children)
    if held.pos_ != "NOUN" or held.tag_ not in ("NN", "NNS") or not held.is_lower and held.i != held.sent.start or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in held.children):
        return False  # (a name: '13 Hours tells the story'; a name the parser hung on a time: 'Smith Sunday night recounted')
    lemma = held.lemma_.lower()
    if lemma in _TIMES:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in held.children) and not _meeting_minutes(held)
    if lemma not in _SCENES or verb.lemma_.lower() not in _LIVED:
        return False
    # a view, not a thing lived through: 'sees the levy as unfair', 'saw that X'
    return not any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "ccomp" and any(
        g.dep_ == "mark" for g in c.children) for c in children_of(verb))


def _meeting_minutes(noun: Token) -> bool:
    """Whether ``noun`` is a meeting's minutes: the plural with 'the', an owner or the meeting it comes from and no
    number or adjective ('The minutes say X', 'the board's minutes show Y', 'Minutes from the meeting show Y'; not
    'Ten minutes later', 'The final minutes saw a goal', 'Minutes from the end saw a goal')."""
    return noun.lower_ == "minutes" and not any(c.dep_ in ("nummod", "amod", "quantmod") for c in noun.children) and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "prep" and c.lower_ == "from" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _GATHERINGS for o in c.children) for c in noun.children)
