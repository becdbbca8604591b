"""The channel's value codec: trusted round trips and hostile decoding.

Round trips go the whole way a reply goes: harness encoder -> length-prefixed frame ->
strict frame parser -> the judge's strict decoder. Hostile inputs must end in `DecodeError` or
`ProtocolViolation` -- never another exception, never a value.
"""

import json
import math
import struct

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from judge.grading.wire import codec
from judge.grading.wire.codec import ARRAY_DTYPES, DecodeError, decode
from judge.grading.wire.structures import LinkedList, Tree
from sandbox.errors import ProtocolViolation
from sandbox.frames import MAX_FRAME_BYTES, FrameBuffer, encode_frame, parse_frame
from sandbox.harness import harness as wire

HOSTILE = (DecodeError, ProtocolViolation)


# ---------------------------------------------------------------- helpers
def through_channel(value):
    """Encodes with the harness, frames, parses the frame strictly, decodes strictly."""
    frame = encode_frame({"ok": True, "value": wire.encode(value)})
    (size,) = struct.unpack(">I", frame[:4])
    assert size == len(frame) - 4
    message = parse_frame(frame[4:])
    return decode(message["value"])


def assert_same(expected, actual):
    """Deep, type-strict, NaN-aware equality."""
    if isinstance(expected, pd.DataFrame):
        assert isinstance(actual, pd.DataFrame)
        pd.testing.assert_frame_equal(actual, expected, check_dtype=True, check_exact=True)
        return
    if isinstance(expected, np.ndarray):
        assert isinstance(actual, np.ndarray)
        assert actual.dtype == expected.dtype
        assert actual.shape == expected.shape
        np.testing.assert_array_equal(actual, expected, strict=True)
        return
    assert type(actual) is type(expected), (expected, actual)
    if isinstance(expected, float):
        if math.isnan(expected):
            assert math.isnan(actual)
        else:
            assert actual == expected
            assert math.copysign(1.0, actual) == math.copysign(1.0, expected)
    elif isinstance(expected, (list, tuple)):
        assert len(actual) == len(expected)
        for e, a in zip(expected, actual, strict=True):
            assert_same(e, a)
    elif isinstance(expected, dict):
        assert list(actual) == list(expected)  # same keys, same order
        for key in expected:
            assert_same(expected[key], actual[key])
    else:  # None, bool, int, str, set (hashables in sets exclude NaN)
        assert actual == expected


# ---------------------------------------------------------------- strategies
_finite_or_not = st.floats(allow_nan=True, allow_infinity=True)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), _finite_or_not, st.text())
hashable_scalars = st.one_of(st.none(), st.booleans(), st.integers(),
                             st.floats(allow_nan=False), st.text())
hashables = st.recursive(
    hashable_scalars, lambda inner: st.lists(inner, max_size=3).map(tuple), max_leaves=6)

arrays = st.sampled_from(sorted(ARRAY_DTYPES)).flatmap(
    lambda dtype: hnp.arrays(dtype=dtype,
                             shape=hnp.array_shapes(min_dims=1, max_dims=3, min_side=0,
                                                    max_side=4)))

_INT64 = st.integers(-(2**63), 2**63 - 1)
_COLUMN_KINDS = {
    "int64": _INT64,
    "float64": _finite_or_not,
    "object": st.one_of(st.none(), st.text(max_size=8)),
    "bool": st.booleans(),
}


@st.composite
def dataframes(draw):
    rows = draw(st.integers(0, 5))
    names = draw(st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=4,
                          unique=True))
    data = {}
    for name in names:
        dtype = draw(st.sampled_from(sorted(_COLUMN_KINDS)))
        cells = draw(st.lists(_COLUMN_KINDS[dtype], min_size=rows, max_size=rows))
        data[name] = pd.Series(cells, dtype=dtype)
    return pd.DataFrame(data)


values = st.recursive(
    scalars | arrays | dataframes(),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.sets(hashables, max_size=4),
        st.dictionaries(hashables, inner, max_size=4),
    ),
    max_leaves=12,
)

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---------------------------------------------------------------- round trips
@FAST
@given(scalars)
def test_scalars_round_trip(value):
    assert_same(value, through_channel(value))


@FAST
@given(arrays)
def test_arrays_round_trip(array):
    assert_same(array, through_channel(array))


@FAST
@given(dataframes())
def test_dataframes_round_trip(frame):
    assert_same(frame, through_channel(frame))


@FAST
@given(values)
def test_nested_values_round_trip(value):
    assert_same(value, through_channel(value))


@FAST
@given(values)
def test_round_trip_via_plain_json_too(value):
    """decode(json.loads(json.dumps(wire.encode(v)))) == v, without the frame layer."""
    assert_same(value, decode(json.loads(json.dumps(wire.encode(value)))))


