"""Documents as speakers: a report, poll, study or statement speaks for whoever made it.

'a report by the National Audit Office' and "the agency's report" are their authors'; 'figures
released by the commission' the commission named before; 'The report found' the last report
named with its author; 'In a statement, the police said X. "...," the statement said' the
police; 'reports say' unspecified reports. The reader of these is ``speakers.SpeakerResolver``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from . import anaphora, roles
from .affiliations import ORG_LABELS, _text, _without_article, owner_before
from .descriptions import FORCES, definite, group_nouns
from .index import DESCRIPTION, ORG, REPORTS, Resolved
from .people import gender_of_first_name
from .tables import words_of

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


#: how far back, in words, a document named again is looked for ('The statement said': about four sentences)
_BACK = 200


def speaker(resolver: SpeakerResolver, span: Span, head: Token, phrase: str,
            salience: anaphora.Salience) -> Resolved | None:
    """Who speaks through the document ``head`` names; None when it names none."""
    lex = resolver.lex
    lower = head.lower_
    owned = _owned(resolver, span, head, phrase)
    if owned is not None:
        return owned
    if lower in lex.report_nouns and head.pos_ == "NOUN":
        author = author_of(resolver, head, salience)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
        if author is None and owner is not None:
            # "the council's report": whoever 'the council' is
            author = roles.role(resolver, resolver.doc[owner.left_edge.i : owner.i + 1], owner, span.start_char, salience)
        if author is None and head.tag_ == "NN" and definite(head):
            # the last report, survey or study named with its author ('a survey published by X
            # ... the report says')
            return _authored_before(resolver, span, salience) or Resolved(phrase, DESCRIPTION)
        if author is None and head.tag_ == "NN" and head.text.islower() and any(
                c.dep_ == "acl" or c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                for c in head.children):
            return _commissioned(resolver, head, salience) or Resolved(phrase, DESCRIPTION)  # that one report
        return author or Resolved("unspecified reports", REPORTS, plural=True)
    author = author_of(resolver, head, salience) if lower in lex.written_nouns and head.tag_ == "NN" else None
    if author is not None:  # 'The recall notice, published by the agency, said': the agency
        return author
    if lower in lex.written_nouns and head.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.lefts):
        # 'In a brief statement, the police said X. "...," the statement said': the police
        start = span.start_char
        said = next((r for at, words, r in reversed(getattr(resolver, "media", ())) if at < start and lower in words
                     and resolver.sentence_of(start) - resolver.sentence_of(at) <= anaphora.ROLE_WINDOW), None)
        # 'The police department issued a statement on Sunday. The statement said X': its issuer
        # (only the same word as an object may be it: read from the words' lists, Tokens made for those only)
        table = words_of(resolver.doc)
        objects = (resolver.doc[i] for i in reversed(range(span.start)) if table.lower[i] == lower and table.dep[i] == "dobj")
        issued = (author_of(resolver, t, salience) for t in objects if t.head.lemma_.lower() in _PUBLISHING
                  and resolver.sentence_of(start) - resolver.sentence_of(t.idx) <= anaphora.ROLE_WINDOW)
        # 'A statement from the palace said X. The statement said Y': whose the last one named was, when it spoke
        # (within the sentences a role reaches back, read from the words' lists: no walk of the whole text)
        last = next((resolver.doc[i] for i in reversed(range(max(0, span.start - _BACK), span.start)) if table.lower[i] == lower),
                    None)
        spoke = author_of(resolver, last, salience) if last is not None and last.dep_ == "nsubj" and (
            resolver.sentence_of(start) - resolver.sentence_of(last.idx) <= anaphora.ROLE_WINDOW) else None
        return said or next((a for a in issued if a is not None), None) or spoke
    if lower in lex.poll_nouns and head.pos_ == "NOUN":
        author = author_of(resolver, head, salience)  # 'a poll published by the institute Ifam shows'
        if author is None and head.tag_ == "NN" and definite(head):
            # 'A poll by X found Y. The survey also showed Z': the last one named with its author
            author = _authored_before(resolver, span, salience)
        return author or _commissioned(resolver, head, salience)
    return None


def _owned(resolver: SpeakerResolver, span: Span, head: Token, phrase: str) -> Resolved | None:
    """A document a possessive pronoun opens, of whom the pronoun stands for ('"Households pay," said
    Professor Ada Hale. His study estimates X': Ada Hale's study; 'Analysts at the Baltic Observatory
    say X. Their latest report finds Y': the Observatory's), not the author of a report named before;
    None for any other, or when no one fits the pronoun."""
    lex = resolver.lex
    if not (head.pos_ == "NOUN" and head.lower_ in lex.document_nouns and len(span) > 1 and span[0].dep_ == "poss"
            and span[0].head.i == head.i):
        return None
    # ('Their': where the people the sentence before is about work, before any body named since)
    owner = (_workplace_before(resolver, span[0]) if span[0].lower_ == "their" else None) or owner_before(resolver, span)
    if owner is None:
        return None
    return Resolved(f"{owner}'s {_text(_without_article(list(span[1:])))}", DESCRIPTION, owner)


def _workplace_before(resolver: SpeakerResolver, their: Token) -> str | None:
    """The body the people the sentence before has for its subject are at or from, for a 'their'
    opening the next ('Analysts at the Baltic Observatory say X. Their latest report'); None for any other."""
    sent = their.sent
    if their.i != sent.start or sent.start == 0:
        return None
    root = resolver.doc[sent.start - 1].sent.root
    # (a plural, whatever tag the parser gave one opening the article: 'Researchers from X tracked Y')
    subject = next((c for c in root.children if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or c.tag_ == "NNP"
                    and c.lower_.endswith("s") and not c.ent_type_)), None)
    bodies = [g for c in (subject.children if subject is not None else ()) if c.dep_ == "prep" and c.lower_ in ("at", "from")
              for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "ORG"]
    ent = next((e for g in bodies for e in resolver.ents_in(g.i, g.i + 1) if e.label_ == "ORG"), None)
    return resolver._body_named(_text(_without_article(list(ent)))).name if ent is not None else None


def _commissioned(resolver: SpeakerResolver, report: Token, salience: anaphora.Salience) -> Resolved | None:
    """'A poll commissioned by the alliance shows X': the poll, of the body that paid for it
    (its affiliation); None when no one commissioned it."""
    body = author_of(resolver, report, salience, commissioned=True)
    if body is None:
        return None
    words = _without_article([t for t in resolver.doc[report.left_edge.i : report.i + 1] if not t.is_punct])
    return Resolved(_text(words), DESCRIPTION, body.name)


def _authored_before(resolver: SpeakerResolver, span: Span, salience: anaphora.Salience) -> Resolved | None:
    """The author of the last report, poll or study named with one before ``span``."""
    lex, table = resolver.lex, words_of(resolver.doc)
    for i in range(span.start - 1, -1, -1):  # (back over the words' lists: a Token made for a report's noun only)
        if not (table.pos[i] == "NOUN" and (table.lower[i] in lex.report_nouns or table.lower[i] in lex.poll_nouns)):
            continue
        t = resolver.doc[i]
        author = author_of(resolver, t, salience)
        if author is not None:
            return author
        verb = t.head.lemma_.lower()
        if t.dep_ == "nsubj" and t.tag_ == "NN" and not definite(t) and (verb in lex.cue_verbs or verb in lex.poll_verbs) and any(
                c.dep_ == "ccomp" for c in t.head.children):
            # the last one that reported itself, introduced with no author, is the one meant ('Parents should check
            # their children's records. A state audit found X. The report said Y': the audit, not the children; not
            # 'The 46-page report found X', itself one named before)
            return Resolved(resolver.phrase(resolver.doc[t.left_edge.i : t.i + 1], t), DESCRIPTION)
    return None


#: verbs of making a document public: their subject is its author
_PUBLISHING = frozenset(["publish", "release", "issue", "produce", "conduct", "commission", "unveil", "present"])


#: where a body publishes its own words ('posted on the ministry's website')
_OUTLETS = frozenset(["website", "site", "account", "page", "channel", "feed", "blog"])
#: verbs of paying for or asking for a document: their agent is not its author ('a review
#: commissioned by the regulator found', 'a study funded by the industry')
_COMMISSIONING = frozenset(["commission", "fund", "order", "request", "sponsor", "finance", "pay"])
#: verbs of coming by or passing on a document: their agent is not its author either ('a memo
#: seen by this newspaper', 'documents obtained by the group')
_RELAYING = frozenset(["see", "obtain", "review", "read", "quote", "cite", "receive", "leak", "share",
                       "broadcast", "air", "report", "circulate", "forward"])


def author_of(resolver: SpeakerResolver, report: Token, salience: anaphora.Salience,
              commissioned: bool = False) -> Resolved | None:
    """The organisation a report is by or from, or whose it is: one named, or a body's
    description ('figures released by the commission': the commission named before, or
    'a report by the provincial audit office': that office). With ``commissioned``, the body
    that paid for it instead ('a review commissioned by the regulator')."""
    doc = resolver.doc
    # by or from it, or by its making ('a poll published on Friday by Ifam')
    acls = [c for c in report.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    makers = [c for c in acls if c.lemma_.lower() in _COMMISSIONING] if commissioned else [
        report, *(c for c in acls if c.lemma_.lower() not in _COMMISSIONING | _RELAYING and not (
            c.lemma_.lower() == "carry" and not any(p.dep_ == "prt" for p in c.children)))]  # 'carried by KANA'
    authors = [g for m in makers for c in m.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
               for g in c.children if g.dep_ == "pobj"]
    # 'a statement posted on the ministry's website': whose site it is
    authors += [o for m in makers if m.i != report.i for c in m.children if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _OUTLETS
                for o in g.children if o.dep_ == "poss"]
    if not commissioned:
        authors += [c for c in report.children if c.dep_ in ("poss", "compound")]  # "the WHO's report", "a Red Cross report"
    if report.dep_ in ("nsubj", "nsubjpass") and not commissioned:
        # 'The report, by the UN Subcommittee on Torture, found': a 'by' the parser hung on the verb
        authors += [g for c in report.head.children if c.dep_ == "prep" and c.lower_ == "by" and report.i < c.i < report.head.i
                    for g in c.children if g.dep_ == "pobj"]
    if report.dep_ == "dobj" and report.head.lemma_.lower() in _PUBLISHING and not commissioned:
        # 'Researchers at the Northfield Institute published a study': the publisher, or where they work
        subject = next((c for c in report.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            authors.append(subject)
            authors += [g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("at", "from", "of")
                        for g in c.children if g.dep_ == "pobj"]
    # '..., a statement from the foreign ministry read.': the cue read as a noun, the body its compound
    misread = [next((c for c in reversed(list(t.lefts)) if c.dep_ == "compound"), None) for t in authors
               if t.lower_ in ("read", "reads")]
    authors += [t for t in misread if t is not None and t.text.islower()]
    for token in authors:
        name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None and token.lemma_.lower() in group_nouns():
            # 'by the institute Ifam', whatever the NER took the name for
            return resolver._body_named(_text(list(doc[name.left_edge.i : name.i + 1])))
        # or a name before it ('from the research firm Nielbury show', the cue read as a noun)
        ent = next((e for t in (token, *(c for c in token.lefts if c.dep_ == "compound"))
                    for e in resolver.ents_in(t.i, t.i + 1) if e.label_ in ORG_LABELS), None)
        if ent is not None and ent.label_ not in ("NORP", "GPE"):
            return resolver._body_named(_text(_without_article([t for t in ent if t.text not in ("'s", "\u2019s")])))
        if token.dep_ == "compound" and token.pos_ == "PROPN" and report.lower_ in resolver.lex.poll_nouns and ent is None:
            # 'the latest Harris survey': a pollster, whatever the NER took the name for
            names = [t for t in doc[token.left_edge.i : report.i] if t.pos_ == "PROPN" or t.text in ("/", "-", "&")]
            if not (len(names) == 1 and names[0].lower_ in resolver._group_words):  # (not 'Court records': no maker's name)
                return resolver._body_named(_text(names))
        # (or a body a possessive names by no group noun: "the race jury's communique"; not a
        # person's role: "the commissioner's report" is the caller's to resolve)
        owned = token.dep_ == "poss" and token.head.i == report.i and token.lemma_.lower() not in resolver.lex.role_nouns
        if (token.dep_ in ("pobj", "nsubj", "poss") and token.pos_ == "NOUN" or token in misread) and (
                token.lemma_.lower() in group_nouns() or owned):
            named = next((e for e in resolver.ents_in(token.i + 1, token.i + 2) if e.start == token.i + 1
                          and e.label_ == "ORG"), None)
            if named is not None:  # 'by the rights group Open Cell', the name no apposition
                return resolver._body_named(_text(list(named)))
            body = doc[token.left_edge.i : token.i + 1]
            unnamed = token.lower_ in resolver.lex.public_bodies or token.lower_ in FORCES  # ('the foreign ministry')
            return roles.role(resolver, body, token, body.start_char, salience) or Resolved(
                resolver.phrase(body, token), ORG if unnamed else DESCRIPTION)
        author = _named_author(resolver, token) if token.dep_ != "compound" else None
        if author is not None:
            return author
    return None


def _named_author(resolver: SpeakerResolver, token: Token) -> Resolved | None:
    """An author named, not described: a person by name or beside a noun ('The owner, Gwen
    Partridge, issued a statement'), or a name of capitalised words the NER left untagged and no
    one's ('Human Rights Monitor published a report')."""
    doc = resolver.doc
    if token.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.rights):
        person = resolver._named_person(doc[token.left_edge.i : token.right_edge.i + 1], token)
        # (a person the NER says is one: not 'a survey by consultancy Mysteel')
        if person is not None and any(t.ent_type_ == "PERSON" for t in doc[token.left_edge.i : token.right_edge.i + 1]):
            return person
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1  # (the name's words on one another: 'Human' on 'Rights' on 'Monitor')
    run = list(doc[start : token.i + 1])
    if (token.pos_ == "PROPN" and not token.ent_type_ and all(t.is_title or t.is_upper for t in run)
            and gender_of_first_name(run[0].text) is None):
        return resolver._body_named(_text(run))
    return None
