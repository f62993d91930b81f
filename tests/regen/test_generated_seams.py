"""Generated code leans on the hand-written layer only through its public seams."""

from __future__ import annotations

from pathlib import Path

import np6_client
from np6_client import _response
from np6_client._generated import types

GENERATED = Path(np6_client.__file__).parent / "_generated"
HAND_WRITTEN = Path(np6_client.__file__).parent


def _generated_sources() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in GENERATED.rglob("*.py")}


def test_the_answer_types_are_the_hand_written_ones() -> None:
    assert types.Response is _response.Response is np6_client.Response
    assert types.Created is _response.Created is np6_client.Created


def test_generated_code_names_no_transport_extension_and_one_client_type() -> None:
    sources = _generated_sources()
    assert not [path for path, text in sources.items() if "np6_maybe_applied" in text or "np6_stream" in text]
    assert not [path for path, text in sources.items() if "AuthenticatedClient" in text]
    operations = [text for path, text in sources.items() if "asyncio_detailed" in text]
    assert len(operations) > 100
    assert all("client: Client," in text for text in operations)


def test_the_hand_written_layer_calls_no_private_generated_function() -> None:
    callers = [
        path.name
        for path in HAND_WRITTEN.glob("*.py")
        if "._get_kwargs(" in (text := path.read_text(encoding="utf-8")) or "._parse_response(" in text
    ]
    assert callers == []
