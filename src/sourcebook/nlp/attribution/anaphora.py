"""Pronouns and relative pronouns resolved to a speaker named or described elsewhere.

Pronouns ('he', 'she', 'they', 'it'):
1. first person ('I', 'we') inside a quotation is the quotation's own speaker (filled in by
   the resolver once every speaker is known); outside one it is the writer, whom the resolver
   names last from the byline (``writers``);
2. 'he'/'she': a person of that gender (or unknown gender) who is the subject of an earlier clause of the
   same sentence ('Trump made the remark as he ...'; a described one too: 'My mother has softened, but she
   ...'), else the last such speaker of the last few sentences (a person, or a description of one: 'a senior
   official'; for a 'she' not one described through 'her' who told 'her' X, ``possessed_speakers``), unless a
   person of that gender was named, or described as a subject ('my mother mentioned'), in a later sentence;
   never the speaker of the quotation the pronoun is in ('"She was wrong," Holt said' is not Holt); the person
   then takes the pronoun's gender (a pronoun chain);
3. 'they': the last plural speaker or organisation of the last two sentences, unless a plural people noun
   came after it ('interviewed 20 former staff. They said'), kept as its description;
4. 'it': the last organisation, outlet or document quoted or named, never a person.

Relative 'who' takes the nearest person or people noun of its clause ('a focal point for
demonstrators, who'). Role phrases are in ``roles``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import word_set
from .accused import accused_person
from .agreement import aside_start, bracketed_names, name_head, personal, source_gender, verb_argument
from .antecedents import described_body
from .asked_clauses import asked_words
from .blocks import block_start, name_line_at, own_person
from .cataphora import reported_subject
from .descriptions import DESCRIPTION, described, description_of, head_word, person_description
from .given_names import name_in_clause
from .guessed_genders import guessed_speaker
from .people import FEMALE, MALE, excluded, gender_of_first_name, gender_of_word, known_gender
from .people import compatible as _compatible  # (as ``roles`` and ``descriptions`` import it from here)
from .possessed_speakers import possessed_sources
from .relative_hosts import host_subject
from .singular_they import singular_they
from .statement_issuers import statement_issuer
from .subjects import main_subject, sentence_span, subject_since
from .syntax import PEOPLE_PLURALS
from .tables import positions, words_of

if TYPE_CHECKING:
    from .people import Person
    from .speakers import Resolved, SpeakerResolver

FIRST_PERSON = "first_person"
_FIRST = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves"})
_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "themselves"})
_POSSESSIVE_DETS = frozenset({"his", "her", "its", "their"})
SPEAKER_WINDOW = 5  # sentences a speaker stays salient for 'he'/'she'
ROLE_WINDOW = 4
GROUP_WINDOW = 2


class Salience:
    """The top-level speakers so far, in text order: (offset, sentence, resolved)."""

    def __init__(self, exclude: str | None = None) -> None:
        self.entries: list[tuple[int, int, Resolved]] = []
        self.exclude = exclude  # 'she' inside Holt's own quotation is not Holt

    def before(self, offset: int, exclude: str | None) -> Salience:
        """The speakers before ``offset``, ``exclude`` left out of every choice."""
        copy = Salience(exclude)
        copy.entries = [e for e in self.entries if e[0] < offset]
        return copy

    def add(self, offset: int, sentence: int, res: Resolved) -> None:
        if res.name and res.kind not in (FIRST_PERSON, "unknown", "reports"):
            self.entries.append((offset, sentence, res))

    def last(self, sentence: int, window: int, accept) -> Resolved | None:
        found = self.last_entry(sentence, window, accept)
        return found[1] if found is not None else None

    def last_entry(self, sentence: int, window: int, accept) -> tuple[int, Resolved] | None:
        """The last accepted speaker of the window and its sentence."""
        for _, where, res in reversed(self.entries):
            if sentence - where > window:
                return None
            if accept(res):
                return where, res
        return None


def pronoun(resolver: SpeakerResolver, lower: str, offset: int, salience: Salience,
            said: Sequence[tuple[int, int]] = ()) -> Resolved:
    """What the pronoun at ``offset`` stands for; ``said`` are the contents of the statement it
    is the source of, where its speaker is not ('The number of patients has fallen, they say')."""
    from .speakers import ORG, PERSON, UNKNOWN, Resolved

    sentence = resolver.sentence_of(offset)
    if lower in _FIRST:
        if resolver.in_quote(offset):
            return Resolved(None, FIRST_PERSON)
        turn = resolver.turn_at(offset)  # 'GRANT: I will ...'
        return turn if turn is not None else Resolved(None, UNKNOWN)  # else the author's own
    if lower in ("you", "your", "one"):
        return Resolved(None, UNKNOWN)
    if lower not in _MALE | _FEMALE | _PLURAL | {"it", "its", "itself"}:
        from .speakers import GROUP

        if lower in ("another", "someone", "somebody", "each"):  # one person, unnamed ('Another said')
            return Resolved(lower, DESCRIPTION)
        return Resolved(lower, GROUP, plural=True)  # 'everyone', 'nobody': as written
    # no speaker named after the pronoun ('He thinks X, according to an aide': not the aide)
    salience = salience.before(offset, salience.exclude)
    if lower in _MALE or lower in _FEMALE:
        wanted = MALE if lower in _MALE else FEMALE
        if (start := block_start(resolver, offset)) > 0:  # a block another writes: no one before it ('Brian T. ★★★★★')
            salience.entries = [e for e in salience.entries if e[0] >= start]
        # ('accused Tom Hale of X, a charge he denied': the one accused, not the last who spoke)
        res = accused_person(resolver, offset, wanted) or host_subject(resolver, offset, wanted, said) or _subject_before(
            resolver, offset, wanted, salience, said)  # ('held a rally in which he said X': who held it)
        first = _chain_start(resolver, sentence, lower) if res is None else None
        if first is not None:  # 'She was the daughter of Karl Pohl and his wife Berta. In her memoir she wrote'
            offset, sentence = first.idx, resolver.sentence_of(first.idx)
            res = _subject_before(resolver, offset, wanted, salience, said)
        if res is None:
            res = _described_in_the_quotation(resolver, offset, wanted, salience)
        if res is None:  # 'Bought it for my wife. She says X': the writer's own
            res = own_person(resolver, offset, wanted)
        if res is None:
            res = _salient_or_named(resolver, offset, sentence, wanted, salience, said)
        if res is None:  # none before: the person the report it follows is about ('X will retire, he said')
            res = reported_subject(resolver, offset, wanted, said)
        if res is None:  # none of that gender: the last speaker whose first name only guessed theirs ('Kari')
            res = guessed_speaker(resolver, offset, sentence, wanted, salience)
        if res is None:
            return Resolved(None, UNKNOWN)
        if res.kind != PERSON:  # 'My mother has softened ... she': kept as the description
            return Resolved(res.name, res.kind, res.affiliation, wanted)
        person = resolver.people.find(res.name.split()) if res.name else None
        if person is not None and person.gender is None:
            person.gender = wanted  # the chain: later pronouns agree with this one
        return Resolved(res.name, PERSON, res.affiliation, wanted)
    if lower in _PLURAL:
        # (a quoted 'they' is others the speaker means, not the last body that spoke: '"They told us X," she said')
        quoted = resolver.in_quote(offset)
        found = salience.last_entry(sentence, GROUP_WINDOW, lambda r: r.plural or r.kind in (ORG, "outlet") and not quoted)
        from .pair_subjects import plural_subject  # ('The two women took it to court. They said': the two named)

        group = plural_subject(resolver, offset, said, salience)
        if group is not None and (found is None or group[0] > found[0]):
            return group[1]  # the group named after the last plural speaker ('interviewed 20 former staff. They')
        if found is not None:
            res = found[1]
            return Resolved(res.name, res.kind, res.affiliation, plural=True)
        one = singular_they(resolver, sentence, salience, offset) if group is None and not resolver.in_quote(offset) else None
        if one is not None:  # 'The designer, Robin Vale, said X. They said Y': Vale
            return one
        name = resolver.last_mention(ORG, offset) if not resolver.in_quote(offset) else None  # (a quoted 'they': none)
        return Resolved(name, ORG if name else UNKNOWN, plural=True)
    if (issuer := statement_issuer(resolver, offset, sentence, salience)) is not None:
        return issuer  # ('read a statement outside the court. "X," it said': the statement's issuer)
    # 'it', 'its': an organisation, outlet or document, never a person described ('the GOP candidate')
    found = salience.last_entry(sentence, ROLE_WINDOW, lambda r: r.kind in (ORG, "outlet") and not personal(resolver, r)
                                or r.kind == DESCRIPTION and not person_description(resolver, r))
    # a body described as the subject since the last that spoke ('A division bench was hearing a petition filed
    # by the Nehru Colony RWA. It noted X': the bench; "The bank's troubles began when it disclosed X": the bank)
    it = resolver.doc.char_span(offset, offset + 1, alignment_mode="expand")
    noun = described_body(resolver.lex, it[0], resolver.in_quote) if it is not None and len(it) else None
    if noun is not None and (found is None or found[0] < resolver.sentence_of(noun.idx)):
        return description_of(resolver, noun, salience)
    body = _body_subject_before(resolver, sentence)
    if body is not None and (found is None or found[0] < sentence - 1):
        return Resolved(body, ORG)  # 'The Ostravan government was more cautious. It said': that body
    if found is not None:
        res = found[1]
        return Resolved(res.name, res.kind, res.affiliation)
    name = resolver.last_mention(ORG, offset)
    return Resolved(name, ORG if name else UNKNOWN)


#: the most characters between a quotation and the next that goes on with it past a cue
_CUE_GAP = 60


def _described_in_the_quotation(resolver: SpeakerResolver, offset: int, wanted: str, salience: Salience) -> Resolved | None:
    """'"My father saw the flood of 1966. He always told me ...",' a pronoun inside a quotation
    stands for a person the same quotation described as a subject just before (this sentence or
    the one before), not for someone the article named outside it (or the quotation the same cue
    split from it: '"My son called me," said Galina Sorova. "He said X."')."""
    quotes = resolver.quotes
    quote = quotes.around(offset, offset + 1) if quotes is not None else None
    if quotes is None or quote is None:
        return None
    sentence = resolver.sentence_of(offset)
    own = _MALE if wanted == MALE else _FEMALE
    tokens = list(resolver.doc.char_span(quote.start, offset, alignment_mode="contract") or [])
    split = [q for q in quotes.overlapping(max(0, quote.open - _CUE_GAP), quote.open) if q.end < quote.open]
    if split:  # (the one before ends a cue's length before this one opens: '," said Galina Sorova. "')
        tokens = list(resolver.doc.char_span(split[-1].start, split[-1].end, alignment_mode="contract") or []) + tokens
    for token in reversed(tokens):
        if sentence - resolver.sentence_of(token.idx) > 1:
            break
        if (token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ in ("nsubj", "nsubjpass") and gender_of_word(
                token.text) == wanted and not any(c.dep_ == "poss" and c.lower_ in own for c in token.children)):
            return description_of(resolver, token, salience)
    return None


def _chain_start(resolver: SpeakerResolver, sentence: int, lower: str) -> Token | None:
    """The first of the pronouns of one gender that open the sentences right before this one
    as their subjects (up to three), outside quotations: they all stand for one person, whom
    the first is resolved to."""
    same = _MALE if lower in _MALE else _FEMALE
    first = None
    for before in range(sentence - 1, max(-1, sentence - 4), -1):
        subject = main_subject(sentence_span(resolver, before))
        if subject is None or subject.lower_ not in same or resolver.in_quote(subject.idx):
            break
        first = subject
    return first


def _body_subject_before(resolver: SpeakerResolver, sentence: int) -> str | None:
    """The organisation the sentence before is about: its main clause's subject, named."""
    subject = main_subject(sentence_span(resolver, sentence - 1))
    ent = next((e for e in resolver.ents_in(subject.i, subject.i + 1) if e.label_ == "ORG"), None) if subject else None
    if ent is None or resolver.in_quote(ent.start_char):
        return None
    return resolver.body_name(ent)


