"""pandas only where a value needs it. Importing it costs a command about a quarter of a
second, and a problem that does not use pandas never has a frame to read, show or compare:
a value can be a DataFrame or a Series only once pandas is loaded, so asking never loads it.
Code that builds or decodes a frame imports pandas where it does so."""

import sys
from typing import Any


def loaded_pandas() -> Any:
    """The pandas module where something has imported it, else None."""
    return sys.modules.get("pandas")


def is_frame(value: Any) -> bool:
    """A DataFrame or a Series."""
    return frame_type(value) is not None


def frame_type(value: Any) -> str | None:
    """"DataFrame" or "Series" for one of those, else None."""
    pd = loaded_pandas()
    frame, series = getattr(pd, "DataFrame", None), getattr(pd, "Series", None)
    if frame is not None and isinstance(value, frame):
        return "DataFrame"
    if series is not None and isinstance(value, series):
        return "Series"
    return None
