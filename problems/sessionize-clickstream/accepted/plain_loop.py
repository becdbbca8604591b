import pandas as pd


def sessionize(clicks: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    limit = pd.Timedelta(minutes=gap_minutes)
    rows = []
    timed = clicks.dropna(subset=["clicked_at"])
    for user, group in timed.groupby("user_id"):
        group = group.sort_values("clicked_at")
        current = None
        for when, page in zip(group["clicked_at"], group["page"]):
            if current is None or when - current["ended_at"] > limit:
                number = 1 if current is None else current["session_number"] + 1
                current = {"user_id": user, "session_number": number,
                           "started_at": when, "ended_at": when, "clicks": 0, "pages": set()}
                rows.append(current)
            current["ended_at"] = when
            current["clicks"] += 1
            current["pages"].add(page)
    out = pd.DataFrame({
        "user_id": pd.Series([r["user_id"] for r in rows], dtype="int64"),
        "session_number": pd.Series([r["session_number"] for r in rows], dtype="int64"),
        "started_at": pd.Series([r["started_at"] for r in rows], dtype="datetime64[ns]"),
        "ended_at": pd.Series([r["ended_at"] for r in rows], dtype="datetime64[ns]"),
        "clicks": pd.Series([r["clicks"] for r in rows], dtype="int64"),
        "distinct_pages": pd.Series([len(r["pages"]) for r in rows], dtype="int64"),
    })
    out["duration_minutes"] = pd.Series(
        [(r["ended_at"] - r["started_at"]).total_seconds() / 60 for r in rows], dtype="float64")
    return out