def _gender_of(resolver: SpeakerResolver, name: str | None) -> str | None:
    """The gender known of the person so named (``people.known_gender``)."""
    person = resolver.people.find(name.split()) if name else None
    return known_gender(person) if person is not None else None


def _subject_before(resolver: SpeakerResolver, offset: int, wanted: str, salience: Salience,
                    said: Sequence[tuple[int, int]] = ()) -> Resolved | None:
    """The first person named as a subject earlier in the pronoun's own sentence, outside what
    the pronoun's speaker said ('Her mother, she said, had not slept')."""
    from .speakers import PERSON, Resolved

    doc = resolver.doc
    sent_start = resolver.sent_starts[resolver.sentence_of(offset)]
    span = doc.char_span(sent_start, offset, alignment_mode="contract")
    if span is None:
        return None
    subjects, words = {t.i for t in described(resolver)}, words_of(doc)  # (a Token made for a subject only: no other word is one)
    for token in (doc[i] for i in range(span.start, span.end) if i in subjects or words.pos[i] == "PROPN" and words.dep[i] in (
            "nsubj", "nsubjpass")):
        if any(a <= token.idx < b for a, b in said):
            continue
        if token.i in subjects:
            res = description_of(resolver, token, salience)
            own = _MALE if wanted == MALE else _FEMALE
            if _compatible(res.gender, wanted) and not any(c.dep_ == "poss" and c.lower_ in own for c in token.children):
                return res  # (not 'her son' for 'she': the 'her' is the one 'she' stands for)
            continue
        if resolver.in_quote(token.idx) or token.lower_ in resolver.lex.role_nouns:  # (a proper noun as a subject, as walked)
            continue  # ('The Minister for Health, Mary Kane, said she')
        if token.idx in _asked_offsets(resolver):
            continue  # 'Asked whether Belmora would drop its complaint, she said': the question's subject
        if not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].is_lower:
            continue  # 'Cross-examined by X, she agreed': the first part of a hyphened verb, no name
        person = resolver.person_for([token])
        if person is not None and excluded(person.name, salience.exclude):
            continue
        if person is not None and _compatible(known_gender(person), wanted):
            return Resolved(person.name, PERSON, person.affiliation, person.gender)
        if person is None and token.ent_type_ in ("PERSON", "") and token.lower_ not in resolver.lex.organisation_words \
                and _compatible(gender_of_first_name(token.text), wanted) and not token.is_upper:  # ('OBAN, Scotland -')
            return Resolved(token.text, PERSON)  # a name the NER missed ('Sanders said that he')
    return None


