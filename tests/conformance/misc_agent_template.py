# area: realistic agent script: a tiny template engine with {{var}}, filters and loops, via re.sub with a function
import re

TEMPLATE = """Hello {{ user.name | title }}!
You have {{ inbox.count }} new messages{{ inbox.count | plural }}.
Top sender: {{ inbox.top | upper }}
Missing: [{{ nope.nothing | default:n/a }}]
{% for item in tasks %}- {{ item }}
{% endfor %}Bye."""

context = {
    "user": {"name": "grace hopper"},
    "inbox": {"count": 3, "top": "ada"},
    "tasks": ["write report", "review PR #42", "ship v1.2"],
}

def lookup(path, ctx):
    cur = ctx
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return None
    return cur

FILTERS = {
    "title": lambda v, arg: str(v).title(),
    "upper": lambda v, arg: str(v).upper(),
    "plural": lambda v, arg: "" if v == 1 else "s",
    "default": lambda v, arg: arg if v is None else v,
}

def render_expr(m, ctx):
    parts = [p.strip() for p in m.group(1).split("|")]
    value = lookup(parts[0], ctx)
    for f in parts[1:]:
        name, _, arg = f.partition(":")
        value = FILTERS[name](value, arg)
    return str(value)

def render(tpl, ctx):
    def loop(m):
        var, seq, body = m.group(1), m.group(2), m.group(3)
        out = []
        for item in lookup(seq, ctx):
            out.append(render(body, dict(ctx, **{var: item})))
        return "".join(out)
    tpl = re.sub(r"\{% for (\w+) in ([\w.]+) %\}(.*?)\{% endfor %\}", loop, tpl, flags=re.S)
    return re.sub(r"\{\{(.*?)\}\}", lambda m: render_expr(m, ctx), tpl)

print(render(TEMPLATE, context))
print("---")
print(render("{{ n }} item{{ n | plural }}", {"n": 1}))
print(render("{{ a.b.c | default:zero }}", {"a": {"b": {"c": 0}}}))
