"""Reading an account seed from a JSON or YAML file, for `FakeNP6.load_file` and `--seed`.

The file holds a mapping with any of `fields`, `targets`, `segments`, `actions` (lists, as
`FakeNP6.load` takes them) and `unicity` (the name of the unicity field among the fields).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import yaml

from np6_client.testing._account import Seed

SEED_KEYS = Seed.__optional_keys__


def read_seed(path: str | Path) -> Seed:
    """The seed's parts by name; ValueError for a file that is not such a mapping."""
    source = Path(path)
    text = source.read_text(encoding="utf-8")
    try:
        data = json.loads(text) if source.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise ValueError(
            f"{source}: not valid {'JSON' if source.suffix.lower() == '.json' else 'YAML'}: {exc}"
        ) from exc
    if not isinstance(data, dict):
        raise ValueError(f"{source}: a seed file holds a mapping of {', '.join(sorted(SEED_KEYS))}")  # noqa: TRY004
    unknown = sorted(set(data) - SEED_KEYS)
    if unknown:
        raise ValueError(f"{source}: unknown keys {unknown}; a seed file may hold {sorted(SEED_KEYS)}")
    for name in SEED_KEYS - {"unicity"}:
        if name in data and not isinstance(data[name], list):
            raise ValueError(f"{source}: {name} must be a list")
    if "unicity" in data and not isinstance(data["unicity"], str):
        raise ValueError(f"{source}: unicity names a field")
    return cast(Seed, data)  # its keys and their kinds checked above
