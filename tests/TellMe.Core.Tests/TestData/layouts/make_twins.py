#!/usr/bin/env python3
"""Writes the layout twins of the user's two pages (examples/pages) for the import tests.

Independent of TellMe on purpose: the pages are parsed and written here with Python's standard library, so a
test that imports a twin and builds it back checks TellMe's readers and writers against another
implementation, not against themselves. Run from the repository root:

    python3 tests/TellMe.Core.Tests/TestData/layouts/make_twins.py

Each twin holds exactly the content of its fixture page in another layout; the *-drift pages add the
untidiness of real pages (mixed bullets, trailing spaces, CRLF, a BOM, entities, <br>, empty cells).
"""
import html
import html.parser
import os
import re

ROOT = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(ROOT, "..", "..", "..", "..", "examples", "pages")


# ---- reading the fixtures into (front matter, intro, [(key, [node])]) where node = (text, [node]) ----

def split_front(text):
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return text[: end + 5], text[end + 5:]


def read_headings(path):
    text = open(path, encoding="utf-8").read()
    front, body = split_front(text)
    lines = body.split("\n")
    intro, entries, current = [], [], None
    for line in lines:
        if line.startswith("## "):
            current = (line[3:], [])
            entries.append(current)
            continue
        if current is None:
            intro.append(line)
            continue
        m = re.match(r"^( *)- (.*?)\s*$", line)
        if not m:
            continue
        depth = len(m.group(1)) // 2
        node = (m.group(2), [])
        siblings = current[1]
        for _ in range(depth):
            siblings = siblings[-1][1]
        siblings.append(node)
    return front, "\n".join(intro), entries


