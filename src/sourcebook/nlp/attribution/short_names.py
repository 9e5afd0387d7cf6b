"""Short names an article gives its bodies and the full names they stand for: initials it
defines in brackets ('the National Rail Authority (NRA)'), initials it uses without defining
them ('FTC' for the Federal Trade Commission named earlier) and a name's first word alone
('Halvorsen' for Halvorsen Foods). ``index.ArticleIndex`` reads these."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ...aliases import canonical_name, is_known_organisation
from .body_nouns import paper_words
from .tables import words_of

#: the short words inside a body's name that its initials leave out ('of', 'and', 'de', ...)
LINKS = frozenset(["of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le"])
#: 'the National Rail Authority (NRA)': a name of capitalised words (and the short words
#: between them) and the initials in brackets after it (a link's own in lower case: 'MoD', 'DfE')
_ACRONYM = re.compile(r"((?:[A-Z][\w'\u2019&-]*\s+(?:(?:of|for|and|the|on|in|de|du|des|la|le)\s+)*){1,8}"
                      r"[A-Z][\w'\u2019&-]*)\s+\(([A-Z][A-Za-z&.]{1,7})\)")
_BRACKETED = re.compile(r"\([A-Z][A-Za-z&.]{1,7}\)")


def initials(words: Iterable[str], fold: bool = False) -> str:
    """The first letters of a name's words in capitals, its links left out; with ``fold`` a
    link in capitals too ('The' of 'The Federal Trade Commission')."""
    return "".join(w[0] for w in words if (w.lower() if fold else w) not in LINKS).upper()


def linked_initials(words: Iterable[str]) -> str:
    """The first letters of a name's words with its links' own in lower case, 'the' left out:
    the initials some bodies go by ('MoD' for the Ministry of Defence, 'DfE' for the Department
    for Education)."""
    return "".join(w[0] if w in LINKS else w[0].upper() for w in words if w != "the")


def acronyms(text: str) -> dict[str, str]:
    """The initials an article defines ('the National Rail Authority (NRA)') and the names they
    stand for, when the initials are those of the name's words ('NRA' for National Rail
    Authority, the last words of a longer run: 'Trains run by the National Rail Authority'), or
    of its words with their links in lower case ('MoD' for the Ministry of Defence); and the name
    written with its initials, for the name alone."""
    out: dict[str, str] = {}
    # (every match holds initials in brackets, '(NRA)': an article without any, most, has none to define;
    # the bracket's test starts with a literal '(', which the search finds in C, not at every word as _ACRONYM)
    if _BRACKETED.search(text) is None:
        return out
    for match in _ACRONYM.finditer(text):
        short = match.group(2).replace(".", "")
        words = match.group(1).split()
        for first in range(len(words)):
            if words[first] not in LINKS and short.replace("&", "") in (initials(words[first:]), linked_initials(words[first:])):
                out[short] = canonical_name(" ".join(words[first:]))
                # (and the name with its initials, as the NER may take it whole: 'Department of Justice (DoJ)')
                out[f"{' '.join(words[first:])} ({match.group(2)})"] = out[short]
                break
    return out


def initials_of(names: list[str]) -> dict[str, str]:
    """Initials in capitals ('FTC') and the one longer name of the article whose words, its
    links left out, they are the initials of (the Federal Trade Commission), where the article
    does not define them in brackets (``acronyms``)."""
    out: dict[str, str] = {}
    for short in set(names):
        if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
            continue
        fulls = {full for full in set(names) if " " in full and initials(full.split(), fold=True) == short}
        if len(fulls) == 1:
            out[short] = fulls.pop()
    return out


def short_forms(names: list[str], organisation_words: frozenset[str], endings: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each one-word organisation name that opens exactly one longer name of the article whose
    other words are organisation words, in the plural too, or whose last is a firm's ``endings``
    ('Kestrel' -> 'Kestrel Baby Co', 'Quill' -> 'Quill Networks'), and that name ('Halvorsen' -> 'Halvorsen Foods'; not
    'United' when both United Airlines and United Nations are named, nor 'United Nations' for
    the United Nations Children's Fund); a paper's last word, the one name it ends ('Ledger')."""
    longer: dict[str, set[str]] = {}
    for short in set(names):
        if " " in short or is_known_organisation(short):
            continue
        if short.lower() in paper_words():  # 'the Ledger' for the Kelby Ledger: a paper by its last word
            longer.setdefault(short, set()).update(full for full in set(names) if full.endswith(" " + short))
        for full in set(names):
            rest = [w.strip(".,") for w in full[len(short) + 1 :].lower().split()] if full.startswith(short + " ") else []
            if rest and (all({w, w[:-1]} & organisation_words for w in rest) or rest[-1] in endings):
                longer.setdefault(short, set()).add(full)
    return {short: next(iter(fulls)) for short, fulls in longer.items() if len(fulls) == 1}


def with_lone_firm_heads(doc: Doc, ents: list[Span], heads: set[str], surnames: set[str],
                         common_words: frozenset[str]) -> list[Span]:
    """The entities with each untagged capitalised word alone that is the first word of a firm's
    name the article gives (``heads``, in lower case) and no surname of a person named in full
    (``surnames``), nor a common word or initials: that firm ('Coldbrook said' after 'Coldbrook
    Energy Partners'; not 'Coldbrook Energy' opening a longer name, 'in Coldbrook', a place,
    'Fishermen' beside the Fishermen's Federation, nor 'ICMS', whose initials name another)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    # the first word of one body's name only (not 'Meridian' of Meridian News and the Meridian Guild)
    fulls: dict[str, set[str]] = {}
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 1:
            fulls.setdefault(ent[0].lower_, set()).add(ent.text.lower())
    heads = {head for head in heads if len(fulls.get(head, ())) == 1}
    table = words_of(doc)
    added = [Span(doc, t.i, t.i + 1, label="ORG") for t in (doc[i] for i, lower in enumerate(table.lower) if lower in heads)
             if t.i not in covered and t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and t.lower_ in heads
             and t.lower_ not in surnames and not t.is_upper and t.tag_ != "NNS"
             and t.lower_ not in common_words and t.lemma_.lower() not in common_words
             and not (t.dep_ == "compound" and t.head.i == t.i + 1)
             and not (t.i > 0 and doc[t.i - 1].lower_ in ("in", "at", "near", "from", "across"))]
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents
