"""A person named by age alone ('the 34-year-old') as the subject of a verb of saying right after
it, mended before every rule reads the parse: '"I just want to go home," the 34-year-old told
police.', 'The 27-year-old told reporters he was ready.', '"It was a dream," the 19-year-old said.'

Police, court, sports and obituary reports often name a person by age alone. The parser reads
'old' there as an adjective and looks for its noun further on: it made the cue an adjective of
the noun after it ('told' of 'police', the sentence's root then the quotation's verb or that
noun), or hung the age's words on the cue one by one: the record was lost, or spoken by 'year'.
An age phrase ('the', a number, 'year' or 'month', 'old', joined by hyphens) right before a past
(or a past read as a participle) or present verb of saying is the verb's subject: its words hang on 'old', 'old' on the verb; a
noun the verb was read as the adjective of is its object, and the verb takes the noun's place
(the sentence's root when the noun was, or when the root is a quotation before the phrase, which
becomes the verb's clause); a clause with a subject of its own hung right after that noun ('told
reporters he was ready') is the verb's clause.

After a quotation the parser may read the cue itself as a noun or an adjective the age describes
('"...," the 74-year-old recalled.': 'recalled' a noun in apposition to the quotation's last noun,
or the root read as an adjective): an inflected form of a verb of saying there ('recalled', 'wrote',
'insists': not 'report', a noun as often as a verb) is tagged as the verb it is
(``tag_aged_cues``), and when it hung inside the quotation it becomes the sentence's root, the
quotation its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import merged
from .lexicon import active_lexicon
from .tables import forget, positions, words_of

_UNITS = frozenset(["year", "month", "week"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that"])


def aged_subjects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make each age phrase before a verb of saying that verb's subject (empty when
    none is misread)."""
    words = words_of(doc)
    forms = active_lexicon().speech_forms
    found = []
    lower, text = words.lower, words.text
    for i in positions(lower, "old", 5, len(doc) - 1):  # (the words 'old' only: every test below needs it)
        if (lower[i] == "old" and text[i - 1] == "-" and lower[i - 2] in _UNITS and text[i - 3] == "-"
                and lower[i - 5] in _DETERMINERS and words.tag[i + 1] in ("VBD", "VBN", "VBZ") and lower[i + 1] in forms):
            found.append(_arcs(doc[i - 5], doc[i], doc[i + 1]))
    return merged(found)


def tag_aged_cues(doc: Doc) -> None:
    """Tag as verbs, in place, the inflected verbs of saying read as a noun or an adjective right
    after an age phrase that follows a quotation (and forget the words' table when any changes)."""
    words = words_of(doc)
    lexicon = active_lexicon()
    lower, text, tags = words.lower, words.text, words.tag
    changed = False
    for i in positions(lower, "old", 6, len(doc) - 1):  # (the words 'old' only: every test below needs it)
        form = lower[i + 1]
        if (tags[i + 1] in ("NN", "NNS", "JJ") and form in lexicon.speech_forms and form not in lexicon.speech
                and not form.endswith("ing") and lower[i] == "old" and text[i - 1] == "-" and lower[i - 2] in _UNITS
                and text[i - 3] == "-" and lower[i - 5] in _DETERMINERS and doc[i - 6].is_quote):
            verb = doc[i + 1]
            lemma = lexicon.verb_lemmas.get(form, form)
            verb.tag_ = "VBZ" if form.endswith("s") and not form.endswith("ed") else "VBD"
            verb.pos_, verb.lemma_ = "VERB", lemma
            changed = True
    if changed:
        forget(doc)


def _arcs(first: Token, old: Token, verb: Token) -> tuple[dict[int, int], dict[int, str]] | None:
    if old.head.i == verb.i and old.dep_ == "nsubj" or not first.doc[first.i + 1].like_num:
        return None  # (the parse reads it so)
    if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return None  # (a participle of its own: 'the 45-year-old held by police')
    sent = verb.sent
    if first.sent.start != sent.start or first.i <= verb.head.i <= old.i:
        return None  # (nor a verb the parser hung on the age itself: no loop)
    heads: dict[int, int] = {old.i: verb.i}
    deps: dict[int, str] = {old.i: "nsubj"}
    for token in first.doc[first.i : old.i]:
        if not first.i <= token.head.i <= old.i or token.head.i == token.i:
            heads[token.i], deps[token.i] = old.i, "det" if token.i == first.i else "npadvmod"
    root = sent.root
    if verb.dep_ == "appos" and verb.head.i < first.i and root.i < first.i and first.doc[first.i - 1].is_quote:
        # ('"We lost everything," the 74-year-old recalled.': the cue hung on the quotation's noun)
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[root.i], deps[root.i] = verb.i, "ccomp"
        for child in root.children:
            if child.i > old.i and child.dep_ == "punct":
                heads[child.i] = verb.i
        return heads, deps
    if verb.dep_ == "amod" and verb.head.i > verb.i:  # ('the 34-year-old told police': an adjective of 'police')
        noun = verb.head
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        root = sent.root
        quoted = root.i < first.i and first.doc[first.i - 1].is_quote
        if root.i == noun.i or quoted:
            heads[verb.i], deps[verb.i] = verb.i, "ROOT"
            if quoted:  # ('"I want to go home," the 34-year-old told police': the quotation its clause)
                heads[root.i], deps[root.i] = verb.i, "ccomp"
                for child in root.children:  # (the sentence's last mark goes with the verb)
                    if child.i > old.i and child.dep_ == "punct":
                        heads[child.i] = verb.i
        elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.i < first.i:
            heads[verb.i], deps[verb.i] = noun.head.i, "ccomp"  # ('Police said the 45-year-old told officers X')
        else:
            return None
        for child in noun.children:  # ('told reporters he was ready': the clause after the noun the verb's)
            if child.i > noun.i and child.dep_ in ("relcl", "acl") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i and c.tag_ not in ("WP", "WDT") for c in child.children):
                heads[child.i], deps[child.i] = verb.i, "ccomp"
            elif child.dep_ == "punct" and child.i == sent.end - 1:
                heads[child.i] = verb.i
    return heads, deps
