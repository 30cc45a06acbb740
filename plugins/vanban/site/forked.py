"""Run a function in a forked child: it sees the parent's memory as it was
at the fork (10,000 documents, nothing pickled across) and sends back only
its result."""

from __future__ import annotations

import multiprocessing
import traceback


class ForkedCall:
    """Runs ``function(*args)`` in a forked process; ``result()`` waits for it
    and re-raises its error."""
    def __init__(self, function, *args):
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=self._run, args=(send, function, args), daemon=True)
        self._process.start()
        send.close()

    @staticmethod
    def _run(send, function, args) -> None:
        try:
            send.send(("ok", function(*args)))
        except BaseException as exc:  # the parent re-raises it, with the child's traceback
            send.send(("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))
        finally:
            send.close()

    def result(self):
        try:
            status, value = self._receive.recv()
        except EOFError:
            status, value = "error", f"the child process died (exit code {self._process.exitcode})"
        self._process.join()
        if status != "ok":
            raise RuntimeError(f"side process failed: {value}")
        return value

    def cancel(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