def _asked_offsets(resolver: SpeakerResolver) -> frozenset[int]:
    """Where the article names someone as the subject of a question put to another ('whether X
    would ...', 'if X had ...'), once per article: a subject under a clause that a 'whether' or
    an 'if' marks, below the clause's root."""
    known = getattr(resolver, "_asked_cache", None)
    if known is None:
        words = words_of(resolver.doc)
        heads, deps = words.head, words.dep
        # (read from the words' lists: only the subjects are made Tokens, for their offsets)
        marked = {heads[k] for word in ("whether", "if") for k in positions(words.lower, word, 0, len(deps)) if deps[k] == "mark"}
        asked = []
        for k in sorted(k for dep in ("nsubj", "nsubjpass") for k in positions(deps, dep, 0, len(deps))):  # (found in C)
            if deps[k] not in ("nsubj", "nsubjpass"):
                continue
            head = heads[k]
            while deps[head] != "ROOT" and heads[head] != head:
                if head in marked:
                    asked.append(k)
                    break
                head = heads[head]
        doc = resolver.doc
        known = frozenset(doc[k].idx for k in asked) | asked_words(resolver)  # (and every word of 'Asked X, she')
        resolver._asked_cache = known  # type: ignore[attr-defined]
    return known


def _salient_or_named(resolver: SpeakerResolver, offset: int, sentence: int, wanted: str,
                      salience: Salience, said: Sequence[tuple[int, int]] = ()) -> Resolved | None:
    """The last speaker of that gender, unless a person of that gender was named in a later
    sentence than that speaker's (then the person named last)."""
    from .speakers import PERSON

    found, passed, asked = None, False, asked_words(resolver) | possessed_sources(resolver, salience, wanted)  # (once)
    for at, where, res in reversed([e for e in salience.entries if e[0] not in asked]):
        if sentence - where > SPEAKER_WINDOW:
            break
        if excluded(res.name, salience.exclude):
            continue
        passed = passed or res.kind == PERSON or res.kind == DESCRIPTION and person_description(resolver, res)
        # (or as its own clause shows: 'A critic titled his review X' is no 'she')
        if res.kind == PERSON and _compatible(res.gender or _gender_of(resolver, res.name) or source_gender(resolver, at),
                                              wanted) or (
            res.kind == DESCRIPTION and person_description(resolver, res) and _compatible(
                res.gender or gender_of_word(head_word(res)) or source_gender(resolver, at), wanted)  # ('His daughter')
        ):
            found = (where, res)
            break
    # a person named since the speaker takes over, unless only in passing ('loyalists to Joe Biden')
    # (a speaker of the other gender since makes one named in passing no topic either: 'A critic for Semanal')
    named = _last_person_named(resolver, offset, wanted, found is not None or passed, salience.exclude, said)
    choice = found
    if named is not None and (choice is None or resolver.sentence_of(named[0]) > choice[0]):
        choice = (resolver.sentence_of(named[0]), named[1])
    # the person a sentence since is about ('A former inmate said X. "Nobody came," he said')
    block = resolver.sentence_of(start) if (start := block_start(resolver, offset)) else -1  # (its name line at most)
    about = subject_since(resolver, sentence, max(block, choice[0] if choice is not None else sentence - SPEAKER_WINDOW),
                          wanted, salience, said)
    if about is not None:
        return about
    # a person described as a subject since ('My mother mentioned ... she said')
    for token in reversed(described(resolver)):
        if token.idx >= offset or any(a <= token.idx < b for a, b in said):
            continue
        where = resolver.sentence_of(token.idx)
        if choice is not None and where <= choice[0] or sentence - where > SPEAKER_WINDOW or token.idx < start:
            break
        if any(c.dep_ == "poss" and c.lower_ in (_MALE if wanted == MALE else _FEMALE) for c in token.children):
            continue  # 'Jonas Mbeki ... His father was a miner. He said': 'his' and 'he' are one man
        res = description_of(resolver, token, salience)
        if _compatible(res.gender, wanted) and not excluded(res.name, salience.exclude):
            return res
    return choice[1] if choice is not None else None


