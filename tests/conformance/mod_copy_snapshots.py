# area: copy: shallow vs deep copies of nested agent state, snapshots/rollback, shared references and cycles
import copy

state = {"step": 3, "memory": ["plan", "search"], "tools": {"search": {"calls": 2}}, "meta": ("v1", ["x"])}
shallow = copy.copy(state)
deep = copy.deepcopy(state)
state["step"] = 4
state["memory"].append("answer")
state["tools"]["search"]["calls"] += 1
state["meta"][1].append("y")
print("state  ", state)
print("shallow", shallow)
print("deep   ", deep)
print(shallow["memory"] is state["memory"], deep["memory"] is state["memory"], deep["meta"] == ("v1", ["x"]))

history = []
def checkpoint(s):
    history.append(copy.deepcopy(s))
def rollback():
    return history.pop()
checkpoint(state)
state["memory"].clear()
state["tools"]["new"] = {}
print("mutated:", state["memory"], sorted(state["tools"]))
state = rollback()
print("restored:", state["memory"], sorted(state["tools"]), len(history))

shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = {"name": "loop"}
cyc["self"] = cyc
cc = copy.deepcopy(cyc)
print(cc["self"] is cc, cc is not cyc, cc["name"])

class Agent:
    def __init__(self, name, tools):
        self.name = name
        self.tools = tools
a = Agent("a1", ["search"])
b = copy.copy(a)
c = copy.deepcopy(a)
a.tools.append("calc")
b.name = "b1"
print(a.name, a.tools, b.name, b.tools, c.name, c.tools, type(c).__name__)
print(copy.copy([1, [2]]) == [1, [2]], copy.deepcopy((1, 2)), copy.copy("str"), copy.deepcopy({1, 2}) == {1, 2})
