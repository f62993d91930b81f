"""The generated fast builders build exactly what `from_dict` builds, for every streamed model."""

import copy
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from np6_client._generated.builders import BUILDERS
from np6_client._streaming.whole_body import fast_builder
from np6_client.models import ActionEvent, CampaignEvent, ContactEvent, DisplayEvent, NotificationEvent

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "codegen"))
import fast_builders  # noqa: E402

STREAMED: list[Any] = [ActionEvent, CampaignEvent, ContactEvent, DisplayEvent, NotificationEvent]

ITEMS: list[Any] = [
    {
        "type": "activation",
        "id": "00000007-0001-4000-8000-00000000002a",
        "timestamp": 1_704_067_200_000,
        "identity": {"type": "customer", "agency": "DEMO", "customer": "028"},
        "source": {"type": "notification", "detail": {"activation": {"id": 7, "kind": "application"}}},
    },
    {  # a type no schema lists, extra members at every level
        "type": "future-kind",
        "id": "00000007-0001-4000-8000-00000000002B",
        "timestamp": 1,
        "identity": {"type": "agency", "value": "X", "more": [1, 2]},
        "source": {"type": "campaign", "detail": {"channels": [{"kind": "email"}]}, "note": None},
        "extension": {"note": "a member this API version does not describe"},
        "score": 1.5,
    },
    {},  # nothing at all
    {"id": "0000000700014000800000000000002a"},  # uuid forms UUID() accepts and msgspec may not
    {"id": "{00000007-0001-4000-8000-00000000002a}"},
    {"id": "urn:uuid:00000007-0001-4000-8000-00000000002a"},
    {"id": "0000-0007-0001-4000-8000-00000000002a"},
    {"identity": [["type", "customer"]], "source": [["type", "x"]]},  # not dicts, yet dict() takes them
    {"source": {"detail": [["k", "v"]]}},
    {"type": None, "timestamp": "not a number", "identity": {}, "source": {"detail": {}}},
    {"id": None, "source": None},  # null reads as absent: None, like a member left out
]
BAD_ITEMS: list[Any] = [
    {"id": "not-a-uuid"},
    {"id": 12},
    {"id": "00000007-0001-4000-8000-00000000002g"},
    {"identity": 5},
    {"identity": "text"},
    {"source": {"detail": 3}},
    7,
    "text",
    None,
    [["type", 1, 2]],
]


def test_every_streamed_model_has_a_fast_builder() -> None:
    assert set(BUILDERS) == set(STREAMED)
    for model in STREAMED:
        assert fast_builder(model.from_dict) is BUILDERS[model]
        assert BUILDERS[model] is not model.from_dict


def test_other_parsers_are_kept_as_they_are() -> None:
    def parse(item: Any) -> Any:
        return item

    assert fast_builder(parse) is parse


@pytest.mark.parametrize("model", STREAMED, ids=lambda m: m.__name__)
@pytest.mark.parametrize("item", ITEMS, ids=range(len(ITEMS)))
def test_fast_built_equals_from_dict(model: Any, item: Any) -> None:
    expected = model.from_dict(copy.deepcopy(item))
    built = BUILDERS[model](copy.deepcopy(item))
    assert type(built) is model
    assert built == expected
    assert built.to_dict() == expected.to_dict()
    for name in ("identity", "source"):
        assert type(getattr(built, name)) is type(getattr(expected, name))


def outcome(parse: Any, item: Any) -> Any:
    try:
        return parse(copy.deepcopy(item))
    except Exception as exc:  # the outcome compared is whatever was raised
        return (type(exc), str(exc))


@pytest.mark.parametrize("model", STREAMED, ids=lambda m: m.__name__)
@pytest.mark.parametrize("item", BAD_ITEMS, ids=range(len(BAD_ITEMS)))
def test_fast_builders_fail_as_from_dict_fails(model: Any, item: Any) -> None:
    expected = outcome(model.from_dict, item)
    assert outcome(BUILDERS[model], item) == expected
    if model is NotificationEvent:  # every one of these is wrong for it
        assert isinstance(expected, tuple)


def test_the_unknown_type_keeps_every_member() -> None:
    event = BUILDERS[NotificationEvent](copy.deepcopy(ITEMS[1]))
    assert event.type_ == "future-kind"
    assert event.additional_properties == {
        "extension": {"note": "a member this API version does not describe"},
        "score": 1.5,
    }
    assert event.identity.additional_properties == {"value": "X", "more": [1, 2]}
    assert str(event.id) == "00000007-0001-4000-8000-00000000002b"


MODEL = textwrap.dedent(
    """
    from enum import Enum

    class Kind(str, Enum):
        A = "a"

        @classmethod
        def _missing_(cls, value):
            member = str.__new__(cls, value)
            member._name_ = "UNKNOWN"
            member._value_ = value
            return member

    @_attrs_define
    class Thing:
        kind: Kind | None = None
        when: int | None = None
        extra: str | None = None
        additional_properties: dict[str, Any] = _attrs_field(factory=dict)

        @classmethod
        def from_dict(cls, src_dict):
            d = dict(src_dict)
            _kind = d.pop("kind", None)
            kind: Kind | None
            if _kind is None:
                kind = None
            else:
                kind = Kind(_kind)

            when = d.pop("when", None)
            extra = d.pop("extra", None)
            thing = cls(kind=kind, when=when, extra=extra, additional_properties=d)
            return thing
    """
)


def test_analysis_copies_conversions_and_takes_new_constructor_arguments() -> None:
    builder = fast_builders.analyse("Thing", "thing", MODEL, {"Thing"})
    assert builder.fields == ["kind", "when", "extra", "additional_properties"]
    kinds = [(step.kind, step.attribute, step.key) for step in builder.steps]
    assert kinds == [
        ("convert", "kind", "kind"),
        ("pop", "when", "when"),
        ("pop", "extra", "extra"),
        ("rest", "additional_properties", ""),
    ]
    assert builder.steps[0].expression == "_thing.Kind(VALUE)"  # the enum call itself: its _missing_ applies
    lines = fast_builders._emit(builder, {"Thing": builder}, "d", "item0", 0)
    assert lines[-1] == "item0.additional_properties = d"
    assert "    value0 = _thing.Kind(value0)" in lines


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("d = dict(src_dict)", "d = src_dict"),
        ('when = d.pop("when", None)', 'when = d.get("when")'),
        ('when = d.pop("when", None)', 'when = d.pop("when", UNSET)'),
        ("additional_properties=d)", "additional_properties=d, **{})"),
        ("        return thing", "        thing.seen = True\n        return thing"),
        ("    extra: str | None = None\n", "    extra: str | None = None\n    other: int = 0\n"),
    ],
)
def test_other_shapes_keep_from_dict(old: str, new: str) -> None:
    assert old in MODEL
    with pytest.raises(fast_builders.Unrecognised):
        fast_builders.analyse("Thing", "thing", MODEL.replace(old, new), {"Thing"})


def test_the_generated_module_is_what_the_post_step_writes(tmp_path: Path) -> None:
    generated = ROOT / "np6_client" / "_generated"
    out = tmp_path / "_generated"
    (out / "models").mkdir(parents=True)
    for path in (generated / "models").glob("*.py"):
        (out / "models" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for path in (generated / "api").rglob("*.py"):
        target = out / path.relative_to(generated)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    fast_builders.write_builders(out)
    assert (out / "builders.py").read_text(encoding="utf-8") == (generated / "builders.py").read_text(encoding="utf-8")
    assert json.dumps(sorted(fast_builders.streamed_models(out))) == json.dumps(sorted(m.__name__ for m in STREAMED))
