"""pydantic's validation errors in the judge's own words: one sentence per problem, naming the
field as the request spells it ("submission_id must be a whole number", "weeks[0].title must
not be empty"), never where the framework found it ("path.", "query.", "body.") nor how it
counts ("items after validation")."""

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic_core import PydanticCustomError

REFUSED = "refused"
"""The error type of a rule's own sentence (`refused`), shown as it is."""

WHERE = {"body", "query", "path", "header", "cookie"}
"""The first part of a FastAPI error's location: where the value was, not its name."""


def refused(message: str) -> PydanticCustomError:
    """A validator's refusal that is a whole sentence ("a group name is 1-64 characters"):
    raise it instead of ValueError, whose message is read as a phrase about the field."""
    return PydanticCustomError(REFUSED, "{reason}", {"reason": message})


def field_name(loc: Iterable[Any]) -> str:
    """`("body", "weeks", 0, "title")` -> `weeks[0].title`; "" for the request as a whole."""
    parts = list(loc)
    if parts and parts[0] in WHERE:
        parts = parts[1:]
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else str(part)
    return name


BOUNDS = {"greater_than_equal": ("ge", "at least"), "greater_than": ("gt", "more than"),
          "less_than_equal": ("le", "at most"), "less_than": ("lt", "less than")}


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def message(error: Mapping[str, Any]) -> str:
    """One pydantic (or FastAPI) error as a sentence."""
    kind, ctx = error["type"], error.get("ctx") or {}
    field = field_name(error.get("loc", ()))
    value = error.get("input")
    if kind == REFUSED:
        return str(ctx.get("reason", error["msg"]))
    if kind == "value_error":  # a validator's ValueError: a phrase about the field
        reason = str(ctx.get("error", error["msg"]))
        return f"{field} {reason}" if field else reason
    if not field:  # the body itself
        if kind == "missing":
            return "the request needs a body: a JSON object"
        if kind in ("model_attributes_type", "dict_type", "model_type"):
            return "the body must be a JSON object"
        return f"the body is invalid: {error['msg']}"
    if kind == "missing":
        return f"{field} is required"
    if kind in ("int_parsing", "int_type", "int_from_float", "int_parsing_size"):
        return f"{field} must be a whole number"
    if kind in ("float_parsing", "float_type", "finite_number"):
        return f"{field} must be a number"
    if kind in ("bool_parsing", "bool_type"):
        return f"{field} must be true or false"
    if kind in ("string_type", "string_unicode", "string_sub_type"):
        return f"{field} must be a string"
    if kind in ("list_type", "tuple_type", "set_type"):
        return f"{field} must be a list"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{field} must be an object"
    if kind.startswith(("date_", "datetime_")):
        return f"{field} must be a date YYYY-MM-DD"
    if kind == "literal_error":
        return f"{field} must be {ctx.get('expected', 'one of the values listed')}"
    if kind in BOUNDS:
        key, words = BOUNDS[kind]
        return f"{field} must be {words} {ctx.get(key)}"
    text = isinstance(value, str | bytes)
    if kind in ("string_too_short", "too_short"):
        least = ctx.get("min_length", 1)
        if least == 1:
            return f"{field} must not be empty"
        return f"{field} needs at least {_plural(least, 'character' if text else 'item')}"
    if kind in ("string_too_long", "too_long"):
        most = ctx.get("max_length", 0)
        if text:
            return f"{field} is over {_plural(most, 'character')}"
        return f"{field} has more than {_plural(most, 'item')}"
    if kind == "extra_forbidden":
        return f"{field} is not a field here"
    return f"{field}: {error['msg']}"


def describe(errors: Iterable[Mapping[str, Any]]) -> str:
    """Every error, once each, in one line."""
    messages = list(dict.fromkeys(message(error) for error in errors))
    return "; ".join(messages)