def _last_person_named(resolver: SpeakerResolver, offset: int, wanted: str | None,
                       no_oblique: bool = False, exclude: str | None = None,
                       said: Sequence[tuple[int, int]] = ()) -> tuple[int, Resolved] | None:
    """The person named last before ``offset`` (of that gender), not in passing nor in what the
    pronoun's speaker said ('Ng, he said, had voted for it': not Ng)."""
    from .speakers import PERSON, Resolved

    found: list[tuple[int, Person]] = []
    asked, start = _asked_offsets(resolver), block_start(resolver, offset)  # (not before the block: ``blocks``)
    asked = asked | bracketed_names(resolver)  # (nor an actor's name in brackets: 'Idoia (Carla Benitez)')
    for person in resolver.people.values():
        if excluded(person.name, exclude) or not _compatible(known_gender(person), wanted):
            continue
        # the last mention that counts (the sets first, the look-ups of quotations and name lines last)
        last = next((o for o in reversed(person.offsets) if start <= o < offset and o not in resolver.possessives
                     and o not in resolver.bylines and not (no_oblique and o in resolver.obliques
                                                            and not verb_argument(resolver, o)) and o not in asked
                     and o not in resolver.placed and not any(a <= o < b for a, b in said) and not resolver.in_quote(o)
                     and not name_line_at(resolver, o)), None)
        if last is not None:
            found.append((last, person))
    if not found:
        return None
    best = max(found, key=lambda f: f[0])
    # within the sentence named last, its subject before an object or an apposition ('Kovac will
    # face the top seed, Mireille Dufort. She said ...' is Kovac)
    def subject(at: int) -> bool:
        return (head := name_head(resolver, at)) is not None and head.dep_ in ("nsubj", "nsubjpass")

    sentence = resolver.sentence_of(best[0])
    subjects = [f for f in found if resolver.sentence_of(f[0]) == sentence and subject(f[0])]
    if subjects and not subject(best[0]):
        best = max(subjects, key=lambda f: f[0])
    return best[0], Resolved(best[1].name, PERSON, best[1].affiliation, best[1].gender)


