//===- ModelSignatureTest.cpp - The C ABI signature of a compiled model ---===//

#include "ovmlir/Target/ModelCompiler.h"

#include "ovmlir/InitAll.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "llvm/Target/TargetMachine.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::ov;

namespace {

class ModelSignatureTest : public ::testing::Test {
protected:
  ModelSignatureTest() {
    DialectRegistry registry;
    ovmlir::registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }
  /// The signature of the one function in `source`, or failure (with the
  /// error text in `errors`).
  FailureOr<ModelSignature> signatureOf(StringRef source) {
    module = parseSourceString<ModuleOp>(source, &context);
    if (!module)
      return failure();
    ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
      errors += diag.str();
      return success();
    });
    return getModelSignature(*module->getOps<func::FuncOp>().begin());
  }
  MLIRContext context;
  OwningOpRef<ModuleOp> module;
  std::string errors;
};

TEST_F(ModelSignatureTest, NamesTypesAndDynamicDimensions) {
  FailureOr<ModelSignature> signature = signatureOf(R"mlir(
    func.func @net(%x: tensor<?x3xf32> {ov.name = "x"}, %m: tensor<4xi1>,
                   %u: tensor<ui8>)
        -> (tensor<?x3xf32> {ov.name = "y"}, tensor<2xi64>) {
      %c = ov.constant dense<[1, 2]> : tensor<2xi64>
      return %x, %c : tensor<?x3xf32>, tensor<2xi64>
    })mlir");
  ASSERT_TRUE(succeeded(signature)) << errors;
  EXPECT_EQ(signature->modelName, "net");
  ASSERT_EQ(signature->inputs.size(), 3u);
  EXPECT_EQ(signature->inputs[0].name, "x");
  EXPECT_EQ(signature->inputs[0].elementType, 1); // OVM_F32
  EXPECT_EQ(signature->inputs[0].shape, (std::vector<int64_t>{-1, 3}));
  EXPECT_EQ(signature->inputs[1].name, "input1");  // no ov.name
  EXPECT_EQ(signature->inputs[1].elementType, 13); // OVM_BOOL
  EXPECT_EQ(signature->inputs[2].elementType, 9);  // OVM_U8
  EXPECT_TRUE(signature->inputs[2].shape.empty());
  ASSERT_EQ(signature->outputs.size(), 2u);
  EXPECT_EQ(signature->outputs[0].name, "y");
  EXPECT_EQ(signature->outputs[1].name, "output1");
  EXPECT_EQ(signature->outputs[1].elementType, 8); // OVM_I64
}

TEST_F(ModelSignatureTest, UnrankedResultIsAnError) {
  FailureOr<ModelSignature> signature = signatureOf(R"mlir(
    func.func @net(%x: tensor<*xf32> {ov.name = "x"}) -> tensor<*xf32> {
      return %x : tensor<*xf32>
    })mlir");
  EXPECT_TRUE(failed(signature));
  EXPECT_NE(errors.find("input 0 ('x') has type 'tensor<*xf32>'"),
            std::string::npos)
      << errors;
}

TEST_F(ModelSignatureTest, ElementTypeWithoutABICode) {
  FailureOr<ModelSignature> signature = signatureOf(R"mlir(
    func.func @net(%x: tensor<2xi4>) -> tensor<2xi4> {
      return %x : tensor<2xi4>
    })mlir");
  EXPECT_TRUE(failed(signature));
  EXPECT_NE(errors.find("element type 'i4', which the runtime ABI cannot pass"),
            std::string::npos)
      << errors;
}

TEST(ModelCompilerTest, SymbolPrefixIsACIdentifier) {
  EXPECT_EQ(makeSymbolPrefix("resnet-50.v2"), "resnet_50_v2");
  EXPECT_EQ(makeSymbolPrefix("3d_unet"), "_3d_unet");
  EXPECT_EQ(makeSymbolPrefix(""), "_");
}

TEST(ModelCompilerTest, HeaderDeclaresTheDescriptor) {
  ModelSignature signature;
  signature.modelName = "net";
  signature.inputs.push_back({"data*/x", 1, {-1, 3}});
  signature.outputs.push_back({"prob", 4, {2}});
  CompileOptions options;
  options.symbolPrefix = "net";
  std::string header = generateModelHeader(signature, options, "net.onnx");
  EXPECT_NE(header.find("#ifndef NET_H"), std::string::npos);
  EXPECT_NE(header.find("#include \"ovmlir_runtime.h\""), std::string::npos);
  EXPECT_NE(header.find("extern const ovm_compiled_model net_model;"),
            std::string::npos);
  // Dynamic dimensions as '?'; a name cannot close the comment early.
  EXPECT_NE(header.find("0: 'data* /x': f32 [?,3]"), std::string::npos)
      << header;
  EXPECT_NE(header.find("0: 'prob': f64 [2]"), std::string::npos);
  EXPECT_EQ(header.find("ovm_model_create_with_weights"), std::string::npos);
  signature.weightsSize = 128;
  signature.weightsFile = "net.weights";
  header = generateModelHeader(signature, options, "net.onnx");
  EXPECT_NE(header.find("The weights (128 bytes) are in 'net.weights'"),
            std::string::npos);
}

TEST(ModelCompilerTest, LoopsStartOnACacheLine) {
  // The kernels' speed must not depend on where the linker puts their
  // loops (ModelCompiler.cpp, kLoopAlignmentBytes).
  CompileOptions options;
  std::string error;
  std::unique_ptr<llvm::TargetMachine> machine =
      createTargetMachine(options, error);
  ASSERT_TRUE(machine) << error;
  EXPECT_EQ(machine->Options.LoopAlignment, 64u);
}

/// The code generator's vector registers for a target given by triple, CPU
/// and features.
CodegenTarget codegenTargetFor(StringRef triple, StringRef cpu,
                               StringRef features = "") {
  CompileOptions options;
  options.targetTriple = triple.str();
  options.targetCPU = cpu.str();
  options.targetFeatures = features.str();
  std::string error;
  std::unique_ptr<llvm::TargetMachine> machine =
      createTargetMachine(options, error);
  EXPECT_TRUE(machine) << error;
  return machine ? codegenTargetOf(*machine) : CodegenTarget{0, 0};
}

TEST(ModelCompilerTest, RegisterTilesFollowTheTargetsVectors) {
  struct Case {
    const char *triple, *cpu, *features;
    int64_t vectorBits, vectorRegisters;
  };
  const char *x86 = "x86_64-unknown-linux-gnu";
  for (Case c : std::initializer_list<Case>{
           // AVX-512 by the CPU alone (no feature string) or by features.
           {x86, "skylake-avx512", "", 512, 32},
           {x86, "znver5", "", 512, 32},
           {x86, "generic", "+avx2,+fma,+avx512f", 512, 32},
           // AVX2 (Zen 3; AVX-512 turned off): 16 registers of 256 bits.
           {x86, "znver3", "", 256, 16},
           {x86, "haswell", "", 256, 16},
           {x86, "skylake-avx512", "-avx512f", 256, 16},
           {x86, "x86-64", "", 128, 16},
           {"aarch64-unknown-linux-gnu", "generic", "", 128, 32}}) {
    CodegenTarget target = codegenTargetFor(c.triple, c.cpu, c.features);
    EXPECT_EQ(target.vectorBits, c.vectorBits) << c.cpu << " " << c.features;
    EXPECT_EQ(target.vectorRegisters, c.vectorRegisters)
        << c.cpu << " " << c.features;
  }
}

} // namespace
