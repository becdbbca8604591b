import re


def wordpiece_split(text, vocab, max_chars):
    # Words found with a regex; pieces tried from the longest vocabulary entry length down.
    known = set(vocab)
    longest = max((len(v) for v in vocab), default=0)
    tokens = []
    for word in re.findall(r"\S+", text):
        if len(word) > max_chars:
            tokens.append("[UNK]")
            continue
        result, i = [], 0
        while i < len(word):
            match = None
            for length in range(min(longest, len(word) - i), 0, -1):
                cand = word[i:i + length] if i == 0 else "##" + word[i:i + length]
                if cand in known:
                    match = cand
                    break
            if match is None:
                result = ["[UNK]"]
                break
            result.append(match)
            i += len(match) - (2 if i else 0)
        tokens.extend(result)
    return tokens
