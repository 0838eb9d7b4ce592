"""``extractor serve``: a local web service around ``Extractor`` (FastAPI + uvicorn).

``POST /extract`` returns the ArticleResult JSON of the contract; ``POST /render`` the same result
plus the HTML fragment of ``extractor show``; ``GET /`` a page where a person pastes an article;
``GET /health``; the OpenAPI schema at ``/openapi.json`` (``/docs`` is FastAPI's Swagger page).

The pipeline loads once, at start-up (lifespan), and one lock serialises extractions: a spaCy
pipeline is not meant to be shared by threads. A request body over the limit is refused with 413
before anything parses it; bad JSON, wrong types or an empty text get 422 with a readable message;
an extraction that fails gives 422 with the reason, never a 500.
"""
from __future__ import annotations

import html
import logging
import threading
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Any, Optional, Union

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.records import ArticleResult
from extractor.visual.render import PAGE_CSS, render_fragment

log = logging.getLogger("extractor.serve")

DEFAULT_MAX_BODY = 2_000_000
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class ExtractRequest(BaseModel):
    """What a client posts: the article text and, optionally, its publication date."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article as plain text (title on the first line is fine).")
    published: Optional[date] = Field(
        None, description="Publication date YYYY-MM-DD, the anchor of relative dates; found in the text when null."
    )

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        """Only 'YYYY-MM-DD' strings: pydantic alone would also take numbers as timestamps."""
        if value is None:
            return None
        if not isinstance(value, str):
            raise ValueError("must be a string YYYY-MM-DD or null")
        try:
            parsed = date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise ValueError(f"{value!r} is not a date YYYY-MM-DD")
        return parsed


class RenderResponse(BaseModel):
    html: str = Field(description="Highlighted article and pledge table (an HTML fragment, inline styles).")
    result: ArticleResult


class Health(BaseModel):
    status: str
    pipeline: list[str]
    max_body_bytes: int


class BodyLimitMiddleware:
    """Refuse bodies over ``max_bytes`` with 413 before the app (and its JSON parser) sees them.

    A declared Content-Length is checked first; otherwise (chunked) the body is read up to the
    limit, then replayed to the app. At most ``max_bytes`` is ever held in memory.
    """

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await _send_json(send, 400, {"detail": "invalid Content-Length header"})
                return
            if size > self.max_bytes:
                await _send_json(send, 413, {"detail": self._message(size)})
                return
        chunks, total, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # client went away
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await _send_json(send, 413, {"detail": self._message(None)})
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _message(self, size: Optional[int]) -> str:
        got = f"of {size} bytes " if size is not None else ""
        return f"request body {got}is larger than the limit of {self.max_bytes} bytes"


async def _send_json(send, status: int, payload: dict) -> None:
    import json

    body = json.dumps(payload).encode("utf-8")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})


def _describe(errors: list[dict]) -> str:
    """One readable line from pydantic/FastAPI errors: 'text: Input should be a valid string'."""
    lines = []
    for err in errors:
        kind = err.get("type", "")
        loc = [str(part) for part in err.get("loc", ()) if part != "body"]
        if kind == "json_invalid":
            reason = (err.get("ctx") or {}).get("error", "")
            lines.append(f"request body is not valid JSON ({reason})" if reason else "request body is not valid JSON")
        elif kind == "missing" and not loc:
            lines.append('a JSON object {"text": "...", "published": "YYYY-MM-DD" | null} is required')
        elif kind == "model_attributes_type" or (kind.endswith("_type") and not loc):
            lines.append('the body must be a JSON object {"text": "...", "published": "YYYY-MM-DD" | null}')
        else:
            msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
            lines.append(f"{'.'.join(loc)}: {msg}" if loc else msg)
    return "; ".join(lines) or "invalid request"


class ExtractionFailed(Exception):
    """An article the pipeline could not process; reported as 422 with the reason."""


def create_app(
    extractor=None,
    model: Optional[Union[str, Path]] = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The application. Pass an ``Extractor`` to share one already loaded (tests), else the
    pipeline (``model`` or the built-in one) loads at start-up."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if extractor is None:
            from extractor.api import Extractor

            log.info("loading the pipeline")
            app.state.extractor = Extractor(model)
        else:
            app.state.extractor = extractor
        yield

    app = FastAPI(
        title="French pledge extractor",
        description="Investment pledges (investor, amount, target, place, date, duration) from French news.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.lock = threading.Lock()
    app.state.max_body_bytes = max_body_bytes
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        detail = _describe(exc.errors())
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type and content_type != "application/json" and not content_type.endswith("+json"):
            detail = f"send JSON with Content-Type: application/json (got {content_type}); {detail}"
        return JSONResponse(status_code=422, content={"detail": detail, "errors": errors})

    @app.exception_handler(ExtractionFailed)
    async def _failed(request: Request, exc: ExtractionFailed) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    def run(request: Request, req: ExtractRequest) -> ArticleResult:
        ex = request.app.state.extractor
        limit = ex.nlp.max_length
        if len(req.text) > limit:
            raise ExtractionFailed(f"text has {len(req.text)} characters; the pipeline takes at most {limit}")
        try:
            with request.app.state.lock:
                return ex.extract(req.text, published=req.published)
        except Exception as exc:  # an article must never crash the service
            log.exception("extraction failed")
            raise ExtractionFailed(f"extraction failed: {type(exc).__name__}: {exc}") from exc

    error_responses = {
        413: {"description": "Request body over the size limit"},
        422: {"description": "Malformed JSON, wrong types, empty text, or an article the pipeline cannot process"},
    }

    @app.post("/extract", response_model=ArticleResult, responses=error_responses, summary="Extract pledge records")
    def extract(req: ExtractRequest, request: Request) -> ArticleResult:
        """The ArticleResult of the contract (DESIGN.md): pledges and entities with offsets into ``text``."""
        return run(request, req)

    @app.post("/render", response_model=RenderResponse, responses=error_responses, summary="Extract and render")
    def render(req: ExtractRequest, request: Request) -> RenderResponse:
        """The same result plus the highlighted article and the pledge table as an HTML fragment."""
        result = run(request, req)
        try:
            fragment = render_fragment(req.text, result)
        except Exception as exc:
            log.exception("rendering failed")
            raise ExtractionFailed(f"rendering failed: {type(exc).__name__}: {exc}") from exc
        return RenderResponse(html=fragment, result=result)

    @app.get("/health", response_model=Health)
    def health(request: Request) -> Health:
        ex = getattr(request.app.state, "extractor", None)
        return Health(
            status="ok" if ex is not None else "loading",
            pipeline=list(ex.nlp.pipe_names) if ex is not None else [],
            max_body_bytes=request.app.state.max_body_bytes,
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        limit = f"{max_body_bytes:,}".replace(",", "\u00a0")
        return INDEX_HTML.replace("{{css}}", PAGE_CSS + INDEX_CSS).replace("{{limit}}", html.escape(limit))

    return app


INDEX_CSS = """
form { display: grid; gap: .6rem; margin-bottom: 1rem; }
textarea { width: 100%; min-height: 14rem; font: inherit; font-size: .95rem; padding: .6rem; box-sizing: border-box;
           border: 1px solid #ccc; border-radius: .4rem; }
.row { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
button { font: inherit; padding: .45rem 1.2rem; border-radius: .4rem; border: 0; background: #2b7de9; color: #fff;
         cursor: pointer; }
button[disabled] { background: #9bbcf0; cursor: progress; }
#error { color: #b00020; font-weight: 600; }
#status { color: #666; }
details { margin-top: 1.5rem; } pre { background: #f6f6f6; padding: .8rem; overflow: auto; font-size: .8rem; }
"""

# Inline HTML + JS, no CDN: the page works offline. The server renders the fragment (POST /render),
# so the page and `extractor show` share one renderer.
INDEX_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Extracteur d'engagements</title>
<style>{{css}}</style>
</head>
<body>
<header><h1>Extracteur d'engagements financiers</h1>
<p class="meta">Collez un article de presse en français : les entités sont surlignées et les engagements
(investisseur, montant, cible, lieu, date, durée) listés sous le texte. Limite : {{limit}} octets.
<a href="docs">API</a></p></header>
<form id="article-form" autocomplete="off">
  <label for="text">Article</label>
  <textarea id="text" name="text" required placeholder="Titre de l'article&#10;&#10;Le groupe ... investira 20 milliards d'euros ..."></textarea>
  <div class="row">
    <label for="published">Date de publication <input type="date" id="published" name="published"></label>
    <button type="submit" id="submit">Extraire</button>
    <span id="status" role="status"></span>
  </div>
  <div id="error" role="alert"></div>
</form>
<noscript>Cette page a besoin de JavaScript ; sinon, utilisez POST /extract.</noscript>
<div id="result"></div>
<details id="raw" hidden><summary>JSON</summary><pre id="json"></pre></details>
<script>
(function () {
  "use strict";
  var form = document.getElementById("article-form");
  var button = document.getElementById("submit");
  var status = document.getElementById("status");
  var error = document.getElementById("error");
  var result = document.getElementById("result");
  var raw = document.getElementById("raw");
  var json = document.getElementById("json");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    error.textContent = "";
    status.textContent = "Extraction en cours…";
    button.disabled = true;
    var body = {text: form.elements.text.value, published: form.elements.published.value || null};
    fetch("render", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)})
      .then(function (response) {
        return response.json().catch(function () { return {detail: response.statusText}; })
          .then(function (data) { return {ok: response.ok, status: response.status, data: data}; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          error.textContent = "Erreur " + answer.status + " : " + (answer.data && answer.data.detail || "");
          status.textContent = "";
          return;
        }
        result.innerHTML = answer.data.html;
        json.textContent = JSON.stringify(answer.data.result, null, 2);
        raw.hidden = false;
        var n = answer.data.result.pledges.length;
        status.textContent = n + " engagement(s), " + answer.data.result.entities.length + " entités";
        result.setAttribute("data-state", "done");
      })
      .catch(function (err) { error.textContent = "Erreur réseau : " + err; status.textContent = ""; })
      .then(function () { button.disabled = false; });
  });
})();
</script>
</body>
</html>
"""


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    model: Optional[Union[str, Path]] = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
) -> None:
    """Run uvicorn in the foreground until Ctrl-C."""
    import uvicorn

    uvicorn.run(create_app(model=model, max_body_bytes=max_body_bytes), host=host, port=port, log_level="info")
