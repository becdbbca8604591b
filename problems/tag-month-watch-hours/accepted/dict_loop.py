import math

import pandas as pd


def tag_month_hours(items):
    months = sorted(c for c in items.columns if c not in ("item_id", "tags"))
    hours, counts = {}, {}
    values = items[months].to_numpy() if len(months) else None
    for row, tags in enumerate(items["tags"].tolist()):
        distinct = set(tags) if isinstance(tags, list) and tags else {"(untagged)"}
        for tag in distinct:
            for k, month in enumerate(months):
                v = values[row, k]
                key = (tag, month)
                hours.setdefault(key, 0.0)
                counts.setdefault(key, 0)
                if not math.isnan(v):
                    hours[key] += v
                    counts[key] += 1
    keys = sorted(hours)
    return pd.DataFrame({"tag": pd.Series([k[0] for k in keys], dtype=object),
                         "month": pd.Series([k[1] for k in keys], dtype=object),
                         "hours": [hours[k] for k in keys],
                         "items": [counts[k] for k in keys]})