def _people_noun(resolver: SpeakerResolver, token: Token) -> bool:
    """A plural noun for people ('insiders', 'members', 'officials'), not things ('figures')."""
    lemma = token.lemma_.lower()
    if lemma in resolver.lex.role_nouns or token.lower_ in resolver.lex.role_nouns:
        return True
    if token.tag_ == "NNS" and (lemma in word_set("attribution/kin_group_nouns") or lemma in word_set("kin_nouns")):
        return True  # ('The families met the mayor. They said': kin and households)
    # by its ending, but not a measure ('cleared 8.21 meters': no count of people has a fraction)
    return token.lower_.endswith(PEOPLE_PLURALS) and not any(
        c.dep_ == "nummod" and c.like_num and any(ch in c.text for ch in ".,") and not c.text.replace(",", "").isdigit()
        for c in token.children)


def relative(resolver: SpeakerResolver, head: Token, salience: Salience) -> Resolved:
    """'X, who said ...': the antecedent of the relative pronoun."""
    from .speakers import GROUP, ORG, PERSON, UNKNOWN, Resolved

    doc = resolver.doc
    verb = head.head
    antecedent = verb.head if verb.dep_ == "relcl" and verb.head.i < head.i else None
    if antecedent is None:
        i = head.i - 1
        while i >= 0 and (doc[i].is_punct or doc[i].lower_ in ("of", "most", "some", "many", "all", "both")):
            i -= 1
        antecedent = doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") else None
    if antecedent is None or antecedent.dep_ == "pobj" and antecedent.head.lower_ in ("like", "as", "than") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in antecedent.lefts):
        return Resolved(None, UNKNOWN)  # 'does not look like a man who plans to run': no one in particular
    if head.lower_ in ("who", "whom"):
        given = name_in_clause(verb) if verb.dep_ == "relcl" else None  # 'who asked to be identified only as Haftom'
        antecedent = given if given is not None else _person_antecedent(resolver, antecedent, head)
    elif head.lower_ == "which" and antecedent.pos_ == "NOUN":  # 'the contractor, Glenmoor Civil Ltd, which': the name
        antecedent = next((c for c in antecedent.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < head.i),
                          antecedent)
    antecedent = _not_set_aside(antecedent)
    ents = [e for e in resolver.ents_in(antecedent.i, antecedent.i + 1) if e.label_ == "PERSON"]
    person = None
    if ents:
        person = resolver.person_for(resolver._name_tokens(ents[0]))
    elif antecedent.pos_ == "PROPN":
        person = resolver.person_for([antecedent])
    if person is not None:
        return Resolved(person.name, PERSON, person.affiliation, person.gender)
    if antecedent.pos_ == "PROPN":
        words = [t for t in antecedent.subtree if t.i <= antecedent.i and not t.is_punct and t.lower_ not in ("the", "a", "an")]
        # 'Generation Rent, which claims': 'which' stands for no person; an organisation the NER named
        body = head.lower_ == "which" or any(e.label_ in ("ORG", "NORP")
                                             for e in resolver.ents_in(antecedent.i, antecedent.i + 1))
        return Resolved(" ".join(t.text for t in words[-6:]), ORG if body else UNKNOWN)
    left = min(t.i for t in antecedent.subtree if t.i <= antecedent.i)
    phrase = resolver.phrase(doc[left : antecedent.i + 1], antecedent)
    plural = antecedent.tag_ == "NNS"
    return Resolved(phrase, GROUP if plural else "description", plural=plural)


