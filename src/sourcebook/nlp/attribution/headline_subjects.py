"""A headline's cue verb the small parser did not read as the verb of the name before it ('Mayor
Reyes blasts rival over ferries': 'blasts' a plural noun, or an auxiliary of 'rival' read as the
verb; 'Okafor talks to reporters': 'Okafor' the root). Put as a pronoun, the subject leaves the
parser no such reading ('He blasts rival over ferries'), so the line is parsed again that way, the
rules run on it and what they find is mapped back onto the headline, the pronoun standing for the
subject it replaced."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .candidate import Candidate
from .headline_infinitives import lowered_infinitives
from .headline_phrasals import phrasal_third_person
from .lexicon import Lexicon, inflections
from .reread import parsed

#: parts of speech a headline's subject is made of ('Harbour workers', "London's mayor", 'Lind and Reyes')
_SUBJECT_POS = frozenset(["PROPN", "NOUN", "ADJ", "NUM", "PART", "DET", "CCONJ"])
#: the first words of a subject that names no one, which the pronoun put for it would hide ('No single road points to X')
_NO_ONE = frozenset(["no", "nobody", "nothing", "none"])
#: a headline's word (letters first, then letters, digits and apostrophes)
HEAD_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")


def recased(line: str, lower_words: frozenset[str], verbs: frozenset[str] = frozenset(),
            forms: dict[str, bool] | None = None) -> str:
    """A Title-Cased headline with its cue and function words in lower case, its first letter kept, and
    an infinitive's verb after a cue verb ('vows to veto', ``headline_infinitives``) when given the verbs."""
    out = HEAD_WORD.sub(lambda m: m.group(0).lower() if fold(m.group(0)) in lower_words else m.group(0), line)
    out = lowered_infinitives(out, verbs, forms)
    return out[:1].upper() + out[1:]


def fold(word: str) -> str:
    """A word as the word lists hold it: lower case, a curly apostrophe straight."""
    return word.lower().replace("\u2019", "'")


def verb_forms(lex: Lexicon) -> dict[str, bool]:
    """The present forms of the cue verbs: True for the third person's ('blasts'), False for the bare form ('blast')."""
    forms: dict[str, bool] = {}
    for verb in lex.cue_verbs | lex.poll_verbs:
        if " " not in verb:
            forms.setdefault(verb, False)
            for form in inflections(verb, lex.irregular):
                if form.endswith("s") and form != verb:
                    forms[form] = True
    return forms


def _nominal(token: Token) -> bool:
    return token.pos_ in _SUBJECT_POS or token.tag_ in ("POS", "HYPH")


def _misread_verb(
    doc: Doc, end: int, forms: dict[str, bool], verbs: frozenset[str], phrasals: dict[str, frozenset[str]],
) -> tuple[int, Token, bool, int] | None:
    """(first token of the subject, the verb, singular, the subject's last token) of a headline opened
    by a noun phrase (or a fronted phrase, a comma and the noun phrase; or the noun phrase and an aside
    set off by commas that opens with a participle or a preposition, 'Senator, touring flood zone,
    trashes X') and a cue verb's present form that the parser did not read as that phrase's verb. Not
    a noun the subject of a verb the parser found ('Jobs report gives X a lift'; ``verbs`` are the
    language's verb lemmas)."""
    start: int | None = 0
    lead: int | None = None  # (the comma after a noun phrase opening the line, an aside's opening)
    for token in doc:
        if token.idx >= end:
            return None
        if token.text == ",":
            lead = token.i if lead is None and start == 0 and token.i > 0 else lead
            start = token.i + 1  # ('Amid discord, Mayor claims victory': the subject after the fronted phrase)
            continue
        single = forms.get(token.lower_)
        if single is None and phrasal_third_person(doc, token.i, phrasals):  # ('Envoy presses for truce': ``headline_phrasals``)
            single = True
        # (nor the last word before a colon: 'Jobs report: payrolls surge' names the colon's source)
        aside = lead is not None and token.i == start and token.i - 1 > lead + 1 and doc[lead + 1].tag_ in ("VBG", "VBN", "IN")
        if single is None or start is None or token.i == start and not aside or token.i + 1 >= len(doc) or (
                doc[token.i + 1].idx >= end or doc[token.i + 1].text == ":"):
            start = start if _nominal(token) else None
            continue
        if aside and lead is not None:
            start = 0
        subject = doc[start : lead if aside and lead is not None else token.i]
        last, head = subject[-1], token.head
        # (an adjective in capitals names a group, 'Republican slams X'; the line's first word is
        # capitalised anyway, so alone it must be a name's: not 'New rules for retailers from July')
        named = last.is_title and (last.i > 0 or last.ent_type_ != "")
        if not (last.pos_ in ("PROPN", "NOUN") or last.pos_ == "ADJ" and named) or subject[0].pos_ == "CCONJ" or not all(
                _nominal(t) for t in subject):
            return None
        plural = last.tag_ in ("NNS", "NNPS") or any(t.pos_ == "CCONJ" for t in subject)
        if plural == single or token.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in token.children) or (
                token.dep_ == "nsubj" and head.i > token.i and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs):
            return None
        return start, token, single, subject[-1].i
    return None