@FAST
@given(values)
def test_normalize_matches_channel(value):
    assert_same(codec.normalize(value), through_channel(value))


@FAST
@given(values)
def test_the_judges_encoding_is_the_harnesss_for_plain_values(value):
    """Inputs encode exactly as the harness would: the frames a sandbox receives do not
    depend on which side encoded them."""
    assert json.dumps(codec.encode(value)) == json.dumps(wire.encode(value))


@FAST
@given(st.recursive(
    st.one_of(st.integers(), st.none(), st.text(max_size=3),
              st.lists(st.one_of(st.integers(), st.none()), max_size=6).map(
                  lambda values: Tree(tuple(values))),
              st.lists(st.integers(), max_size=4).map(lambda v: LinkedList(tuple(v)))),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.lists(inner, max_size=3).map(tuple),
                            st.dictionaries(st.text(max_size=3), inner, max_size=3)),
    max_leaves=8))
def test_decoded_values_encode_again_to_themselves(value):
    """Expected values are kept on disk encoded: a decoded value holding trees or linked lists
    at any depth encodes, and decodes back to what it was."""
    once = codec.decode(codec.encode(value))
    assert codec.decode(json.loads(json.dumps(codec.encode(once)))) == once


def test_non_finite_floats_are_tagged_not_bare():
    encoded = wire.encode([math.nan, math.inf, -math.inf, 1.5])
    assert encoded[:3] == [{"$t": "float", "v": "nan"}, {"$t": "float", "v": "inf"},
                           {"$t": "float", "v": "-inf"}]
    # the tagged form survives strict (allow_nan=False) framing
    out = through_channel([math.nan, math.inf, -math.inf, 1.5])
    assert math.isnan(out[0]) and out[1:] == [math.inf, -math.inf, 1.5]


def test_set_of_frozensets_round_trips():
    """A reference returning e.g. a set of groups ({frozenset(...)}) must normalize."""
    value = {frozenset({1, 2}), frozenset({3})}
    assert through_channel(value) == value


def test_dict_keyed_by_frozenset_round_trips():
    value = {frozenset({"a", "b"}): 1}
    assert through_channel(value) == value


def test_series_round_trips():
    series = pd.Series([1.5, math.nan, -2.0], name="score")
    out = through_channel(series)
    pd.testing.assert_series_equal(out, series)


# ---------------------------------------------------------------- hostile decoding
def _deep_list(depth):
    value = []
    for _ in range(depth):
        value = [value]
    return value


def _deep_tuples(depth):
    value = 0
    for _ in range(depth):
        value = {"$t": "tuple", "v": [value]}
    return value


