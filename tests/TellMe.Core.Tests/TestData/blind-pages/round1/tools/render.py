"""Renders the content model into the page layouts. Run: python3 tools/render.py (from this folder, blind-pages/round1)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from model import plain_text
import content_a as A
import content_b as B

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def write(rel, text, crlf=False, bom=False, final_newline=True):
    text = text.rstrip("\n")
    if final_newline:
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)

def front(title, nav, parent=None):
    s = "---\ntitle: %s\nnav_order: %d\nlayout: default\n" % (title, nav)
    if parent:
        s += "parent: %s\n" % parent
    return s + "---\n\n"

def trailing(text, every=5, start=2):
    """Append trailing spaces to some lines (not front matter)."""
    lines = text.split("\n")
    out, in_fm, fm_seen = [], False, 0
    for i, ln in enumerate(lines):
        if ln == "---" and fm_seen < 2:
            fm_seen += 1
            out.append(ln)
            continue
        if fm_seen == 1:
            out.append(ln)
            continue
        if ln and i % every == start:
            ln += " " if i % 2 else "   "
        out.append(ln)
    return "\n".join(out)

# ---------------------------------------------------------------- headings
def md_item(node, bold=True):
    label, text, _ = node
    if label is None:
        return plain_text(text)
    lab = ("**%s**" if bold else "%s") % label
    if text is None:
        return lab
    labc = ("**%s:**" if bold else "%s:") % label
    return (labc + " " + plain_text(text)) if text else labc

def md_list(nodes, indent=2, bullet=lambda d, i: "-", bold=True, depth=0, blank=False):
    out = []
    for i, n in enumerate(nodes):
        out.append(" " * (indent * depth) + bullet(depth, i) + " " + md_item(n, bold))
        if n[2]:
            out += md_list(n[2], indent, bullet, bold, depth + 1, False)
        if blank and depth == 0 and i < len(nodes) - 1:
            out.append("")
    return out

def headings_page(sections, fm, h1, indent=2, bullet_for=None, bold=True, blank_for=None, toc=True):
    s = fm + "# %s\n\n" % h1
    if toc:
        s += "* TOC\n{:toc}\n\n"
    for k, (key, nodes) in enumerate(sections):
        s += "## %s\n\n" % plain_text(key)
        b = bullet_for(k) if bullet_for else (lambda d, i: "-")
        lines = md_list(nodes, indent, b, bold, blank=bool(blank_for and blank_for(k)))
        if lines:
            s += "\n".join(lines) + "\n\n"
    return s

# ---------------------------------------------------------------- HTML
def h_esc(t, apos_entity=True, amp_entity=True):
    if amp_entity:
        t = t.replace("&", "&amp;")
    if apos_entity:
        t = t.replace("'", "&#39;")
    return t.replace("\n", "<br>").replace("\u00a0", "&nbsp;")

def h_item(node, esc, nbsp_after_label=False):
    label, text, _ = node
    if label is None:
        return esc(text)
    if text is None:
        return "<strong>%s</strong>" % esc(label)
    lab = "<strong>%s:</strong>" % esc(label)
    if not text:
        return lab
    return lab + ("&nbsp;" if nbsp_after_label else " ") + esc(text)

def h_ul(nodes, esc, nbsp_labels=()):
    s = "<ul>"
    for n in nodes:
        s += "<li>" + h_item(n, esc, n[0] in nbsp_labels)
        if n[2]:
            s += h_ul(n[2], esc, nbsp_labels)
        s += "</li>"
    return s + "</ul>"

def h_inner_table(node, esc):
    """A story as an inner table of Project/At/Situation/... rows."""
    label, text, kids = node
    rows = [("Project", text, [])] + [(k[0], k[1], k[2]) for k in kids]
    s = "<table><tbody>"
    for lab, txt, ch in rows:
        cell = esc(txt) if txt else ""
        if ch:
            cell += h_ul(ch, esc)
        s += "<tr><td><strong>%s</strong></td><td>%s</td></tr>" % (lab, cell)
    return s + "</tbody></table>"

def html_table_page(sections, fm, h1, esc_for, nbsp_for=lambda k: (), inner_table_ids=(), key_esc=None):
    s = fm + "# %s\n\n" % h1
    s += "<table>\n  <thead>\n    <tr>\n      <th>Key</th>\n      <th>Value</th>\n    </tr>\n  </thead>\n  <tbody>\n"
    for k, (key, nodes) in enumerate(sections):
        esc = esc_for(k)
        kesc = key_esc or esc
        inner = [n for n in nodes if n[1] and n[1].split(".")[0] in inner_table_ids]
        rest = [n for n in nodes if n not in inner]
        cell = h_ul(rest, esc, nbsp_for(k)) if rest else ""
        for n in inner:
            cell += h_inner_table(n, esc)
        s += "    <tr>\n      <td><strong>%s</strong></td>\n      <td>%s</td>\n    </tr>\n" % (kesc(key), cell)
    s += "  </tbody>\n</table> "
    return s

# ---------------------------------------------------------------- pipe table
def p_esc(t):
    return t.replace("|", "\\|").replace("\n", "<br>").replace("\u00a0", "&nbsp;")

def p_item(node):
    label, text, _ = node
    if label is None:
        return p_esc(text)
    if text is None:
        return "**%s**" % label
    return ("**%s:** %s" % (label, p_esc(text))) if text else "**%s:**" % label

def p_flat(nodes, prefix, depth=0):
    out = []
    for n in nodes:
        out.append(prefix(depth) + p_item(n))
        if n[2]:
            out += p_flat(n[2], prefix, depth + 1)
    return out

def pipe_table_page(sections, fm, h1, prefix, key_fmt, sep="| --- | --- |"):
    s = fm + "# %s\n\n| Key | Value |\n%s\n" % (h1, sep)
    for k, (key, nodes) in enumerate(sections):
        cell = "<br>".join(p_flat(nodes, prefix))
        s += "| %s | %s |\n" % (key_fmt(k, key), cell)
    return s

# ================================================================ candidate A
def build_a():
    d = "pages/a/"
    # LP, HTML table: BOM, entities, <br> key, inner table with empty Task cell, 3-deep list, raw & in row 14
    def esc_for(k):
        return lambda t: h_esc(t, apos_entity=(k % 2 == 0), amp_entity=(k != 13))
    lp_html = html_table_page(A.LP, front("Leadership Principles", 12, "Interview Prep"), "Leadership Principles",
                              esc_for, nbsp_for=lambda k: ("Value",) if k % 3 == 0 else (),
                              inner_table_ids=("KB2",))
    write(d + "lp-html.md", trailing(lp_html, 4, 1), bom=True, final_newline=False)
    # LP twin, headings: mixed bullets, blank lines between bullets, 2-space indent
    def bullets(k):
        if 4 <= k <= 7:
            return lambda dep, i: "*"
        if k == 11:
            return lambda dep, i: "-" if dep == 0 else "*"
        return lambda dep, i: "-"
    lp_h = headings_page(A.LP, front("Leadership Principles", 12, "Interview Prep"), "Leadership Principles",
                         indent=2, bullet_for=bullets, blank_for=lambda k: 8 <= k <= 10)
    write(d + "lp-headings.md", lp_h)
    # BQ, pipe table: CRLF, <br> key, empty cell, escaped pipe, trailing spaces
    bq_p = pipe_table_page(A.BQ, front("Behavioral Questions", 11, "Interview Prep"), "Behavioral Questions",
                           prefix=lambda dep: "&nbsp;&nbsp;" * dep + "- ",
                           key_fmt=lambda k, key: "**%s**" % key.replace("\n", "<br>"),
                           sep="|---|---|")
    write(d + "bq-pipe.md", trailing(bq_p, 3, 0), crlf=True)
    bq_h = headings_page(A.BQ, front("Behavioral Questions", 11, "Interview Prep"), "Behavioral Questions",
                         indent=2, bullet_for=lambda k: (lambda dep, i: "*" if (k == 4 and dep == 1) else "-"))
    write(d + "bq-headings.md", bq_h)
    # Company project page
    s = front("Lumen Analytics", 3, "Work History")
    s += "# Lumen Analytics\n\nSenior Data Engineer · remote from Warsaw · 2021-04 to present\n\n"
    s += "## Overview\n\nLumen Analytics sells a marketing analytics product to B2B companies. I work on the data platform team (6 engineers).\n\n"
    s += "## Projects\n\n"
    for pid, title, sit, act, res in A.PROJECTS:
        s += "### %s. %s\n\n" % (pid, title)
        for lab, v in (("Situation", sit), ("Action", act), ("Result", res)):
            if isinstance(v, list):
                s += "- **%s:**\n" % lab + "".join("  - %s\n" % x for x in v)
            else:
                s += "- **%s:** %s\n" % (lab, v)
        s += "\n"
    s += "## Tech Stack\n\n- Snowflake, dbt, Airflow\n- Flink, Kafka\n- Python, SQL\n"
    write(d + "projects-lumen-analytics.md", s)
    # Not interview material
    s = front("Work History", 2)
    s += "# Work History\n\n| Company | Title | Start | End | Type |\n|---------|-------|-------|-----|------|\n"
    s += "| [Lumen Analytics](projects-lumen-analytics.md) | Senior Data Engineer | 2021-04 | Present | Full-time |\n"
    s += "| Northwind Freight | Data Engineer | 2018-02 | 2021-03 | Full-time |\n"
    s += "| Datawise Consulting | Data Consultant (side) | 2019-06 | 2019-12 | Contract |\n"
    s += "| [Kestrel Bank](company-overview.md) | Data Analyst → Data Engineer | 2015-07 | 2018-01 | Full-time |\n"
    write(d + "work-history.md", s)
    s = front("Profile", 1)
    s += "# Profile\n\n<table>\n  <thead>\n    <tr>\n      <th>Key</th>\n      <th>Value</th>\n    </tr>\n  </thead>\n  <tbody>\n"
    rows = [("Name", "Tomasz Wieczorek"), ("Location", "Warsaw, Poland (moving to Berlin)"),
            ("Role", "Senior Data Engineer"), ("Experience", "9 years"), ("Team Size", "6 engineers"),
            ("Languages", "Polish (native)<br>English (C1)<br>German (B1)"),
            ("Tech", "<ul><li>Python, SQL</li><li>Spark, Flink, dbt</li><li>Snowflake, Airflow, Kafka</li></ul>"),
            ("Education", "MSc Computer Science, Warsaw University of Technology"),
            ("Links", "<a href=\"https://github.com/example\">GitHub</a>")]
    for k, v in rows:
        s += "    <tr>\n      <td><strong>%s</strong></td>\n      <td>%s</td>\n    </tr>\n" % (k, v)
    s += "  </tbody>\n</table>\n"
    write(d + "profile.md", s)
    s = front("Kestrel Bank", 4, "Work History")
    s += ("# Kestrel Bank\n\nData Analyst → Data Engineer · Kraków · 2015-07 to 2018-01\n\n"
          "## Overview\n\nKestrel Bank is a mid-sized retail bank in Poland with about 1.2M customers.\n\n"
          "## My Role\n\n- Started as a data analyst in the fraud team\n- Moved to the data engineering team in 2016\n"
          "- Owned the fraud data mart and the regulatory reporting tables\n\n"
          "## Team\n\n| Key | Value |\n|---|---|\n| Team Size | 8 |\n| Manager | Head of Data |\n| Stack | Oracle, Informatica, Python, Debezium |\n\n"
          "## Notes\n\n- Regulated environment: every change needed a ticket and a second reviewer\n- Good place to learn data quality discipline\n")
    write(d + "company-overview.md", s)

# ================================================================ candidate B
def build_b():
    d = "pages/b/"
    # LP, pipe table: CRLF, <br/> key, one unbolded key, &emsp; nesting, trailing spaces
    def key_fmt(k, key):
        key = key.replace("\n", "<br/>")
        return key if k == 6 else "**%s**" % key
    lp_p = pipe_table_page(B.LP, front("Leadership Principles", 5), "Leadership Principles",
                           prefix=lambda dep: "" if dep == 0 else "&emsp;" * (dep - 1) + "- ",
                           key_fmt=key_fmt)
    write(d + "lp-pipe.md", trailing(lp_p, 4, 3), crlf=True)
    def bullets(k):
        if k in (2, 3, 12):
            return lambda dep, i: "*"
        if k in (8, 9):
            return lambda dep, i: "+" if dep == 2 else ("*" if dep == 1 else "-")
        return lambda dep, i: "-"
    lp_h = headings_page(B.LP, front("Leadership Principles", 5), "Leadership Principles",
                         indent=4, bullet_for=bullets, blank_for=lambda k: k in (0, 5, 13))
    write(d + "lp-headings.md", lp_h)
    # BQ, HTML table: BOM, entities in keys, <br> key, 3-deep nested list
    def esc_for(k):
        return lambda t: h_esc(t, apos_entity=(k % 3 != 1))
    bq_html = html_table_page(B.BQ, front("Behavioral Questions", 6), "Behavioral Questions", esc_for,
                              nbsp_for=lambda k: ("Role", "Reason") if k < 4 else (),
                              key_esc=lambda t: h_esc(t))
    write(d + "bq-html.md", trailing(bq_html, 6, 4), bom=True)
    bq_h = headings_page(B.BQ, front("Behavioral Questions", 6), "Behavioral Questions", indent=4,
                         bullet_for=lambda k: (lambda dep, i: "*" if dep == 0 else "-"), toc=False)
    write(d + "bq-headings.md", bq_h)
    bq_plain = headings_page(B.BQ, "", "Behavioral Questions", indent=2, bold=False, toc=False)
    write(d + "bq-plain.md", bq_plain, final_newline=False)
    # Company project page (bulleted stories)
    s = front("Trailhead Maps", 3, "Experience")
    s += "# Trailhead Maps\n\nOutdoor navigation app for hikers and climbers (iOS, Android, watchOS).\n\n## Projects\n\n"
    for pid, title, sit, act, res in B.PROJECTS:
        s += "- **%s. %s**\n    - **At:** Trailhead Maps\n" % (pid, title)
        for lab, v in (("Situation", sit), ("Action", act), ("Result", res)):
            if isinstance(v, list):
                s += "    - **%s:**\n" % lab + "".join("        - %s\n" % x for x in v)
            else:
                s += "    - **%s:** %s\n" % (lab, v)
        s += "\n"
    write(d + "projects-trailhead-maps.md", s)

if __name__ == "__main__":
    build_a()
    build_b()
    print("rendered")
