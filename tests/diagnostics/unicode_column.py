s = "日本語😀"; break
