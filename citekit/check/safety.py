"""Refuse links whose host resolves to an address that is not on the public internet.

A link checker fetches URLs written by others; without this guard a library could make it probe
the machine it runs on or the cloud metadata service (SSRF).  Every request — the first and every
redirect hop — resolves the host with ``getaddrinfo`` and is refused when *any* address is private,
loopback, link-local, unspecified, multicast, reserved, shared (CGNAT) or a known cloud-metadata
address.  ``allow_private`` lifts the refusal (the tests need it: their servers are on 127.0.0.1).

Caveat, DNS rebinding: the guard resolves the name, then ``requests`` resolves it again when it
connects.  A hostile DNS server answering a public address first and a private one second gets
through.  Closing that gap means connecting to the very address checked (pinning it while keeping
the name for TLS and Host); this version does not, so the guard stops plain SSRF and honest
mistakes, not an attacker who controls DNS for a name in the library.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Callable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure, OpenStack
    "fd00:ec2::254",  # AWS over IPv6
    "100.100.100.200",  # Alibaba Cloud
    "192.0.0.192",  # Oracle Cloud
))
Resolver = Callable[[str, int], list[IPAddress]]


class NameNotFound(Exception):
    """The DNS says the name does not exist (NXDOMAIN): the link is dead."""


class LookupFailed(Exception):
    """The name could not be resolved for another reason (no network, SERVFAIL)."""


class AddressRefused(Exception):
    """The host resolves to a non-public address and private addresses are not allowed."""


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """All addresses ``getaddrinfo`` gives for host:port."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        not_found = {getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, name)}
        if exc.errno in not_found:
            raise NameNotFound(f"DNS: {host}: name does not exist") from None
        raise LookupFailed(f"DNS: {host}: {exc.strerror or exc}") from None
    except UnicodeError:
        raise LookupFailed(f"DNS: {host}: not a valid host name") from None
    return [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]


def is_public(address: IPAddress) -> bool:
    """True for an address on the public internet that is no metadata service."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address in METADATA:
        return False
    return address.is_global and not (address.is_multicast or address.is_reserved or address.is_private
                                      or address.is_loopback or address.is_link_local or address.is_unspecified)


def literal_address(host: str) -> IPAddress | None:
    """The address when ``host`` is an IP literal (brackets allowed), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def check_host(host: str, port: int, allow_private: bool, resolver: Resolver = system_resolver) -> bool:
    """Resolve ``host`` and raise unless it may be fetched; True when a DNS name was resolved."""
    literal = literal_address(host)
    addresses = [literal] if literal else resolver(host, port)
    if not allow_private:
        bad = [a for a in addresses if not is_public(a)]
        if bad:
            raise AddressRefused(f"refused: private address ({host} -> {bad[0]})")
    return literal is None
