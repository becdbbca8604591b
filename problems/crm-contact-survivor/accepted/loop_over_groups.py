import pandas as pd


def merge_contacts(contacts, source_priority):
    rank = {s: i for i, s in enumerate(source_priority)}
    best = {}
    count = {}
    loose = []
    for row in contacts.itertuples(index=False):
        email = row.email
        key = email.strip().lower() if isinstance(email, str) else ""
        if key == "":
            loose.append((row, None, 1))
            continue
        filled = sum(isinstance(v, str) for v in (row.name, row.phone, row.country))
        score = (-filled, -row.updated_at.value, rank[row.source], row.record_id)
        count[key] = count.get(key, 0) + 1
        if key not in best or score < best[key][0]:
            best[key] = (score, row)
    kept = [(row, key, count[key]) for key, (_, row) in best.items()] + loose
    out = pd.DataFrame({
        "record_id": pd.Series([r.record_id for r, _, _ in kept], dtype="int64"),
        "source": pd.Series([r.source for r, _, _ in kept], dtype="object"),
        "email": pd.Series([r.email for r, _, _ in kept], dtype="object"),
        "name": pd.Series([r.name for r, _, _ in kept], dtype="object"),
        "phone": pd.Series([r.phone for r, _, _ in kept], dtype="object"),
        "country": pd.Series([r.country for r, _, _ in kept], dtype="object"),
        "updated_at": pd.Series([r.updated_at for r, _, _ in kept], dtype="datetime64[ns]"),
        "email_key": pd.Series([k for _, k, _ in kept], dtype="object"),
        "merged_records": pd.Series([c for _, _, c in kept], dtype="int64"),
    })
    return out
