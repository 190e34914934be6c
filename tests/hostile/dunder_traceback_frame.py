# expect: error AttributeError
# attacks: e.__traceback__.tb_frame (traceback is None)
try:
    1 / 0
except Exception as e:
    print('ESCAPED', e.__traceback__.tb_frame.f_back.f_globals)