HOSTILE_VALUES = {
    "unknown tag": {"$t": "pickle", "v": "gASVAAAA"},
    "no tag": {"a": 1},
    "null tag": {"$t": None, "v": 1},
    "list tag": {"$t": ["float"], "v": "nan"},
    "float tag, word": {"$t": "float", "v": "NaN"},
    "float tag, number": {"$t": "float", "v": 1e308},
    "float tag, huge literal": {"$t": "float", "v": "1e400"},
    "float tag, missing": {"$t": "float"},
    "bare nan object": math.nan,
    "bare inf object": math.inf,
    "array shape mismatch": {"$t": "ndarray", "dtype": "int64", "shape": [2, 2], "v": [1, 2, 3]},
    "array negative shape": {"$t": "ndarray", "dtype": "int64", "shape": [-1], "v": [1]},
    "array bool shape": {"$t": "ndarray", "dtype": "int64", "shape": [True], "v": [1]},
    "array shape not a list": {"$t": "ndarray", "dtype": "int64", "shape": 3, "v": [1, 2, 3]},
    "array too many dims": {"$t": "ndarray", "dtype": "int64", "shape": [1] * 33, "v": [1]},
    "array huge claimed shape": {"$t": "ndarray", "dtype": "uint8",
                                 "shape": [10**9, 10**9], "v": []},
    "array dtype object": {"$t": "ndarray", "dtype": "object", "shape": [1], "v": [1]},
    "array dtype <U5": {"$t": "ndarray", "dtype": "<U5", "shape": [1], "v": ["hello"]},
    "array dtype O": {"$t": "ndarray", "dtype": "O", "shape": [1], "v": [1]},
    "array dtype complex": {"$t": "ndarray", "dtype": "complex128", "shape": [1], "v": [1]},
    "array dtype datetime": {"$t": "ndarray", "dtype": "datetime64[ns]", "shape": [1], "v": [1]},
    "array dtype missing": {"$t": "ndarray", "shape": [1], "v": [1]},
    "array dtype a list": {"$t": "ndarray", "dtype": ["float64"], "shape": [1], "v": [1.0]},
    "array dtype a dict": {"$t": "ndarray", "dtype": {}, "shape": [1], "v": [1.0]},
    "array string data": {"$t": "ndarray", "dtype": "float64", "shape": [1], "v": ["1"]},
    "array nested data": {"$t": "ndarray", "dtype": "float64", "shape": [1], "v": [[1.0]]},
    "array nan in ints": {"$t": "ndarray", "dtype": "int64", "shape": [1],
                          "v": [{"$t": "float", "v": "nan"}]},
    "array uint8 overflow": {"$t": "ndarray", "dtype": "uint8", "shape": [1], "v": [-1]},
    "array int64 overflow": {"$t": "ndarray", "dtype": "int64", "shape": [1], "v": [2**70]},
    "array data not a list": {"$t": "ndarray", "dtype": "int64", "shape": [1], "v": 1},
    "set containing a list": {"$t": "set", "v": [[1, 2]]},
    "set containing a dict": {"$t": "set", "v": [{"$t": "dict", "v": []}]},
    "set containing an array": {"$t": "set", "v": [
        {"$t": "ndarray", "dtype": "int64", "shape": [1], "v": [1]}]},
    "set body not a list": {"$t": "set", "v": "abc"},
    "dict key a list": {"$t": "dict", "v": [[[1], 2]]},
    "dict key a dict": {"$t": "dict", "v": [[{"$t": "dict", "v": []}, 2]]},
    "dict key a tuple holding a list": {"$t": "dict", "v": [[{"$t": "tuple", "v": [[1]]}, 2]]},
    "dict not pairs": {"$t": "dict", "v": [[1, 2, 3]]},
    "dict body an object": {"$t": "dict", "v": {"a": 1}},
    "tuple body not a list": {"$t": "tuple", "v": 5},
    "nested lists past the cap": _deep_list(codec.MAX_DEPTH + 1),
    "nested tuples past the cap": _deep_tuples(codec.MAX_DEPTH + 1),
    "nested far past the recursion limit": _deep_list(100_000),
    "frame columns of different lengths": {
        "$t": "dataframe", "columns": ["a", "b"], "dtypes": ["int64", "int64"],
        "data": [[1, 2, 3], [1, 2]]},
    "frame parts not lined up": {"$t": "dataframe", "columns": ["a", "b"], "dtypes": ["int64"],
                                 "data": [[1]]},
    "frame column dtype outside list": {"$t": "dataframe", "columns": ["a"],
                                        "dtypes": ["complex128"], "data": [[1]]},
    "frame column dtype a list": {"$t": "dataframe", "columns": ["a"], "dtypes": [["int64"]],
                                  "data": [[1]]},
    "frame cell a list": {"$t": "dataframe", "columns": ["a"], "dtypes": ["object"],
                          "data": [[[1, 2]]]},
    "frame unhashable label": {"$t": "dataframe", "columns": [[1]], "dtypes": ["int64"],
                               "data": [[1]]},
    "frame index wrong length": {"$t": "dataframe", "columns": ["a"], "dtypes": ["int64"],
                                 "data": [[1, 2]], "index": {"names": [None], "v": [1]}},
    "frame index not an object": {"$t": "dataframe", "columns": ["a"], "dtypes": ["int64"],
                                  "data": [[1]], "index": [0]},
    "frame int8 overflow": {"$t": "dataframe", "columns": ["a"], "dtypes": ["int8"],
                            "data": [[1000]]},
    "frame bad datetime": {"$t": "dataframe", "columns": ["a"], "dtypes": ["datetime64[ns]"],
                           "data": [["not a date"]]},
    "series index name unhashable": {"$t": "series", "dtype": "int64", "v": [1],
                                     "index": {"names": [[1]], "v": [0]}},
    "series dtype a dict": {"$t": "series", "dtype": {}, "v": [1]},
    "series name unhashable": {"$t": "series", "dtype": "int64", "v": [1], "name": [1]},
    "sql row of wrong width": {"$t": "sql_result", "columns": ["a", "b"], "rows": [[1, 2], [3]]},
    "sql column name not a string": {"$t": "sql_result", "columns": [1], "rows": []},
    "sql rows not a list": {"$t": "sql_result", "columns": ["a"], "rows": {"0": [1]}},
    "sql cell a list": {"$t": "sql_result", "columns": ["a"], "rows": [[[1]]]},
}


@pytest.mark.parametrize("value", list(HOSTILE_VALUES.values()), ids=list(HOSTILE_VALUES))
def test_hostile_values_are_rejected(value):
    with pytest.raises(HOSTILE):
        decode(value)


