"""Articles written for the web tests (never seed or corpus text), hostile ones among them, with
the records a build would extract from them written by hand, and a helper that writes them into
a store through the Store write API. No spaCy model is loaded: the web is tested on known records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sourcebook.model import (
    Article,
    Attribution,
    Extraction,
    Figure,
    Measure,
    MeasureMember,
    Origin,
    Sentence,
    Skipped,
    Span,
    Speaker,
    Story,
)

TOKEN = "test-token-4f1c"
FOLDER = "/corpus/web"  # where the articles are said to come from (never read)


@dataclass(frozen=True)
class BuildInfo:
    """What a run records about the pipeline (the fields of ``nlp.pipeline.PipelineInfo``)."""

    model: str = "hand_built_records"
    model_version: str = "0.0"
    spacy_version: str = "none"
    components: tuple[str, ...] = ("tests.web.hand_built.v1",)


class Text:
    """An article text and the spans the tests mark in it, found by their words."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, words: str, within: str | None = None) -> Span:
        """``words`` where they first occur (inside the first ``within``, when given)."""
        after = self.text.index(within) if within else 0
        start = self.text.index(words, after)
        return Span(start, start + len(words), words)

    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences cut at a full stop followed by a space or a line end (enough for these texts)."""
        found, start = [], 0
        for i, char in enumerate(self.text):
            if char in ".\n" and (i + 1 == len(self.text) or self.text[i + 1] in " \n"):
                if self.text[start:i + 1].strip():
                    begin = start + len(self.text[start:i + 1]) - len(self.text[start:i + 1].lstrip())
                    found.append(Sentence(begin, i + 1))
                start = i + 1
        return tuple(found)

    def sentence_of(self, span: Span) -> Span:
        for s in self.sentences():
            if s.start <= span.start and span.end <= s.end:
                return Span.of(self.text, s.start, s.end)
        raise ValueError(f"no sentence holds {span.text!r}")


def attribution(doc: Text, local_id: str, kind: str, source: str, cue: str, content: str, speaker: str,
                speaker_kind: str, cue_within: str | None = None, affiliation: str | None = None,
                source_within: str | None = None) -> Attribution:
    """One attribution whose spans are the first occurrences of their words (``*_within``: inside
    the first occurrence of those words)."""
    return Attribution(local_id, kind, doc.span(source, source_within), doc.span(cue, cue_within), (doc.span(content),),
                       speaker=speaker, speaker_kind=speaker_kind, affiliation=affiliation, confidence=0.9)


def figure(doc: Text, local_id: str, written: str, value: float, qualifier: str = "exact", *,
           low: float | None = None, high: float | None = None, **fields) -> Figure:
    """One figure at the first occurrence of ``written``, its interval set as the extractor sets it."""
    span = doc.span(written)
    if qualifier == "exact":
        low = high = value
    elif qualifier == "more than":
        low = value
    return Figure(local_id, span, value, low, high, qualifier, sentence=doc.sentence_of(span), **fields)


# -- the articles ---------------------------------------------------------------------------------

VALLEY = Text(
    "Flood waters cut off the town of Tessel on Monday.\n\n"
    "More than 2,000 residents were displaced by the flood, according to the regional council. "
    "\"We are doing everything we can to reach them,\" said Mara Quill, the mayor of Tessel. "
    "Rescue crews said 14 people were injured overnight.\n\n"
    "The Red Cross said about 300 volunteers had arrived in the valley.\n"
)
RIVER = Text(
    "Residents began returning to Tessel on Friday.\n\n"
    "About 500 residents were displaced by the flood, the regional council said on Thursday. "
    "Mara Quill told reporters that the water was receding. "
    "\"We will rebuild every street,\" Quill said.\n"
)
HILL = Text(
    "Tessel hospital treats flood victims.\n\n"
    "Hospital staff said 15 people were injured overnight. "
    "Some 280 volunteers are helping in the valley, the civil defence said.\n"
)

#: an article built to attack the page: tags, handlers, javascript: links, a script that would
#: close the JSON island, broken markup and a very long line; metadata attacks in its sidecar
HOSTILE_META = {
    "title": "<script>window.__pwned = 'title'</script>Hostile</title><b>",
    "outlet": "\"><img src=x onerror=\"window.__pwned='outlet'\">", "published": "2031-05-01",
    "url": "javascript:window.__pwned='url'",
}
HOSTILE = Text(
    "<script>window.__pwned = 'script'</script> The council said 40 houses were destroyed.\n\n"
    "<img src=x onerror=\"window.__pwned='img'\"> \"Nothing is safe </script><script>window.__pwned='quote'</script>\", "
    "said Ivo Hark, a spokesman for the council.\n\n"
    "<a href=\"javascript:window.__pwned='link'\">read more</a> <div><b>unclosed <i class='x\n\n"
    "<svg onload=\"window.__pwned='svg'\"><iframe src=\"javascript:alert(1)\"></iframe> &lt;escaped&gt; &amp;\n\n"
    + "Long line " + ("x" * 20000) + " end.\n"
)
#: hostile text that reaches the pages through a speaker record
HOSTILE_AFFILIATION = "the council\"><img src=x onerror=\"window.__pwned='affiliation'\">"

#: raw markup that must never appear unescaped in any page
RAW_TAGS = ("<script>window", "<img src=x", "<a href=\"javascript", "<svg onload", "<iframe", "<b>unclosed", "<i class='x")

#: stem -> (metadata, text, attributions, figures)
ARTICLES = {
    "valley-gazette": (
        {"title": "Flood waters cut off Tessel", "outlet": "Valley Gazette", "published": "2031-04-08",
         "url": "https://example.org/valley-gazette/flood"},
        VALLEY,
        (attribution(VALLEY, "a1", "according_to", "the regional council", "according to",
                     "More than 2,000 residents were displaced by the flood", "regional council", "organisation"),
         attribution(VALLEY, "a2", "direct", "Mara Quill", "said", "We are doing everything we can to reach them,",
                     "Mara Quill", "person", cue_within="said Mara Quill", affiliation="Tessel"),
         attribution(VALLEY, "a3", "indirect", "Rescue crews", "said", "14 people were injured overnight",
                     "Rescue crews", "organisation", cue_within="crews said"),
         attribution(VALLEY, "a4", "indirect", "The Red Cross", "said", "about 300 volunteers had arrived in the valley",
                     "Red Cross", "organisation", cue_within="Cross said")),
        (figure(VALLEY, "f1", "More than 2,000", 2000, "more than", unit="residents", predicate="displaced",
                according_to="the regional council", attribution="a1"),
         figure(VALLEY, "f2", "14", 14, unit="people", predicate="injured", time="overnight",
                according_to="Rescue crews", attribution="a3"),
         figure(VALLEY, "f3", "about 300", 300, "around", unit="volunteers", predicate="arrived",
                place="the valley", according_to="The Red Cross", attribution="a4")),
    ),
    "river-herald": (
        {"title": "Tessel flood: residents return", "outlet": "River Herald", "published": "2031-04-12",
         "url": "https://example.org/river-herald/return"},
        RIVER,
        (attribution(RIVER, "a1", "indirect", "the regional council", "said",
                     "About 500 residents were displaced by the flood", "regional council", "organisation",
                     cue_within="council said"),
         attribution(RIVER, "a2", "indirect", "Mara Quill", "told", "the water was receding", "Mara Quill", "person",
                     affiliation="Tessel"),
         attribution(RIVER, "a3", "direct", "Quill", "said", "We will rebuild every street,", "Mara Quill", "person",
                     cue_within="Quill said", source_within="Quill said", affiliation="Tessel")),
        (figure(RIVER, "f1", "About 500", 500, "around", unit="residents", predicate="displaced",
                time="on Thursday", according_to="the regional council", attribution="a1"),),
    ),
    "hill-post": (
        {"title": "Tessel hospital treats flood victims", "outlet": "Hill Post", "published": "2031-04-08",
         "url": "https://example.org/hill-post/hospital"},
        HILL,
        (attribution(HILL, "a1", "indirect", "Hospital staff", "said", "15 people were injured overnight",
                     "Hospital staff", "organisation"),
         attribution(HILL, "a2", "indirect", "the civil defence", "said", "Some 280 volunteers are helping in the valley",
                     "civil defence", "organisation", cue_within="defence said")),
        (figure(HILL, "f1", "15", 15, unit="people", predicate="injured", time="overnight",
                according_to="Hospital staff", attribution="a1"),
         figure(HILL, "f2", "Some 280", 280, "around", unit="volunteers", predicate="helping", place="the valley",
                according_to="the civil defence", attribution="a2")),
    ),
    "hostile": (
        HOSTILE_META,
        HOSTILE,
        (attribution(HOSTILE, "a1", "indirect", "The council", "said", "40 houses were destroyed", "council",
                     "organisation"),
         attribution(HOSTILE, "a2", "direct", "Ivo Hark", "said",
                     "Nothing is safe </script><script>window.__pwned='quote'</script>", "Ivo Hark", "person",
                     cue_within="said Ivo Hark", affiliation=HOSTILE_AFFILIATION)),
        (figure(HOSTILE, "f1", "40", 40, unit="houses", predicate="destroyed", according_to="The council",
                attribution="a1"),),
    ),
}

#: an input the build skips, so the runs page has something to explain
SKIPPED = (Skipped(f"{FOLDER}/broken.txt", "looks like a binary file (control characters), not text"),)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def records() -> list[tuple[Article, Extraction]]:
    """Every article with what was extracted from it."""
    out = []
    for stem, (meta, doc, attributions, figures) in ARTICLES.items():
        article = Article(id=article_id(doc.text), text=doc.text, stem=stem, title=meta["title"],
                          outlet=meta["outlet"], url=meta["url"], published=meta["published"],
                          origin=Origin(f"{FOLDER}/{stem}.txt"))
        out.append((article, Extraction(sentences=doc.sentences(), attributions=attributions, figures=figures)))
    return out


# -- what reconciliation would derive: speakers across articles, measures with verdicts ------------

#: speaker name -> (kind, affiliation, aliases)
SPEAKERS = {
    "Mara Quill": ("person", "mayor of Tessel", ("Mara Quill", "Quill")),  # her role is written once, not in every article
    "regional council": ("organisation", None, ("regional council", "the regional council")),
    "Rescue crews": ("organisation", None, ("Rescue crews",)),
    "Red Cross": ("organisation", None, ("Red Cross", "The Red Cross")),
    "Hospital staff": ("organisation", None, ("Hospital staff",)),
    "civil defence": ("organisation", None, ("civil defence", "the civil defence")),
    "council": ("organisation", None, ("The council", "council")),
    "Ivo Hark": ("person", HOSTILE_AFFILIATION, ("Ivo Hark",)),
}


def speaker_id(name: str) -> str:
    return "sp_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def speakers_by_attribution() -> dict[str, Speaker]:
    """attribution global id -> its store-wide speaker."""
    speakers = {name: Speaker(speaker_id(name), name, kind, affiliation, aliases)
                for name, (kind, affiliation, aliases) in SPEAKERS.items()}
    return {f"{article.id}:{att.id}": speakers[att.speaker]
            for article, extraction in records() for att in extraction.attributions}


#: (verdict, label, key, why, members as (stem, figure local id))
MEASURES = (
    ("changed_over_time", "residents displaced", "residents|displaced",
     ("The count moved from \"More than 2,000\" (the regional council in valley-gazette.txt, 8 Apr 2031) to "
      "\"About 500\" (the regional council in river-herald.txt, 10 Apr 2031)."),
     (("valley-gazette", "f1"), ("river-herald", "f1"))),
    ("conflict", "people injured", "people|injured",
     ("For the same time (8 Apr 2031), Hospital staff in hill-post.txt gives \"15\" while Rescue crews in "
      "valley-gazette.txt gives \"14\", and the two ranges do not overlap."),
     (("hill-post", "f1"), ("valley-gazette", "f2"))),
    ("agree", "volunteers in the valley", "volunteers|arrived",
     ("2 independent sources give overlapping values: \"about 300\" (The Red Cross in valley-gazette.txt); "
      "\"Some 280\" (the civil defence in hill-post.txt)."),
     (("hill-post", "f2"), ("valley-gazette", "f3"))),
)


#: label -> how sure its verdict is (reconcile.measures.verdicts); the conflict is less certain and
#: shown apart on the story page, the agreement has no confidence (counts as sure)
CONFIDENCE = {"residents displaced": 0.8, "people injured": 0.35}
#: the Tessel flood story: these articles in time order, and its label
TESSEL = ("valley-gazette", "hill-post", "river-herald")
TESSEL_LABEL = "Tessel, Mara Quill · 8-12 Apr 2031"


def stories() -> list[Story]:
    """The Tessel flood, and the hostile article alone, labelled by its (hostile) title."""
    ids = {article.stem: article.id for article, _ in records()}
    tessel = Story("st_" + hashlib.sha256(ids[TESSEL[0]].encode()).hexdigest()[:12], TESSEL_LABEL,
                   tuple(ids[stem] for stem in TESSEL), "2031-04-08", "2031-04-12", ("Tessel", "Mara Quill"))
    hostile = Story("st_" + hashlib.sha256(ids["hostile"].encode()).hexdigest()[:12],
                    HOSTILE_META["title"] + " · 1 May 2031", (ids["hostile"],), "2031-05-01", "2031-05-01",
                    (HOSTILE_AFFILIATION,))
    return [tessel, hostile]


def measures() -> list[Measure]:
    by_stem = {article.stem: (article, extraction) for article, extraction in records()}
    tessel = stories()[0].id
    out = []
    for verdict, label, key, why, members in MEASURES:
        found = []
        for stem, local in members:
            article, extraction = by_stem[stem]
            fig = next(f for f in extraction.figures if f.id == local)
            found.append(MeasureMember(f"{article.id}:{local}", article.id, fig.span.start, fig.span.end))
        digest = hashlib.sha256("\n".join(sorted(m.figure_id for m in found)).encode("utf-8")).hexdigest()[:12]
        out.append(Measure("m_" + digest, label, verdict, tuple(found), key, why, CONFIDENCE.get(label), tessel))
    return out


def build_store(url: str) -> str:
    """Write the articles, their records, speakers and measures into the store at ``url`` as
    one run of a build would (a second call is a rebuild: nothing new, derived tables
    replaced). Returns ``url``."""
    from sourcebook.store import Store

    store = Store(url, create=True)
    try:
        items = records()
        run_id = store.begin_run("pytest web", [FOLDER], BuildInfo())
        new = store.add_articles(items, run_id)
        store.replace_reconciliation(speakers_by_attribution(), measures(), stories())
        store.add_skipped(run_id, SKIPPED)
        store.finish_run(run_id, "complete", new, len(items) - new, len(SKIPPED), store.stats())
    finally:
        store.close()
    return url
