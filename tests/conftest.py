"""Shared fixtures: each pipeline loads once per test session."""
from __future__ import annotations

from functools import lru_cache

import pytest

from extractor.pipeline import OUR_COMPONENTS, build_pipeline


@lru_cache(maxsize=None)
def _pipeline(components: tuple[str, ...]):
    return build_pipeline(components)


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline."""
    return _pipeline(tuple(OUR_COMPONENTS))


@pytest.fixture(scope="session")
def make_nlp():
    """Base model + only the named components, cached: ``make_nlp("money_entities")``."""
    return lambda *components: _pipeline(tuple(components))
