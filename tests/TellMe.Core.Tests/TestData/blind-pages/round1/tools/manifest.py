"""Builds expected.yaml from the content model, and checks it against the hand-written
expectations below (what I meant to write). Run from this folder (blind-pages/round1)."""
import os, re, sys, json
sys.path.insert(0, os.path.dirname(__file__))
from model import plain_text
import content_a as A
import content_b as B

ID = r"[A-Z]{2,3}\d+"
CITE_LABELS = ("Project", "Backup", "Backup story")

def walk(nodes):
    for n in nodes:
        yield n
        yield from walk(n[2])

def told_in(nodes):
    out = []
    for label, text, _ in walk(nodes):
        if label in ("Project", "Summary") and text:
            m = re.match(r"^(%s)\. (.*)$" % ID, text)
            if m:
                out.append((m.group(1), plain_text(m.group(2))))
    return out

def cited_in(nodes):
    out = []
    for label, text, _ in walk(nodes):
        if label and text:
            m = re.match(r"^(%s)\. " % ID, text)
            if m and label in ("Project", "Summary"):
                out.append(m.group(1))
        if label:
            m = re.search(r"\((%s)\)" % ID, label)
            if m:
                out.append(m.group(1))
        if label in CITE_LABELS and text:
            m = re.match(r"^(%s)(?: \(.*\))?$" % ID, text)
            if m:
                out.append(m.group(1))
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen

def page_info(sections):
    stories, titles, told_twice, cites = [], {}, [], {}
    for key, nodes in sections:
        for i, t in told_in(nodes):
            if i in titles:
                told_twice.append(i)
            else:
                stories.append(i)
                titles[i] = t
        c = cited_in(nodes)
        if c:
            cites[plain_text(key)] = c
    return stories, titles, told_twice, cites

def y(v):
    return json.dumps(v, ensure_ascii=False)

def emit(entry):
    s = "- page: %s\n" % entry["page"]
    for k in ("kind", "twin", "also_twin", "front_matter", "principles"):
        if k in entry:
            v = entry[k]
            s += "  %s: %s\n" % (k, y(v) if not isinstance(v, str) or k in () else v)
    s += "  stories: [%s]\n" % ", ".join(entry["stories"])
    if entry.get("titles"):
        s += "  titles:\n" + "".join("    %s: %s\n" % (k, y(v)) for k, v in entry["titles"].items())
    if entry.get("told_twice"):
        s += "  told_twice: [%s]   # told in full under two principles; listed once in stories\n" % ", ".join(entry["told_twice"])
    if entry.get("cites"):
        s += "  cites:\n" + "".join("    %s: [%s]\n" % (y(k), ", ".join(v)) for k, v in entry["cites"].items())
    else:
        s += "  cites: {}\n"
    s += "  dangling: [%s]\n" % ", ".join(entry["dangling"])
    if "answers" in entry:
        s += "  answers:\n" + "".join("    - %s\n" % y(a) for a in entry["answers"])
    if entry.get("empty_answers"):
        s += "  empty_answers: %s   # topic present, no content\n" % y(entry["empty_answers"])
    if entry.get("not_ids"):
        s += "  not_ids: [%s]   # ID-shaped tokens in story text that are NOT story references\n" % ", ".join(entry["not_ids"])
    s += "  drift: %s\n" % y(entry["drift"])
    return s

