# verdict: Time Limit Exceeded
# Correct rules, but looks each record's key up by scanning the list of survivors found so far: quadratic.
import pandas as pd


def merge_contacts(contacts, source_priority):
    rank = {s: i for i, s in enumerate(source_priority)}
    survivors = []   # [key, score, row, count]
    for row in contacts.itertuples(index=False):
        key = row.email.strip().lower() if isinstance(row.email, str) else ""
        filled = sum(isinstance(v, str) for v in (row.name, row.phone, row.country))
        score = (-filled, -row.updated_at.value, rank[row.source], row.record_id)
        if key == "":
            survivors.append([None, score, row, 1])
            continue
        for entry in survivors:
            if entry[0] == key:
                entry[3] += 1
                if score < entry[1]:
                    entry[1], entry[2] = score, row
                break
        else:
            survivors.append([key, score, row, 1])
    rows = [(*r, k, c) for k, _, r, c in survivors]
    columns = ["record_id", "source", "email", "name", "phone", "country", "updated_at",
               "email_key", "merged_records"]
    out = pd.DataFrame(rows, columns=columns)
    return out.astype({"record_id": "int64", "source": object, "email": object, "name": object,
                       "phone": object, "country": object, "updated_at": "datetime64[ns]",
                       "email_key": object, "merged_records": "int64"})
