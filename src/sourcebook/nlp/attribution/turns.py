"""Clauses around a quotation that say whose it is, read from the parse.

- '"France will always be France," an angry minister retorted.': a quotation ending open
  (comma, question mark, dash) and followed at once by a clause with a subject and a finite
  verb, ending its sentence, is answered by that clause - whatever the verb - and so is no
  continuation of an earlier speaker's statement.
- '"...," Ebeling said, and her husband cut in. "..."': a clause with a subject of its own
  joined to the cue's between a statement and the next quotation hands the floor to that subject.
- 'The mayor shrugged. "Why not?"': a quotation no cue takes, right after a short sentence of
  a person doing something with nothing done to anything, is that person's - also when the
  sentence opens with the question put to the person ('Asked why, the mayor shrugged.'), and
  after such a question a copula with one adjective, the manner of the answer ('Asked about
  the delay, Osei was blunt.' then the quotation, in its own paragraph or not).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ..quotes import Quote
from .direct import OPEN_ENDED, inner_end
from .lexicon import Lexicon
from .syntax import TENSE_TAGS, source_like
from .tables import starts_of, words_of

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLOSING = "\"'\u201d\u2019\u00bb"
_ENDS = frozenset({".", "!", "?", ";"})


class Turns:
    """The clauses of one Doc that give a quotation to a speaker."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.starts: list[int] = starts_of(doc)  # (each word's offset, no Token made; read once per Doc, only read here)

    def subject_between(self, start: int, end: int) -> bool:
        """A clause of its own, with a subject, joined to the sentence between the offsets."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        words = words_of(self.doc)  # (read from the lists: no Token made)
        for k in range(i, j):
            head = words.head[k]
            if words.dep[k] not in _SUBJECTS or words.pos[k] == "PRON" or head < k:
                continue  # a pronoun is as often the speaker again ('..., she said. She plans to ...')
            if self.starts[head] < end and words.dep[head] in ("conj", "ROOT") and words.pos[head] in ("VERB", "AUX"):
                return True
        return False

    def answering(self, text: str, q: Quote) -> tuple[Token, Token] | None:
        """The (verb, subject) of a clause answering the quotation, if one follows it."""
        inner = inner_end(text, q).rstrip()
        if not q.closed or not inner or inner[-1] not in OPEN_ENDED or len(inner.split()) < 3:
            return None  # a title's two words ('"Hail, Caesar!" stars ...') are no statement
        before = text[max(0, q.open - 3) : q.open].rstrip(" \t")
        if before and before[-1] not in ".!?:\n\"\u201d":
            return None  # a quotation inside a sentence
        i = bisect_left(self.starts, q.close)
        while i < len(self.doc) and (self.doc[i].text == "," or self.doc[i].text in _CLOSING):
            i += 1
        first = i
        for tok in self.doc[first : first + 10]:
            if tok.is_punct or tok.is_space:
                return None
            if tok.tag_ in TENSE_TAGS and tok.pos_ == "VERB":
                subj = next((c for c in tok.children if c.dep_ in _SUBJECTS and first <= c.i < tok.i), None)
                if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("that", "it") or tok.dep_ in ("relcl", "advcl"):
                    return None  # '"...," which votes in June.'
                for after in self.doc[tok.i + 1 : tok.i + 6]:
                    if after.text in _ENDS or after.is_space:
                        return tok, subj
                    if after.is_punct:
                        return None
                return (tok, subj) if tok.i + 1 >= len(self.doc) else None
        return None

    def actor_before(self, text: str, q: Quote) -> tuple[Token, Token] | None:
        """The (verb, subject) of the short sentence right before the quotation when a person
        does something in it and it takes no object or clause ('He shrugs.', 'The mayor laughed.')."""
        before = text[: q.open].rstrip()
        if not before or before[-1] not in ".:" or q.open - len(before) > 3 and "\n\n" not in text[len(before) : q.open]:
            return None
        i = bisect_left(self.starts, len(before) - 1)
        if i >= len(self.doc):
            return None
        sent = self.doc[i].sent
        verb = sent.root
        # 'Asked why, the mayor shrugged.': the question put to the person is no part of the act
        asked = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBD")
                 and c.lemma_.lower() in self.lex.asking and not any(k.dep_ in _SUBJECTS for k in c.children)]
        put = sum(c.right_edge.i - c.left_edge.i + 2 for c in asked)  # (with its comma)
        manner = _manner(verb) if asked else None  # 'Asked about the delay, Osei was blunt.'
        if verb.pos_ != "VERB" and manner is None or verb.tag_ not in TENSE_TAGS or len(sent) - put > 8:
            return None
        # 'He pauses, then adds:': the verb of saying joined to the gesture is the cue
        said = next((c for c in verb.children if c.dep_ in ("conj", "dep") and c.i > verb.i
                     and c.lemma_.lower() in self.lex.speech), None)
        if said is None and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "advcl")
                                and c not in asked and c != manner for c in verb.children):
            return None  # 'He runs the bar.' (not 'She returned to the stage.')
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or (
                # (a surname the NER took for a nation's word: 'Asked why, Bellini smiled.')
                subject.pos_ == "PROPN" and subject.ent_type_ == "NORP" and subject.tag_ == "NNP") or (
                subject.pos_ == "PROPN" and not subject.ent_type_ and subject.is_title) or (
                subject.pos_ == "NOUN" and subject.tag_ == "NN" and source_like(self.lex, subject)
                and subject.lemma_.lower() in self.lex.role_nouns)):
            return None  # not 'The storm passed.'
        return said or verb, subject


def _manner(verb: Token) -> Token | None:
    """The one adjective after a copula that is all its clause says ('was blunt', 'was frank'):
    after a question put to the subject, the manner of the answer the quotation gives; None for
    anything more ('was blunt about the cuts', 'was in Leeds')."""
    if verb.lemma_ != "be" or verb.pos_ != "AUX":
        return None
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if len(after) != 1 or after[0].dep_ != "acomp" or after[0].pos_ != "ADJ" or any(
            c.dep_ not in ("advmod", "neg") for c in after[0].children):
        return None
    return after[0]
