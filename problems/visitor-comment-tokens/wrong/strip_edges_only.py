# verdict: Wrong Answer
# Splits on whitespace and peels punctuation off both ends of each chunk, keeping whatever is
# inside whole: "hello,world" and "e.g" stay one token.
import string


def tokenize(text):
    out = []
    for chunk in text.lower().split():
        i, j = 0, len(chunk)
        while i < j and chunk[i] in string.punctuation:
            i += 1
        k = j
        while k > i and chunk[k - 1] in string.punctuation:
            k -= 1
        out.extend(chunk[:i])
        if i < k:
            out.append(chunk[i:k])
        out.extend(chunk[k:])
    return out