def candidate(mod, letter, pages, projects_page):
    proj_ids = [p[0] for p in mod.PROJECTS]
    lp_st, lp_titles, lp_twice, lp_cites = page_info(mod.LP)
    bq_st, bq_titles, _, bq_cites = page_info(mod.BQ)
    all_told = set(lp_st) | set(bq_st) | set(proj_ids)
    lp_d = [i for c in lp_cites.values() for i in c if i not in all_told]
    bq_d = [i for c in bq_cites.values() for i in c if i not in all_told]
    out = []
    for p in pages:
        e = dict(p)
        if e["kind"] == "leadership-principles":
            e.update(principles=len(mod.LP), stories=lp_st, titles=lp_titles, told_twice=lp_twice, cites=lp_cites, dangling=lp_d)
        elif e["kind"] == "behavioral-questions":
            e.update(stories=bq_st, titles=bq_titles, cites=bq_cites, dangling=bq_d,
                     answers=[plain_text(k) for k, _ in mod.BQ],
                     empty_answers=[plain_text(k) for k, n in mod.BQ if not n])
        elif e["kind"] == "projects":
            e.update(stories=proj_ids, titles={p[0]: p[1] for p in mod.PROJECTS}, cites={}, dangling=[])
        else:
            e.update(stories=[], cites={}, dangling=[])
        out.append(e)
    return out, lp_st, lp_cites, lp_d, bq_st, bq_cites, bq_d

a_pages = [
 dict(page="pages/a/lp-html.md", kind="leadership-principles", twin="pages/a/lp-headings.md", not_ids=["EC2"],
      drift=["utf-8 BOM", "HTML Key/Value table", "&amp; &#39; &nbsp; entities (and one raw & in row 14)", "<br> in key 13 and in LA4 Situation", "KB2 told as inner <table> with an empty Task cell", "lists nested 5 deep under NF2", "trailing spaces", "no final newline", "unicode quotes and em dash"]),
 dict(page="pages/a/lp-headings.md", kind="leadership-principles", twin="pages/a/lp-html.md", not_ids=["EC2"],
      drift=["* bullets in principles 5-8, * at depth>=1 in principle 12", "blank lines between top-level bullets in 9-11", "empty **Task:** bullet under KB2"]),
 dict(page="pages/a/bq-pipe.md", kind="behavioral-questions", twin="pages/a/bq-headings.md",
      drift=["CRLF line endings", "markdown pipe table", "<br> in key", "empty value cell (Salary Expectations)", "escaped \\| inside a cell", "&nbsp;&nbsp;- nesting 3 deep", "trailing spaces"]),
 dict(page="pages/a/bq-headings.md", kind="behavioral-questions", twin="pages/a/bq-pipe.md",
      drift=["heading with no bullets (Salary Expectations)", "* bullets at depth 1 under Strength"]),
 dict(page="pages/a/projects-lumen-analytics.md", kind="projects", drift=["stories as ### ID. title sub-headings", "## Overview before and ## Tech Stack after ## Projects"]),
 dict(page="pages/a/work-history.md", kind="not-interview", drift=["pipe table Company/Title/Start/End/Type with links"]),
 dict(page="pages/a/profile.md", kind="not-interview", drift=["HTML Key/Value table in the same shape as a BQ page (facts, no labelled points, no IDs)"]),
 dict(page="pages/a/company-overview.md", kind="not-interview", drift=["company page, no ## Projects; contains a small | Key | Value | pipe table"]),
]
b_pages = [
 dict(page="pages/b/lp-pipe.md", kind="leadership-principles", twin="pages/b/lp-headings.md", not_ids=["GA4"],
      drift=["CRLF line endings", "markdown pipe table", "<br/> (self-closing) in key 13", "key 7 not bold", "top-level items without '- ', nested '- ' and '&emsp;- '", "trailing spaces", "TM1 told in full twice (1 and 16)"]),
 dict(page="pages/b/lp-headings.md", kind="leadership-principles", twin="pages/b/lp-pipe.md", not_ids=["GA4"],
      drift=["4-space indentation", "* bullets in 3, 4, 13; -/*/+ by depth in 9, 10", "blank lines between top-level bullets in 1, 6, 14"]),
 dict(page="pages/b/bq-html.md", kind="behavioral-questions", twin="pages/b/bq-headings.md", also_twin="pages/b/bq-plain.md",
      drift=["utf-8 BOM", "HTML Key/Value table", "<br> in key", "&amp; and &#39; in keys", "&nbsp; after some labels", "lists nested 5 deep under TM2", "trailing spaces"]),
 dict(page="pages/b/bq-headings.md", kind="behavioral-questions", twin="pages/b/bq-html.md", also_twin="pages/b/bq-plain.md",
      drift=["4-space indentation", "* top-level, - nested", "no TOC"]),
 dict(page="pages/b/bq-plain.md", kind="behavioral-questions", twin="pages/b/bq-html.md", also_twin="pages/b/bq-headings.md", front_matter=False,
      drift=["no front matter", "plain 'Label: text' bullets (no bold)", "label-only items 'Project (PL5)' have no colon", "no final newline"]),
 dict(page="pages/b/projects-trailhead-maps.md", kind="projects", drift=["stories as bold bullets '- **TM5. title**' with 4-space nested STAR bullets"]),
]

