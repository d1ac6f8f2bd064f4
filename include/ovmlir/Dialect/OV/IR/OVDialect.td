// Entry point for the dialect declaration/definition generators.
include "ovmlir/Dialect/OV/IR/OVAttrs.td"
include "ovmlir/Dialect/OV/IR/OVTypes.td"
