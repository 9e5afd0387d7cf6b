"""The highlighted article text: more than eight speakers stay apart (colour, then initials and
name), and a statement inside another is drawn as nested, in its own colour."""

from __future__ import annotations

import hashlib
import re

from sourcebook.model import Article, Attribution, Extraction, Origin, Span, Speaker
from sourcebook.store import Store
from sourcebook.web.views import PALETTE_SIZE, article_view, initials

NAMES = ["Ada Brook", "Ben Cole", "Cara Dunn", "Dev Eald", "Eve Ford", "Finn Gale", "Gus Hale", "Hana Ives",
         "Ivo Jett", "Jo Kerr", "Kit Lowe", "Lou Marr"]
TEXT = " ".join(f"{name} said the road was open." for name in NAMES) + (
    ' Ada Brook said that Ben Cole told her "the bridge is shut".')


def span(words: str, after: int = 0) -> Span:
    start = TEXT.index(words, after)
    return Span(start, start + len(words), words)


def build(tmp_path) -> tuple[Store, Article]:
    atts = []
    for n, name in enumerate(NAMES, 1):
        at = TEXT.index(name)
        atts.append(Attribution(f"a{n}", "indirect", span(name, at), span("said", at), (span("the road was open", at),),
                                speaker=name, speaker_kind="person"))
    last = TEXT.index("Ada Brook said that")
    outer = Attribution("a13", "indirect", span("Ada Brook", last), span("said", last),
                        (span('Ben Cole told her "the bridge is shut"', last),), speaker="Ada Brook")
    inner = Attribution("a14", "direct", span("Ben Cole", last), span("told", last),
                        (span("the bridge is shut", last),), speaker="Ben Cole", parent="a13")
    atts += [outer, inner]
    article = Article(id=hashlib.sha256(TEXT.encode()).hexdigest()[:16], text=TEXT, stem="roads", title="Roads",
                      origin=Origin("/in/roads.txt"))
    store = Store(str(tmp_path / "store.db"), create=True)
    store.add_articles([(article, Extraction(attributions=tuple(atts)))])
    speakers = {name: Speaker(f"sp_{n}", name, "person") for n, name in enumerate(NAMES)}
    store.replace_reconciliation({f"{article.id}:{a.id}": speakers[a.speaker] for a in atts}, [])
    return store, article


def test_initials():
    assert [initials(n) for n in ("Mara Quill", "the Red Cross", "Engineers", "", None)] == ["MQ", "RC", "En", "?", "?"]


def test_twelve_speakers_twelve_colours_with_names_and_initials(tmp_path):
    store, article = build(tmp_path)
    try:
        view = article_view(store, article)
    finally:
        store.close()
    assert PALETTE_SIZE >= 12
    assert len({s["colour"] for s in view.speakers}) == len(NAMES)  # no two speakers share a colour
    html = str(view.html)
    for n, name in enumerate(NAMES, 1):
        first = re.search(rf'<span class="hl att [^"]*" data-ref="a{n}"([^>]*)>', html).group(1)
        assert f'title="{name}"' in first and f'data-initials="{initials(name)}"' in first
        assert f'aria-label="statement a{n} by {name}"' in first
    assert {s["initials"] for s in view.speakers} == {initials(n) for n in NAMES}


def test_a_nested_statement_is_nested_in_its_own_colour(tmp_path):
    store, article = build(tmp_path)
    try:
        view = article_view(store, article)
    finally:
        store.close()
    colour = {a["local_id"]: a["colour"] for a in view.attributions}
    assert colour["a14"] != colour["a13"]
    html = str(view.html)
    inner = re.search(r'<span class="hl att content (c\d+) nested" data-ref="a14"[^>]*>the bridge is shut</span>', html)
    assert inner and inner.group(1) == f"c{colour['a14']}"
    assert 'aria-label="statement a14 by Ben Cole, inside statement a13"' in html
    outer = re.findall(r'class="hl att content (c\d+)( nested)?" data-ref="a13"', html)
    assert outer and all(c == f"c{colour['a13']}" and not nested for c, nested in outer)