ea, *ra = candidate(A, "a", a_pages, None)
eb, *rb = candidate(B, "b", b_pages, None)

# ---- hand-written expectations: what I meant to write
assert ra[0] == "LA1 NF1 LA2 KB1 LA3 NF2 KB2 NF3 LA4 KB3 NF4 KB4 NF5".split(), ra[0]
assert ra[1]["10. Frugality"] == ["LA6"] and ra[1]["16. Success and Scale Bring Broad Responsibility"] == ["NF1"]
assert ra[1]["13. Have Backbone; Disagree and Commit"] == ["KB4"] and ra[1]["8. Think Big"] == ["NF3"]
assert len(ra[1]) == 16
assert ra[2] == ["NF7"], ra[2]
assert ra[3] == ["NF2"] and ra[5] == ["NF8"], (ra[3], ra[5])
assert ra[4] == {"Strength": ["LA3"], "Failure": ["KB3"], "Conflict": ["KB4"], "Leadership / Mentoring": ["NF2"],
                 "Technically Challenging": ["LA5"], "Tight Deadline": ["NF5", "NF8"]}, ra[4]
assert rb[0] == "TM1 PL1 SKY1 PL2 TM2 PL3 TM3 SKY2 PL4 SKY3 PL5 TM4".split(), rb[0]
assert rb[1]["10. Frugality"] == ["TM6"] and rb[1]["15. Strive to be Earth's Best Employer"] == ["PL3"]
assert rb[1]["11. Earn Trust"] == ["PL8"] and rb[1]["16. Success and Scale Bring Broad Responsibility"] == ["TM1"]
assert len(rb[1]) == 16 and rb[2] == ["PL8"]
assert rb[3] == ["PL3"] and rb[5] == ["SKY5"]
assert rb[4] == {"Failure": ["PL4"], "Conflict": ["PL5"], "Most Proud Of": ["TM1"], "Leadership": ["PL3"],
                 "Technically Challenging": ["TM2"], "Customer Focus": ["TM5", "SKY5"]}, rb[4]
assert len(A.BQ) == 13 and len(B.BQ) == 14
assert not (set("CR EN IT".split()) & {re.match(r"[A-Z]+", i).group() for i in ra[0] + rb[0]})

head = """# Expected results for the blind import corpus. See README.md for the rules behind each field.
# stories:  IDs told on the page ("ID. title"), distinct, in order of first appearance.
# titles:   (extra) the title a reader should show for each told ID; entities decoded, <br> read as a space.
# cites:    principle / topic -> every ID it references (told there, by ID only, by ID + parenthetical, or in a label
#           like "Project (XX2)" / "Summary (XX1)"). Keys are shown as a reader should show them.
# dangling: IDs cited on the page that no page of the same candidate tells.
# answers:  BQ topics in page order ("<br>" in a key reads as a space; entities decoded).
# twin / also_twin: pages with the same content in another layout.
# not_ids:  (extra) ID-shaped tokens in ordinary text that must NOT be read as story references.
# drift:    (extra, informative) what irregularities the file has.
"""
text = head + "\n# ---------------- candidate A: Tomasz Wieczorek, data engineer\n"
text += "\n".join(emit(e) for e in ea)
text += "\n# ---------------- candidate B: Ana Beatriz Costa, mobile engineer\n"
text += "\n".join(emit(e) for e in eb)
open("expected.yaml", "w", encoding="utf-8").write(text)
print("expected.yaml written")
