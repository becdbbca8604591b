def _is_alnum(c):
    return c.isascii() and c.isalnum()


def tokenize(text):
    s = text.lower()
    n = len(s)
    out = []
    i = 0
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
        elif not _is_alnum(c):
            out.append(c)  # punctuation: a token of its own
            i += 1
        else:
            j = i + 1
            while j < n:
                if _is_alnum(s[j]):
                    j += 1
                elif j + 1 < n and _is_alnum(s[j + 1]) and (
                        s[j] in "'-" or (s[j] == "." and s[j - 1].isdigit() and s[j + 1].isdigit())):
                    j += 2  # a joiner with a letter or digit right after it
                else:
                    break
            out.append(s[i:j])
            i = j
    return out
