# expect: error ModuleNotFoundError
# attacks: import socket must not reach the host
import socket
print('ESCAPED', socket)
