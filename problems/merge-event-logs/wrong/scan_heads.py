# verdict: Time Limit Exceeded
# Correct, but finds each next record by scanning the heads of every log: O(records * logs).
def merge_event_logs(logs):
    heads = [0] * len(logs)
    total = sum(len(log) for log in logs)
    merged = []
    for _ in range(total):
        best = -1
        for index, log in enumerate(logs):
            if heads[index] < len(log) and (
                    best == -1 or log[heads[index]][0] < logs[best][heads[best]][0]):
                best = index
        merged.append(list(logs[best][heads[best]]))
        heads[best] += 1
    return merged
