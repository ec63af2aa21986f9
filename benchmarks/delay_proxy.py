"""A TCP proxy on 127.0.0.1 that holds every chunk sent towards the server for N ms:
one added delay per request/response round trip, like a server at a distance.

Runs its own asyncio loop in a daemon thread. Bounded: it stops when the `with` block
ends, and by itself after `lifetime` seconds, so a crashed benchmark leaves no listener.
It also counts the chunks it forwarded to the server (about one per round trip).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from types import TracebackType


class DelayProxy:
    def __init__(
        self, target_port: int, delay_ms: float, *, lifetime: float = 3600.0, chunk: int = 65536
    ) -> None:
        self.target_port = target_port
        self.delay = delay_ms / 1000
        self.lifetime = lifetime
        self.chunk = chunk
        self.port = 0
        self.round_trips = 0  # chunks forwarded to the server
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="delay-proxy")

    # -- the loop -----------------------------------------------------------------

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        with contextlib.suppress(TimeoutError):  # the lifetime is up: stop by itself
            await asyncio.wait_for(self._stop.wait(), self.lifetime)
        server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        try:
            await asyncio.gather(
                self._pump(reader, up_writer, delayed=True),
                self._pump(up_reader, writer, delayed=False),
                return_exceptions=True,
            )
        except asyncio.CancelledError:
            # Stopping: ends quietly (Python 3.11's stream callback would print a
            # traceback for a client task that ends cancelled).
            writer.close()
            up_writer.close()

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, delayed: bool
    ) -> None:
        # Chunks keep their order; each leaves `delay` after it arrived (not after the
        # previous one left), so back-to-back chunks share one delay as on a real wire.
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            writer.close()

        sender = asyncio.ensure_future(send())
        try:
            while True:
                data = await reader.read(self.chunk)
                if delayed and data:
                    self.round_trips += 1
                queue.put_nowait((time.monotonic() + (self.delay if delayed else 0), data))
                if not data:
                    break
            await sender
        finally:
            sender.cancel()

    # -- starting and stopping ----------------------------------------------------------

    def __enter__(self) -> DelayProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the delay proxy did not start")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)