class _Cells(html.parser.HTMLParser):
    """Rows of a Key/Value table: (key, [node]); inline HTML back to Markdown (strong → **)."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.rows, self.cell, self.cells, self.stack, self.text = [], None, [], [], []

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self.cell, self.text, self.stack = [], [], []
        elif tag == "ul" and self.cell is not None:
            self.flush()
            self.stack.append(self.stack[-1][1] if self.stack else self.cell)
        elif tag == "li":
            self.flush()
            node = ("", [])
            self.stack[-1].append(node)
            self.stack.append(node)
        elif tag in ("strong", "b"):
            self.text.append("**")

    def handle_endtag(self, tag):
        if tag in ("strong", "b"):
            self.text.append("**")
        elif tag == "li":
            self.flush()
            self.stack.pop()
        elif tag == "ul" and self.stack:
            self.stack.pop()
        elif tag == "td":
            self.flush()
            self.cells.append(self.cell)
            self.cell = None
        elif tag == "tr":
            if len(self.cells) == 2:
                key = self.cells[0][0][0] if self.cells[0] else ""
                self.rows.append((key.strip("*"), self.cells[1]))
            self.cells = []

    def handle_data(self, data):
        if self.cell is not None:
            self.text.append(data)

    def handle_entityref(self, name):
        self.handle_data(html.unescape("&%s;" % name))

    def flush(self):
        text = "".join(self.text).strip()
        self.text = []
        if not text:
            return
        if self.stack and isinstance(self.stack[-1], tuple):
            node = self.stack[-1]
            self.stack[-1] = (node[0] + text, node[1])
            parent = self.stack[-2] if len(self.stack) > 1 else self.cell
            parent[parent.index(node)] = self.stack[-1]
        else:
            self.cell.append((text, []))


def read_html_table(path):
    text = open(path, encoding="utf-8").read()
    front, body = split_front(text)
    start = body.index("<table>")
    parser = _Cells()
    parser.feed(body[start:])
    return front, body[:start], parser.rows


# ---- writing the twins ----

def html_text(markdown):
    """Inline Markdown (**bold**) to HTML; & < > encoded as the fixture does (a bare & before a space stays)."""
    out = html.escape(markdown, quote=False).replace("&amp; ", "& ")
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)


def html_list(nodes):
    if not nodes:
        return ""
    return "<ul>" + "".join("<li>" + html_text(t) + html_list(c) + "</li>" for t, c in nodes) + "</ul>"


def write_html_table(front, intro, entries, columns, ending):
    rows = []
    for key, nodes in entries:
        rows.append("    <tr>\n      <td><strong>%s</strong></td>\n      <td>%s</td>\n    </tr>\n" % (html_text(key), html_list(nodes)))
    head = "<table>\n  <thead>\n    <tr>\n      <th>%s</th>\n      <th>%s</th>\n    </tr>\n  </thead>\n  <tbody>\n" % columns
    return front + intro + head + "".join(rows) + "  </tbody>\n</table>" + ending


def write_headings(front, intro, entries, ending, label=lambda t: t):
    blocks = []
    for key, nodes in entries:
        lines = ["## " + key, ""]

        def walk(ns, depth):
            for t, c in ns:
                lines.append("  " * depth + "- " + label(t))
                walk(c, depth + 1)
        walk(nodes, 0)
        blocks.append("\n".join(lines))
    return front + intro + "\n\n".join(blocks) + ending


def write_pipe(front, intro, entries, columns, ending):
    rows = ["| %s | %s |" % columns, "|---|---|"]
    for key, nodes in entries:
        cells = []

        def walk(ns, depth):
            for t, c in ns:
                cells.append(("&nbsp;&nbsp;" * (depth - 1) + "- " if depth > 0 else "") + t.replace("|", "\\|"))
                walk(c, depth + 1)
        walk(nodes, 0)
        rows.append("| **%s** | %s |" % (key, "<br>".join(cells)))
    return front + intro + "\n".join(rows) + ending


def save(name, text, bom=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def main():
    lp_front, lp_intro, lp = read_headings(os.path.join(PAGES, "leadership_principles.md"))
    bq_front, bq_intro, bq = read_html_table(os.path.join(PAGES, "behavioral_questions.md"))

    # Twins: the same content in another layout. The principles page keeps its intro; a table follows it.
    save("lp-html-table.md", write_html_table(lp_front, lp_intro + "\n", lp, ("Principle", "Stories"), "\n"))
    save("lp-pipe-table.md", write_pipe(lp_front, lp_intro + "\n", lp, ("Principle", "Stories"), "\n"))
    save("bq-headings.md", write_headings(bq_front, bq_intro, bq, "\n"))
    save("bq-pipe-table.md", write_pipe(bq_front, bq_intro, bq, ("Key", "Value"), "\n"))

    # The questions page as the user once wrote it: headings, plain labels, no front matter, no bold anywhere.
    plain = write_headings("", "# Behavioral Questions\n\n", bq, "\n", label=lambda t: t.replace("**", ""))
    save("bq-headings-plain.md", plain)

    # Drift of a real page on the principles page: a BOM, CRLF line ends, '*' bullets in some entries, trailing
    # spaces, two blank lines where one would do.
    text = write_headings(lp_front, lp_intro, lp, "\n")
    lines = text.split("\n")
    out = []
    entry = 0
    for line in lines:
        if line.startswith("## "):
            entry += 1
        if entry in (3, 9) and re.match(r"^ +- ", line):
            line = line.replace("- ", "* ", 1)
        if entry == 5 and line.startswith("- **Value:**"):
            line += "  "
        if entry == 12 and line.startswith("## "):
            out.append("")
        if entry == 14 and line.strip().startswith("- **Result:**"):
            line += " "
        out.append(line)
    save("lp-headings-drift.md", "\n".join(out), bom=True, crlf=True)

    # Drift on the questions page as an HTML table: a key split by <br>, entities, an empty cell.
    text = write_html_table(bq_front, bq_intro, bq, ("Key", "Value"), " ")
    text = text.replace("<td><strong>Why searching a new position</strong></td>", "<td><strong>Why searching<br>a new position</strong></td>")
    text = text.replace("<td><strong>Why SRE â†’ SWE</strong></td>", "<td><strong>Why SRE &rarr; SWE</strong></td>")
    text = text.replace("I'm satisfied with my current", "I&#39;m satisfied with my current")
    text = text.replace("Communication & Design", "Communication &amp; Design")
    text = re.sub(r"(<td><strong>Visa</strong></td>\n      <td>).*?(</td>)", r"\1\2", text)
    save("bq-html-drift.md", text)

    # Drift on the questions page as a pipe table: CRLF, trailing spaces after rows, a pipe in the text, an empty cell.
    text = write_pipe(bq_front, bq_intro, bq, ("Key", "Value"), "\n")
    text = text.replace("PEO/EOR is acceptable", "PEO \\| EOR is acceptable")
    text = re.sub(r"(\| \*\*Why US\*\* \|).*\|", r"\1 |", text)
    text = text.replace("| **Vision** |", "| **Vision** |", 1)
    rows = text.split("\n")
    rows = [r + "  " if r.startswith("| **Career") or r.startswith("| **Failure") else r for r in rows]
    save("bq-pipe-drift.md", "\n".join(rows), crlf=True)


if __name__ == "__main__":
    main()
