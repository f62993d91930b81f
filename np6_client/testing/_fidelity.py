"""How far the fake is from NP6: replay a cassette recorded from NP6 against a fresh fake.

The fake is seeded from the cassette (the fields it lists, the contacts its answers show, minus
those the session created), then each recorded request is sent to it in order. Each exchange is
compared three ways: the status, the answer's shape (members and JSON types; values, ids among
them, aside) and the headers NP6 sent that the spec defines (the media type, `Location`, the
rate-limit headers). Ids NP6 gave to what the session created are mapped to the fake's ids as the
replay goes, so later requests name the fake's items.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from np6_client._spec.index import is_json
from np6_client.testing._account import Seed
from np6_client.testing._cassette import EMAIL, Exchange, decode_body, read_cassette
from np6_client.testing._fake import FakeNP6

_KEY = "fidelity-check-key"
_CREATIONS = frozenset({("POST", "/targets"), ("PUT", "/targets")})
_TARGET_READS = frozenset({"/targets/{id}", "/targets"})


@dataclass
class Verdict:
    """One exchange's agreement; each list names the differences found (empty: agrees)."""

    index: int
    method: str
    path: str
    status: tuple[int, int]
    shape: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)

    @property
    def checks(self) -> tuple[bool, bool, bool]:
        """Status, shape and headers agreement."""
        return self.status[0] == self.status[1], not self.shape, not self.headers

    def line(self) -> str:
        """The verdict as one report line."""
        recorded, answered = self.status
        status = "status ok" if recorded == answered else f"status {recorded} on NP6, {answered} on the fake"
        shape = "shape ok" if not self.shape else "shape: " + "; ".join(self.shape)
        headers = "headers ok" if not self.headers else "headers: " + "; ".join(self.headers)
        return f"{self.index:4} {self.method} {self.path}: {status} | {shape} | {headers}"


@dataclass
class FidelityReport:
    """Every verdict, the seed problem if the cassette's account could not be loaded, and the score."""

    verdicts: list[Verdict]
    seed_problem: str | None = None

    @property
    def score(self) -> float:
        """The share of checks that agree (1.0 for an empty cassette)."""
        checks = [ok for verdict in self.verdicts for ok in verdict.checks]
        return sum(checks) / len(checks) if checks else 1.0

    def lines(self) -> list[str]:
        """The printed report: one line per exchange, then the score."""
        checks = [ok for verdict in self.verdicts for ok in verdict.checks]
        lines = [verdict.line() for verdict in self.verdicts]
        if self.seed_problem:
            lines.append(
                f"seed: the cassette's account could not be loaded ({self.seed_problem}); default account used"
            )
        lines.append(
            f"fidelity {self.score:.3f}: {sum(checks)}/{len(checks)} checks agree over {len(self.verdicts)} exchanges"
        )
        return lines


