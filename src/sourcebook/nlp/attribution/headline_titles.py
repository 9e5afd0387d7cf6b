"""A headline's title is the person the opening sentences give that title word for word.

'Bishop of Wrexley says X' / 'The Bishop of Wrexley, Alun Pritchard, has said Y'; 'X, harbour master
says' / 'Harbour master Nils Eriksen said Y': the headline's source is the title the lede sets before
or beside a name, so its speaker is that person, whatever the headline's words were read as (the
recognizer tags 'Bishop of Wrexley' a body; 'master' is no role noun the lede rules know).

Only a headline source of two words or more that names no person (but by a title of its own words:
'Mayor' of 'Lord Mayor of Dunford'), and the first top-level source within ``ledes.LEDE_WINDOW`` sentences
of the body that resolved to a person and holds the same words (case aside) followed by a name or a
comma, or by the office's place and a comma ('The Lord Provost of Calder, Fiona Reid,'): not 'Rights group
leader X' for 'Rights group'. A headline in title case gives the NER's person the office's words ('Lord Provost
Backs Tram Plan' said by 'Provost') or runs one over the verb ('Constable Warns' of 'Chief Constable Warns Of X'):
with no holder in the lede, such a source ending in an office's word is the office itself, a description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import word_set
from .headline_roles import headline_records, lede_records
from .index import DESCRIPTION, PERSON, Resolved

if TYPE_CHECKING:
    from .candidate import Candidate
    from .speakers import SpeakerResolver


def name_the_headline_title(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved]) -> None:
    """Give a headline's title source ('Bishop of Wrexley', 'harbour master') the person the lede names with it."""
    for i in headline_records(resolver, cands):
        cand = cands[i]
        words = resolver.text[cand.source[0] : cand.source[1]].lower().split() if cand.source else []
        name = (out[i].name or "").lower().split()
        titled = bool(name) and all(w in words and (w in resolver.lex.role_nouns or w in word_set("titles")) for w in name)
        # (or a name run over the headline's verb, 'Constable Warns' of 'Chief Constable Warns Of Summer Disorder')
        # (the words right after it only, split off the rest of the text: not the whole article's split for each record)
        after = [w.lower() for w in resolver.text[cand.source[1] :].split(None, len(name))[: len(name)]] if (
            cand.source and name) else []
        misread = bool(name) and after == name and _office(resolver, words)
        if len(words) < 2 or out[i].plural or out[i].kind == PERSON and not (titled or misread):
            continue  # (a person named by a title of the headline's words, 'Mayor' of 'Lord Mayor of Dunford', is no name)
        for j in lede_records(resolver, cands, i):
            source = cands[j].source
            if source is not None and out[j].kind == PERSON and out[j].name and _titled(resolver, source, words):
                out[i] = out[j]
                break
        else:
            if out[i].kind == PERSON and cand.source:  # no holder named: the office itself ('Lord Provost Backs Tram Plan')
                out[i] = Resolved(" ".join(resolver.text[cand.source[0] : cand.source[1]].split()[
                    words[0] in ("the", "a", "an"):]), DESCRIPTION)


def _office(resolver: SpeakerResolver, words: list[str]) -> bool:
    """Whether a headline's source of title-case words ends in a role noun ('Chief Constable', 'Lord Provost')."""
    return words[-1] in resolver.lex.role_nouns or words[-1] in word_set("titles")


def _titled(resolver: SpeakerResolver, source: tuple[int, int], words: list[str]) -> bool:
    """Whether the source's tokens hold ``words`` in a row, then a proper noun or a comma (not at its end:
    'Filmmaker and author Dinesh D'Souza' for a headline's 'Dinesh D'Souza' names no title)."""
    tokens = [t for t in resolver.doc.char_span(*source, alignment_mode="expand") or () if t.lower_ not in ("the", "a", "an")]
    folded = [t.lower_ for t in tokens]
    for k in range(len(folded) - len(words) + 1):
        if folded[k : k + len(words)] == words:
            end = k + len(words)
            if end < len(tokens) and folded[end] == "of":  # the office's place, then the name ('Lord Provost of Calder, X')
                end = next((m for m in range(end + 1, len(tokens)) if tokens[m].pos_ != "PROPN"), len(tokens))
                return end > k + len(words) + 1 and end < len(tokens) and tokens[end].text == ","
            after = tokens[end] if end < len(tokens) else None
            return after is not None and (after.text == "," or after.pos_ == "PROPN")
    return False


__all__ = ["name_the_headline_title"]
