"""Compares two .npy files: allclose(rtol=1e-4) after fusions that only
change float rounding."""
import sys

import numpy as np

actual, expected = np.load(sys.argv[1]), np.load(sys.argv[2])
same = actual.shape == expected.shape and np.allclose(
    actual, expected, rtol=1e-4, atol=1e-5)
print("%s %s %s" % ("allclose" if same else "DIFFERENT", actual.dtype,
                    list(actual.shape)))
if not same and actual.shape == expected.shape:
    print("max abs difference", np.abs(actual - expected).max())
