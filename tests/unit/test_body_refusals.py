"""What a body is turned into, and what a refused body says: the field at fault and the problem, exactly."""

import enum
import math
from typing import Any

import pytest

from np6_client import InvalidRequestError
from np6_client._bodies import MAX_DEPTH, Variant, choose_body, json_body, json_list, plain_json


class Target:
    def __init__(self, **members: Any) -> None:
        self.members = members

    def to_dict(self) -> dict[str, Any]:
        return dict(self.members)


class Broken:
    """A model built around a value of the wrong type: its `to_dict()` fails as generated models do."""

    def to_dict(self) -> dict[str, Any]:
        raise AttributeError("'dict' object has no attribute 'to_dict'")


class Looping:
    """A model whose members hold it again: its `to_dict()` never ends."""

    def to_dict(self) -> dict[str, Any]:
        raise RecursionError("maximum recursion depth exceeded")


class Holder:
    """A model whose members hold the mapping that holds it."""

    def __init__(self, back: object) -> None:
        self.back = back

    def to_dict(self) -> dict[str, Any]:
        return {"back": self.back}


class NotJSON(enum.Enum):
    ODD = object()


SINGLE: Variant = ("application/vnd.single+json", Target, False, frozenset({"a", "b"}))
OPEN: Variant = ("application/vnd.open+json", Target, False, frozenset())
LIST_A: Variant = ("application/vnd.list-a+json", Target, True, frozenset({"a"}))
LIST_B: Variant = ("application/vnd.list-b+json", Broken, True, frozenset({"b"}))


def refusal(call: Any, *args: Any) -> tuple[str, str]:
    with pytest.raises(InvalidRequestError) as info:
        call(*args)
    return info.value.field, info.value.problem


def test_a_value_json_cannot_carry_is_named_where_it_sits() -> None:
    assert refusal(plain_json, {"a": NotJSON.ODD}) == ("body['a']", "is a object, which is not JSON")
    assert refusal(plain_json, {"x": [1.0, math.nan]}) == (
        "body['x'][1]",
        "nan is not a finite number, which JSON cannot carry",
    )
    assert refusal(plain_json, {1: "one"}) == ("body", "has the key 1; JSON object keys are strings")


def test_a_mapping_that_holds_itself_is_named_where_it_comes_back() -> None:
    looped: dict[str, Any] = {"n": 1}
    looped["self"] = looped
    assert refusal(plain_json, looped) == ("body['self']", "contains itself, which JSON cannot carry")


def test_a_model_inside_a_mapping_keeps_the_path_to_it() -> None:
    outer: dict[str, Any] = {}
    outer["m"] = Holder(outer)
    assert refusal(plain_json, outer) == ("body['m']['back']", "contains itself, which JSON cannot carry")
    assert refusal(plain_json, {"m": Broken()}) == (
        "body['m']",
        "Broken holds a value of the wrong type ('dict' object has no attribute 'to_dict'); pass models or a mapping",
    )
    assert plain_json({"m": Target(a=1)}) == {"m": {"a": 1}}


def test_nesting_is_accepted_up_to_max_depth_levels_and_refused_past_it() -> None:
    def nested(levels: int) -> Any:
        value: Any = 0
        for _ in range(levels):
            value = [value]
        return value

    assert plain_json(nested(MAX_DEPTH)) == nested(MAX_DEPTH)
    field, problem = refusal(plain_json, nested(MAX_DEPTH + 1))
    assert (field, problem) == ("body" + "[0]" * MAX_DEPTH, f"nests deeper than {MAX_DEPTH} levels")


def test_a_model_that_cannot_be_turned_into_json_is_named() -> None:
    assert refusal(json_body, Broken(), Broken) == (
        "body",
        "Broken holds a value of the wrong type ('dict' object has no attribute 'to_dict'); pass models or a mapping",
    )
    assert refusal(json_body, Looping(), Looping) == ("body", "Looping contains itself, which JSON cannot carry")