def test_item_cap(monkeypatch):
    monkeypatch.setattr(codec, "MAX_ITEMS", 100)
    assert decode([0] * 99) == [0] * 99  # 99 items + the list itself: at the cap
    with pytest.raises(DecodeError, match="more than 100"):
        decode([0] * 100)
    with pytest.raises(DecodeError):  # array elements count too
        decode({"$t": "ndarray", "dtype": "int64", "shape": [200], "v": [0] * 200})


def test_depth_cap_is_exact():
    assert decode(_deep_list(codec.MAX_DEPTH)) == _deep_list(codec.MAX_DEPTH)
    with pytest.raises(DecodeError, match="deeper"):
        decode(_deep_list(codec.MAX_DEPTH + 1))


HOSTILE_FRAMES = {
    "bare NaN": b'{"ok":true,"value":NaN}',
    "bare Infinity": b'{"ok":true,"value":Infinity}',
    "bare -Infinity": b'{"ok":true,"value":-Infinity}',
    "non-UTF-8": b'{"ok":true,"value":"\xff\xfe"}',
    "broken UTF-8 sequence": b'{"value":"\xc3\x28"}',
    "a list": b'[1, 2, 3]',
    "a string": b'"ok"',
    "a number": b"42",
    "null": b"null",
    "empty": b"",
    "truncated": b'{"ok": tr',
    "5000-digit integer": b'{"value":' + b"9" * 5000 + b"}",
    "a value nested past the decoder's cap": (b'{"value":' + b"[" * (codec.MAX_DEPTH + 5)
                                              + b"]" * (codec.MAX_DEPTH + 5) + b"}"),
    "nested past the recursion limit": b'{"v":' + b"[" * 200_000 + b"]" * 200_000 + b"}",
}


@pytest.mark.parametrize("body", list(HOSTILE_FRAMES.values()), ids=list(HOSTILE_FRAMES))
def test_hostile_frames_are_rejected(body):
    with pytest.raises(HOSTILE):
        message = parse_frame(body)
        decode(message.get("value"))


def test_oversized_frame_rejected_from_its_header_alone():
    buffer = FrameBuffer()
    buffer.feed(struct.pack(">I", MAX_FRAME_BYTES + 1))  # no body needed to refuse it
    with pytest.raises(ProtocolViolation, match="exceeds"):
        buffer.next_frame(timeout=1.0)


def test_oversized_frame_rejected_with_a_small_cap():
    buffer = FrameBuffer(max_frame=16)
    body = json.dumps({"value": "x" * 40}).encode()
    buffer.feed(struct.pack(">I", len(body)) + body)
    with pytest.raises(ProtocolViolation):
        buffer.next_frame(timeout=1.0)


def test_encode_frame_refuses_bare_nan():
    with pytest.raises(ValueError):
        encode_frame({"value": math.nan})


# ---------------------------------------------------------------- fuzz
_KEYS = st.sampled_from(["$t", "v", "dtype", "shape", "columns", "dtypes", "data", "rows",
                         "index", "names", "name"]) | st.text(max_size=4)
_WORDS = st.sampled_from(["float", "tuple", "set", "dict", "tree", "linked_list", "ndarray",
                          "dataframe", "series", "sql_result", "nan", "inf", "-inf", "int64",
                          "float64", "uint8", "bool", "object", "category", "Int64", "string",
                          "datetime64[ns]", "boolean"])
_json_leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False,
                         allow_infinity=False), st.text(max_size=6), _WORDS)
_TAGS = st.sampled_from(["float", "tuple", "set", "dict", "tree", "linked_list", "ndarray",
                         "dataframe", "series", "sql_result"])


def _tagged(inner):
    """Objects that look like tagged values: a known tag plus any of the fields tags use."""
    fields = ["v", "dtype", "shape", "columns", "dtypes", "data", "rows", "index", "names",
              "name"]
    return st.fixed_dictionaries({"$t": _TAGS}, optional={f: inner for f in fields})


arbitrary_json = st.recursive(
    _json_leaves,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(_KEYS, inner, max_size=5),
                            _tagged(inner)),
    max_leaves=25,
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arbitrary_json)
def test_fuzz_decode_returns_or_raises_decode_error(value):
    try:
        decode(value)
    except DecodeError:
        pass


@settings(max_examples=300, deadline=None)
@given(arbitrary_json)
def test_fuzz_through_frames(value):
    """Any JSON that frames cleanly decodes or is refused with DecodeError."""
    message = parse_frame(encode_frame({"value": value})[4:])
    try:
        decode(message["value"])
    except DecodeError:
        pass
