"""The article index speaker resolution works on: its people (``people.People``) and
organisations in order of mention, their roles and affiliations from titles and appositions,
sentence and paragraph starts, quotations and transcript turns ('WALLACE: ...')."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ...aliases import canonical_name, fold
from ..lexicon import table, word_set
from ..sentences import sentences
from .affiliations import HONORIFICS, _text, _title_free, _without_article, role_words
from .apposed_names import with_apposed_people
from .apposed_offices import without_apposed_offices
from .bodies import (
    with_described_bodies,
    with_listed_remits,
    with_named_bodies,
    with_nations_opening,
    with_whole_body_names,
    with_whole_name_phrases,
)
from .body_nouns import FIRM_ENDINGS, OVERSEERS, company_nouns, outlet_names, paper_like, survey_maker
from .candidate import dateline_end, dateline_places, headline_end
from .direct import QuoteIndex
from .entities import (
    NICKNAME_MARKS,
    RANKS,
    bare,
    label_votes,
    person_like,
    with_aged_people,
    with_called_people,
    with_described_people,
    with_introduced_bodies,
    with_nicknames,
    with_titled_people,
    with_untagged_people,
)
from .former_names import former_names
from .full_names import with_whole_names
from .index_mentions import bare_surnames, index_entities
from .interviews import label_at
from .its_bodies import with_its_bodies
from .leading_names import leading_forms
from .lexicon import Lexicon, headline_verbs
from .name_fringes import without_fringes
from .naming import with_named
from .particle_names import with_particle_names
from .peers import with_peers
from .people import (
    People,
    Person,
    gender_of_first_name,
    gender_of_word,
    people_after_office,
    with_hyphenated_given_names,
    with_split_names,
    without_office_words,
    without_role_words,
)
from .relabel import relabelled
from .short_names import acronyms, initials_of, short_forms, with_lone_firm_heads
from .surname_labels import with_known_surnames
from .syntax import PEOPLE_ENDINGS
from .tables import text_of, words_of

PERSON, ORG, OUTLET, REPORTS, UNKNOWN = "person", "organisation", "outlet", "reports", "unknown"
GROUP, DESCRIPTION = "group", "description"
NUMBER_LABELS = ("PERCENT", "CARDINAL", "MONEY", "QUANTITY", "ORDINAL")
#: words of a place's bodies: 'Cardith' alone is the town, not Cardith City Council
_PLACE_BODIES = frozenset(["city", "council", "county", "state", "district", "parish", "borough", "government",
                           "police", "assembly", "senate", "university", "college", "school", "hospital", "club", "fc", "court",
                           "tribunal", "parliament", "congress", "army", "navy", "board"])
#: regulators' and public services' short names ('FDA', 'Ofcom'): no firms
_PUBLIC_ACRONYMS = word_set("attribution/public_body_acronyms")
_PARAGRAPH = re.compile(r"\n\s*")
_TURN_LINE = re.compile(r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}|Q|A):\s")


def _named_on(forms: list[str]) -> bool:
    """A body's name whose words after the first are all capitalised words ('Goldreef Resorts')."""
    return all(form.istitle() and form.isalpha() for form in forms[1:])


@dataclass
class Resolved:
    name: str | None
    kind: str
    affiliation: str | None = None
    gender: str | None = None
    plural: bool = False


