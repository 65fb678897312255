"""Crude independent check: twins have the same word sequence once markup is stripped."""
import html, re, sys
def words(path):
    t = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    t = re.sub(r"^---\n.*?\n---\n", "", t, flags=re.S)
    t = t.replace("* TOC\n{:toc}", "")
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t).replace("\\|", "|")
    t = re.sub(r"^\s*\|?\s*-+\s*\|\s*-+\s*\|?\s*$", " ", t, flags=re.M)   # table separator rows
    t = re.sub(r"\bKey\b|\bValue\b(?=\s*\|?\s*\n)", " ", t, count=0) if False else t
    toks = re.findall(r"[\w'’“”.,;:%()/+&—-]+", t)
    toks = [x.strip(".,;:*-+") for x in toks]
    return [x for x in toks if x and x not in ("Key",) and not re.fullmatch(r"[-*+|]+", x)]
pairs = [("pages/a/lp-html.md","pages/a/lp-headings.md"),("pages/a/bq-pipe.md","pages/a/bq-headings.md"),
         ("pages/b/lp-pipe.md","pages/b/lp-headings.md"),("pages/b/bq-html.md","pages/b/bq-headings.md"),
         ("pages/b/bq-html.md","pages/b/bq-plain.md")]
ok = True
for a, b in pairs:
    wa, wb = words(a), words(b)
    # drop the table header "Value" token that follows "Key"
    if wa[:3] != wb[:3]: pass
    import difflib
    d = [x for x in difflib.ndiff(wa, wb) if x[0] in "+-"]
    print(a, b, len(wa), len(wb), d[:10])
