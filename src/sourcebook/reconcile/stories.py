"""Group the articles of a store into stories: the articles about one event.

A journalist's story is a set of reports that name the same people, places and organisations
and use the same distinctive words ("dam", "breach", "evacuated") within days of each other.
The pass:

1. **Features.** Each article becomes a TF-IDF vector over its title
   words (twice), its text words (stop words and numbers left out) and the words of the names
   spaCy found in it, as ``@word`` (twice: a name is a stronger sign of one event than a common
   word). A word's weight grows with how few articles use it, counting ``PRIOR`` articles about
   other things beside the store's (in a store of five reports on one flood, "flood" is still
   distinctive); a word in more than ``COMMON_SHARE`` of a large store is left out. Only each
   article's ``TERMS`` heaviest terms are kept: what it is about. Keeping few makes the
   similarity matrix sparse, so the pass stays about linear in the number of articles.
2. **Pairs.** Cosine similarity of those vectors, row block by row block (a sparse product),
   keeping the pairs at ``FLOOR`` or above whose dates are at most ``WINDOW_DAYS`` apart. An
   undated article pairs by content alone.
3. **Average linkage.** Stories merge, most similar first, while the mean similarity over
   every pair of their articles (pairs not kept count as 0) stays at ``THRESHOLD`` or above
   and their closest pair is at least ``STRONG``. Unlike joining every pair above a threshold,
   one article about two subjects cannot chain two stories into one, and a run of loosely
   related pieces does not become one giant story.
4. **Label and id.** The label is the three most distinctive names that at least two of the
   story's articles write (written in many of them and few others of the store), and its
   dates: ``Aleppo, Syrian, Assad · 13 Dec 2016``; a story of one article is labelled by its
   title. The id is "st_" + a hash of its earliest article's id (the earliest dated one, else
   the smallest id), so a story keeps its id when later articles join it.

Measured (``tests/reconcile/test_stories.py``): the seeds are one story, the bundled examples
one, PolNeAR dev's 84 political articles from Sept-Oct 2016 eight stories of two to four
articles (a police shooting and its protests, the first debate, polls with third-party
candidates ...) and 64 of one; 10,000 synthetic articles take about 18 seconds.

Articles are taken in id order, ties broken by id, and the vocabulary is sorted: the same
articles give the same stories and ids whatever order they arrive in and on either build
engine. Every article is in exactly one story (an article about nothing else in the store is a
story of one).
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from sourcebook.model import Story
from sourcebook.reconcile.stop_words import stop_words

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["COMMON_MIN", "COMMON_SHARE", "FLOOR", "NAME_LABELS", "PRIOR", "STRONG", "TERMS", "THRESHOLD",
           "WINDOW_DAYS", "StoryInput", "build_stories", "name_counts", "story_id", "story_label"]

#: mean similarity two stories need to become one (over every pair of their articles) ...
THRESHOLD = 0.08
#: ... and the similarity of their closest pair
STRONG = 0.15
#: pairs less similar than this are not kept (they count as 0 in the mean)
FLOOR = 0.05
#: dated articles further apart than this are never paired directly
WINDOW_DAYS = 10
#: articles about other things assumed beside the store's when weighing a word by how few
#: articles use it: in a store of five reports on one flood, "flood" is still distinctive
PRIOR = 20
#: a term in more than this share of the articles (and more than ``COMMON_MIN`` of them) is
#: left out: it tells no event apart, and leaving it out keeps the similarity matrix sparse
COMMON_SHARE = 0.05
COMMON_MIN = 50
#: the most distinctive terms kept per article
TERMS = 80
#: names in a story's label
LABEL_NAMES = 3
#: names weighed for a story's label (the most mentioned)
CANDIDATES = 20
#: entity labels whose names define a story
NAME_LABELS = ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")
#: rows of the similarity product computed at once (bounds its memory)
_BLOCK = 1000

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_THE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s$", re.IGNORECASE)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class StoryInput:
    """What grouping needs of one article: its id, date, title, text and named entities
    (text, spaCy label)."""

    article_id: str
    published: str | None
    title: str | None
    text: str
    entities: tuple[tuple[str, str], ...] = ()


def _words(text: str) -> list[str]:
    stop = stop_words()
    # findall, not finditer: the pattern has no group, so it gives each match's text without a match object
    return [w for w in (found.lower().replace("’", "'") for found in _WORD.findall(text))
            if len(w) > 2 and w not in stop]


def clean_name(name: str) -> str:
    """An entity as a name: spaces squashed, no leading article or trailing possessive
    ("the United Nations's" -> "United Nations")."""
    name = " ".join(name.split())
    return _POSSESSIVE.sub("", _THE.sub("", name)).strip(" .,;:\"'“”‘’")


def _terms(item: StoryInput) -> list[str]:
    """The article's terms: title words twice, text words, and each name's words as
    ``@word`` twice (a name is a stronger sign of one event than a common word)."""
    title = _words(item.title or "")
    names = [f"@{w}" for text, label in item.entities if label in NAME_LABELS for w in _words(clean_name(text))]
    return title * 2 + _words(item.text) + names * 2


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value).toordinal() if value else None
    except ValueError:
        return None


def _term_frequencies(items: Sequence[StoryInput]) -> sparse.csr_matrix:
    """1 + log(count) of each term per article, columns in sorted term order: what
    scikit-learn's ``TfidfVectorizer(sublinear_tf=True, use_idf=False, norm=None)`` gives,
    entry for entry and in its order within a row (a row's terms by first use in the store),
    which the float sums below depend on; importing scikit-learn took a second of every build."""
    from scipy import sparse  # 0.07-0.08 s of CPU to import: only a store of two articles or more needs it

    vocabulary: dict[str, int] = {}
    columns: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for item in items:
        counter: dict[int, int] = {}
        for term in _terms(item):
            column = vocabulary.setdefault(term, len(vocabulary))
            counter[column] = counter.get(column, 0) + 1
        columns.extend(counter)
        counts.extend(counter.values())
        indptr.append(len(columns))
    matrix = sparse.csr_matrix((np.asarray(counts, dtype=np.float64), np.asarray(columns, dtype=np.int32),
                                np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(vocabulary)))
    matrix.sort_indices()
    order = np.empty(len(vocabulary), dtype=np.int32)  # first-use column -> sorted-term column
    order[[vocabulary[term] for term in sorted(vocabulary)]] = np.arange(len(vocabulary), dtype=np.int32)
    matrix.indices = order.take(matrix.indices)
    np.log(matrix.data, matrix.data)
    matrix.data += 1.0
    return matrix


def _vectors(items: Sequence[StoryInput]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows, each cut to its ``TERMS`` heaviest terms."""
    from scipy import sparse

    matrix = _term_frequencies(items)
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    idf = np.log((matrix.shape[0] + PRIOR) / (df + 1.0)) + 1.0
    idf[df > max(COMMON_MIN, COMMON_SHARE * matrix.shape[0])] = 0.0  # in too many articles to tell events apart
    matrix = sparse.csr_matrix(matrix @ sparse.diags(idf))
    rows, cols, vals = [], [], []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        idx, data = matrix.indices[start:end], matrix.data[start:end]
        if len(data) > TERMS:
            keep = np.lexsort((idx, -data))[:TERMS]  # heaviest first, ties by column: deterministic
            idx, data = idx[keep], data[keep]
        norm = float(np.sqrt((data * data).sum()))
        if norm > 0:
            rows.extend([i] * len(idx))
            cols.extend(idx.tolist())
            vals.extend((data / norm).tolist())
    return sparse.csr_matrix((vals, (rows, cols)), shape=matrix.shape)


def _pairs(vectors: sparse.csr_matrix, days: Sequence[int | None]) -> dict[tuple[int, int], float]:
    """(i, j) with i < j -> cosine similarity, for pairs at ``FLOOR`` or above within the window."""
    found: dict[tuple[int, int], float] = {}
    transposed = vectors.T.tocsc()
    day = np.array([-1 if d is None else d for d in days], dtype=np.int64)
    for top in range(0, vectors.shape[0], _BLOCK):
        block = (vectors[top:top + _BLOCK] @ transposed).tocoo()
        rows, cols, sims = block.row.astype(np.int64) + top, block.col.astype(np.int64), block.data
        a, b = day[rows], day[cols]
        keep = (rows < cols) & (sims >= FLOOR) & ((a < 0) | (b < 0) | (np.abs(a - b) <= WINDOW_DAYS))
        found.update(zip(zip(rows[keep].tolist(), cols[keep].tolist(), strict=True), sims[keep].tolist(), strict=True))
    return found


def _average_linkage(n: int, pairs: dict[tuple[int, int], float]) -> list[list[int]]:
    """Clusters of 0..n-1 by average linkage over the sparse similarities, two clusters joining
    only while some pair of their articles is at least ``STRONG`` (hand-written: scikit-learn's
    AgglomerativeClustering needs a dense distance matrix, quadratic in n)."""
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # cluster -> neighbour -> [summed similarity, strongest pair]
    links: dict[int, dict[int, list[float]]] = {i: {} for i in range(n)}
    for (i, j), sim in pairs.items():
        links[i][j] = [sim, sim]
        links[j][i] = links[i][j]
    heap = [(-sim, i, j) for (i, j), sim in pairs.items() if sim >= STRONG]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in links[a]:
            continue  # merged away since this entry was pushed
        total, strongest = links[a][b]
        mean = total / (len(members[a]) * len(members[b]))
        if mean < THRESHOLD or strongest < STRONG:
            continue
        if mean < -negative - 1e-12:  # stale: the pair's mean fell since; push it again
            heapq.heappush(heap, (-mean, a, b))
            continue
        keep, gone = min(a, b), max(a, b)  # the cluster keeps its smallest index: deterministic
        members[keep].extend(members.pop(gone))
        links[keep].pop(gone)
        for other, (total, strongest) in sorted(links.pop(gone).items()):
            if other == keep:
                continue
            del links[other][gone]
            mine = links[keep].get(other, [0.0, 0.0])
            merged = [mine[0] + total, max(mine[1], strongest)]
            links[keep][other] = merged
            links[other][keep] = merged
        size = len(members[keep])
        for other, (total, strongest) in sorted(links[keep].items()):
            mean = total / (size * len(members[other]))
            if mean >= THRESHOLD and strongest >= STRONG:
                heapq.heappush(heap, (-mean, min(keep, other), max(keep, other)))
    return [sorted(group) for _, group in sorted(members.items())]


def story_id(first_article_id: str) -> str:
    """A story's id: "st_" + 12 hex digits of sha256 of its earliest article's id."""
    return "st_" + hashlib.sha256(f"story:{first_article_id}".encode()).hexdigest()[:12]


def _date_range(first: str | None, last: str | None) -> str:
    if first is None or last is None:
        return "undated"
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    if a == b:
        return f"{a.day} {_MONTHS[a.month - 1]} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}-{b.day} {_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {_MONTHS[a.month - 1]} - {b.day} {_MONTHS[b.month - 1]} {a.year}"
    return f"{a.day} {_MONTHS[a.month - 1]} {a.year} - {b.day} {_MONTHS[b.month - 1]} {b.year}"


def name_counts(items: Iterable[StoryInput]) -> Counter[str]:
    """How many articles name each name (case-folded)."""
    counts: Counter[str] = Counter()
    for item in items:
        counts.update({clean_name(text).casefold() for text, label in item.entities if label in NAME_LABELS})
    return counts


def _names(group: Sequence[StoryInput], corpus: Counter[str], size: int) -> list[tuple[str, int]]:
    """(name, articles of the story that write it) for the names spaCy found in the story's
    articles, most distinctive first: written in many of its articles and few others of the
    store (``corpus``: articles per name, of ``size`` articles). A name counts in every article
    whose text writes it, found by spaCy there or not; groups of people (NORP: "Syrian",
    "Republicans") come after other names."""
    mentions: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for item in group:
        for text, label in item.entities:
            if label in NAME_LABELS and (name := clean_name(text)) and name[0].isupper() and _words(name):
                key = name.casefold()
                mentions[key] += 1
                groups[key] += label == "NORP"
                forms.setdefault(key, Counter())[name] += 1
    scored = []
    for key in sorted(mentions, key=lambda k: (-mentions[k], k))[:CANDIDATES]:
        form = min(forms[key], key=lambda f: (-forms[key][f], f))
        writes = sum(1 for item in group if writes_word(item.text, form) or writes_word(item.title or "", form))
        rarity = math.log((size + PRIOR) / (1 + corpus.get(key, 0)))
        scored.append((-(max(writes, 1) * rarity), groups[key] * 2 > mentions[key], -mentions[key], key, form, writes))
    return [(form, writes) for *_, form, writes in sorted(scored)]


def writes_word(text: str, form: str) -> bool:
    r"""Whether ``text`` writes ``form`` with no word character either side: what the regex
    ``(?<!\w)form(?!\w)`` finds, without compiling one per name and story (a word character is
    a letter, a digit or '_', as for the regex)."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if not (start and _word_character(text[start - 1])) and not (end < len(text) and _word_character(text[end])):
            return True
        start = text.find(form, start + 1)
    return False


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


def story_label(group: Sequence[StoryInput], first: str | None, last: str | None,
                corpus: Counter[str] | None = None, size: int = 0) -> tuple[str, tuple[str, ...]]:
    """(label, names): the story's most distinctive names that at least two of its articles
    write, and its dates ("Aleppo, Syria, UN · 13-15 Dec 2016"). A story of one article, or
    whose articles share no name, is labelled by its earliest article's title."""
    names = _names(group, corpus if corpus is not None else name_counts(group), size or len(group))
    picked: list[str] = []
    for name, writes in names:
        words = set(_words(name))  # "Varn" goes with "River Varn" but not with "Varnholm"
        if len(picked) < LABEL_NAMES and writes >= 2 and not any(
                words <= set(_words(other)) or set(_words(other)) <= words for other in picked):
            picked.append(name)
    when = _date_range(first, last)
    lead = ", ".join(picked) if picked else " ".join((group[0].title or group[0].text[:80]).split())[:80]
    return f"{lead} · {when}", tuple(name for name, _ in names[:8])


def build_stories(items: Iterable[StoryInput]) -> list[Story]:
    """The stories of ``items``, most articles first, then by earliest date and id."""
    ordered = sorted({item.article_id: item for item in items}.values(), key=lambda item: item.article_id)
    if not ordered:
        return []
    days = [_day(item.published) for item in ordered]
    # one article has no pair to weigh: a store of one is built without the vectors (nor scipy)
    pairs = _pairs(_vectors(ordered), days) if len(ordered) > 1 else {}
    groups = _average_linkage(len(ordered), pairs)
    corpus = name_counts(ordered)
    stories = []
    for group in groups:
        members = sorted((ordered[i] for i in group), key=lambda item: (_day(item.published) is None,
                                                                         item.published or "", item.article_id))
        dated = [item.published for item in members if item.published and _day(item.published) is not None]
        first, last = (min(dated), max(dated)) if dated else (None, None)
        label, names = story_label(members, first, last, corpus, len(ordered))
        stories.append(Story(story_id(members[0].article_id), label, tuple(m.article_id for m in members),
                             first, last, names))
    stories.sort(key=lambda s: (-len(s.articles), s.first or "9999", s.id))
    return stories
