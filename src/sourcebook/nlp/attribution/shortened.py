"""A source named in full once and called after by its head noun alone: the fuller name before.

'Government sources said X. Y, the sources said' is those government sources; 'X, the regional
rescue service said. Y, the service said' is that rescue service; 'The Northmere Safeguarding
Partnership met on Monday. The partnership said X' is that partnership, a body the NER named
that no noun of the lexicon calls a speaker. Only 'the' and the noun: 'the local residents' or
'the service in Brask' say more than the mention before, and are read as written. A role
described as of a body by the body's noun names that body ('A spokesperson for the organization'
after the CTBTO: 'spokesperson for CTBTO'). An office's noun after an office of a place named in passing is that office
('the bishop' after 'the Bishop of Tarn': ``place_offices``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, canonical_name, fold
from .affiliations import HONORIFICS, _text
from .anaphora import ROLE_WINDOW, Salience
from .body_nouns import ANY_BODY, body_fits, introduced_so, name_heads
from .descriptions import group_nouns, head_word
from .index import DESCRIPTION, GROUP, ORG, OUTLET, Resolved
from .people import gender_of_first_name
from .place_offices import office_before

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def fuller_mention(resolver: SpeakerResolver, span: Span, head: Token, offset: int, salience: Salience) -> Resolved | None:
    """The source before whose name ends in this source's noun ('Government sources' for 'the
    sources'), else the body named before whose name that noun heads ('the partnership'); None
    for any source with more than 'the' and its noun."""
    words = [t for t in span if not t.is_punct]
    # (a clause set off by commas says nothing of which: 'The employees, who were not authorized to speak, said')
    aside = next((c for c in head.rights if c.dep_ == "relcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","),
                 None)
    words = [t for t in words if aside is None or t.i < aside.left_edge.i]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].i != head.i or head.pos_ != "NOUN" or not head.is_lower:
        return None
    plural = head.tag_ == "NNS"
    body = not plural and head.lemma_.lower() in group_nouns()  # a body's noun ``roles`` resolves
    sentence = resolver.sentence_of(offset)
    # (whose name that noun heads: not 'One curator at a large Scottish museum' for 'the museum')
    # (or a group described by the noun: 'A team of researchers at Carrow University said X. The team said Y')
    def fuller(r: Resolved) -> bool:
        words = (r.name or "").lower().split()
        return r.kind in (ORG, GROUP, DESCRIPTION) and len(words) > 1 and r.plural == plural and (
            words[-1] == head.lower_ and not set(words[:-1]) & _LINKS and not body
            or (r.kind != ORG or plural) and head_word(r) == head.lower_)  # ('Allies of the governor' read as a name)

    # (a body's noun: not past a body that spoke since, 'their union announced X. SEIU Local 1187 said Y. Z, the union said')
    before = salience.last(sentence, ROLE_WINDOW, lambda r: fuller(r) or body and r.kind in (ORG, OUTLET))
    before = before if before is not None and fuller(before) else None
    if before is not None:
        return Resolved(before.name, before.kind, before.affiliation, before.gender, before.plural)
    if plural or body:
        return None  # (or keeps as written: 'The outlet said' after a shop)
    # a body the article named without quoting it ('The Northmere Safeguarding Partnership met')
    name = resolver.last_mention(ORG, offset, within=ROLE_WINDOW, fits=lambda n: head.lower_ in name_heads(n))
    if name:
        return Resolved(name, ORG)
    # (or one the NER took for a work's name: 'The Northmere Safeguarding Partnership' as a WORK_OF_ART)
    for ent in reversed([e for e in resolver.doc_ents if e.start_char < offset and e.label_ in _MISREAD]):
        words = [t for t in ent if t.lower_ != "the" or t.i > ent.start]
        if sentence - resolver.sentence_of(ent.start_char) > ROLE_WINDOW:
            break
        if len(words) > 1 and words[-1].is_title and words[-1].lower_ == head.lower_ and not resolver.in_quote(ent.start_char):
            return Resolved(canonical_name(_text(words)), ORG)
    # (or an office of a place named in passing: 'After meeting the Bishop of Tarn, X said Y. The bishop said Z')
    return office_before(resolver, head) if head.lower_ in resolver.lex.role_nouns or head.lower_ in TITLES else None


def body_named(resolver: SpeakerResolver, phrase: str, head: Token, body: str | None) -> str:
    """A role described as a body's by the body's noun, with the body it stands for named when
    that is the last body named that the noun fits ('The CTBTO runs 300 stations. A spokesperson
    for the organization said': 'spokesperson for CTBTO'; not a body that spoke before another
    organisation was named); any other phrase as it is."""
    if body and phrase.endswith(" there") and any(c.dep_ == "advmod" and c.lower_ == "there" for c in head.rights):
        return f"{phrase[: -len(' there')]} for {body}"  # 'A spokesman there': the body 'there' points back to
    obj = next((g for p in head.rights if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                for g in p.children if g.dep_ == "pobj"), None)
    noun = obj.lemma_.lower() if obj is not None else ""
    # ('the organization', 'the group' may be any body: the one named last; looked for only when a body is given)
    last = None if body is None else resolver.last_mention(
        ORG, head.idx, fits=None if noun in ANY_BODY else lambda n: body_fits(resolver, n, noun))
    introduced = introduced_so(resolver, body, noun)  # ('Brackwell, the chain,')
    if body is None or (last is None or body not in (last, resolver.full_name(last))) and not introduced:
        return phrase  # (unless the article introduced the body by the noun, before another that fits it)
    if not body or obj is None or obj.pos_ != "NOUN" or obj.tag_ != "NN" or not obj.is_lower or obj.right_edge.i != obj.i:
        return phrase
    if obj.lemma_.lower() not in group_nouns() or any(t.pos_ == "PROPN" for t in head.lefts):
        return phrase  # (the body a role's own name gives is another's: 'a Velmora official at the ministry')
    tail = f"{obj.nbor(-1).text} {obj.text}" if obj.i and obj.nbor(-1).lower_ == "the" == obj.left_edge.lower_ else None
    return phrase[: -len(tail)] + body if tail and phrase.endswith(tail) else phrase


def body_apposed(resolver: SpeakerResolver, span: Span, head: Token) -> Resolved | None:
    """A role of a body described by a common noun whose name is set beside it ('A spokesperson for
    a second rival, Mobira,'): the body named, as for 'A spokesperson for the promoter, Crestline
    Live,', whatever the NER took the name for; not a person's name ('a spokesperson for the
    company, Jane Hale')."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in resolver.lex.role_nouns:
        return None
    prep = next((p for p in head.rights if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    doc = resolver.doc
    if prep is None or obj is None or obj.pos_ != "NOUN" or not obj.is_lower or obj.i + 2 >= span.end \
            or doc[obj.i + 1].text != ",":
        return None
    start = obj.i + 2
    end = start
    while end < span.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - start < 4:
        end += 1
    name = doc[start:end]
    if not len(name) or end < span.end and doc[end].text != "," or not _body_name(resolver, name, (head.i, obj.i)):
        return None
    return Resolved(resolver.full_name(canonical_name(name.text)), ORG)


def _body_name(resolver: SpeakerResolver, name: Span, hosts: tuple[int, ...]) -> bool:
    """Capitalised words set beside one of ``hosts`` that name no person: no first name or title
    opening them, no surname of someone named in full, no person's name of two words."""
    return (gender_of_first_name(name[0].text) is None and name[0].lower_.rstrip(".") not in TITLES | HONORIFICS
            and not any(p.given for p in resolver.people.by_surname.get(fold(name[-1].text), ()))
            and any(t.dep_ in ("appos", "npadvmod") and t.head.i in hosts for t in name)
            and not any(e.label_ == "PERSON" and len(e) > 1 for e in resolver.ents_in(name.start, name.end)))


#: words that make a name's last noun no head of it ('curator at a large Scottish museum')
_LINKS = frozenset(["at", "of", "for", "from", "in", "with", "on", "to", "by", "near", "who", "that", "which", "and"])
#: what the NER may take a body's name for
_MISREAD = frozenset(["WORK_OF_ART", "PRODUCT", "FAC", "LAW", "EVENT"])
