"""Doc extension attributes the Sourcebook components write their records to.

Each component stores plain records (``sourcebook.model`` dataclasses) on the Doc, so that
``collect`` can hand them out without any spaCy object leaving this package.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default
EXTENSIONS = {
    "sourcebook_published": None,  # ISO date of publication, set before the pipeline runs
    "sourcebook_sentences": (),
    "sourcebook_entities": (),
    "sourcebook_attributions": (),
    "sourcebook_figures": (),
}


def register_extensions() -> None:
    """Register the extensions once (idempotent)."""
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