def json_type(value: Any) -> str:
    """The JSON type name of a parsed value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def shape_differences(recorded: Any, answered: Any, where: str = "$") -> list[str]:
    """Where two JSON values differ in members or types; values and the keys of id-keyed maps aside."""
    kinds = json_type(recorded), json_type(answered)
    if kinds[0] != kinds[1]:
        return [f"{where} is {kinds[0]} on NP6, {kinds[1]} on the fake"]
    if isinstance(recorded, list):
        if recorded and answered:
            return shape_differences(recorded[0], answered[0], f"{where}[0]")
        return []
    if not isinstance(recorded, Mapping):
        return []
    if _id_keyed(recorded) and _id_keyed(answered):
        recorded_types = {json_type(v) for v in recorded.values()}
        answered_types = {json_type(v) for v in answered.values()}
        extra = answered_types - recorded_types
        return [f"{where} values are {sorted(extra)} on the fake only"] if recorded and extra else []
    found = [f"{where}.{name} missing on the fake" for name in recorded if name not in answered]
    found += [f"{where}.{name} only on the fake" for name in answered if name not in recorded]
    for name in recorded:
        if name in answered:
            found += shape_differences(recorded[name], answered[name], f"{where}.{name}")
    return found


def _id_keyed(value: Mapping[str, Any]) -> bool:
    return all(str(key).isdigit() for key in value)


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def header_differences(recorded: Mapping[str, str], answered: httpx.Headers) -> list[str]:
    """The headers NP6 sent that the fake left out or typed differently."""
    found = []
    for name, value in recorded.items():
        if name not in answered:
            found.append(f"{name} missing on the fake")
        elif name == "content-type" and _media(value) != _media(answered[name]):
            found.append(f"content-type {_media(value)} on NP6, {_media(answered[name])} on the fake")
    return found


def _fields_of(exchanges: Iterable[Exchange]) -> list[dict[str, Any]] | None:
    for exchange in exchanges:
        if (exchange.method, exchange.route, exchange.status) == ("GET", "/fields", 200) and isinstance(
            exchange.body, list
        ):
            return [dict(item) for item in exchange.body if isinstance(item, Mapping)]
    return None


def _targets_of(exchanges: list[Exchange]) -> list[Mapping[str, Any]]:
    created: set[str] = set()
    seen: dict[str, Mapping[str, Any]] = {}
    for exchange in exchanges:
        body = exchange.body
        if not isinstance(body, Mapping) or "id" not in body or exchange.status >= 300:
            continue
        target_id = str(body["id"])
        if (exchange.method, exchange.route) in _CREATIONS and target_id not in seen:
            created.add(target_id)
        elif exchange.route in _TARGET_READS and target_id not in created:
            seen.setdefault(target_id, body)
    return list(seen.values())


def seed_of(exchanges: list[Exchange]) -> Seed:
    """`FakeNP6.load` arguments for the account a cassette shows (fields, contacts)."""
    targets = _targets_of(exchanges)
    fields = _fields_of(exchanges)
    if fields is None:
        ids = sorted({int(k) for t in targets for k in (t.get("fields") or {}) if str(k).isdigit()})
        fields = [{"id": number, "name": f"field{number}"} for number in ids]
        emails = [n for n in ids if any(EMAIL.fullmatch(str((t.get("fields") or {}).get(str(n), ""))) for t in targets)]
        if fields:
            unicity = emails[0] if emails else ids[0]
            fields = [{**f, "isUnicity": f["id"] == unicity} for f in fields]
    names = {str(f.get("id")): str(f.get("name")) for f in fields}
    seeded = [
        {"id": str(t["id"]), "fields": {names.get(str(k), str(k)): v for k, v in (t.get("fields") or {}).items()}}
        for t in targets
    ]
    return Seed(fields=fields, targets=seeded) if fields else Seed()


def _mapped(value: Any, ids: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_mapped(item, ids) for item in value]
    if isinstance(value, Mapping):
        return {key: _mapped(item, ids) for key, item in value.items()}
    return value


def _learn_ids(exchange: Exchange, answer: Any, headers: httpx.Headers, ids: dict[str, str]) -> None:
    if isinstance(exchange.body, Mapping) and isinstance(answer, Mapping) and "id" in exchange.body and "id" in answer:
        ids.setdefault(str(exchange.body["id"]), str(answer["id"]))
    if "location" in exchange.headers and "location" in headers:
        ids.setdefault(exchange.headers["location"].rsplit("/", 1)[-1], headers["location"].rsplit("/", 1)[-1])


async def _replay_one(http: httpx.AsyncClient, exchange: Exchange, index: int, ids: dict[str, str]) -> Verdict:
    path = "/".join(ids.get(segment, segment) for segment in exchange.path.split("/"))
    query = [(name, ids.get(value, value)) for name, value in exchange.query]
    headers = {"content-type": exchange.request_type} if exchange.request_type else {}
    body = _mapped(exchange.request_body, ids)
    content = b""
    if body is not None:
        content = json.dumps(body).encode() if is_json(exchange.request_type or "") else str(body).encode()
    params = httpx.QueryParams(tuple(query))
    response = await http.request(exchange.method, path, params=params, content=content, headers=headers)
    kind, answer = decode_body(response.content, response.headers.get("content-type"))
    verdict = Verdict(index, exchange.method, exchange.path, (exchange.status, response.status_code))
    if exchange.body_kind == "json" and kind == "json":
        verdict.shape = shape_differences(exchange.body, answer)
    elif exchange.body_kind not in {"truncated", kind}:
        verdict.shape = [f"body is {exchange.body_kind} on NP6, {kind} on the fake"]
    verdict.headers = header_differences(exchange.headers, response.headers)
    _learn_ids(exchange, answer, response.headers, ids)
    return verdict


async def verify_cassette(path: str | Path) -> FidelityReport:
    """Replay the cassette at `path` against a fresh fake seeded from it."""
    exchanges = read_cassette(path)
    fake = FakeNP6(api_keys=(_KEY,))
    seed_problem = None
    try:
        fake.load(**seed_of(exchanges))
    except ValueError as exc:
        seed_problem = str(exc)
    transport = httpx.ASGITransport(app=fake.app)
    ids: dict[str, str] = {}
    verdicts = []
    async with httpx.AsyncClient(transport=transport, base_url="http://fake-np6", headers={"X-Key": _KEY}) as http:
        for index, exchange in enumerate(exchanges, start=1):
            verdicts.append(await _replay_one(http, exchange, index, ids))
    return FidelityReport(verdicts, seed_problem)
