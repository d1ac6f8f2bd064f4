//===- SplitLongKLoops.cpp - K loops of a few products each ---------------===//
//
// A register tile's K loop sums one product per contraction term in its
// body: a 3x3 convolution's 9 kernel taps, a 7x7 stem's 49. The body is
// one basic block, and LLVM's machine scheduler, tracking register pressure
// over a block of 49 taps (~1300 instructions), spills a third of the
// accumulators and broadcasts to the stack (ResNet-50's stem ran at 150
// GFLOP/s, 210 without the spills). Bodies of 9 taps are scheduled without
// spills, so a longer body is split: the loop becomes consecutive loops
// over the same range, each summing a group of the products, the
// accumulators carried from one loop into the next. The sums are the same
// products added in another order.
//
//===----------------------------------------------------------------------===//

#include "ovmlir/Conversion/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace mlir::ov {
#define GEN_PASS_DEF_SPLITLONGKLOOPS
#include "ovmlir/Conversion/Passes.h.inc"
} // namespace mlir::ov

using namespace mlir;

namespace {

/// The most products one loop body sums (a 3x3 convolution's taps).
constexpr int64_t kMaxProductsPerLoop = 9;

/// Whether `op` only reads memory, if anything.
bool onlyReads(Operation *op) {
  if (isMemoryEffectFree(op))
    return true;
  auto effects = dyn_cast<MemoryEffectOpInterface>(op);
  if (!effects)
    return false;
  SmallVector<MemoryEffects::EffectInstance> instances;
  effects.getEffects(instances);
  return llvm::all_of(instances, [](const auto &instance) {
    return isa<MemoryEffects::Read>(instance.getEffect());
  });
}

/// A K loop to split: its body's contractions in order, each the next
/// step of the accumulator chain of one of the loop's iteration arguments.
struct Chains {
  SmallVector<vector::ContractionOp> products;
  /// The iteration argument whose chain each product continues.
  SmallVector<unsigned> chainOf;
};

/// The chains of `loop` when its body is a K loop body this pass splits:
/// only ops without regions that at most read memory and have results;
/// every iteration argument is the start of a chain of contractions (each
/// the accumulator of the next, used by nothing else) that the loop yields;
/// more than kMaxProductsPerLoop contractions.
std::optional<Chains> chainsOf(scf::ForOp loop) {
  Block *body = loop.getBody();
  if (loop.getNumRegionIterArgs() == 0)
    return std::nullopt;
  // The chain each accumulator value belongs to.
  DenseMap<Value, unsigned> chainValues;
  for (auto [index, arg] : llvm::enumerate(loop.getRegionIterArgs()))
    chainValues[arg] = index;
  Chains chains;
  for (Operation &op : body->without_terminator()) {
    if (op.getNumRegions() != 0 || op.getNumResults() == 0 || !onlyReads(&op))
      return std::nullopt;
    SmallVector<OpOperand *> chainOperands;
    for (OpOperand &operand : op.getOpOperands())
      if (chainValues.count(operand.get()))
        chainOperands.push_back(&operand);
    if (chainOperands.empty())
      continue;
    // A chain value is used once: as the next product's accumulator.
    auto contract = dyn_cast<vector::ContractionOp>(&op);
    OpOperand *acc = chainOperands.front();
    if (!contract || chainOperands.size() != 1 ||
        acc != &contract.getAccMutable() || !acc->get().hasOneUse())
      return std::nullopt;
    unsigned chain = chainValues.lookup(acc->get());
    chainValues.erase(acc->get());
    chainValues[contract.getResult()] = chain;
    chains.products.push_back(contract);
    chains.chainOf.push_back(chain);
  }
  // What is left of each chain is its last value, which the loop yields.
  auto yield = cast<scf::YieldOp>(body->getTerminator());
  for (auto [index, yielded] : llvm::enumerate(yield.getOperands())) {
    auto chain = chainValues.find(yielded);
    if (chain == chainValues.end() || chain->second != index ||
        !yielded.hasOneUse())
      return std::nullopt;
  }
  if (static_cast<int64_t>(chains.products.size()) <= kMaxProductsPerLoop)
    return std::nullopt;
  return chains;
}

/// Replaces `loop` by consecutive loops over its range, each summing a
/// group of its products (groups of equal size, at most
/// kMaxProductsPerLoop): each new body has the group's products and the
/// ops they use, in the original order.
void split(scf::ForOp loop, Chains &chains) {
  Block *body = loop.getBody();
  int64_t count = chains.products.size();
  int64_t groups = llvm::divideCeil(count, kMaxProductsPerLoop);
  // The old value that stands for each chain at the start of a group.
  SmallVector<Value> chainStarts(loop.getRegionIterArgs());
  SmallVector<Value> inits(loop.getInitArgs());
  OpBuilder builder(loop);
  for (int64_t group = 0; group < groups; ++group) {
    int64_t begin = count * group / groups, end = count * (group + 1) / groups;
    // The body ops this group needs: its products and what they use.
    llvm::DenseSet<Operation *> needed;
    SmallVector<Operation *> worklist;
    for (int64_t i = begin; i < end; ++i)
      worklist.push_back(chains.products[i]);
    while (!worklist.empty()) {
      Operation *op = worklist.pop_back_val();
      if (!needed.insert(op).second)
        continue;
      for (Value operand : op->getOperands())
        if (Operation *producer = operand.getDefiningOp();
            producer && producer->getBlock() == body &&
            !isa<vector::ContractionOp>(producer))
          worklist.push_back(producer);
    }
    auto newLoop =
        scf::ForOp::create(builder, loop.getLoc(), loop.getLowerBound(),
                           loop.getUpperBound(), loop.getStep(), inits);
    OpBuilder inner = OpBuilder::atBlockBegin(newLoop.getBody());
    IRMapping mapping;
    mapping.map(loop.getInductionVar(), newLoop.getInductionVar());
    for (auto [start, arg] :
         llvm::zip(chainStarts, newLoop.getRegionIterArgs()))
      mapping.map(start, arg);
    for (Operation &op : body->without_terminator())
      if (needed.contains(&op))
        inner.clone(op, mapping);
    for (int64_t i = begin; i < end; ++i)
      chainStarts[chains.chainOf[i]] = chains.products[i].getResult();
    SmallVector<Value> yielded = llvm::map_to_vector(
        chainStarts, [&](Value value) { return mapping.lookup(value); });
    scf::YieldOp::create(inner, loop.getLoc(), yielded);
    inits.assign(newLoop.getResults().begin(), newLoop.getResults().end());
  }
  loop.replaceAllUsesWith(inits);
  loop.erase();
}

struct SplitLongKLoopsPass
    : ov::impl::SplitLongKLoopsBase<SplitLongKLoopsPass> {
  void runOnOperation() override {
    SmallVector<std::pair<scf::ForOp, Chains>> loops;
    getOperation().walk([&](scf::ForOp loop) {
      if (std::optional<Chains> chains = chainsOf(loop))
        loops.emplace_back(loop, std::move(*chains));
    });
    for (auto &[loop, chains] : loops)
      split(loop, chains);
  }
};

} // namespace