def _person_antecedent(resolver: SpeakerResolver, antecedent: Token, who: Token) -> Token:
    """'who' is said of people: the nearest person or people noun before it in its clause
    ('a focal point for demonstrators here, who'; 'listeners to his radio program who';
    'Will Smith and Stevie Wonder, who'), else the parser's antecedent; a role in apposition
    to a name is that person ('John Bentel, a tech staffer at the State Department who')."""
    doc = resolver.doc
    chosen = None
    i = who.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    opened = aside_start(doc[i], reach=30) if i >= 0 else None
    i = opened - 1 if opened is not None else i  # 'generals -- most of whom had ... -- who': the aside skipped
    while i >= 0 and who.i - i <= 15 and not doc[i].is_sent_end:
        token = doc[i]
        if token.text == ")" and (opened := aside_start(token)) is not None:  # ('Idoia (Carla Benitez), a widow who')
            i = opened - 1
            if i >= 0 and doc[i].pos_ == "PROPN" and resolver.person_for([doc[i]]) is not None:
                chosen = doc[i]  # (the name before it: the character)
                break
            continue
        if token.pos_ in ("VERB", "AUX", "SCONJ") and token.dep_ not in ("amod", "compound"):
            break
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "poss", "nmod") and _person_token(
            resolver, token
        ):
            chosen = token
            break
        i -= 1
    if chosen is None:
        return antecedent
    if chosen.ent_type_ != "PERSON" and chosen.dep_ == "appos" and chosen.head.ent_type_ == "PERSON":
        return chosen.head
    return chosen


def _not_set_aside(antecedent: Token) -> Token:
    """'It was Councilman Arthur Bell, not Mayor Joan Whitley, who said X': a name 'not' sets
    aside beside another is no one the relative stands for; the one beside it is."""
    left = min(t.i for t in antecedent.subtree if t.i <= antecedent.i)
    if antecedent.dep_ in ("appos", "conj") and antecedent.head.i < antecedent.i and left > 0 and (
            antecedent.doc[left - 1].lower_ == "not"):
        return antecedent.head
    return antecedent


def _person_token(resolver: SpeakerResolver, token: Token) -> bool:
    if token.ent_type_ == "PERSON":
        return True
    if token.ent_type_ or token.pos_ == "PROPN":
        return False
    lemma = token.lemma_.lower()
    return (_people_noun(resolver, token) or lemma in resolver.lex.role_nouns or token.lower_ in resolver.lex.role_nouns
            or gender_of_word(token.text) is not None or token.tag_ == "NNS" and token.lower_.endswith("ors"))


__all__ = ["FIRST_PERSON", "Salience", "pronoun", "relative"]
