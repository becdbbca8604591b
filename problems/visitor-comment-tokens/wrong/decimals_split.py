# verdict: Wrong Answer
# Joins with apostrophes and hyphens only: "3.14" comes out as "3", ".", "14".
import re


def tokenize(text):
    word = r"[a-z0-9]+(?:['-](?=[a-z0-9])[a-z0-9]+)*"
    return re.findall(word + r"|\S", text.lower())