@pytest.mark.parametrize(
    ("body", "kind"),
    [([], "an empty list"), ([{"a": 1}], "a list"), ("a", "a str"), (b"a", "a bytes"), (7, "a int")],
)
def test_one_object_body_of_another_shape_is_refused_naming_its_kind(body: object, kind: str) -> None:
    assert refusal(json_body, body, Target) == ("body", f"is {kind}; this operation takes one Target or a mapping")


@pytest.mark.parametrize(("body", "kind"), [({"a": 1}, "a mapping"), ("ab", "a str"), (None, "a NoneType")])
def test_an_array_body_of_another_shape_is_refused_naming_its_kind(body: object, kind: str) -> None:
    assert refusal(json_list, body, Target) == ("body", f"is {kind}; this operation takes a list of Target")


def test_an_array_body_takes_models_and_mappings_and_names_the_item_at_fault() -> None:
    assert json_list([Target(a=1), {"a": 2}], Target) == [{"a": 1}, {"a": 2}]
    assert json_list((Target(a=1),), Target) == [{"a": 1}]
    assert refusal(json_list, [{"a": 1}, 5], Target) == ("body[1]", "is a int, not a Target or a mapping")
    assert refusal(json_list, [{"a": 1}, {"a": math.inf}], Target) == (
        "body[1]['a']",
        "inf is not a finite number, which JSON cannot carry",
    )
    assert refusal(json_list, [Broken(), Broken()], Broken)[0] == "body[0]"
    assert refusal(json_list, [{"a": 1}, Target(a=[math.nan])], Target) == (
        "body[1]['a'][0]",
        "nan is not a finite number, which JSON cannot carry",
    )


def test_an_empty_mapping_is_the_one_open_kind_when_there_is_only_that() -> None:
    assert choose_body({}, [OPEN]) == ("application/vnd.open+json", {})


def test_a_mapping_no_kind_fits_is_refused_naming_the_kinds() -> None:
    assert refusal(choose_body, {"z": 1}, [SINGLE]) == (
        "body",
        "has members ['z'] that match none of Target (application/vnd.single+json); pass the model",
    )


def test_a_model_chosen_by_its_class_is_named_body_when_it_fails() -> None:
    broken: Variant = ("application/vnd.broken+json", Broken, False, frozenset({"b"}))
    assert refusal(choose_body, Broken(), [broken])[0] == "body"


def test_a_list_of_mappings_is_the_one_list_kind_they_all_fit() -> None:
    assert choose_body([{"a": 1}, {"a": 2}], [LIST_A, LIST_B]) == ("application/vnd.list-a+json", [{"a": 1}, {"a": 2}])
    assert choose_body([{"b": 1}], [LIST_A, LIST_B]) == ("application/vnd.list-b+json", [{"b": 1}])
    assert refusal(choose_body, [{"a": 1}, {"a": [math.nan]}], [LIST_A, LIST_B]) == (
        "body[1]['a'][0]",
        "nan is not a finite number, which JSON cannot carry",
    )


def test_a_list_whose_items_fit_different_kinds_is_refused() -> None:
    expected = (
        "body",
        "items fit no single kind of a list of Target (application/vnd.list-a+json) or a list of Broken "
        "(application/vnd.list-b+json); pass the models",
    )
    assert refusal(choose_body, [{"a": 1}, {"b": 2}], [LIST_A, LIST_B]) == expected
    assert refusal(choose_body, [{"a": 1}, {"c": 2}], [LIST_A, LIST_B]) == expected


def test_a_list_of_models_names_the_item_that_fails() -> None:
    assert refusal(choose_body, [Broken(), Broken()], [LIST_B])[0] == "body[0]"
    assert choose_body([Target(a=1), Target(a=2)], [LIST_B, LIST_A]) == (
        "application/vnd.list-a+json",
        [{"a": 1}, {"a": 2}],
    )
