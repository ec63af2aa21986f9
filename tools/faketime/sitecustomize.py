"""Loaded (through PYTHONPATH) only by the test step that runs with the clock moved ahead.

libfaketime 0.9.10, Debian 12's, mishandles clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)
when it leaves the monotonic clock alone (FAKETIME_DONT_FAKE_MONOTONIC=1, needed because
glibc's sem_clockwait, behind every lock timeout, would otherwise wait years): Python 3.11's
time.sleep then fails with EINVAL (libfaketime issue 426). The same sleep through select(),
which takes a relative timeout and which libfaketime passes through, still really sleeps.
"""

import select
import time


def _sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    select.select([], [], [], seconds)


time.sleep = _sleep
