"""Who answers a question: not the one who asked it; in a Q-and-A, the one interviewed.

'A reporter asked when residents could return. "I can't give you a date," she said': the
pronoun after a question put by someone is the one it was put to, so the asker is left out
when the pronoun is resolved again. The reader of this is ``speakers.SpeakerResolver``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...aliases import fold
from ..lexicon import entries, table
from . import anaphora
from .affiliations import HONORIFICS
from .candidate import Candidate
from .capital_names import capitals_as_name
from .interviews import Layout, layout, opens_its_line
from .people import gender_of_first_name

if TYPE_CHECKING:
    from .index import ArticleIndex, Resolved
    from .speakers import SpeakerResolver

#: an editor's note on how the interview was set down
EDITORS_NOTE = re.compile(r"\b(?:edited|condensed|abridged)\b.{0,40}\b(?:length|clarity|brevity)\b|\btranscript\b", re.I)
_PRONOUNS = frozenset(["he", "she", "they"])
#: what opens a question put in reported speech ('asked when ...', 'asked whether ...')
_QUESTION = re.compile(r"(?i)(?:whether|if|when|why|how|what|who|which|where)\b")
#: the cues of a report that goes on with the speaker's last ('added', 'continued'; 'went on to say', whose
#: cue is 'say' until ``chained_cues`` joins it)
_GOING_ON = ("add", "continu")
_WENT_ON = re.compile(r"\b(?:went|goes|go|going) on(?: to)?\s+$")


def not_the_asker(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved],
                  salience: anaphora.Salience) -> None:
    """Resolve again, without the asker, a pronoun that took the speaker of the question asked
    just before (in its sentence or the one before), and the pronoun of a report that goes on with
    the answer right after it ('The host asked him whether X. "Y," he replied. He added that Z':
    the one who replied adds, not the host)."""
    text = resolver.text
    # (sentence, asker, whether the answer came since) of the last top-level question
    asked: tuple[int, Resolved, bool] | None = None
    for i, cand in enumerate(cands):
        if cand.parent is not None or cand.source is None or cand.cue is None:
            continue
        sentence = resolver.sentence_of(cand.cue[0])
        found = resolver.head_of(cand)
        lower = found[1].lower_ if found is not None else ""
        cue = text[cand.cue[0] : cand.cue[1]].lower()
        if (asked is not None and lower in _PRONOUNS and out[i].name and out[i].name == asked[1].name
                and sentence - asked[0] <= 1 and (not asked[2] or cue.startswith(_GOING_ON)
                                                  or _WENT_ON.search(text, max(0, cand.cue[0] - 16), cand.cue[0]))):
            out[i] = anaphora.pronoun(resolver, lower, cand.source[0], salience.before(cand.source[0], asked[1].name),
                                      said=cand.contents)
        question = bool(cand.contents) and (_QUESTION.match(text, cand.contents[0][0]) is not None
                                            or "?" in text[cand.contents[-1][1] - 1 : cand.contents[-1][1] + 2])
        answered = asked is not None and not asked[2] and lower in _PRONOUNS and out[i].name not in (None, asked[1].name)
        asked = ((sentence, out[i], False) if cue.startswith("ask") and question and out[i].name
                 else (sentence, asked[1], True) if answered and asked is not None else None)


def interview_turn(index: ArticleIndex, label: str, found: Layout) -> Resolved:
    """A Q-and-A's turn (``interviews``): its questions are the interviewer's; an answer the one
    interviewed: the person named last before the first question ('A:'), or the one of the
    label's name the article names most ('Fennimore:' for Ada Fennimore, not her niece Paula
    named once), else no one known."""
    from .index import DESCRIPTION, PERSON, UNKNOWN, Resolved

    if label in found.questions:  # a host by name ('WALLACE:') is as the article names them
        return Resolved("interviewer", DESCRIPTION) if label == "Q" else Resolved(None, UNKNOWN)
    mentioned = [key for _, kind, key in index.mentions if kind == PERSON]
    bearers = [p for p in index.people.by_surname.get(fold(label.split()[-1]), []) if p.key in mentioned]
    if label != "A" and bearers:
        most = max(bearers, key=lambda p: (mentioned.count(p.key), -mentioned.index(p.key)))
        return Resolved(most.name, PERSON, most.affiliation, most.gender)
    # not a publication the NER took for a person ('The Herald asked Voss several questions:')
    named = [(o, key) for o, kind, key in index.mentions if kind == PERSON and o < found.first
             and index.text[max(0, o - 4) : o].lower() != "the "]
    subjects = [m for m in named if m[0] not in index.people.passing]  # not 'spoke to the Herald'
    # named in the sentence before it ('Asked about his future, Duffy was blunt.'), not a person
    # quoted before an explainer's questions, past sentences that bridge (an editor's note); a
    # subject first, else the one asked ('The Herald asked Voss several questions:')
    last = next((m for m in subjects[-1:] + named[-1:] if all(
        bridges(index.text[index.sent_starts[k] : index.sent_starts[k + 1]])
        for k in range(index.sentence_of(m[0]) + 1, index.sentence_of(found.first)))), None)
    person = index.people.by_key.get(last[1]) if last else None
    return Resolved(person.name, PERSON, person.affiliation, person.gender) if person else Resolved(None, UNKNOWN)


def bridges(sentence: str) -> bool:
    """A sentence between the one who is interviewed and the first question that keeps them
    the one interviewed: an editor's note on the interview, one more about them ('She spoke
    to us about her latest work.', 'We met her at the company's office.'), or one that names no
    one and asks nothing ('Call volume has doubled since 2010.', 'We spoke about the data.'), not
    an explainer's own question ('What does it mean for you?')."""
    if EDITORS_NOTE.search(sentence) is not None or _ABOUT_THEM.search(sentence.lstrip()) is not None:
        return True
    words = sentence.split()
    # (a day or a month names no one: 'The cinema shows its last reel on Friday.')
    return not sentence.rstrip().endswith("?") and not any(
        w[:1].isupper() and w != "I" and w.strip(_MARKS).lower() not in _CALENDAR_WORDS for w in words[1:])


