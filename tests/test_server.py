"""The web service (``extractor serve``) through FastAPI's TestClient, on the session pipeline."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from extractor.api import Extractor
from extractor.visual.server import DEFAULT_MAX_BODY, create_app

ARTICLE = """Brookfield mise sur le Cambrésis pour ses centres de données
Publié le 12 février 2025

Le gestionnaire d'actifs canadien Brookfield va investir 20 milliards d'euros dans un campus de centres de données à Cambrai, sur une ancienne base aérienne. Les premiers bâtiments doivent être livrés d'ici 2027, selon la préfecture du Nord.

Le site, d'une puissance d'un gigawatt, accueillera des serveurs dédiés à l'intelligence artificielle. La commune compte environ 32 000 habitants.
"""

SMALL_LIMIT = 4_000


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(nlp=nlp)


@pytest.fixture(scope="module")
def client(extractor):
    with TestClient(create_app(extractor=extractor)) as c:
        yield c


@pytest.fixture(scope="module")
def small_client(extractor):
    """Same pipeline, a small body limit so that oversize bodies stay small in the test."""
    with TestClient(create_app(extractor=extractor, max_body_bytes=SMALL_LIMIT)) as c:
        yield c


def test_extract_returns_the_contract(client):
    res = client.post("/extract", json={"text": ARTICLE, "published": None})
    assert res.status_code == 200
    body = res.json()
    assert set(body) == {"source", "title", "published", "pledges", "entities"}
    assert body["published"] == "2025-02-12"  # read from the article
    assert body["title"] == "Brookfield mise sur le Cambrésis pour ses centres de données"
    (pledge,) = body["pledges"]
    assert (pledge["investor"], pledge["amount"], pledge["currency"], pledge["location"]) == (
        "Brookfield", 20_000_000_000.0, "EUR", "Cambrai",
    )
    assert pledge["amount_text"] == "20 milliards d'euros"
    assert ARTICLE[pledge["start"]:pledge["end"]].strip() == pledge["sentence"]
    for ent in body["entities"]:  # offsets index the posted text
        assert ARTICLE[ent["start"]:ent["end"]] == ent["text"]
    assert {"ORG", "MONEY", "LOC", "DATE"} <= {e["label"] for e in body["entities"]}


def test_published_anchors_relative_dates(client):
    text = "Lundi, le fonds Eurazeo a annoncé investir 300 millions d'euros dans des start-up de la santé à Lyon.\n"
    res = client.post("/extract", json={"text": text, "published": "2024-05-15"})
    assert res.status_code == 200
    body = res.json()
    assert body["published"] == "2024-05-15"
    assert ("DATE", "Lundi", "2024-05-13") in {(e["label"], e["text"], e["value"]) for e in body["entities"]}


def test_render_gives_the_page_fragment(client):
    res = client.post("/render", json={"text": ARTICLE})
    assert res.status_code == 200
    body = res.json()
    assert body["result"]["pledges"][0]["investor"] == "Brookfield"
    html = body["html"]
    assert 'id="pledge-1"' in html and 'href="#sentence-1"' in html and 'id="sentence-1"' in html
    assert "20\u00a0000\u00a0000\u00a0000\u00a0€" in html and "Cambrai" in html


@pytest.mark.parametrize(
    "body, content_type, message",
    [
        ('{"text": ""}', "application/json", "text: must not be empty"),
        ('{"text": "  \\n "}', "application/json", "text: must not be empty"),
        ('{"text": 42}', "application/json", "text: Input should be a valid string"),
        ('{"text": ["Brookfield"]}', "application/json", "text: Input should be a valid string"),
        ('{"published": "2025-02-10"}', "application/json", "text: Field required"),
        ('{"text": "Bpifrance investit.", "published": "10/02/2025"}', "application/json",
         "published: '10/02/2025' is not a date YYYY-MM-DD"),
        ('{"text": "Bpifrance investit.", "published": "2025-02-30"}', "application/json",
         "published: '2025-02-30' is not a date YYYY-MM-DD"),
        ('{"text": "Bpifrance investit.", "published": 20250210}', "application/json",
         "published: must be a string YYYY-MM-DD or null"),
        ('{"text": "Bpifrance investit.", "publised": "2025-02-10"}', "application/json",
         "publised: Extra inputs are not permitted"),
        ("{'text': 'pas du JSON'}", "application/json", "request body is not valid JSON"),
        ('{"text": "coupé', "application/json", "request body is not valid JSON"),
        ("", "application/json", '{"text": "...", "published": "YYYY-MM-DD" | null} is required'),
        ('["Brookfield investit"]', "application/json", "the body must be a JSON object"),
        ("Brookfield investit 20 milliards.", "text/plain", "send JSON with Content-Type: application/json"),
    ],
)
def test_bad_requests_get_422_with_a_message(client, body, content_type, message):
    res = client.post("/extract", content=body.encode("utf-8"), headers={"content-type": content_type})
    assert res.status_code == 422
    assert message in res.json()["detail"]


@pytest.mark.parametrize("path", ["/extract", "/render"])
def test_oversize_body_gets_413_at_the_default_limit(client, path):
    body = json.dumps({"text": "a" * DEFAULT_MAX_BODY}).encode()
    res = client.post(path, content=body, headers={"content-type": "application/json"})
    assert res.status_code == 413
    assert f"limit of {DEFAULT_MAX_BODY} bytes" in res.json()["detail"]


def test_oversize_is_refused_before_parsing(small_client):
    """Not even JSON: the size alone decides."""
    res = small_client.post("/extract", content=b"x" * (SMALL_LIMIT + 1), headers={"content-type": "application/json"})
    assert res.status_code == 413
    assert res.json()["detail"] == f"request body of {SMALL_LIMIT + 1} bytes is larger than the limit of {SMALL_LIMIT} bytes"


def test_oversize_chunked_body_gets_413(small_client):
    def chunks():  # no Content-Length: the limit is counted while reading
        for _ in range(SMALL_LIMIT // 1000 + 2):
            yield b"a" * 1000

    res = small_client.post("/extract", content=chunks(), headers={"content-type": "application/json"})
    assert res.status_code == 413
    assert "larger than the limit" in res.json()["detail"]


def test_body_at_the_limit_is_read(small_client):
    text = "Bpifrance injectera 10 milliards d'euros dans l'intelligence artificielle."
    body = json.dumps({"text": text}).encode()
    body += b" " * (SMALL_LIMIT - len(body))  # JSON allows trailing blanks
    assert len(body) == SMALL_LIMIT
    res = small_client.post("/extract", content=body, headers={"content-type": "application/json"})
    assert res.status_code == 200
    assert res.json()["pledges"][0]["investor"] == "Bpifrance"


class Broken:
    """An extractor that fails, to check that the service answers 422 and never 500."""

    nlp = SimpleNamespace(max_length=200, pipe_names=["broken"])

    def extract(self, text, published=None):
        raise ValueError("[E088] le texte casse le pipeline")


@pytest.mark.parametrize(
    "text, message",
    [
        ("Brookfield investira 20 milliards d'euros à Cambrai.", "extraction failed: ValueError: [E088] le texte casse le pipeline"),
        ("Brookfield investira. " * 20, "text has 440 characters; the pipeline takes at most 200"),
    ],
)
def test_extraction_errors_are_422_not_500(text, message):
    with TestClient(create_app(extractor=Broken()), raise_server_exceptions=False) as c:
        for path in ("/extract", "/render"):
            res = c.post(path, json={"text": text})
            assert res.status_code == 422
            assert res.json()["detail"] == message


def test_health(client):
    res = client.get("/health")
    assert res.status_code == 200
    body = res.json()
    assert body["status"] == "ok"
    assert body["max_body_bytes"] == DEFAULT_MAX_BODY
    assert {"ner", "money_entities", "pledge_records"} <= set(body["pipeline"])


def test_openapi_describes_extract(client):
    spec = client.get("/openapi.json").json()
    post = spec["paths"]["/extract"]["post"]
    schema = post["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert set(spec["components"]["schemas"][schema]["properties"]) == {"text", "published"}
    assert {"200", "413", "422"} <= set(post["responses"])
    assert client.get("/docs").status_code == 200


def test_index_page_is_offline(client):
    res = client.get("/")
    assert res.status_code == 200
    page = res.text
    assert '<form id="article-form"' in page and '<textarea id="text"' in page
    assert 'fetch("render"' in page
    assert "<script src" not in page and "<link" not in page and "https://" not in page
