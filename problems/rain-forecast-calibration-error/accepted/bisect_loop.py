from bisect import bisect_right


def expected_calibration_error(probs, labels, n_bins):
    edges = [k / n_bins for k in range(1, n_bins)]
    count = [0] * n_bins
    rain = [0] * n_bins
    total_p = [0.0] * n_bins
    for p, y in zip(probs.tolist(), labels.tolist()):
        b = bisect_right(edges, p)
        count[b] += 1
        rain[b] += y
        total_p[b] += p
    n = len(probs)
    ece = 0.0
    for c, r, s in zip(count, rain, total_p):
        if c:
            ece += c / n * abs(r / c - s / c)
    return ece
