"""Loaded at start-up of the no-network test's subprocesses (via PYTHONPATH).

An audit hook refuses every IP socket and name lookup and records the attempt in
$IPSF_NET_LOG, so an attempt is seen even if the code swallows the error.
"""

import os
import socket
import sys

_LOG = os.environ.get("IPSF_NET_LOG")
_IP_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.connect",
    "socket.sendto",
}


def _refuse(event: str, args: tuple) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {event} {args!r:.200}\n")
    raise OSError(f"network blocked by test: {event}")


def _hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if family in _IP_FAMILIES:
            _refuse(event, args[1:])
    elif event in _LOOKUPS:
        _refuse(event, args)


sys.addaudithook(_hook)
