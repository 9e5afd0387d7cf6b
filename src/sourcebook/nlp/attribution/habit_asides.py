"""A habit of saying set aside as an 'as' clause: 'As she liked to say, good food needs time', 'The score, as
he used to say, tells you who was luckier'. The parser hangs 'say' as the infinitive of the habit verb and that
verb as an adverbial clause of the sentence; the two verbs and the 'to' are one cue, as 'liked to say that X' is
(``wrapped``), and what stands around the clause is what was said (``asides.parenthetical``), not the
infinitive the habit verb would take for its content ('liked' -> 'to say'). An idiom of saying is such an
infinitive with its word ('As she liked to put it, X', 'as he used to put it': ``speech_idioms.json``), whose
'it' is the idiom's and no object: ``habit_idiom_cue`` makes its one cue, as ``verbs.idiom_cue`` does 'as she put
it'."""

from __future__ import annotations

from spacy.tokens import Token

from .asides import parenthetical
from .candidate import SPEECH, Candidate, trim_content
from .kids import children_of
from .lexicon import Lexicon
from .spoken_at import said_on_occasion
from .syntax import cue_span, source_span

#: verbs of a habit or a liking that take an infinitive of saying ('liked to say', 'used to say', 'loved to
#: tell people', 'was fond of saying' is read elsewhere); a closed class of grammar, not vocabulary
HABITS = frozenset(["like", "love", "use", "tend"])


def habit_of_saying(lex: Lexicon, verb: Token) -> Token | None:
    """The habit verb of an 'as' aside whose infinitive ``verb`` is a verb of saying with no clause of its
    own ('As she liked to say, X': 'liked'), or None."""
    if verb.dep_ != "xcomp":
        return None  # (tested before the idiom's word is looked for among the children)
    head = verb.head
    if head.lemma_.lower() not in HABITS:
        return None
    word = _idiom_word(lex, verb)
    if verb.lemma_.lower() not in lex.speech and word is None:
        return None
    told = verb.lemma_.lower() in lex.addressee_verbs
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)) or any(
            c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not told and c != word for c in children_of(verb)):
        return None  # ('liked to say that X', 'used to say goodbye': the clause or the thing is the content; not
        # 'loved to tell reporters', whose object is the one told)
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


def habit_around_saying(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is the habit verb of such an aside ('liked' in 'As he liked to say, X'), which
    reports nothing of its own: its infinitive carries the report."""
    if verb.lemma_.lower() not in HABITS:
        return False  # (``habit_of_saying`` asks it of the infinitive's head: tested before the children are walked)
    return any(c.dep_ == "xcomp" and habit_of_saying(lex, c) is not None for c in children_of(verb))


def _idiom_word(lex: Lexicon, verb: Token) -> Token | None:
    """The word that makes ``verb`` an idiom of saying ('it' of 'put it'), right after it, or None."""
    words = lex.speech_idioms.get(verb.lemma_.lower())
    return next((c for c in children_of(verb) if c.i > verb.i and c.lower_ in words), None) if words else None


def habit_idiom_cue(lex: Lexicon, text: str, verb: Token) -> Candidate | None:
    """'As she liked to put it, X': the habit verb, the 'to', the idiom verb and its word are the cue, the habit
    verb's subject the source and the sentence around the aside the content; None for any other idiom verb."""
    habit = habit_of_saying(lex, verb)
    word = _idiom_word(lex, verb)
    subject = next((c for c in habit.children if c.dep_ == "nsubj"), None) if habit is not None else None
    if habit is None or word is None or subject is None or any(
            c.dep_ in ("prep", "prt", "dative") and not said_on_occasion(lex, c) for c in children_of(verb)):
        return None  # (not 'As she liked to put it on the shelf', a thing placed; 'put it in her memoir' is said)
    pieces = [p for p in (trim_content(text, *c) for c in parenthetical(text, habit, lex)) if p]
    extra = [habit, word, *(c for c in children_of(verb) if c.dep_ == "aux")]
    return Candidate(cue=cue_span(verb, extra), source=source_span(text, subject), contents=pieces, nature=SPEECH,
                     source_token=subject.i) if pieces else None
