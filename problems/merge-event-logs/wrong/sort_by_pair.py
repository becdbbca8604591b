# verdict: Wrong Answer
# Sorts the records as pairs, so equal timestamps are ordered by event id instead of by log.
def merge_event_logs(logs):
    return sorted([list(record) for log in logs for record in log])
