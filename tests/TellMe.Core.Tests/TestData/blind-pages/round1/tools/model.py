"""Tiny content model shared by all renderers.

A node is (label, text, children):
  label None  -> plain bullet "text"
  text  None  -> label-only bullet "**label**" (no colon), e.g. "Project (LA3)"
  text  ""    -> "**label:**" with nothing after it (children follow, or empty)
Inside text, "\n" marks a <br> in table layouts; heading layouts show it as a space.
Inside text, "\u00a0" marks a place where table layouts write &nbsp; (headings: a space).
"""

def L(label, text="", *children):
    return (label, text, list(children))

def P(text, *children):
    return (None, text, list(children))

def LO(label, *children):
    return (label, None, list(children))

def _part(label, v):
    if isinstance(v, (list, tuple)):
        return L(label, "", *[P(x) if isinstance(x, str) else x for x in v])
    return L(label, v)

def story(id_title, at, situation, action, result, task=None, label="Project"):
    kids = [L("At", at), _part("Situation", situation)]
    if task is not None:
        kids.append(_part("Task", task))
    kids += [_part("Action", action), _part("Result", result)]
    return L(label, id_title, *kids)

def plain_text(t):
    """How a reader should show a text: <br> and nbsp read as a space."""
    return t.replace("\n", " ").replace("\u00a0", " ")
