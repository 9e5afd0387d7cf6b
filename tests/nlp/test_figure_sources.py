"""Finding a figure's attribution stays linear in the article: each figure looks only at the
contents that start on its own line, never at every attribution of the Doc (issue: a 1 MB
article took minutes in ``Sources.find``). Counts candidates, times nothing."""

from __future__ import annotations

import spacy

from sourcebook.model import Attribution, Span
from sourcebook.nlp.figures.sources import Sources


class _Counted(tuple):
    """An attribution's contents that count how often they are read."""

    reads = 0

    def __iter__(self):
        _Counted.reads += 1
        return super().__iter__()


PARAGRAPH = 'The mayor said "{n} homes were damaged and 12 roads closed" on Monday.'


def _article(paragraphs: int) -> tuple[str, tuple[Attribution, ...], list[tuple[int, int, str]]]:
    """``paragraphs`` lines, each a statement by its own speaker holding two figures; returns
    the text, the attributions and (start, end, attribution id) of every figure."""
    parts, attributions, figures = [], [], []
    offset = 0
    for i in range(paragraphs):
        line = PARAGRAPH.format(n=100 + i)
        quote_start = offset + line.index('"') + 1
        quote_end = offset + line.rindex('"')
        cue = offset + line.index("said")
        att_id = f"a{i + 1}"
        attributions.append(Attribution(
            id=att_id, kind="direct", source=Span(offset, offset + 9, "The mayor"), cue=Span(cue, cue + 4, "said"),
            contents=_Counted((Span(quote_start, quote_end, line[quote_start - offset:quote_end - offset]),)),
            speaker=f"Speaker {i}"))
        for number in (str(100 + i), "12"):
            start = offset + line.index(number)
            figures.append((start, start + len(number), att_id))
        parts.append(line)
        offset += len(line) + 1
    return "\n".join(parts), tuple(attributions), figures


def _examined(paragraphs: int) -> tuple[int, int]:
    """(contents looked at by ``find``, times the attributions' contents were read)."""
    text, attributions, figures = _article(paragraphs)
    _Counted.reads = 0
    doc = spacy.blank("en")(text)
    sources = Sources(doc, text, attributions)
    for start, end, att_id in figures:
        anchor = doc.char_span(start, end, alignment_mode="expand")[0]
        speaker, found = sources.find(start, end, anchor, (start, end))
        assert found == att_id and speaker == f"Speaker {int(att_id[1:]) - 1}"
    return sources.examined, _Counted.reads


def test_candidates_examined_grow_linearly_with_figures_and_attributions():
    (small, small_reads), (large, large_reads) = _examined(50), _examined(400)  # 100 figures x 50 contents, 800 x 400
    assert small <= 2 * 100  # each figure: the contents on its line, not all of them
    assert large <= 8 * small  # 8x the article, 8x the work (a loop over every attribution: 64x)
    assert small_reads <= 50 and large_reads <= 400  # each attribution read once, not once per figure


def test_the_innermost_content_wins_and_ties_go_to_the_first():
    text = 'Ada said that the council said 40 homes were damaged.'
    doc = spacy.blank("en")(text)
    start = text.index("40")
    outer = Attribution(id="a1", kind="indirect", source=Span(0, 3, "Ada"), cue=Span(4, 8, "said"),
                        contents=(Span(9, len(text) - 1, text[9:-1]),), speaker="Ada")
    inner_start = text.index("40")
    inner = Attribution(id="a2", kind="indirect", source=Span(18, 25, "council"), cue=Span(26, 30, "said"),
                        contents=(Span(inner_start, len(text) - 1, text[inner_start:-1]),), speaker="council")
    twin = Attribution(id="a3", kind="indirect", source=Span(18, 25, "council"), cue=Span(26, 30, "said"),
                       contents=(Span(inner_start, len(text) - 1, text[inner_start:-1]),), speaker="board")
    anchor = doc.char_span(start, start + 2)[0]
    assert Sources(doc, text, (outer, inner, twin)).find(start, start + 2, anchor, (0, len(text))) == ("council", "a2")
    assert Sources(doc, text, (twin, inner, outer)).find(start, start + 2, anchor, (0, len(text))) == ("board", "a3")
