# area: err: a simulated virtual filesystem lookup raises FileNotFoundError for a missing path
VFS = {"/etc/app.conf": "port=80", "/var/log/app.log": "started\nready"}

def read(path):
    if path not in VFS:
        raise FileNotFoundError(f"No such file or directory: {path!r}")
    return VFS[path]

print(read("/etc/app.conf"))
print(len(read("/var/log/app.log").splitlines()), "log lines")
print(read("/etc/missing.conf"))
