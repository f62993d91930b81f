"""The generation step refuses silent drops, and the committed code is what the spec generates."""

from pathlib import Path

import absent_as_none
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


GENERATED_MODEL = """from ..types import UNSET, Unset, model_repr


class Thing:
    size: int | Unset = UNSET
    owner: Owner | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        size: int | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size
        if size is not UNSET:
            field_dict["size"] = size

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _owner = d.pop("owner", UNSET)
        if not isinstance(_owner, Unset) and _owner is UNSET:
            pass
"""
REWRITTEN_MODEL = """from ..types import model_repr


class Thing:
    size: int | None = None
    owner: Owner | None = None

    def to_dict(self) -> dict[str, Any]:
        size: int | None
        if self.size is None:
            size = None
        else:
            size = self.size
        if size is not None:
            field_dict["size"] = size

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _owner = d.pop("owner", None)
        if _owner is not None and _owner is None:
            pass
"""


def test_absent_members_are_rewritten_to_none_in_every_form_the_generator_writes() -> None:
    assert absent_as_none.rewrite(GENERATED_MODEL) == REWRITTEN_MODEL


def test_a_form_of_unset_the_step_does_not_know_fails_generation(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "thing.py").write_text("x = Unset.something()\n", encoding="utf-8")
    with pytest.raises(absent_as_none.LeftOver, match=r"thing\.py"):
        absent_as_none.absent_as_none(tmp_path)
