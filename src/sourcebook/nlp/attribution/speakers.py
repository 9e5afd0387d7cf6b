"""Who the source is: names merged within the article, pronouns and role nouns resolved.

A light coreference step made for news text (hand-written: coreferee needs a model per
language and is not maintained for spaCy 3.8). The article's people are indexed first
(``people.People``: name variants, same-surname people kept apart, gender). Then each
source, in text order:

1. no source: 'unspecified reports' for a 'reports of' cue, else unknown;
2. a number or a thing is no speaker ('63 percent', 'my lungs');
3. a pronoun: see ``anaphora`` (agreement, salience, the quote's own speaker for 'I');
4. a person named at the head of the source, or in apposition to it ('one of the family's
   attorneys, Justin Bamberg'), never one named in a modifier ('a narrator in the Clinton ad');
5. an organisation or outlet; a role phrase ('the president', 'the agency') through
   ``anaphora.role``; otherwise the description itself, trimmed of relative clauses
   ('a senior official', 'tax experts'): a generic source never gets a name.

Only top-level attributions (not those nested in another's content) make a speaker salient
for the pronouns that follow.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...aliases import TITLES, canonical_name, fold, is_known_organisation
from . import anaphora, answers, descriptions, documents, groups, ledes, others, quoted_owners, roles, shortened, untagged
from .affiliations import ORG_LABELS, _text, _without_article, owner_before, role_before, roles_of
from .age_appositions import before_age
from .antecedents import document_before, phrase_start
from .body_nouns import company_nouns, folded_outlets, fuller_names, paper_named
from .both_people import the_two
from .candidate import ACCORDING, Candidate
from .descriptions import FORCES, group_nouns
from .direct import QuoteIndex
from .epithet_after import named_before as named_just_before
from .epithets import holder as epithet_holder
from .given_fuller import full_given_names
from .given_names import naming_clause
from .index import (
    DESCRIPTION,
    FIRM_ENDINGS,
    GROUP,
    NUMBER_LABELS,
    ORG,
    OUTLET,
    PERSON,
    REPORTS,
    UNKNOWN,
    ArticleIndex,
    Resolved,
)
from .inner_names import before_inner_name
from .lexicon import Lexicon
from .naming import named_before, named_source
from .noun_owners import noun_owned
from .peers import office_before
from .people import gender_of_first_name, gender_of_word
from .phrases import body_name_after
from .public_epithets import holder as public_epithet
from .satellite_voices import subject_back
from .shares import SHARES  # heads of a share of people asked ('Only 12%', 'Nearly half', 'Two-thirds')
from .syntax import PEOPLE_ENDINGS
from .tables import words_of
from .trading_names import keep_possessives
from .writers import name_the_writer

#: nouns for the two or three people just named ('The pair said')
_PAIRS = frozenset(["pair", "duo", "trio", "couple"])
_LONG = 6  # a description longer than this is cut at its head's relative or participle clause


class SpeakerResolver(ArticleIndex):
    """Resolves the sources of one article's candidates."""

    def resolve(self, cands: list[Candidate]) -> list[Resolved]:
        salience = anaphora.Salience()
        out: list[Resolved] = []
        self.media: list[tuple[int, set[str], Resolved]] = []  # 'In a statement, X said': (offset, words, X)
        for cand in cands:
            res = public_epithet(self, cand, one := self.resolve_one(cand, salience), salience) or one  # 'the candidate'
            res = untagged.earlier_firm(self, cand, res, salience) or subject_back(self, cand, res, salience, (cands, out)) or res
            if cand.source is not None and cand.parent is None:  # 'Aid worker Rosa Lind', 'Aid' read as a verb
                res = untagged.person_closing(self, cand.source, res) or named_just_before(self, cand, res, (cands, out)) or res
            out.append(res)
            if cand.parent is None and cand.source:
                salience.add(cand.source[0], self.sentence_of(cand.source[0]), res)
                if cand.medium and res.name:
                    self.media.append((cand.source[0], set(cand.medium.lower().split()), res))
        ledes.name_the_lede(self, cands, out)
        ledes.name_the_headline_body(self, cands, out)
        others.not_the_reporter(self, cands, out, salience)
        answers.not_the_asker(self, cands, out, salience)
        quoted_owners.own_speaker(cands, out)  # 'I' inside a quotation: the quotation's own speaker
        name_the_writer(self, cands, out)  # 'By Ana Ruiz ... I told my landlord that X'
        # a person's affiliation is the first the article gives them ('Her EU counterpart, Marco
        # Rossi, said ...' / 'Rossi told reporters'): also on the records that name them bare
        # and their full name, where the NER tagged only the short form ('Marrow claims victory'
        # in the headline, 'Teresa Marrow' in the text, 'Ms Marrow's' tagged)
        # (one bearer of the surname only: not Donald Trump for 'Mrs. Trump')
        fuller = {bearers[0].name.split()[-1]: bearers[0].name for bearers in self.people.by_surname.values()
                  if len(bearers) == 1 and " " in bearers[0].name}
        out = [replace(r, name=fuller[r.name]) if r.kind == PERSON and r.name in fuller else r for r in out]
        out = full_given_names(self, out)  # ('Tom told her' before 'Tom Ebeling'; 'Hillary Vows X' in the headline)
        # a surname the NER took for a body, of the one person the records named in full with it ('Carol Finch ... Finch added')
        named: dict[str, dict[str, Resolved]] = {}
        for res in out:
            if res.kind == PERSON and res.name and " " in res.name:
                named.setdefault(res.name.split()[-1], {}).setdefault(res.name, res)
        out = [next(iter(named[r.name].values())) if r.kind == ORG and r.name in named and len(named[r.name]) == 1
               and not any(r.name in o.split() for o in self.organisation_names() if " " in o) else r for r in out]
        known: dict[str, str] = {}
        for res in out:
            if res.kind == PERSON and res.name and res.affiliation:
                known.setdefault(res.name, res.affiliation)
        return keep_possessives(self, cands, [replace(r, affiliation=known[r.name]) if r.kind == PERSON and r.name
                                                            in known and r.affiliation is None else r for r in out])

    def head_of(self, cand: Candidate) -> tuple[Span, Token] | None:
        """The source's words and its head (once per source: the resolver and the passes after it ask again)."""
        assert cand.source is not None
        if not hasattr(self, "_heads"):
            self._heads: dict[tuple[int, int, int | None], tuple[Span, Token] | None] = {}
        key = (*cand.source, cand.source_token)
        if key not in self._heads:
            self._heads[key] = self._head_of(cand)
        return self._heads[key]

    def _head_of(self, cand: Candidate) -> tuple[Span, Token] | None:
        assert cand.source is not None
        span = self.doc.char_span(*cand.source, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if cand.source_token is not None and span.start <= cand.source_token < span.end:
            head = self.doc[cand.source_token]
        elif cand.source_token is not None and cand.source_token < span.start:
            head = span.root  # the dateline cut off the source's head ('LONDON (Wire) - A surgeon who ...')
        else:  # a source found on the characters ('"..." - Jane Doe'): its last name word ('- a survivor of the Kell fire': none)
            head = next((t for t in reversed(span) if t.pos_ == "PROPN" and span[0].lower_ not in ("a", "an", "one")), span.root)
            span = self.doc[span.start : head.i + 1] if head.pos_ == "PROPN" else span
        if len(span) > 1 and span[-1].tag_ == "POS":  # "the landlord's claim": the landlord
            span = span[:-1]
        return span, head

    def resolve_one(self, cand: Candidate, salience: anaphora.Salience) -> Resolved:
        if cand.source is None:
            if cand.reports:
                return Resolved("unspecified reports", REPORTS, plural=True)
            return Resolved(None, UNKNOWN)
        found = self.head_of(cand)
        if found is None:
            return Resolved(None, UNKNOWN)
        span, head = found
        words = words_of(self.doc)  # (the words' lists: a Token made only for what is found)
        cut = next((i for i in range(span.start + 1, span.end) if words.text[i][:1].isupper()
                    and words.lower[i] in self.headline_verbs), None)
        if cut is not None and cut - span.start <= 4:  # 'Obama Calls ...' read as one name
            span = self.doc[span.start : cut]
            head = span[-1]
        headline = self.headline_end
        if span.start_char < headline:  # 'Elizabeth Warren Hammers Wells Fargo CEO': the name leads
            lead = next((e for e in self.ents_in(span.start, span.start + 1) if e.label_ == "PERSON"), None)
            if lead is not None and lead.start == span.start and lead.end < span.end and words.tag[lead.end] != "POS":
                span = self.doc[lead.start : lead.end]
                head = span[-1]
        span = before_inner_name(span, head)  # 'Allies of the governor, Ruth Baines,': the name is the governor's
        lower = head.lower_
        written = self.text[span.start_char : span.end_char]  # (span.text, without making a Token of each word)
        if lower == "one" and any(c.dep_ == "appos" for c in head.children):
            person = self._named_person(span, head) or groups.one_described(self, span, head)  # "one of its attorneys, X"
            if person is not None:
                return person
        if (pair := the_two(self, written, head, cand.source[0], salience)) is not None:
            return pair  # 'Both said', 'The two leaders said': the two just named
        if lower in SHARES and not any(c.dep_ == "prep" for c in head.rights):
            return Resolved(written.strip(" ,"), GROUP, plural=True)  # "Only 12% said": that share of those asked
        if (head.ent_type_ in NUMBER_LABELS or head.like_num and head.pos_ == "NUM") and not is_known_organisation(written):
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = next((g for g in of.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")), None) if of else None
            if group is not None:  # '84 percent of Latino voters': a share of a group, kept as written
                one = lower == "one"  # 'one of the diplomats': one of them (or whom a clause names: 'who gave her name, X')
                return (one and self._named_person(span, head) or None) or Resolved(
                    self.phrase(span, head), DESCRIPTION if one else GROUP, plural=not one)
            them = next((g for g in of.children if g.dep_ == "pobj" and g.lower_ in ("them", "those")), None) if of else None
            if (lower == "one" or lower in groups.NUMBERS) and them is not None or of is None and groups.bare_one(written):
                member = (groups.named_after(self, span, head) if lower == "one" else None) or groups.one_of(self, head, salience)
                if member is not None:  # (the one named after it: 'said one of them, Keisha Dunn, 28')
                    return member
            return groups.fraction(self, span, head) or Resolved(None, UNKNOWN)  # '63 percent' alone is no speaker
        if (named := descriptions.compared(self, span) or named_source(self, span, head) or named_before(self, head)) is not None:
            return named
        if (body := shortened.body_apposed(self, span, head)) is not None:  # 'A spokesperson for a rival, Mobira': that body's
            return body
        if (kind_after := untagged.body_before_kind(self, span)) is not None:
            return self._body_named(kind_after)
        apposed = next((c for c in head.children if c.dep_ == "appos"), None)
        if apposed is not None and any(c.dep_ == "conj" and c.i < apposed.i for c in head.children):
            apposed = None  # 'She and fellow council member Otis Brandt': the name is the second one's
        if apposed is not None:
            person = self._named_person(span, head) or self._named_body(span, head)
            if person is not None:
                return groups.joined(self, span, apposed, person) or groups.joined(self, span, head, person) or person
        if head.pos_ in ("PRON", "DET") and any(c.lower_ == "not" for c in head.lefts):
            return Resolved(f"not {lower}", GROUP, plural=True)  # 'Not everyone welcomed it': not 'everyone'
        share = groups.share(self, lower, span, head, salience) if lower in self.things else None
        if share is not None:  # 'some note that ...', 'Some in the industry believe'
            return share
        relative = next((i for i in range(max(span.start, head.i), span.end) if words.lower[i] in ("who", "whom")), None)
        if relative is not None and head.i != relative and lower in self.things:
            return anaphora.relative(self, self.doc[relative], salience)  # 'most of whom'
        acronym = head.is_upper and len(head) > 1 and is_known_organisation(head.text)  # 'WHO said', tagged a pronoun
        if (head.pos_ == "PRON" or lower in self.lex.personal_pronouns) and not acronym:
            if lower in self.lex.relative_pronouns:
                return anaphora.relative(self, head, salience)
            member = groups.one_of(self, head, salience) if lower == "one" else None
            if member is not None:  # '"It is over," one said', tagged a pronoun: one of those named
                return member
            document = document_before(self.lex, head) if lower == "it" else None
            if document is not None and (called := named_source(self, self.doc[document.left_edge.i : document.right_edge.i + 1],
                                                                document)) is not None:
                return called  # 'shared by an account called @Tallyho. It wrote X'
            if document is not None:  # 'The report was published on Tuesday. It found X': the report's
                return self._description(cand, self.doc[phrase_start(document).i : document.i + 1], document, salience)
            res = anaphora.pronoun(self, lower, cand.source[0], salience, said=cand.contents)
            return groups.joined(self, span, head, res) or res  # 'He and Ellis both urged': the two
        turn = self.turn_speaker(span.start_char, span.end_char) or descriptions.aged(self, written, span.start_char, salience,
            cand.contents) or groups.listed_bodies(self, span) or groups.the_other(self, span)  # (or bodies named together)
        if turn is not None:
            return turn
        person = self._named_person(span, head)
        if person is not None:
            return groups.joined(self, span, head, person) or person
        if (named := untagged.unlabelled_name(self, span, head)) is not None:
            return named
        if head.lemma_.lower() in _PAIRS and any(c.lower_ == "the" for c in head.lefts):
            return groups.the_pair(self, head, cand.source[0], salience, cand.contents)  # 'The pair said'
        body = noun_owned(self, cand, span, head, salience, self._named_body(span, head) or self._description(
            cand, span, head, salience))  # ("The company's board": the firm named before's)
        return groups.joined(self, span, head, body) or body  # 'The union and the council said'

    def _named_person(self, span: Span, head: Token) -> Resolved | None:
        """The person at the head of the source or in apposition to it ('one of the
        family's attorneys, Justin Bamberg'); a person named in a modifier is someone else
        ('Clinton campaign spokesman Brian Fallon', 'a narrator in the Clinton ad')."""
        ents = [e for e in self.ents_in(span.start, span.end) if e.label_ == "PERSON" or self._person_like(e)]
        ents.sort(key=lambda e: not e.start <= head.i < e.end)
        # not one of those a group is said to include ('The majority, including the Governor, X,')
        members = {t.i for c in head.rights if c.dep_ == "prep" and c.lower_ in ("including", "like", "among")
                   for t in c.subtree}
        for ent in ents:
            if ent.root.i in members:
                continue
            if not (ent.start <= head.i < ent.end or self._apposed(ent.root, head) or office_before(span, ent)):
                continue
            whole = untagged.whole_name(self, span, ent) if ent.start <= head.i < ent.end else None
            if whole is not None:  # 'Rugby Players Ireland' tagged a person 'Ireland'
                return self._body_named(_text(whole))
            if ent.root.head.i != head.i and ent.root.head.dep_ == "pobj" and self._body_like(ent):
                continue  # 'A lawyer for the distributor, Halcott Pharma Supply,': the name is the distributor's
            if head.pos_ == "NOUN" and (head.lemma_.lower() in group_nouns() or groups.one_for_many(head, ent)) and not (
                    ent.start <= head.i < ent.end):
                if ent.label_ == "PERSON" and any(g.dep_ == "pobj" and g.lemma_.lower() in self.lex.role_nouns
                                                  for p in head.rights if p.dep_ == "prep" for g in p.children):
                    # 'The office of the minister, Alan Pike,': the minister's office
                    return Resolved(f"{_text(self._name_tokens(ent))}'s {head.lower_}", ORG)
                return Resolved(canonical_name(ent.text), ORG)  # 'the construction firm, Bergstrom Bygg'
            apposed = next((c for c in head.rights if c.dep_ == "appos"), None)  # (the first: not 'X, founder of Y, a group')
            if ent.start <= head.i < ent.end and apposed is not None and apposed.pos_ == "NOUN" and (
                    apposed.lemma_.lower() in group_nouns()) and not (  # (not 'Sofia Lind, a developer')
                    apposed.lemma_.lower().endswith(PEOPLE_ENDINGS) and gender_of_first_name(ent[0].text)):
                return self._body_named(_text(self._name_tokens(ent)))  # 'IG Stahl, the union that ...'
            person = self.person_for(self._name_tokens(ent))
            if person is not None:
                own = None
                if head.pos_ == "NOUN" and span.start <= head.i < ent.start:
                    before = self.doc[span.start : ent.start]  # 'the mayor, Ona Kessel': mayor
                    own = role_before(before, owner_before(self, before), self)
                # the first the article gives (this one, when the index met the name later: 'A High
                # Court judge, Penelope Okonkwo' that the NER took for a body, then 'Justice Okonkwo')
                affiliation = own if own and ent.start_char < person.first else (
                    person.affiliation or roles_of(self, ent)[0] or own)
                return Resolved(person.name, PERSON, affiliation, person.gender)
        beside = self._name_beside_role(span, head, ents)
        if beside is not None:
            return beside
        named = head.pos_ == "PROPN" or head.pos_ in ("NOUN", "VERB") and head.text[:1].isupper()  # ('Ebeling' a verb)
        if named and head.ent_type_ not in NUMBER_LABELS and not (
                head.ent_type_ == "ORG" and is_known_organisation(head.text)):
            # 'Brandt said' for Tomas Brandt, whatever the NER says ('Reyes' tagged a noun and an
            # ORG, 'Salas' a WORK_OF_ART); 'Ivanka Trump' with her first name
            run = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i >= span.start]
            person = self.person_for([*run, head])
            given = (person is not None and len(run) == 1 and person.given is None and " " not in person.name
                     and gender_of_first_name(run[0].text) is not None)
            if given and person is not None:
                # 'Teresa Marrow declared victory' where the NER tagged only 'Ms Marrow': her full name
                person.name = f"{run[0].text} {person.name}"
            # a name the NER gave another type only as the surname of someone named in full ('Quinn' for Sarah Quinn)
            if person is not None and (head.ent_type_ in ("PERSON", "", "ORG") or given
                                       or len(person.name.split()) > 1 + len(run)):
                # what the article says they are, beside the name the NER missed ('Gemma Tully, the
                # union's secretary,' tagged a WORK_OF_ART)
                person.affiliation = person.affiliation or roles_of(self, self.doc[(run or [head])[0].i : head.i + 1])[0]
                return Resolved(person.name, PERSON, person.affiliation, person.gender)
        return None

    def _named_body(self, span: Span, head: Token) -> Resolved | None:
        """'The operator, Nordline Energy, said': an organisation set beside a common noun (or one in
        lower case the tagger took for a name: 'The cabin crew union, CrewUnite, said')."""
        if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.is_lower) and head.lower_ != "one":
            return None
        for ent in self.ents_in(span.start, span.end):
            if (ent.label_ == "ORG" or self._body_like(ent)) and ent.root.dep_ == "appos" and ent.root.head.i == head.i:
                return self._body_named(_text(_without_article(list(ent))))
        # the text decides where the parser set no apposition: 'the housing regulator, the Homes
        # Standards Authority' ending the source
        after = _without_article([t for t in self.doc[head.i + 2 : span.end] if not t.is_punct])
        run = body_name_after(after)
        if (head.i + 1 < span.end and self.doc[head.i + 1].text == "," and head.lemma_.lower() in self._group_words
                and run and len(run) == len(after)):
            return self._body_named(_text(run))
        return None

    def _body_named(self, name: str, plural: bool = False) -> Resolved:
        """An organisation or outlet speaking under ``name`` as written (the fuller name this
        article gives it before any other body's: 'the American Red Cross ... the Red Cross')."""
        known = canonical_name(name)
        fuller = fuller_names(self.organisation_names(), name, known)  # (not a part of it: 'the Board of Pellucid Bank')
        return Resolved(self.full_name(fuller.pop() if len(fuller) == 1 else known), OUTLET if is_outlet(name, self.lex) else ORG,
                        plural=plural)

    def _name_beside_role(self, span: Span, head: Token, ents: list[Span]) -> Resolved | None:
        """'the mayor, Ona Kessel' / 'the regional auditor, Piet Varn': a role, a comma and a
        person's name closing the source is that person, the role their affiliation (the
        parser seldom makes the name an apposition)."""
        if head.pos_ != "NOUN" or head.lower_ not in self.lex.role_nouns:
            return None
        for ent in ents:
            closes = all(t.is_punct for t in self.doc[ent.end : span.end])
            title = self.doc[ent.start - 1].lower_  # ', President Oren Dask', ', Mrs. Halima Musa' (the title no entity's)
            titled = ent.start > 1 and (title in self.lex.role_nouns or title.rstrip(".") in TITLES)
            if ent.start > head.i and ent.start > span.start and self.doc[ent.start - 1 - titled].text == "," and closes \
                    and not self._body_like(ent):
                person = self.person_for(self._name_tokens(ent))
                if person is not None:
                    before = self.doc[span.start : ent.start]
                    role = role_before(before, owner_before(self, before), self)
                    return Resolved(person.name, PERSON, role or person.affiliation, person.gender)
        return None

    def _body_like(self, ent: Span) -> bool:
        """A name that says it is a body's ('Sterling & Vane', 'Halcott Pharma Supply'), with the
        words the parser joined to it."""
        words = self.doc[min(ent.start, ent.root.left_edge.i) : max(ent.end, ent.root.right_edge.i + 1)]
        return any(t.text == "&" or t.lower_ in self.lex.organisation_words or t.lower_ in FIRM_ENDINGS for t in words)

    @staticmethod
    def _apposed(root: Token, head: Token) -> bool:
        """The name with this root is an apposition to ``head``, to what ``head`` is one of ('one
        of the family's attorneys, Justin Bamberg') or to a role set beside it ('Her brother, the
        painter Karl Wendt'; 'Its rapporteur, German MEP Ulrike Lenz', 'MEP' no entity), or the name a
        clause on ``head`` gives it ('who gave his name as X')."""
        verb = naming_clause(root)  # (or 'who gave only his first name, Karim', 'One driver I'll call Teresa')
        given = verb is not None
        if not given and root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_.lower() in (
                "identify", "know"):
            verb = root.head.head  # 'a man identified only as Tom'
        hung = verb is not None and (verb.head.i == head.i or verb.head.i > head.i and verb.doc[verb.left_edge.i - 1].text == ",")
        if verb is not None and verb.dep_ in ("relcl", "acl") and hung:
            return True  # 'One user, who gave his name only as Dean,', 'a man identified only as Tom'
        if root.dep_ != "appos":
            return False
        host = root.head
        return host.i == head.i or host.dep_ == "pobj" and host.head.head.i == head.i or (
            host.dep_ == "appos" and (host.pos_ == "NOUN" or host.pos_ == "PROPN" and not host.ent_type_) and host.head == head)

    def phrase(self, span: Span, head: Token) -> str:
        """The source as a description: no article, no relative or participle clause."""
        cut = [c for c in head.rights if (c.dep_ in ("relcl", "acl", "appos") or c.dep_ == "prep" and c.lower_ in (
            "including", "like", "among")) and span.start <= c.i < span.end]
        # a relative clause set off by a comma, whatever the parser hung it on ('from Tarsel, who gave his name')
        cut += [t for t in span if t.dep_ == "relcl" and t.i > head.i and self.doc[t.left_edge.i - 1].text == ","]
        # and what a body after the head is, set off ('for Brackwater Marine, the firm that won it')
        cut += [t for t in span if t.dep_ == "appos" and t.i > head.i and t.head.i > head.i and (t.head.ent_type_ == "ORG" or (
                head.pos_ == t.head.pos_ == "PROPN" and t.head.head.head == head))  # ('The Centre for X, a monitor that')
                and t.pos_ == "NOUN" and self.doc[t.left_edge.i - 1].text == ","]
        end = min((c.left_edge.i for c in cut), default=span.end)
        if end - span.start <= 1 or len(span) <= _LONG and not any(  # (a clause set off: 'The memo, dated June 2')
                c.dep_ == "relcl" or c.dep_ == "acl" and self.doc[c.left_edge.i - 1].text == "," for c in cut):
            end = before_age(span, head, span.end)  # (not 'The driver, 58,': ``age_appositions``)
        tokens = [t for t in self.doc[span.start : end] if not t.is_punct or t.i not in (span.start, end - 1)]
        tokens = _without_article(tokens)
        tokens = tokens[: max((i + 1 for i, t in enumerate(tokens) if not t.is_punct), default=0)]  # (no punctuation last)
        phrase = _text(tokens) or span.text
        if phrase.count("(") > phrase.count(")") and span.text.rstrip().endswith(")"):
            phrase += ")"
        return phrase

    def _description(self, cand: Candidate, span: Span, head: Token, salience: anaphora.Salience) -> Resolved:
        doc, lower = self.doc, head.lower_
        phrase = self.phrase(span, head)
        plural = head.tag_ in ("NNS", "NNPS")
        document = documents.speaker(self, span, head, phrase, salience) or epithet_holder(self, span, head, salience)
        if document is not None:  # a report, poll or statement: whoever made it ('The Ohio Republican': the one named)
            return document
        orgs = [e for e in self.ents_in(span.start, span.end) if e.label_ in ORG_LABELS]
        if phrase.lower() in self.lex.outlets:
            return Resolved(canonical_name(phrase), OUTLET)
        office = all(t.lower_ in self.lex.role_nouns for e in self.ents_in(head.i, head.i + 1) for t in e)  # 'Taoiseach'
        # (or the title the article gave a person: 'Recorder Julian Feltham ... the Recorder told him')
        given = head.pos_ == "PROPN" and span[0].lower_ == "the" and not head.ent_type_ and any(  # (read for a name only)
            head.lower_ in p.roles for p in self.people.values())
        if head.pos_ == "PROPN" and (head.lower_ in self.lex.role_nouns and (not head.ent_type_ or head.is_upper or office)
                                     or given):
            role = roles.role(self, span, head, cand.source[0] if cand.source else 0, salience)
            if role is not None:
                return role  # 'Senator from Texas says' in a title-case line
            # 'Mayor denies charge, says ...', 'One MP said', 'The Home Secretary said': a role
            if span.start == head.i or head.is_upper or span[0].lower_ == "the" and head.lower_ in TITLES:
                many = head.tag_ == "NNPS" or head.lemma_.lower() != head.lower_  # 'Neighbours described'
                return Resolved(phrase, GROUP if many else DESCRIPTION, gender=None if many else gender_of_word(head.text),
                                plural=many)
        # a lower-case word the tagger took for a name is none ('the prime minister' as NNP)
        proper = head.pos_ == "PROPN" and not head.text[:1].islower()
        # (the entities as mended: 'Farmers' opening a sentence, tagged ORG, is no name; nor a
        # firm's noun opening a headline alone: 'Chipmaker warns of weak demand')
        common = len(span) == 1 and head.is_sent_start and head.lower_ in company_nouns()
        if not common and (proper or any(e.label_ in ORG_LABELS for e in self.ents_in(head.i, head.i + 1))
                           or is_known_organisation(phrase)):
            org_ent = next((e for e in orgs if e.start <= head.i < e.end), None)
            # from the source's start to a cue after it at most: a Title-Cased headline may be
            # one entity to the NER ('Aid Groups Warn Of Hunger' for the source 'Aid Groups'),
            # and the cue is no part of a name
            cut = cand.cue[0] if cand.cue and cand.cue[0] > span.start_char else doc[-1].idx + 1  # no cue after: no cut
            whole = untagged.whole_name(self, span, org_ent) if org_ent is not None else None
            inside = untagged.name_within(span, whole or org_ent, cut) if org_ent is not None else []
            name = _text(_without_article(inside)) if inside else phrase
            if (org_ent is not None and name.count("(") > name.count(")") and org_ent.end < len(doc)
                    and doc[org_ent.end].text == ")"):
                name += ")"  # 'Médecins Sans Frontières (MSF' from the NER
            # 'Syrian officials' is a group of people, not the organisation 'Syrian'
            # ('Democrats said': a party's or a faith's members, a group, as 'Syrians' is)
            nationality = org_ent is not None and org_ent.label_ in ("NORP", "GPE") and (
                head.pos_ != "PROPN" or org_ent.label_ == "NORP" and head.tag_ == "NNPS")
            if not nationality and len(name.split()) <= 8:
                return self._body_named(name, plural=head.tag_ == "NNPS")
        at = cand.source[0] if cand.source else 0  # (or the fuller name before: 'Government sources ... the sources')
        role = roles.role(self, span, head, at, salience) or shortened.fuller_mention(self, span, head, at, salience)
        if role is not None and role.kind == PERSON and any(  # (no one named: 'The employee, who asked not to be named,')
                t.lemma_.lower() in self.lex.anonymity_verbs and any(c.dep_ == "auxpass" for c in t.children)
                or t.lower_ == "anonymity" for t in span):
            role = None
        if role is not None:
            return role
        if head.text.islower() and not plural and (head.lower_ in self.lex.public_bodies or head.lower_ in FORCES):
            return Resolved(phrase, ORG)  # 'the Russian defence ministry', 'the Jordavian army': a body, unnamed
        is_document = head.lemma_.lower() in self._documents or lower in self._documents  # 'Council records', 'the minutes'
        if lower in self.lex.role_nouns or head.lemma_.lower() in self.lex.role_nouns or (
                plural and head.pos_ == "NOUN" and head.lemma_.lower().endswith(PEOPLE_ENDINGS) and not is_document):
            kind, body = GROUP if plural else DESCRIPTION, roles.role_body(self, head, salience)
            return Resolved(shortened.body_named(self, phrase, head, body), kind, body,  # ('spokesperson for CTBTO')
                            gender=None if plural else gender_of_word(head.text), plural=plural)
        if head.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.lower_ in ("my", "your", "our") for c in head.children
        ) and not self._speaking_noun(head):
            return Resolved(None, UNKNOWN)  # 'my lungs', 'our tests': a thing, no speaker (not 'my husband')
        named = head.text[:1].isupper() and not any(c.dep_ == "det" for c in head.children)  # 'Trump knows' as a noun
        # 'a round-up', 'the sheer scale': a thing, no speaker (but what 'according to' names is the
        # source the writer gives: '..., according to swaps pricing')
        if head.pos_ == "NOUN" and not plural and not named and not self._speaking_noun(head) and cand.nature != ACCORDING:
            return Resolved(None, UNKNOWN)
        owner = owner_before(self, span) if span[0].lower_ in ("its", "their") and head.pos_ == "NOUN" else None
        if owner is not None:  # 'Its latest forecast' after the Valley Weather Office: that office's
            phrase = f"{owner}'s {self.phrase(span[1:], head)}"
        described = head.pos_ == "NOUN" or common
        return Resolved(phrase, GROUP if plural and not is_document else DESCRIPTION if described else UNKNOWN, plural=plural)

    def _speaking_noun(self, head: Token) -> bool:
        """A noun for someone or something that can be a source: a person or role, an
        organisation, a report or document ('the poll', 'the ad')."""
        lemma = head.lemma_.lower()
        words = (lemma, head.lower_)
        return (
            any(w in self.lex.speaking_nouns for w in words)
            or head.lower_.endswith(PEOPLE_ENDINGS)
        )


def resolve_speakers(doc: Doc, cands: list[Candidate], lexicon: Lexicon, quotes: QuoteIndex | None = None) -> list[Resolved]:
    return SpeakerResolver(doc, lexicon, quotes).resolve(cands)


def is_outlet(name: str | None, lexicon: Lexicon) -> bool:
    if not name:
        return False
    return name.lower() in lexicon.outlets or fold(name) in folded_outlets(lexicon.outlets) or paper_named(name)


__all__ = ["ACCORDING", "Resolved", "SpeakerResolver", "resolve_speakers", "is_outlet"]
