# Splits on whitespace first, then scans each chunk character by character, deciding for each
# joiner by looking at its two neighbours.
ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")


def tokenize(text):
    out = []
    for chunk in text.lower().split():
        word = ""
        for k, c in enumerate(chunk):
            prev = chunk[k - 1] if k > 0 else ""
            nxt = chunk[k + 1] if k + 1 < len(chunk) else ""
            if c in ALNUM:
                word += c
            elif word and nxt in ALNUM and nxt != "" and (
                    c in "'-" or (c == "." and prev.isdigit() and nxt.isdigit())):
                word += c
            else:
                if word:
                    out.append(word)
                    word = ""
                out.append(c)
        if word:
            out.append(word)
    return out
