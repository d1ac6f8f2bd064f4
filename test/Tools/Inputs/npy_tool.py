"""Helpers for ov-run tests: convert an ONNX TensorProto (.pb) to .npy,
compare two .npy files (allclose, or relative to the largest magnitude),
write a malformed .npy."""
import sys

import numpy as np


def main():
    command = sys.argv[1]
    if command == "pb-to-npy":
        import onnx
        from onnx import numpy_helper
        tensor = onnx.TensorProto()
        with open(sys.argv[2], "rb") as f:
            tensor.ParseFromString(f.read())
        np.save(sys.argv[3], numpy_helper.to_array(tensor))
    elif command == "compare":
        actual, expected = np.load(sys.argv[2]), np.load(sys.argv[3])
        same = actual.shape == expected.shape and np.allclose(
            actual, expected, rtol=1e-3, atol=1e-7, equal_nan=True)
        print("%s %s %s" % ("same" if same else "DIFFERENT", actual.dtype,
                            list(actual.shape)))
    elif command == "relative":
        # The largest difference relative to the largest magnitude.
        actual, expected = np.load(sys.argv[2]), np.load(sys.argv[3])
        tolerance = float(sys.argv[4])
        relative = np.abs(actual - expected).max() / np.abs(expected).max()
        print("relative difference %s %s" % (
            "within" if relative <= tolerance else "ABOVE", sys.argv[4]))
    elif command == "unpreprocess":
        # The raw NCHW input that ovc's embedded preprocessing (reverse
        # channels, subtract mean, divide by scale) turns into the input.
        x = np.load(sys.argv[2])
        mean = np.array([float(v) for v in sys.argv[4].split(",")], np.float32)
        scale = np.array([float(v) for v in sys.argv[5].split(",")], np.float32)
        raw = x * scale.reshape(1, -1, 1, 1) + mean.reshape(1, -1, 1, 1)
        if sys.argv[6] == "reverse":
            raw = raw[:, ::-1]
        np.save(sys.argv[3], np.ascontiguousarray(raw.astype(np.float32)))
    elif command == "nchw-to-nhwc":
        np.save(sys.argv[3], np.ascontiguousarray(
            np.load(sys.argv[2]).transpose(0, 2, 3, 1)))
    elif command == "as-type":
        np.save(sys.argv[3], np.load(sys.argv[2]).astype(sys.argv[4]))
    elif command == "fortran":
        np.save(sys.argv[2], np.asfortranarray(np.ones((2, 3), np.float32)))


main()
