// An op without an IR form fails the export with a located error, and no
// output file is left behind.
// RUN: rm -f %t.xml %t.bin
// RUN: not ov-translate --export-ov-ir %s -o %t.xml 2>&1 | FileCheck %s
// RUN: not test -e %t.xml
// RUN: not test -e %t.bin
// RUN: not ov-translate --export-ov-ir %s 2>&1 | FileCheck %s --check-prefix=STDOUT

// CHECK: export_errors.mlir:[[@LINE+4]]:{{[0-9]+}}: error: 'tensor.empty' op has no OpenVINO IR form (not supported by the IR writer yet)
// STDOUT: writing OpenVINO IR needs -o <file.xml> (the .bin goes beside it)
func.func @model(%x: tensor<2xf32>) -> tensor<2xf32> {
  %w = ov.constant dense<1.0> : tensor<2xf32>
  %e = tensor.empty() : tensor<2xf32>
  %0 = ov.add %x, %e : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}
