"""Custom attributes shared by our components, registered once.

Values live in ``doc.user_data`` so they survive ``nlp.pipe(n_process=...)``
and ``Doc.to_bytes``; they are plain JSON types (float, str, None).
"""
from spacy.tokens import Doc, Span

SPAN_ATTRIBUTES = {
    "value": None,  # MONEY: float units; DATE: ISO string; DURATION: float years
    "currency": None,  # MONEY: ISO 4217 code
    "amount_min": None,  # MONEY ranges
    "amount_max": None,
    "qualifier": None,  # MONEY: "plus de", "environ", "jusqu'à", ...
    "canonical": None,  # ORG/LOC: canonical name ("BPI France" -> "Bpifrance")
    "description": False,  # ORG: a description the gazetteer knows ('la banque publique'): linked, not reported
}
DOC_ATTRIBUTES = {
    "published": None,  # ISO date string, reference for relative dates
    "title": None,
    "pledges": [],  # list of JSON-serialisable dicts in the Pledge shape
}


def register() -> None:
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
