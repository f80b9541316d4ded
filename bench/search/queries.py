#!/usr/bin/env python3
"""queries.py DATA_DIR OUT_DIR [COUNT]: the search benchmark's queries, from the peer benchmark's
data (gen.py JSON Lines): COUNT (100) texts of one to three consecutive words, half taken from
actor names, half from evidence quotes, chosen with a fixed seed; written as GraphQL request bodies,
one per line, to OUT_DIR/search.bodies (searchResults, first 10, with scores, fields, highlights and
nodes) and OUT_DIR/search-counts.bodies (the same with totalCount and facets), and the texts to
OUT_DIR/texts.txt. Also OUT_DIR/hostile.bodies: the inputs that must stay bounded."""
import json, random, re, sys

data, out = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 100
rng = random.Random(20261202)

def sample_lines(path, k):
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    return [json.loads(line) for line in rng.sample(lines, k)]

def words_of(text, n):
    words = re.findall(r"[\w'’-]+", text)
    start = rng.randrange(max(1, len(words) - n + 1))
    return " ".join(words[start:start + n])

texts = []
for actor in sample_lines(f"{data}/actors.jsonl", count // 2):
    texts.append(words_of(actor["name"], rng.randint(1, 3)))
for evidence in sample_lines(f"{data}/evidence.jsonl", count - count // 2):
    texts.append(words_of(evidence["quote"], rng.randint(1, 3)))
rng.shuffle(texts)

RESULTS = ("query Search($text: String!) { searchResults(text: $text, first: 10) { nodes { score field "
           "highlight { text ranges { start end } } node { __typename ... on Actor { name } "
           "... on PunitiveMeasure { summary } ... on Event { name } } } } }")
COUNTS = ("query Search($text: String!) { searchResults(text: $text, first: 10) { totalCount facets { type count } "
          "nodes { score field node { __typename ... on Actor { name } } } } }")
HOSTILE = ["a b c d e f g h", "x y", "k" * 2000, "?! … — ’ % _", "the of and in", "imposed sanctions on",
           "Loraania", "sanctions", texts[0]]

def bodies(path, document, items, first=10):
    with open(path, "w", encoding="utf-8") as f:
        for text in items:
            f.write(json.dumps({"query": document.replace("first: 10", f"first: {first}"),
                                "variables": {"text": text}}) + "\n")

bodies(f"{out}/search.bodies", RESULTS, texts)
bodies(f"{out}/search-counts.bodies", COUNTS, texts)
bodies(f"{out}/hostile.bodies", COUNTS, HOSTILE, first=50)
with open(f"{out}/texts.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(texts) + "\n")
