// RUN: ov-opt %s | ov-opt | FileCheck %s

// OpenVINO's string element type.
// CHECK-LABEL: func @strings
// CHECK-SAME: (%{{.*}}: tensor<?x!ov.string>) -> tensor<?x!ov.string>
func.func @strings(%a: tensor<?x!ov.string>) -> tensor<?x!ov.string> {
  return %a : tensor<?x!ov.string>
}
