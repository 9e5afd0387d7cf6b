"""Articles written for the web tests (never seed or corpus text), hostile ones among them,
and a helper that builds them into a store."""

from __future__ import annotations

import json
from pathlib import Path

TOKEN = "test-token-4f1c"

ARTICLES = {
    "valley-gazette": (
        {"title": "Flood waters cut off Tessel", "outlet": "Valley Gazette", "published": "2031-04-08",
         "url": "https://example.org/valley-gazette/flood"},
        "Flood waters cut off the town of Tessel on Monday.\n\n"
        "More than 2,000 residents were displaced by the flood, according to the regional council. "
        "\"We are doing everything we can to reach them,\" said Mara Quill, the mayor of Tessel. "
        "Rescue crews said 14 people were injured overnight.\n\n"
        "The Red Cross said about 300 volunteers had arrived in the valley.\n",
    ),
    "river-herald": (
        {"title": "Tessel flood: residents return", "outlet": "River Herald", "published": "2031-04-12",
         "url": "https://example.org/river-herald/return"},
        "Residents began returning to Tessel on Friday.\n\n"
        "About 500 residents were displaced by the flood, the regional council said on Thursday. "
        "Mara Quill told reporters that the water was receding. "
        "\"We will rebuild every street,\" Quill said.\n",
    ),
}

#: an article built to attack the page: tags, handlers, javascript: links, a script that would
#: close the JSON island, broken markup and a very long line; metadata attacks in the sidecar
HOSTILE = (
    {"title": "<script>window.__pwned = 'title'</script>Hostile</title><b>",
     "outlet": "\"><img src=x onerror=\"window.__pwned='outlet'\">", "published": "2031-05-01",
     "url": "javascript:window.__pwned='url'"},
    "<script>window.__pwned = 'script'</script> The council said 40 houses were destroyed.\n\n"
    "<img src=x onerror=\"window.__pwned='img'\"> \"Nothing is safe </script><script>window.__pwned='quote'</script>\", "
    "said Ivo Hark, a spokesman for the council.\n\n"
    "<a href=\"javascript:window.__pwned='link'\">read more</a> <div><b>unclosed <i class='x\n\n"
    "<svg onload=\"window.__pwned='svg'\"><iframe src=\"javascript:alert(1)\"></iframe> &lt;escaped&gt; &amp;\n\n"
    + "Long line " + ("x" * 20000) + " end.\n"
)

#: raw markup that must never appear unescaped in any page
RAW_TAGS = ("<script>window", "<img src=x", "<a href=\"javascript", "<svg onload", "<iframe", "<b>unclosed", "<i class='x")


def write_corpus(folder: Path, hostile: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    items = dict(ARTICLES)
    if hostile:
        items["hostile"] = HOSTILE
    if hostile:  # an input the build skips, so the runs page has something to explain
        (folder / "broken.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\xff\xfe" * 64)
    for stem, (meta, text) in items.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / f"{stem}.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def build_store(url: str, folder: Path, hostile: bool = True) -> str:
    from sourcebook.build import build
    from sourcebook.settings import Settings

    build([str(write_corpus(folder, hostile))], Settings(db=url), command="pytest web")
    return url
