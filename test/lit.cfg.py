# lit configuration of ov-mlir's tests.
import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "OV-MLIR"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".xml", ".test", ".pbtxt"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ovmlir_obj_root, "test")

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.add_tool_substitutions(
    [
        ToolSubst("ov-opt", unresolved="fatal"),
        ToolSubst("ov-translate", unresolved="fatal"),
        ToolSubst("ovc", unresolved="fatal"),
        ToolSubst("ov-run", unresolved="fatal"),
    ],
    [config.ovmlir_tools_dir],
)
config.substitutions.append(("%ovmlir_src_root", config.ovmlir_src_root))
# Debian's python3, which sees the apt-installed packages (numpy, onnx).
config.substitutions.append(("%python", "/usr/bin/python3"))
# Real IR files written by OpenVINO's tools (../shared beside the repository).
config.substitutions.append(
    (
        "%ov_ir_samples",
        os.path.join(config.ovmlir_src_root, "..", "shared", "ov-ir-samples"),
    )
)
# ONNX test models are written as protobuf text (.pbtxt) and encoded with
# protoc against Debian's onnx.proto: `%onnx-encode < %s > %t.onnx`.
config.substitutions.append(
    (
        "%onnx-encode",
        "protoc --encode=onnx.ModelProto --proto_path=/usr/include/onnx "
        "/usr/include/onnx/onnx.proto",
    )
)
# ONNX's backend test suite (Debian's libonnx-testdata).
config.substitutions.append(
    ("%onnx_testdata", "/usr/share/libonnx-testdata/data")
)
# JIT-running lowered models: mlir-runner with MLIR's runtime support
# libraries (printMemrefF32, ...) and ov-mlir's runtime (failed run-time
# checks call ovm_runtime_fail).
config.substitutions.append(
    (
        "%mlir_runner",
        "mlir-runner -e main -entry-point-result=void -shared-libs="
        "/usr/lib/llvm-22/lib/libmlir_runner_utils.so,"
        "/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so,"
        "/usr/lib/llvm-22/lib/libomp.so,"
        + os.path.join(config.ovmlir_obj_root, "lib", "libovmlir_runtime.so"),
    )
)
# Compiling and linking C programs against compiled models and the runtime.
config.substitutions.append(("%cc", "clang-22"))
config.substitutions.append(
    (
        "%ovm_cflags",
        "-I" + os.path.join(config.ovmlir_src_root, "runtime", "include"),
    )
)
config.substitutions.append(
    (
        "%ovm_runtime_lib",
        os.path.join(config.ovmlir_obj_root, "lib", "libovmlir_runtime.a")
        + " -lpthread -lm",
    )
)
