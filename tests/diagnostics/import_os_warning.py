import os
import yaml
print("ok")
