import os
import json
print("ok")
