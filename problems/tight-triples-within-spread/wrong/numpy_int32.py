# verdict: Wrong Answer
# numpy int32 counts: m*(m-1) overflows past 46341 readings in one window
import numpy as np
def count_tight_triples(latencies, spread):
    v = np.sort(np.asarray(latencies, dtype=np.int64))
    if len(v) < 3:
        return 0
    hi = np.searchsorted(v, v + spread, side="right").astype(np.int32)
    m = hi - np.arange(len(v), dtype=np.int32) - 1
    return int((m * (m - 1) // 2).sum())
