def wordpiece_split(text, vocab, max_chars):
    # Two tries (start pieces and continuation pieces without "##"); walk the trie from each
    # position and remember the deepest node that ends an entry.
    start_trie, cont_trie = {}, {}
    for entry in vocab:
        trie, body = (cont_trie, entry[2:]) if entry.startswith("##") else (start_trie, entry)
        node = trie
        for ch in body:
            node = node.setdefault(ch, {})
        node["$"] = True
    tokens = []
    for word in text.split():
        if len(word) > max_chars:
            tokens.append("[UNK]")
            continue
        pieces, pos = [], 0
        while pos < len(word):
            node = start_trie if pos == 0 else cont_trie
            last = -1
            i = pos
            while i < len(word) and word[i] in node:
                node = node[word[i]]
                i += 1
                if "$" in node:
                    last = i
            if last < 0:
                pieces = ["[UNK]"]
                break
            pieces.append(("" if pos == 0 else "##") + word[pos:last])
            pos = last
        tokens += pieces
    return tokens
