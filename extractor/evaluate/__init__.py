"""Evaluation: gold corpus builder/checker, scorer, baselines and the `extractor evaluate` report.

Submodules import lazily so ``python -m extractor.evaluate.gold`` stays light (no spaCy).
"""
