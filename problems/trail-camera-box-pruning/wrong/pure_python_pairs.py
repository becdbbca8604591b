# verdict: Time Limit Exceeded
# Correct, but compares each candidate with every kept box one pair at a time in Python: when
# almost every box is kept that is n^2 / 2 = 3.2e7 IoUs for n = 8000.
def non_max_suppression(boxes, scores, iou_threshold):
    b = boxes.tolist()
    s = scores.tolist()
    order = sorted(range(len(s)), key=lambda i: (-s[i], i))
    keep = []
    for i in order:
        x1, y1, x2, y2 = b[i]
        area = (x2 - x1) * (y2 - y1)
        suppressed = False
        for j in keep:
            u1, v1, u2, v2 = b[j]
            w = min(x2, u2) - max(x1, u1)
            h = min(y2, v2) - max(y1, v1)
            inter = w * h if w > 0 and h > 0 else 0.0
            union = area + (u2 - u1) * (v2 - v1) - inter
            if union > 0 and inter / union > iou_threshold:
                suppressed = True
                break
        if not suppressed:
            keep.append(i)
    return keep
