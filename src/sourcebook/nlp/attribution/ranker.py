"""A calibrated confidence for the rules' attributions, and the last filter on them.

The rules propose; a logistic model over a few dozen plain features of each proposal (what
kind of cue, which cue word, what kind of source, how long and how shaped the content is,
whether the sentence is a question) gives the probability that the proposal is right: its
cue, content and source agree with a human annotation (PolNeAR train, see
``scripts/train_ranker.py``; ``make model`` rebuilds ``ranker.json`` from it). That
probability is the record's ``confidence``; a top-level proposal below the model's threshold
is dropped unless another record is nested in it.

Hand-written scoring (a dot product and a sigmoid) because the weights are a small JSON
table: no learning library is needed to apply them, only to fit them.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from spacy.tokens import Doc

from ...model import Attribution
from ..sentences import sentence_of
from .act_cues import act_cue
from .among_holders import among_view
from .closing_hearsay import closing_hearsay
from .guarded_frames import guarded_frame
from .heard_evidence import heard_evidence
from .impersonal_stances import impersonal_stance
from .in_favor import in_favor
from .issued_statements import issued_statement
from .lexicon import Lexicon
from .light_idioms import light_idiom
from .noun_clauses import noun_clause
from .questions import asks
from .subject_stances import subject_stance
from .sure_clauses import sure_clause
from .tables import text_of
from .talked_about import talked_about
from .trailing import hung_past_a_colon
from .voted_to import voted_to

WEIGHTS = Path(__file__).with_name("ranker.json")
_WH = frozenset(["what", "whether", "if", "how", "why", "who", "when", "where", "which"])
_FIRST_SECOND = frozenset(["i", "we", "you", "me", "us", "my", "our", "your"])


def _bucket(n: int, bounds: tuple[int, ...]) -> str:
    return str(next((b for b in bounds if n <= b), "more"))


def features(doc: Doc, text: str, att: Attribution, lex: Lexicon) -> list[str]:
    """The features of one record (strings; the model holds a weight for each it knows);
    ``text`` is ``doc.text`` (spaCy joins it anew on every access)."""
    out = ["bias", "kind=" + att.kind, f"rule={att.confidence:.1f}"]
    cue_root = None
    if att.cue is not None:
        span = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
        if span is not None and len(span):
            cue_root = span.root
            lemma = cue_root.lemma_.lower()
            lemma = lex.verb_lemmas.get(cue_root.lower_, lemma) if lemma not in lex.verb_lemmas else lemma
            if lemma.endswith("ise") and lemma[:-3] + "ize" in lex.verb_lemmas:
                lemma = lemma[:-3] + "ize"  # British spelling: PolNeAR (the training data) is American
            idiom = lex.speech_idioms.get(lemma)
            word = next((t.lower_ for t in span if t.i != cue_root.i and t.lower_ in idiom), None) if idiom else None
            lemma = f"{lemma} {word}" if word else lemma  # 'hit back' is no 'hit', 'made clear' no 'made'
            noun = next((c for c in cue_root.children if c.dep_ == "pobj"), None) if cue_root.pos_ == "ADP" else None
            # 'in a poll released Monday' is a cue of its own kind, no 'in the view of' or 'by her own account'
            kind = " poll" if noun is not None and noun.lower_ in lex.in_polls else ""
            # (a cue the parser hung on the clause after a colon heads its sentence: 'I believe the fix is simple: raise X')
            dep = "ROOT" if hung_past_a_colon(cue_root) is not None else cue_root.dep_
            out += ["cue=" + lemma + kind, "cuepos=" + cue_root.pos_ + kind, "cuedep=" + dep + kind,
                    "cuetag=" + cue_root.tag_ + kind, "cuelen=" + _bucket(len(span), (1, 2, 3))]
            sent = sentence_of(cue_root)
            if asks(text[sent.start_char : sent.end_char]):  # (``questions.in_question`` on the text in hand)
                out.append("question")
            if sent.start == cue_root.i and cue_root.tag_ == "VB":
                out.append("imperative")
    else:
        out.append("cue=none")
    if att.source is None:
        out += ["src=none", "src=none/" + att.kind]  # a quotation nobody is named for is seldom a report
    else:
        span = doc.char_span(att.source.start, att.source.end, alignment_mode="expand")
        if span is not None and len(span):
            root = span.root
            out += ["srcpos=" + root.pos_, "srcent=" + (root.ent_type_ or "none"),
                    "srclen=" + _bucket(len(span), (1, 2, 4, 8))]
            if root.pos_ == "PRON":
                out.append("srcpron=" + root.lower_)
            if root.lower_ in _FIRST_SECOND:
                out.append("src_first_second")
            if root.pos_ == "NOUN":
                out.append("srcnoun=" + root.lemma_.lower())
        if att.cue is not None:
            out.append("src_before" if att.source.start < att.cue.start else "src_after")
    size = sum(c.end - c.start for c in att.contents)
    out += ["clen=" + _bucket(size, (10, 25, 60, 150, 400)), "cspans=" + _bucket(len(att.contents), (1, 2))]
    if att.contents:
        first = att.contents[0]
        words = text[first.start : first.start + 20].split()
        word = words[0].lower().strip("\"'\u201c\u2018") if words else ""
        out.append("cfirst=" + (word if word in _WH or word in ("to", "that") else "other"))
        if att.cue is not None:
            out.append("c_before" if first.start < att.cue.start else "c_after")
        if text[att.contents[-1].end - 1 : att.contents[-1].end + 2].strip().startswith("?"):
            out.append("cquestion")
    if att.relayed_by:
        out.append("relayed")
    if att.medium:
        out.append("medium")
    return out


class Ranker:
    """Scores records with the packaged weights; a no-op when there are none."""

    def __init__(self, lex: Lexicon, path: str | Path | None = WEIGHTS) -> None:
        self.lex = lex
        model = load_weights(str(path)) if path is not None else None
        self.weights: dict[str, float] = model["weights"] if model else {}
        self.threshold: float = model["threshold"] if model else 0.0

    def probability(self, feats: list[str]) -> float:
        z = sum(map(self.weights.get, feats, repeat(0.0)))  # (each feature's weight, 0 for one it does not know)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def __call__(self, doc: Doc, records: tuple[Attribution, ...], inner: frozenset[str] = frozenset(),
                 sure: frozenset[str] = frozenset()) -> tuple[Attribution, ...]:
        """The records kept, with their confidence; ``inner`` are the ids of reports that say
        nothing of their own inside another's content (``inner.inner_only``): dropped when a
        kept report holds them, judged alone when none does; ``sure`` are the ids of records whose
        form the threshold does not judge (a denial set after a report: 'X, a claim Y denied', or
        support won among its givers, ``won_support``: forms the training data hardly has); nor does it
        judge a stance taken as an act in words ('took a swipe at X', ``act_cues``) or a light-verb idiom
        ('took issue with X', ``light_idioms``) nor a guarded frame ('took aim at X', ``guarded_frames``) nor a
        stance voted or said 'in favor of X' (``in_favor``), nor a view nobody named holds in an impersonal
        frame ('There are fears that X', 'amid fears that Y'; ``impersonal_stances``) or heading the subject ('The
        claim that X was false', ``subject_stances``) or, whoever holds it, heading the subject or after 'after'
        ('A warning from X that Y came too late', ``noun_clauses``), nor a talk or a question about a topic
        ('spoke about X', ``talked_about``), nor a certainty with its bare clause ('are convinced X',
        ``sure_clauses``), nor a copula noun's view with its 'among' holders ('The consensus among X is that Y',
        ``among_holders``), nor evidence heard on the record from no one named ('X, an inquest heard',
        ``heard_evidence``), nor a decision voted ('voted 7-2 to ban X', ``voted_to``), nor hearsay closing its
        sentence in a passive with 'it' ('X, it was claimed.', ``closing_hearsay``), nor what a statement its source
        issued says ('The council issued a statement calling X false', ``issued_statements``): ``_UNJUDGED``."""
        if not self.weights:
            return records
        text = text_of(doc)
        by_id = {r.id: r for r in records}
        probability = {r.id: self.probability(features(doc, text, r, self.lex)) for r in records}
        dropped: set[str] = set()

        def holder(record: Attribution) -> str | None:
            """The nearest report holding ``record`` that is kept: one held by a dropped report
            goes up to that report's holder ('X contradicted what the police said': if
            'contradicted' is dropped, the police's report stands alone, and is judged alone)."""
            up, steps = record.parent, 0
            while up is not None and up in dropped and steps < len(by_id):
                up, steps = by_id[up].parent, steps + 1
            return up

        def depth(record: Attribution) -> int:
            n, up = 0, record.parent
            while up is not None and up in by_id and n < len(by_id):
                n, up = n + 1, by_id[up].parent
            return n

        for record in sorted(records, key=depth):  # holders first
            if probability[record.id] < self.threshold and holder(record) is None and _filtered(record) and (
                    record.id not in sure) and not in_favor(doc, record) and not any(
                    form(doc, record, self.lex) for form in _UNJUDGED):
                dropped.add(record.id)
            elif record.id in inner and holder(record) is not None:
                dropped.add(record.id)
        out = [replace(r, confidence=round(probability[r.id], 3)) for r in records if r.id not in dropped]
        if not dropped:
            return tuple(out)
        ids = {r.id: f"a{n}" for n, r in enumerate(out, start=1)}  # ids stay a1, a2, ... in order
        return tuple(replace(r, id=ids[r.id], parent=ids.get(holder(r) or "")) for r in out)


# forms whose records the threshold does not judge, each a test of (doc, record, lexicon)
_UNJUDGED = (act_cue, light_idiom, guarded_frame, impersonal_stance, talked_about, sure_clause, among_view, subject_stance,
             noun_clause, heard_evidence, voted_to, closing_hearsay, issued_statement)


def _filtered(record: Attribution) -> bool:
    """Whether the threshold may drop a record that no kept report holds: not 'unspecified reports',
    which PolNeAR (the training data) does not annotate the way the ledger keeps them, nor a
    transcript turn ('WALLACE: ...'), which it hardly has."""
    if record.cue is not None and record.cue.text == ":" and record.source is not None and record.source.text.isupper():
        return False
    return record.speaker_kind != "reports"


@lru_cache(maxsize=4)
def load_weights(path: str) -> dict | None:
    """A trained model's JSON weights (the ranker's, the cue tagger's), read once per
    process; None when the file is missing."""
    file = Path(path)
    if not file.exists():
        return None
    return json.loads(file.read_text(encoding="utf-8"))