class ArticleIndex:
    """What one article says about its people and organisations."""

    def __init__(self, doc: Doc, lexicon: Lexicon, quotes: QuoteIndex | None = None) -> None:
        self.doc, self.lex, self.quotes = doc, lexicon, quotes
        self.people = People(doc)
        self.possessives, self.obliques, self.bylines = set[int](), set[int](), set[int]()
        self.ages_said: dict[tuple[str, str | None], tuple[int, Resolved]] = {}  # ('the 36-year-old': ``descriptions.aged``)
        self.placed: set[int] = set()  # names after 'in', 'at', 'near': places the NER took for people
        self.mentions: list[tuple[int, str, str]] = []  # (offset, kind, canonical name or person key)
        self._offsets: dict[str, tuple[list[int], list[str]]] = {}
        self._organisations: frozenset[str] | None = None
        self._shortened: dict[str, str] = {}  # set once every name is indexed
        self._names_read: dict[tuple[int, int], list[Token]] = {}  # (``_name_tokens``: asked again of the same names)
        self._group_words, self._kin_words = word_set("group_role_nouns"), word_set("kin_nouns")
        self._place_nouns = word_set("place_nouns")
        self._documents = word_set("source_types/document") | lexicon.document_nouns
        # nouns of a firm's trade ('maker', 'retailer'), which open no firm's name (unlike 'Union Pacific')
        self._trades = company_nouns() - {"company", "firm", "corporation", "conglomerate"}
        raw = list(doc.ents)  # Doc.ents builds new Spans on every access (``doc_ents``: the rules that read them after)
        self._votes, self.doc_ents = label_votes(raw), tuple(raw)
        # the first words of firms' names and the surnames of people named in full (``_firm_head``)
        self._firm_heads = self._firm_heads_of(raw)
        self._surnames = {bare(e[-1].text) for e in raw if e.label_ == "PERSON" and len(e) > 1}
        # a plural common noun is no name ('Campaigners said', a PERSON; initials closing on a capital are: 'MoD'), nor a common
        # noun opening a sentence and written nowhere else with a capital ('Chemical leak turns river orange'; read if one does)
        table = words_of(doc)
        opening = doc.to_array(SENT_START).tolist()  # (1 where a sentence starts, as Token.is_sent_start: no Token made)
        inner = cache(lambda: {lo for w, lo, at in zip(table.text, table.lower, opening, strict=True) if at != 1 and w.istitle()})
        tags = table.tag  # (the one word's tag, form and opening read from the lists: no Token made)
        raw = [e for e in raw if not (len(e) == 1 and e.label_ in ("PERSON", "ORG") and (tags[e.start] == "NNS" and not (
            table.text[e.start][-1].isupper()) or tags[e.start] == "NN" and opening[e.start] == 1
            and table.lower[e.start] not in inner()))]
        raw = [kept for e in raw if (kept := without_count(doc, e)) is not None]  # not 'Millions of' (an ORG)
        raw = without_fringes(doc, raw, table.text)  # not the closing stop ('said Luis Ferreira.'), nor a name's emoji
        doc_text = text_of(doc)  # (an entity's text read from it: Span.text makes a Token of each word)
        places = dateline_places(doc_text)  # ('west of Kearney' after 'KEARNEY, Neb. -': the place, no body)
        raw = [Span(doc, e.start, e.end, label="GPE") if e.label_ in ("ORG", "PERSON")
               and doc_text[e.start_char : e.end_char].lower() in places else self._past_dateline(doc_text, e) for e in raw]
        words = lexicon.organisation_words  # the NER's entities mended one kind of miss at a time (entities.py)
        ents = with_introduced_bodies(self, with_known_surnames(doc, [relabelled(self, e) for e in raw], lexicon))  # 'Reed-Kaur'
        ents = with_its_bodies(doc, with_named_bodies(doc, ents, words), lexicon.common_words, self._surnames)  # ('X cut its')
        ents = with_listed_remits(doc, ents, words, lexicon.common_words)  # 'the Department for Culture, Media and Sport'
        ents = with_whole_body_names(doc, ents, words)  # 'The Mines Inspectorate' (of 'Inspectorate'), "St Aldric's Church"
        ents = with_whole_name_phrases(doc, ents, words)  # "The Reporters' Shield Foundation", 'The 9th U.S. Circuit Court'
        ents = with_nations_opening(doc, ents, lexicon.public_bodies | word_set("source_types/government"))  # 'the Hispanic X'
        ents = with_titled_people(doc, ents, words, lexicon.role_nouns)  # 'Dame X', 'Fire Chief X'
        ents = with_aged_people(doc, ents, words)  # 'Maria, 34,'
        ents = with_called_people(doc, ents, words, lexicon.role_nouns)  # 'a volunteer named Farhad'
        ents = with_named(doc, ents, lexicon)  # 'a hacker known as Vesper', 'a group calling itself X'
        ents = with_described_people(doc, ents, words, lexicon.role_nouns)  # 'Emeka Adeyinka, a volcanologist,'
        ents = with_apposed_people(doc, ents, words, lexicon.role_nouns)  # "The firm's head of sales, Ana Ruiz," (a PRODUCT)
        ents = with_described_bodies(doc, ents, self._group_words)  # 'the UN human rights office'
        ents = with_peers(doc, with_untagged_people(doc, ents, words, self._place_nouns))  # 'Rosalind Achterberg is 71'
        ents = without_apposed_offices(doc, ents, lexicon.role_nouns)  # 'The Dean of X, the Very Rev Ann Ross,'
        ents = without_office_words(doc, with_hyphenated_given_names(doc, ents, words))  # 'Jean-Luc X', 'Minister of Y X'
        ents = people_after_office(doc, ents, lexicon.role_nouns, words)  # 'Vice Chair for Supervision Daniel Kessling'
        ents = without_role_words(doc, ents, lexicon.speaking_nouns, words, lexicon.common_words)  # 'County Clerk X', 'Liberal X'
        self.ents = with_split_names(doc, with_nicknames(doc, ents))  # 'Declan "Dizzy" Oakes', 'Farid | Mansour'
        # a name of several given names and surnames the NER cut ('Vera Lucia | Cardona Mejia', 'Maria do | Socorro Alves')
        barred = lexicon.role_nouns | words | self._place_nouns | HONORIFICS | RANKS  # ('Ana de la Cruz', untagged)
        self.ents = with_whole_names(doc, with_particle_names(doc, self.ents, barred), barred, lexicon.common_words)
        # the same for the firms the mending found ('Brightforge' after 'Brightforge Games')
        heads = self._firm_heads_of(self.ents)  # (of names of two words or more: the relabelling below keeps them)
        found = heads - self._firm_heads
        self.ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and len(e) == 1 and self._firm_head(e, found)
                     else e for e in self.ents]
        # and a firm's first word the NER left untagged ('Coldbrook said' after 'Coldbrook Energy Partners')
        self.ents = with_lone_firm_heads(doc, self.ents, heads, self._surnames, lexicon.common_words)
        #: what the article calls each organisation where it introduces it ('regulator' for
        #: 'Consumer safety regulator ProductSafe'): 'the regulator' later is that body
        self.descriptors: dict[str, set[str]] = {}
        self.ent_starts = [e.start for e in self.ents]
        # sentences, and paragraphs too: the parser sometimes runs a sentence across a break (Doc.text: read once)
        text = self.text = text_of(doc)
        self.headline_end = headline_end(text)
        paragraphs = [m.end() for m in _PARAGRAPH.finditer(text)]
        # a wire dateline, which the lines component sets apart for the parser ('NEW YORK \u2014 | The
        # drug cut ...'), stays with its paragraph's opening sentence for the rules that count sentences
        datelines = {end for at in (0, *paragraphs) if (end := dateline_end(text, at)) is not None}
        self.sent_starts = sorted(({s.start_char for s in sentences(doc)} | set(paragraphs)) - datelines)
        self.headline_verbs, self.things = headline_verbs(lexicon), word_set("quantifier_pronouns")
        index_entities(self)  # (the people and bodies named, ``index_mentions``)
        bare_surnames(self)
        bodies = [key for _, kind, key in self.mentions if kind == ORG]
        self._shortened = {**short_forms(bodies, lexicon.organisation_words, FIRM_ENDINGS), **initials_of(bodies),
                           **acronyms(text), **former_names(text)}  # (and 'Northgate Power' for 'X, formerly Northgate Power')
        # and a body's name's leading words alone ('Norrland said' after Norrland Telecom)
        self._shortened = leading_forms(self, [(o, key) for o, kind, key in self.mentions if kind == ORG], self._shortened)
        self.mentions = [(o, k, self._shortened.get(key, key) if k == ORG else key) for o, k, key in self.mentions]

    # ------------------------------------------------------------------ article index

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def _name_tokens(self, ent: Span) -> list[Token]:
        """The words of a person's name as the index reads it (read once per entity's words: the mentions' index and
        the resolution of each source ask again; a new list each time, which a caller may cut)."""
        known = self._names_read.get(key := (ent.start, ent.end))
        if known is None:
            known = self._names_read[key] = self._read_name_tokens(ent)
        return list(known)

    def _read_name_tokens(self, ent: Span) -> list[Token]:
        tokens = list(ent)
        marks = [k for k, t in enumerate(tokens) if t.text in NICKNAME_MARKS]
        if len(marks) == 2 and marks[0] > 0 and marks[1] < len(tokens) - 1:
            # 'Declan "Dizzy" Oakes': the marks are no end of the name (affiliations._text leaves the nickname out)
            tokens = tokens[: marks[0]] + tokens[marks[1] + 1 :]
        tokens = _title_free(tokens)
        # a headline's verb read as part of the name ('Obama Says'; in the headline, 'Obama Claims Hillary Most Qualified')
        return tokens[: next((k for k, t in enumerate(tokens) if k and t.lower_ in self.headline_verbs and t.text[:1].isupper()
                              and (k == len(tokens) - 1 or t.idx < self.headline_end)), len(tokens))]

    def _firm_heads_of(self, ents: list[Span]) -> set[str]:
        """The first words of bodies' names ('Torvane' of 'Torvane Industries', or of a name whose
        last word is a firm's or an organisation's, 'Kestrel Baby Co.', 'Grantham Medical School',
        when the first is no first name)."""
        words, table = self.lex.organisation_words, words_of(self.doc)  # (the names' words read from the lists: no Token)
        names = [(form[k:], table.lower[e.start + k : e.end], table.pos[e.start + k]) for e in ents if e.label_ == "ORG"
                 and len(form := table.text[e.start : e.end]) > (k := int(table.lower[e.start] == "the")) + 1]  # ('the X')
        return {bare(forms[0]) for forms, lows, pos in names if (pos == "PROPN" or (  # (or a coined word the tagger took
                    forms[0].istitle() and lows[0] not in self.lex.common_words))  # for a noun: 'Coldbrook Energy Partners')
                and (all(low in words and low not in _PLACE_BODIES for low in lows[1:])
                     or (lows[-1].rstrip(".") in FIRM_ENDINGS or lows[-1] in words or _named_on(forms))
                     and gender_of_first_name(forms[0]) is None and lows[0] not in words)}

    def _firm_head(self, ent: Span, heads: set[str]) -> bool:
        """A lone 'Torvane' the NER took for a person is the firm, unless a person named in
        full has that surname, or it is where something is ('in Dunmore', of the Dunmore Gazette)."""
        # (its text and the word before it read from the article's text and the words' lists: no Token made)
        name = bare(text_of(self.doc)[ent.start_char : ent.end_char] if len(ent) else "")
        return name in heads and name not in self._surnames and not (
            ent.start > 0 and words_of(self.doc).lower[ent.start - 1] in ("in", "at", "near", "from", "across"))

    def _place_like(self, ent: Span) -> bool:
        """A name ending in a place's noun or an organisation's word ('Victoria Falls', 'Lincoln Center')."""
        last = ent[-1].lower_
        return last in self._place_nouns or last in self.lex.organisation_words

    def _past_dateline(self, text: str, ent: Span) -> Span:
        """An entity run on from the dateline into the paragraph ('England - The Met Office'):
        its words after the dateline, without their article."""
        end = dateline_end(text, ent.start_char)
        if end is None or end >= ent.end_char:
            return ent
        start = next((t.i for t in ent if t.idx >= end), None)
        if start is None:
            return ent
        start += self.doc[start].lower_ == "the" and start + 1 < ent.end
        return Span(self.doc, start, ent.end, label=ent.label_)

    def _speaking(self, noun: Token) -> bool:
        """A noun for a person, a role or a body ('the mayor', 'her son', 'the union', 'a
        spokesman'), not for a place or a thing ('the capital', 'the ship')."""
        lemma = noun.lemma_.lower()
        return (lemma in self.lex.role_nouns or lemma in self._group_words or lemma in self._kin_words
                or lemma in word_set("attribution/source_nouns") or lemma.endswith(PEOPLE_ENDINGS))

    def full_name(self, name: str) -> str:
        """The fuller name the article gives an organisation it also calls by a short form
        ('Halvorsen' for Halvorsen Foods)."""
        return self._shortened.get(name, name)

    def body_name(self, ent: Span) -> str:
        """The fuller name of the body an entity names, read without its article or a possessive ending."""
        return self.full_name(canonical_name(_text(_without_article([t for t in ent if t.tag_ != "POS"]))))

    def organisation_names(self) -> frozenset[str]:
        """The names the article's organisations go by (canonical)."""
        if self._organisations is None:
            self._organisations = frozenset(key for _, kind, key in self.mentions if kind == ORG)
        return self._organisations

    def person_names(self) -> frozenset[str]:
        """The people's entities as written (each one's ``Span.text``), read once for the entities as they are."""
        known = getattr(self, "_person_names", None)
        if known is None or known[0] is not self.ents:
            text = text_of(self.doc)  # (a Span's text makes a Token of each word)
            known = self._person_names = (self.ents, frozenset(
                text[e.start_char : e.end_char] if len(e) else "" for e in self.ents if e.label_ == "PERSON"))
        return known[1]

    def firm_like(self, name: str) -> bool:
        """A name that may be a firm's: no council's, ministry's or other public body's word, no outlet's,
        no regulator's short name ('the FDA', 'an AAIB spokesperson'), no investigator's word ('Rail Accident Investigation
        Branch': ``OVERSEERS``), and a name at all ('the hydraulic fault' the NER took for a body is in lower case)."""
        return not set(name.lower().split()) & (_PLACE_BODIES | self.lex.public_bodies | OVERSEERS) and (
            canonical_name(name) not in outlet_names(self.lex.outlets)) and not paper_like(name) and name.lower() not in (
                _PUBLIC_ACRONYMS) and (
            name[:1].isupper() or name[:1].isdigit()) and not survey_maker(self, name)  # (not 'surveyed by FactSet')

    def main_organisation(self, firm: bool = False) -> str | None:
        """The organisation the article is about: named at least three times and more often
        than any other ('the bank' for Wells Fargo); a ``firm``, not a council or a ministry
        ('the company' is not Cardith City Council, however often the article names it)."""
        counts: dict[str, int] = {}
        for _, kind, key in self.mentions:
            if firm and not self.firm_like(key):
                continue
            if kind == ORG and not self.people.holders(fold(key)):  # 'Stumpf' taken for an ORG
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

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
        return person_like(self, ent)

    def _lone_names(self) -> frozenset[str]:
        known = getattr(self, "_lone", None)
        if known is None:
            doc, words = self.doc, words_of(self.doc)
            pos, n = words.pos, len(words.pos)
            # (not a word of another kind of name: 'Tour' of 'the Tour de l'Ouest' makes no 'Grand Tour' a person;
            # the parts of speech read from the words' list, a Token made for the entity type only)
            known = self._lone = frozenset(
                words.text[i] for i in range(n) if pos[i] == "PROPN" and (i == 0 or pos[i - 1] != "PROPN")
                and (i + 1 == n or pos[i + 1] != "PROPN") and doc[i].ent_type_ in ("", "PERSON")
            )
        return known

    def _role_words(self, tokens) -> set[str]:
        return role_words(self, tokens)

    def person_for(self, tokens: list[Token]) -> Person | None:
        """The person a name as written stands for; 'Mrs. Trump' is not Donald Trump."""
        if not tokens:
            return None
        before = self.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        gender = next((g for t in [before, *tokens] if t is not None and (g := gender_of_word(t.text))), None)
        tokens = _title_free(tokens)
        if not tokens:
            return None
        while tokens[0].i > 1 and self.doc[tokens[0].i - 1].text == "-" and not self.doc[tokens[0].i - 1].whitespace_ and (
                not self.doc[tokens[0].i - 2].whitespace_):
            tokens = [self.doc[tokens[0].i - 2], *tokens]  # the whole of a hyphenated name ('jun' of 'Choi Min-jun said he')
        # as written, a hyphen joining a name's parts ('Rhys-Evans', as the name was indexed)
        return self.people.find([w for w in _text(tokens).split() if w != "-"], tokens[0].idx, gender)

    # ------------------------------------------------------------------ resolution

    def last_mention(self, kind: str, offset: int, within: int | None = None, in_passing: bool = True,
                     fits: Callable[[str], bool] | None = None) -> str | None:
        """The last person (or organisation) named before ``offset`` (``within`` that many
        sentences, if given; not one named in passing, after a preposition, unless ``in_passing``;
        the last whose name ``fits``, if given)."""
        offsets = self._offsets.get(f"{kind}/{in_passing}")
        if offsets is None:
            chosen = [(start, key) for start, mkind, key in self.mentions
                      if mkind == kind and (in_passing or start not in self.obliques)]
            self._offsets[f"{kind}/{in_passing}"] = offsets = ([s for s, _ in chosen], [k for _, k in chosen])
        i = bisect_left(offsets[0], offset) - 1  # (no walk back past ``within``: none there is taken)
        floor = -1 if within is None or within < 0 or (k := self.sentence_of(offset) - within) <= 0 else self.sent_starts[k]
        while fits is not None and i >= 0 and offsets[0][i] >= floor and not fits(offsets[1][i]):
            i -= 1
        if i < 0:
            return None
        if within is not None and self.sentence_of(offset) - self.sentence_of(offsets[0][i]) > within:
            return None
        best = offsets[1][i]
        return self.people.by_key[best].name if kind == PERSON and best in self.people.by_key else best

    def turn_speaker(self, start: int, end: int) -> Resolved | None:
        """'WALLACE: ...' at the start of a line: a transcript turn, its speaker by name (``answers.transcript_turn``)."""
        return _transcript_turn()(self, start, end)

    def turn_at(self, offset: int) -> Resolved | None:
        """The speaker of the transcript turn holding ``offset`` ('GRANT: I will ...', 'Solberg: I think ...')."""
        text = self.text
        line = text.rfind("\n", 0, offset) + 1
        match = _TURN_LINE.match(text, line)
        if match is not None and match.end() <= offset:
            return self.turn_speaker(line, line + len(match.group(1)))
        label = label_at(text, line)  # a Q-and-A's answer ('Solberg: I think ...'; ``interviews``)
        if label is None or label[1] + len(label[0]) >= offset:
            return None
        return self.turn_speaker(label[1], label[1] + len(label[0]))

    def in_quote(self, offset: int) -> bool:
        return self.quotes is not None and self.quotes.around(offset, offset + 1) is not None


@cache
def _transcript_turn() -> Callable[[ArticleIndex, int, int], Resolved | None]:
    """``answers.transcript_turn``, imported once (``answers`` reads this index; an import statement in
    ``turn_speaker``, asked of most sources, would run the import machinery each time)."""
    from .answers import transcript_turn

    return transcript_turn


def without_count(doc: Doc, ent: Span) -> Span | None:
    """A name past the count of things the NER took into it ('Millions of', an ORG, before 'Veltra
    Mobile customers'): the words after 'of', or None when none are left."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2 or ent[0].lower_ not in magnitude_words() or ent[1].lower_ != "of":
        return ent
    return Span(doc, ent.start + 2, ent.end, label=ent.label_) if len(ent) > 2 else None


@cache
def magnitude_words() -> frozenset[str]:
    """The plural magnitudes of one word that count things ('dozens', 'thousands', 'millions': ``numbers.json``)."""
    return frozenset(k for k in table("numbers")["vague"] if " " not in k)


__all__ = ["ArticleIndex", "Resolved"]


