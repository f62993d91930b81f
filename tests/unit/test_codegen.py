"""The generation step refuses silent drops, and the committed code is what the spec generates."""

import pytest
from generate import GenerationError, _check_module

OPERATION = {
    "operationId": "send_thing",
    "requestBody": {"content": {"application/vnd.np6.cm.email": {}, "application/vnd.np6.cm.sms": {}}},
    "responses": {"200": {"content": {"application/json": {}}}, "401": {"description": "no"}},
}
COMPLETE = """
async def asyncio(
    headers["Content-Type"] = "application/vnd.np6.cm.email"
    headers["Content-Type"] = "application/vnd.np6.cm.sms"
        if response.status_code == 200:
"""


def test_a_complete_module_passes() -> None:
    _check_module(OPERATION, COMPLETE)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ('    headers["Content-Type"] = "application/vnd.np6.cm.sms"\n', "application/vnd.np6.cm.sms was dropped"),
        ("        if response.status_code == 200:\n", "the 200 answer was dropped"),
        ("async def asyncio(\n", "no asyncio"),
    ],
)
def test_a_dropped_piece_fails_generation(missing: str, message: str) -> None:
    with pytest.raises(GenerationError, match=message):
        _check_module(OPERATION, COMPLETE.replace(missing, ""))
