"""Who the source is: names merged within the article, pronouns and role nouns resolved.

A light coreference step made for news text (hand-written: coreferee needs a model per
language and is not maintained for spaCy 3.8). Name variants cluster on their last word
('Mr. O'Brien', 'O'Brien' -> 'Stephen O'Brien', the fullest form); 'he'/'she' go to the
last person named or quoted before; 'they'/'it' to the last organisation (or group of
people for 'they'); a role noun ('the spokesman', 'a UN diplomat') to the nearest person whose
apposition or title carries that role; organisations fold through ``aliases.canonical_name``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...aliases import TITLES, canonical_name, fold, is_known_organisation
from .candidate import ACCORDING, Candidate
from .lexicon import Lexicon

PERSON, ORG, OUTLET, REPORTS, UNKNOWN = "person", "organisation", "outlet", "reports", "unknown"
ORG_LABELS = ("ORG", "NORP", "GPE")
ARTICLES = ("the", "a", "an")


@dataclass
class Resolved:
    name: str | None
    kind: str
    affiliation: str | None = None


@dataclass
class Person:
    name: str  # fullest form
    key: str  # folded last word
    affiliation: str | None
    roles: set[str]
    first: int  # character offset of the first mention
    offsets: list[int] = field(default_factory=list)  # every mention


def _title_free(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_.rstrip(".") in TITLES:
        tokens = tokens[1:]
    for k, token in enumerate(tokens):
        # a free-standing mark ends the name ('Obama - "Great' from the NER); a hyphen
        # inside a name ('al-Halabi') does not
        if k and token.is_punct and (token.whitespace_ or tokens[k - 1].whitespace_):
            tokens = tokens[:k]
            break
    while tokens and tokens[-1].dep_ == "case" or tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    # a Span's text, not Doc.text: Doc.text is rebuilt from every token on each access
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _without_article(tokens: list[Token]) -> list[Token]:
    while tokens and tokens[0].lower_ in ARTICLES:
        tokens = tokens[1:]
    return tokens


class SpeakerResolver:
    """Resolves the sources of one article's candidates."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        self.people: dict[str, Person] = {}
        self.mentions: list[tuple[int, str, str]] = []  # (offset, kind, canonical name)
        self._offsets: dict[str, tuple[list[int], list[str]]] = {}
        self.ents = list(doc.ents)  # Doc.ents builds new Spans on every access
        self.ent_starts = [e.start for e in self.ents]
        self._index_entities()

    # ------------------------------------------------------------------ article index

    def _index_entities(self) -> None:
        for ent in self.ents:
            if ent.label_ == "PERSON" or self._person_like(ent):
                tokens = _title_free(list(ent))
                if not tokens:
                    continue
                name = _text(tokens)
                if len(name) < 2 or not name[0].isupper():
                    continue
                key = fold(tokens[-1].text)
                person = self.people.get(key)
                affiliation, roles = self._roles_of(ent)
                if person is None:
                    person = self.people[key] = Person(name, key, affiliation, roles, ent.start_char)
                else:
                    if len(name.split()) > len(person.name.split()):
                        person.name = name
                    person.affiliation = person.affiliation or affiliation
                    person.roles |= roles
                person.offsets.append(ent.start_char)
                self.mentions.append((ent.start_char, PERSON, key))
            elif ent.label_ == "ORG":
                self.mentions.append((ent.start_char, ORG, canonical_name(_text(_without_article(list(ent))))))

    def ents_in(self, start: int, end: int) -> list[Span]:
        """Entities overlapping tokens start..end."""
        i = max(0, bisect_left(self.ent_starts, start) - 1)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            if self.ents[i].end > start:
                out.append(self.ents[i])
            i += 1
        return out

    def _person_like(self, ent: Span) -> bool:
        """An ORG the small model made of a person's name ('Helena Sato'): two or three
        capitalised proper nouns, no organisation word, no known organisation."""
        words = [t for t in ent if t.text != "-"]
        if ent.label_ != "ORG" or not 2 <= len(words) <= 4:
            return False
        if not all(
            t.is_alpha and (t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper or t.lower_ in self.lex.name_particles)
            for t in words
        ) or words[-1].lower_ in self.lex.name_particles:
            return False
        if any(t.lower_ in self.lex.organisation_words for t in ent):
            return False
        return not is_known_organisation(ent.text) and ent.text.lower() not in self.lex.outlets

    def _role_words(self, tokens) -> set[str]:
        """Content words of a role description; organisation names folded to one word
        ('UN', 'the United Nations' -> 'org:United Nations')."""
        words: set[str] = set()
        for token in tokens:
            if token.ent_type_ in ("ORG", "NORP", "GPE") or token.pos_ == "PROPN" and token.is_upper:
                org = next(iter(self.ents_in(token.i, token.i + 1)), None)
                name = _text(_without_article(list(org))) if org is not None else token.text
                words.add("org:" + canonical_name(name))
            elif token.is_alpha and not token.is_stop:
                words.add(token.lemma_.lower())
        return words

    def _roles_of(self, ent: Span) -> tuple[str | None, set[str]]:
        """Affiliation and role words: 'UK Ambassador X', 'X, the UN's chief,', 'X from Y'."""
        root = ent.root
        words: set[str] = set()
        affiliation = None
        titles = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod", "poss") and t.i < ent.start]
        if titles:
            first = min(t.left_edge.i for t in titles)
            span = self.doc[first : ent.start]
            tokens = _without_article([t for t in span if not t.is_punct or t.text in (".", "'s")])
            if tokens:
                words |= self._role_words(tokens)
                if any(t.lower_.rstrip(".") not in TITLES for t in tokens):
                    affiliation = _text(tokens)
        for child in root.rights:
            if child.dep_ == "appos":
                tokens = _without_article(list(child.subtree))
                tokens = [t for t in tokens if not (t.is_punct and t.i == tokens[-1].i)]
                if tokens and len(tokens) <= 12:
                    affiliation = _text(tokens)
                    words |= self._role_words(tokens)
            elif child.dep_ == "prep" and child.lower_ in ("from", "of", "at", "with"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ORG_LABELS:
                    org = next((e for e in self.ents_in(pobj.i, pobj.i + 1)), None)
                    subtree = [t for t in pobj.subtree if not t.is_punct]
                    # the small model often tags only part of a name ('Save' of 'Save the
                    # Children'): a short phrase around the entity is the better name
                    whole = org is None or (len(subtree) <= 8 and subtree[0].i <= org.start and subtree[-1].i >= org.end - 1)
                    tokens = _without_article(subtree if org is None or whole else list(org))
                    affiliation = affiliation or _text(tokens)
                    words |= self._role_words(tokens)
        return affiliation, words

    def person_for(self, tokens: list[Token]) -> Person | None:
        tokens = _title_free(tokens)
        if not tokens:
            return None
        person = self.people.get(fold(tokens[-1].text))
        if (person is None or " " not in person.name) and len(tokens) == 1:
            # a first name alone ('Stephen') for the one person of the article who bears it
            first = fold(tokens[0].text)
            bearers = [p for p in self.people.values() if len(p.name.split()) > 1 and fold(p.name.split()[0]) == first]
            person = bearers[0] if len(bearers) == 1 else person
        return person

    # ------------------------------------------------------------------ resolution

    def resolve(self, cands: list[Candidate]) -> list[Resolved]:
        out: list[Resolved] = []
        last: dict[str, str] = {}
        for cand in cands:
            res = self.resolve_one(cand, last)
            out.append(res)
            if res.name and res.kind in (PERSON, ORG, OUTLET):
                last[res.kind if res.kind != OUTLET else ORG] = res.name
                last["any"] = res.name
        return out

    def resolve_one(self, cand: Candidate, last: dict[str, str]) -> Resolved:
        doc = self.doc
        if cand.source is None:
            if cand.reports:
                return Resolved("unspecified reports", REPORTS)
            return Resolved(None, UNKNOWN)
        span = doc.char_span(*cand.source, alignment_mode="expand")
        if span is None or not len(span):
            return Resolved(None, UNKNOWN)
        if cand.source_token is not None and span.start <= cand.source_token < span.end:
            head = doc[cand.source_token]
        else:  # a source found on the characters ('"..." - Jane Doe'): its last name word
            head = next((t for t in reversed(span) if t.pos_ == "PROPN"), span.root)
            span = doc[span.start : head.i + 1] if head.pos_ == "PROPN" else span
        lower = head.lower_
        if head.pos_ == "PRON" or lower in self.lex.personal_pronouns:
            if lower in self.lex.relative_pronouns:
                return self._relative(head, last)
            return self._pronoun(lower, cand.source[0], last)
        # a named person inside the source (the one nearest the head)
        people = [e for e in self.ents_in(span.start, span.end) if e.label_ == "PERSON" or self._person_like(e)]
        if people:
            ent = min(people, key=lambda e: abs(e.root.i - head.i))
            person = self.person_for(list(ent))
            if person is not None:
                aff = self._affiliation_in_source(span, ent) or person.affiliation
                return Resolved(person.name, PERSON, aff)
        if head.ent_type_ == "PERSON" or head.pos_ == "PROPN" and self.person_for([head]):
            person = self.person_for([head])
            if person is not None:
                return Resolved(person.name, PERSON, person.affiliation)
        named = self._unlabelled_name(span, head)
        if named is not None:
            return named
        tokens = _without_article([t for t in span if not t.is_punct or t.i not in (span.start, span.end - 1)])
        phrase = _text(tokens) or span.text
        if phrase.count("(") > phrase.count(")") and span.text.rstrip().endswith(")"):
            phrase += ")"
        if lower in self.lex.report_nouns and head.pos_ == "NOUN":
            return Resolved("unspecified reports", REPORTS)
        orgs = [e for e in self.ents_in(span.start, span.end) if e.label_ in ORG_LABELS]
        if phrase.lower() in self.lex.outlets:
            return Resolved(canonical_name(phrase), OUTLET)
        if head.pos_ == "PROPN" or head.ent_type_ in ORG_LABELS or is_known_organisation(phrase):
            org_ent = next((e for e in orgs if e.start <= head.i < e.end), None)
            name = _text(_without_article(list(org_ent))) if org_ent is not None else phrase
            if (org_ent is not None and name.count("(") > name.count(")") and org_ent.end < len(doc)
                    and doc[org_ent.end].text == ")"):
                name += ")"  # 'Médecins Sans Frontières (MSF' from the NER
            # 'Syrian officials' is a group of people, not the organisation 'Syrian'
            nationality = org_ent is not None and org_ent.label_ in ("NORP", "GPE") and head.pos_ != "PROPN"
            if not nationality and len(name.split()) <= 8:
                kind = OUTLET if name.lower() in self.lex.outlets else ORG
                return Resolved(canonical_name(name), kind)
        if lower in self.lex.role_nouns or head.lemma_.lower() in self.lex.role_nouns:
            person = self._role(span, head, cand.source[0])
            if person is not None:
                return Resolved(person.name, PERSON, person.affiliation or phrase)
            kind = PERSON if head.tag_ == "NN" and lower not in ("group", "agency", "government") else UNKNOWN
            return Resolved(phrase, kind)
        return Resolved(phrase, UNKNOWN)

    def _unlabelled_name(self, span: Span, head: Token) -> Resolved | None:
        """A person's name the NER missed: a run of two to four capitalised proper nouns
        ending at the head, or any proper noun run after a title ('Commissioner Reyes')."""
        named_head = head.pos_ == "PROPN" or (
            # the small model sometimes tags a surname as a verb ('Caroline Anning told')
            head.text[:1].isupper() and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
        )
        if not named_head:
            return None
        run = [head]
        i = head.i - 1
        while i >= span.start:
            token = self.doc[i]
            joined = token.text == "-" and not token.whitespace_ and i > 0 and not self.doc[i - 1].whitespace_
            if not (joined or token.pos_ == "PROPN" and token.dep_ == "compound"):
                break
            run.insert(0, token)
            i -= 1
        titled = any(t.lower_.rstrip(".") in TITLES for t in run) or (
            i >= span.start and self.doc[i].lower_.rstrip(".") in TITLES
        )
        tokens = _title_free(run)
        words = [t for t in tokens if t.text != "-"]
        if not words or not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in self.lex.name_particles) for t in words):
            return None
        if any(t.lower_ in self.lex.organisation_words for t in tokens) and not titled:
            return None
        if is_known_organisation(_text(tokens)) or _text(tokens).lower() in self.lex.outlets:
            return None
        if titled or 2 <= len(words) <= 4:
            person = self.person_for(tokens)
            name = _text(tokens)
            affiliation = self._affiliation_of_head(head)
            if person is not None and len(person.name.split()) >= len(tokens):
                return Resolved(person.name, PERSON, person.affiliation or affiliation)
            return Resolved(name, PERSON, affiliation)
        return None

    def _affiliation_of_head(self, head: Token) -> str | None:
        """'X, the mayor,' / 'X from Save the Children' on the source's own head."""
        for child in head.rights:
            if child.dep_ == "appos":
                tokens = _without_article([t for t in child.subtree if not t.is_punct])
                if tokens and len(tokens) <= 12:
                    return _text(tokens)
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "at", "with"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in ORG_LABELS):
                    tokens = _without_article([t for t in pobj.subtree if not t.is_punct])
                    return _text(tokens) if tokens else None
        return None

    def _affiliation_in_source(self, span: Span, ent: Span) -> str | None:
        affiliation, _ = self._roles_of(ent)
        return affiliation

    def _pronoun(self, lower: str, offset: int, last: dict[str, str]) -> Resolved:
        kind = self.lex.pronouns.get(lower, "person")
        if lower in ("i", "me", "my", "we", "us", "our", "you"):
            first_person = lower in ("i", "me", "my")
            return Resolved(last.get(PERSON) if first_person else last.get(ORG), PERSON if first_person else ORG)
        if kind == "person":
            name = last.get(PERSON) or self._last_mention(PERSON, offset)
            return Resolved(name, PERSON if name else UNKNOWN)
        name = last.get(ORG) or self._last_mention(ORG, offset)
        return Resolved(name, ORG if name else UNKNOWN)

    def _last_mention(self, kind: str, offset: int) -> str | None:
        """The last person (or organisation) named before ``offset``."""
        offsets = self._offsets.get(kind)
        if offsets is None:
            chosen = [(start, key) for start, mkind, key in self.mentions if mkind == kind]
            self._offsets[kind] = offsets = ([s for s, _ in chosen], [k for _, k in chosen])
        i = bisect_left(offsets[0], offset) - 1
        if i < 0:
            return None
        best = offsets[1][i]
        return self.people[best].name if kind == PERSON and best in self.people else best

    def _relative(self, head: Token, last: dict[str, str]) -> Resolved:
        verb = head.head
        antecedent = verb.head if verb.dep_ == "relcl" else None
        if antecedent is None:
            return Resolved(last.get("any"), UNKNOWN)
        person = self.person_for([antecedent]) if antecedent.pos_ == "PROPN" else None
        if person is not None:
            return Resolved(person.name, PERSON, person.affiliation)
        return Resolved(canonical_name(_text(_without_article(list(antecedent.subtree))[:6])), UNKNOWN)

    def _role(self, span: Span, head: Token, offset: int) -> Person | None:
        """The person whose title or apposition shares most role words with ``span``
        ('the UN's humanitarian chief'), the nearest mentioned one on a tie."""
        words = self._role_words(span)
        lemma = head.lemma_.lower()
        best, best_score = None, 0.0
        for person in self.people.values():
            shared = len(words & person.roles) + (lemma in person.roles)
            if not shared:
                continue
            distance = min(abs(o - offset) for o in person.offsets) if person.offsets else 10**6
            score = shared - min(distance, 10**6) / 10**6
            if score > best_score:
                best, best_score = person, score
        return best


def resolve_speakers(doc: Doc, cands: list[Candidate], lexicon: Lexicon) -> list[Resolved]:
    return SpeakerResolver(doc, lexicon).resolve(cands)


def is_outlet(name: str | None, lexicon: Lexicon) -> bool:
    if not name:
        return False
    return name.lower() in lexicon.outlets or fold(name) in {fold(o) for o in lexicon.outlets}


__all__ = ["ACCORDING", "Resolved", "SpeakerResolver", "resolve_speakers", "is_outlet"]
