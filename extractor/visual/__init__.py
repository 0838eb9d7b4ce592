"""Seeing the extraction: displaCy article pages, the HTML evaluation report, a local web service.

Everything here is self-contained HTML (inline CSS, inline SVG, no network), so a page can be
mailed or opened offline. ``render`` builds from an ``ArticleResult`` plus the article text, so
results from the CLI, the Python API and the web service all render the same way.
"""
from extractor.visual.render import format_amount_fr, render_fragment, render_page

__all__ = ["format_amount_fr", "render_fragment", "render_page"]
