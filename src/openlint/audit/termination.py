"""An audit stopped by SIGTERM or SIGHUP (a CI timeout, `kill`, a closed terminal) removes what it wrote
(the temporary lineage index, the half-written output file) and then ends by the same signal.

By default Python dies at once on these signals, skipping every `finally`. Here the signal raises
`Terminated` in the process that installed the handler, so context managers unwind; the process then
re-sends itself the signal with its default action, so whoever stopped it sees what it would have seen.
Forked workers inherit the handler but keep the default behaviour: they die as before (a dead worker
fails the audit, as openlint.audit.pool says)."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(BaseException):
    """A termination signal arrived: unwinds like KeyboardInterrupt (no `except Exception` stops it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _die(signum: int) -> None:
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


@contextlib.contextmanager
def cleanup_on_termination() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP unwind it (cleaning up) and then end the process by that signal."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers
        return
    owner = os.getpid()

    def handler(signum: int, _frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a worker forked inside the block: the default action, as before
            _die(signum)
            return
        for number in SIGNALS:  # a second signal during the clean-up ends the process at once
            signal.signal(number, signal.SIG_DFL)
        raise Terminated(signum)

    previous = {number: signal.signal(number, handler) for number in SIGNALS}
    try:
        yield
    except Terminated as stopped:
        _die(stopped.signum)
        raise SystemExit(128 + stopped.signum) from None  # only if the signal is blocked
    finally:
        for number, action in previous.items():
            signal.signal(number, action)
