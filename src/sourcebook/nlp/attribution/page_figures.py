"""A page's own figure, pointed at from its text: 'The chart below shows battery life by mode', 'This graph
shows how rents have changed', 'Figure 2 shows the results', 'our map shows every stop'. The writer reads
the figure out to the reader; no one else's finding is passed on. A chart or a map named with no pointer stays
a source, its makers' finding ('the outage map showed the heaviest damage', ``poll_nouns.txt``). Not a photo
or a video, kept as reports ('This video shows X': tweeted images are right 11 times and wrong 7 on PolNeAR
train). For ``mute.holds_nothing``."""

from __future__ import annotations

from spacy.tokens import Token

#: the figures of a page: drawn or set out by the writer, never a source of their own
_FIGURES = frozenset(["chart", "graph", "map", "table", "diagram", "figure", "illustration", "infographic", "graphic",
                      "plot", "fig"])
#: words that point at a figure on the page ('the chart below', 'the table opposite')
_PLACES = frozenset(["below", "above", "opposite", "overleaf", "here", "left", "right"])
#: determiners and possessives that make a figure the page's own ('this graph', 'our map')
_OWN = frozenset(["this", "these", "our", "my"])


def page_figure(subject: Token) -> bool:
    """Whether ``subject`` is a figure the page points at: with 'below' or 'above', 'this' or 'our', or a
    number ('Figure 2', 'Table 3')."""
    if subject.lemma_.lower() not in _FIGURES and subject.lower_ not in _FIGURES:
        return False
    return any(c.lower_ in _PLACES and c.dep_ in ("advmod", "amod", "prep") or c.lower_ in _OWN and c.dep_ in ("det", "poss")
               or c.dep_ == "nummod" or c.like_num and c.i == subject.i + 1 for c in subject.children)