#: the days and months, lower case ('friday', 'march')
_CALENDAR_WORDS = frozenset([*entries(table("calendar")["weekdays"]), *entries(table("calendar")["months"])])
#: the marks about a word of a sentence split at its spaces
_MARKS = ".,;:!?\"'()\u201c\u201d\u2018\u2019"
#: a sentence about them: opening with their pronoun, or with it as an object ('We met her at X')
_ABOUT_THEM = re.compile(r"^(?:He|She|They)\b|\b(?:him|her|them)\b")


#: a speaker's name in title case, first name and surname ('Helena Marsh'), before a role in brackets
_NAMED = re.compile(r"[A-Z][a-z'-]+(?: [A-Z]\.?)?(?: [A-Z][A-Za-z'-]+){1,2}")
#: a speaker's name in capitals opening a transcript's turn
_TURN = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}")


def transcript_turn(index: ArticleIndex, start: int, end: int) -> Resolved | None:
    """'WALLACE: ...' at the start of a line (or '"WALLACE: ...'): a transcript turn, its speaker by name."""
    text = index.text
    opened = text[start - 2 : start] in ('\n"', "\n\u201c")  # a transcript quoted line by line
    if start > 0 and text[start - 1] != "\n" and not opened or text[end : end + 1] != ":" and text[end : end + 2] != "):":
        return None
    from .index import DESCRIPTION, PERSON, Resolved

    written = text[start:end].strip()
    found = layout(text)
    if found is not None and opens_its_line(text, written, start):
        turn = interview_turn(index, written, found)  # 'A:', 'Solberg:' answering 'The Ledger:'
        if turn.name is not None or written in ("Q", "A"):
            return turn
    # 'JUDE MARLOWE, co-founder:', 'MR. PENROSE (for the Crown):'
    written, _, role = written.partition(", ") if ", " in written else written.partition(" (")
    role = role.removesuffix(")")  # (the source closes its bracket: ``captions``)
    if not written.isupper() and role and _NAMED.fullmatch(written) and gender_of_first_name(written.split()[0]):
        # 'Helena Marsh (Chief Executive Officer):', an earnings call's or a panel's turn: the name, not the role
        person = index.people.find(written.split())
        return Resolved(person.name if person else written, PERSON, role or None,
                        person.gender if person else None)
    if not written.isupper() or not _TURN.fullmatch(written):
        return None
    if role.istitle() and gender_of_first_name(role.split()[0]):  # 'HOST (Gideon Farrow):': the name
        return Resolved(role, PERSON, written.capitalize())
    if written.startswith("THE ") and written.count(" ") <= 2:  # 'THE PRESIDENT:', 'THE COURT:': an office, its article
        return Resolved("The " + written[4:].title(), DESCRIPTION)
    words = [w for w in capitals_as_name(written.split()) if w.lower().rstrip(".") not in HONORIFICS] or written.split()
    role = role or (words.pop(0) if len(words) > 2 and words[0].lower() in index.lex.role_nouns else "")  # 'SPOKESPERSON X'
    whole = max(re.findall(rf"^((?:[A-Z][A-Z'.-]+ )+{re.escape(written.split()[-1])})\b", text, re.MULTILINE),
                key=len, default="")
    named = [w for w in capitals_as_name(whole.split()) if w.lower().rstrip(".") not in HONORIFICS | index.lex.role_nouns]
    words = named if len(words) == 1 and len(named) > 1 else words  # 'VOSS:', 'DR. FURNESS:' after 'LENA VOSS:'
    person = index.people.find(words)
    if person is not None and not person.name.isupper():  # 'Chris Wallace' named earlier
        return Resolved(person.name, PERSON, person.affiliation or role or None, person.gender)
    return Resolved(" ".join(words), PERSON, role or None)
