# verdict: Time Limit Exceeded
# Correct, but makes one strike at a time: scan from the start for the first digit larger
# than the next one (or take the last digit), cut it out, and start over. O(k * n).
def smallest_after_strikeout(amount: str, k: int) -> str:
    digits = amount
    for _ in range(k):
        i = 0
        while i + 1 < len(digits) and digits[i] <= digits[i + 1]:
            i += 1
        digits = digits[:i] + digits[i + 1:]
    return digits.lstrip("0") or "0"