def pronoun_headline(doc: Doc, text: str, cands: list[Candidate], nlp, rules,
                     words: tuple[dict[str, bool], frozenset[str], frozenset[str], dict[str, frozenset[str]]],
                     sentence_of: Callable[[int], int]) -> list[Candidate]:
    """``cands`` with the reports of the headline parsed with its subject as a pronoun when its
    verb was misread and no candidate has it for its cue. ``nlp`` is the pipeline (None: nothing
    to parse with), ``rules`` the ``reported.CueRules``, ``words`` the ``verb_forms``, the words a
    Title-Cased headline has in lower case, the language's verb lemmas and the phrasal verbs' forms
    (``headline_phrasals.phrasal_forms``). The headline's other
    reports stay unless they share a cue or words with the new ones ("X heckles Y: 'Z'")."""
    end = text.find("\n")
    if nlp is None or end < 0 or end > 300:
        return cands
    forms, lower_words, verbs, phrasals = words
    found = _misread_verb(doc, end, forms, verbs, phrasals)
    if found is None:
        return cands
    first, verb, single, last = found
    if any(c.cue and c.cue[0] <= verb.idx < c.cue[1] for c in cands) or doc[first].lower_ in _NO_ONE:
        return cands  # (and 'No single road points to X': a subject that names no one, as ``mute.holds_nothing`` has it)
    line = text[:end]
    capitals = [w[0].isupper() for w in HEAD_WORD.findall(line)]
    cased = recased(line, lower_words, verbs, forms) if sum(capitals) > len(capitals) / 2 else line
    cased = cased if len(cased) == len(line) else line  # (the offsets map back character for character)
    at = doc[first].idx
    pronoun = ("He" if single else "They") if first == 0 else ("he" if single else "they")
    shift = verb.idx - at - len(pronoun) - 1  # the subject's characters beyond the pronoun's
    try:
        head = parsed(nlp, cased[:at] + pronoun + " " + cased[verb.idx :])
        news = rules.find(head, list(head.sents)) if head.has_annotation("DEP") else []
    except Exception:  # noqa: BLE001 - a refinement, never a failure
        return cands
    starts = doc.to_array(IDX).tolist()
    close = verb.idx - 1 if last == verb.i - 1 else doc[last].idx + len(doc[last])  # (the subject's end)

    def back(offset: int, closing: bool = False) -> int:
        if offset < at or offset <= at + len(pronoun) and not closing:
            return offset
        return close if offset <= at + len(pronoun) else offset + shift

    kept = []
    for cand in news:
        if not cand.cue:
            continue
        cand.cue = (back(cand.cue[0]), back(cand.cue[1], True))
        cand.contents = [(back(s), back(e, True)) for s, e in cand.contents]
        cand.fallback = [(back(s), back(e, True)) for s, e in cand.fallback] if cand.fallback else cand.fallback
        if cand.source:
            cand.source = (back(cand.source[0]), back(cand.source[1], True))
        if cand.relay:
            cand.relay = (back(cand.relay[0]), back(cand.relay[1], True))
        for name in ("source_token", "verb"):
            index = getattr(cand, name)
            if index is not None:
                spot = head[index].idx
                mapped = last if at <= spot < at + len(pronoun) else bisect_right(starts, back(spot)) - 1
                setattr(cand, name, max(0, mapped))
        cand.sentence = sentence_of(cand.cue[0])
        kept.append(cand)
    if not any(c.cue and c.cue[0] <= verb.idx < c.cue[1] for c in kept):
        return cands
    taken = [span for c in kept for span in _spans(c)]
    return kept + [c for c in cands if not any(s < e2 and s2 < e for s, e in _spans(c) for s2, e2 in taken)]


def _spans(cand: Candidate) -> list[tuple[int, int]]:
    return ([cand.cue] if cand.cue else []) + cand.contents
