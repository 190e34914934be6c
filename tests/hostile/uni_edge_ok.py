# expect: ok
# attacks: unicode edge cases: case mapping that changes length, astral chars, combining marks, bidi controls
assert "\u00df".upper() == "SS"
assert len("\u0130".lower()) == 2
s = "\U0001F600\u200d\u202e\u0301"
assert len(s) == 4
assert s[::-1][0] == "\u0301"
assert ord("\U0010FFFF") == 0x10FFFF
assert chr(0x10FFFF) == "\U0010FFFF"
assert "\u4e2d".center(5, "\u00e9") == "\u00e9\u00e9\u4e2d\u00e9\u00e9"
assert "\u0661\u0662".isdigit()
assert "e\u0301" != "\u00e9"
print(repr("\x00\u202e\U0001F600"), ascii("\u202e\U0001F600"))
