"""Keep the compiled French tokenizer regex on disk, so a new process does not spend 2 s compiling it.

``spacy.lang.fr.tokenizer_exceptions`` compiles a 1.45 MB pattern (its ``TOKEN_MATCH``) each time Python
imports it: 2.2 s of the 4.5 s a one-article ``extractor extract`` took. CPython's ``re`` looks every
pattern up in ``re._cache`` before compiling it, keyed by (type, pattern, flags). So the first process
saves the compiled program of that pattern (its sre code: a list of integers) and every later process
rebuilds the ``Pattern`` from it in a few milliseconds and puts it in that cache before spaCy imports the
module. Nothing is trusted blindly: the file is keyed by the Python build, and a cached pattern is only
used when spaCy asks for exactly the same pattern string (otherwise ``re`` compiles as usual and the
file is rewritten). Any failure falls back to plain compilation.
"""
from __future__ import annotations

import array
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional

# Only patterns this long are worth caching; spaCy's French TOKEN_MATCH is 1.45 MB.
MIN_PATTERN_LENGTH = 200_000
_MAGIC = b"extractor-regex-cache-1\n"

status = "off"  # set by import_french()


def cache_path() -> Path:
    """One file per Python build: sre code is not portable between CPython versions."""
    base = os.environ.get("EXTRACTOR_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "extractor"
    )
    return Path(base) / f"fr_token_match-{sys.implementation.cache_tag}-{sys.hexversion:x}.bin"


def _compiler() -> Optional[Any]:
    """CPython's regex compiler module, if it has the two functions this cache relies on."""
    module = getattr(re, "_compiler", None)
    if module is None or not hasattr(module, "_code") or not hasattr(module, "compile"):
        return None
    if not isinstance(getattr(re, "_cache", None), dict):
        return None
    return module


def _write(path: Path, pattern: "re.Pattern[str]", call_flags: int, code: list[int]) -> None:
    header = {
        "call_flags": call_flags,
        "flags": pattern.flags,
        "groups": pattern.groups,
        "groupindex": dict(pattern.groupindex),
        "pattern_chars": len(pattern.pattern),
    }
    pattern_bytes = pattern.pattern.encode("utf-8")
    code_bytes = array.array("I", code).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
        handle.write(_MAGIC)
        for part in (json.dumps(header).encode("utf-8"), pattern_bytes, code_bytes):
            handle.write(len(part).to_bytes(8, "little"))
            handle.write(part)
    os.replace(handle.name, path)


def _read(path: Path) -> "tuple[int, re.Pattern[str]]":
    """The flags ``re.compile`` is called with and the rebuilt pattern."""
    import _sre

    data = path.read_bytes()
    if not data.startswith(_MAGIC):
        raise ValueError("not a regex cache file")
    parts, offset = [], len(_MAGIC)
    for _ in range(3):
        size = int.from_bytes(data[offset : offset + 8], "little")
        parts.append(data[offset + 8 : offset + 8 + size])
        offset += 8 + size
    header = json.loads(parts[0])
    pattern = parts[1].decode("utf-8")
    if len(pattern) != header["pattern_chars"]:
        raise ValueError("truncated regex cache file")
    code = array.array("I")
    code.frombytes(parts[2])
    indexgroup: list[Optional[str]] = [None] * (header["groups"] + 1)
    for name, index in header["groupindex"].items():
        indexgroup[index] = name
    compiled = _sre.compile(
        pattern, header["flags"], code.tolist(), header["groups"], header["groupindex"], tuple(indexgroup)
    )
    return header["call_flags"], compiled


def _capturing(compiler: Any, path: Path) -> Callable[[], None]:
    """Wrap the compiler so that a long pattern it compiles is saved; returns the unwrapping function."""
    original_code: Callable = compiler._code
    original_compile: Callable = compiler.compile
    captured: list[list[int]] = []

    def code(parsed: Any, flags: int) -> list[int]:
        result = original_code(parsed, flags)
        captured[:] = [result]  # the program of the pattern being compiled
        return result

    def compile(pattern: Any, flags: int = 0) -> Any:
        result = original_compile(pattern, flags)
        if captured and isinstance(pattern, str) and len(pattern) >= MIN_PATTERN_LENGTH:
            try:
                _write(path, result, flags, captured[0])
            except OSError:
                pass  # read-only home: the next run just compiles again
        captured.clear()
        return result

    def unwrap() -> None:
        compiler._code, compiler.compile = original_code, original_compile

    compiler._code, compiler.compile = code, compile
    return unwrap


def import_french() -> str:
    """Import spaCy's French language, reusing the saved tokenizer regex or saving it for next time.

    Returns how the regex was obtained: "hit" (from the cache), "compiled" (and saved), or "off"
    (a Python whose ``re`` internals differ: plain import). When French is already imported, nothing
    happens and the first import's answer stands.
    """
    global status
    compiler = _compiler()
    if compiler is None or "spacy.lang.fr.tokenizer_exceptions" in sys.modules:
        import spacy.lang.fr  # noqa: F401

        return status
    path = cache_path()
    try:
        call_flags, compiled = _read(path)
        re._cache[(str, compiled.pattern, call_flags)] = compiled  # type: ignore[attr-defined]
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        compiled = None
    unwrap = _capturing(compiler, path)
    try:
        from spacy.lang.fr import tokenizer_exceptions
    finally:
        unwrap()
    status = "hit" if compiled is not None and tokenizer_exceptions.TOKEN_MATCH.__self__ is compiled else "compiled"
    return status
