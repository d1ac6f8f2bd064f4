#!/usr/bin/python3
"""Builds the benchmark models of issue 7 as ONNX files, with random weights.

Nothing is downloaded: the CNNs are torchvision's architectures with
weights=None, the BERT-like encoder is written here, and the MatMul is built
with onnx.helper. Every model is batch 1 with static shapes; weights and
inputs come from fixed seeds, so two runs write the same files.

For every model NAME it writes, into bench/models/ (or --out):
  NAME.onnx           the model (checked with onnx.checker)
  NAME.INPUT.npy      a seeded input for each graph input INPUT
Models whose files already exist are skipped unless --force is given.

Needs Debian's python3-torch, python3-torchvision, python3-onnx and
python3-numpy; run it with /usr/bin/python3.

`--models zoo` builds the further models of ZOO (concatenations, grouped
convolutions, channel shuffles, vision transformers, segmentation) instead.

Usage: make_models.py [--models a,b,...|zoo] [--out DIR] [--force] [--list]
"""
import argparse
import math
import os
import sys
import time

OPSET = 17  # LayerNormalization is an ONNX op from 17 on; torch 1.13 has it.
SEED = 7

# name -> (builder function name, description)
MODELS = {
    "matmul": "1024x1024x1024 f32 MatMul, B a constant weight",
    "mobilenet_v2": "torchvision MobileNetV2, 224x224",
    "efficientnet_b0": "torchvision EfficientNet-B0, 224x224",
    "resnet50": "torchvision ResNet-50, 224x224",
    "bert": "BERT-base-like encoder: 12 layers, hidden 768, 12 heads, "
            "FFN 3072, sequence 128",
}


# Further torchvision models, for `--models zoo`: layers the five above do
# not have. Not part of the default run.
ZOO = {
    "squeezenet1_1": "torchvision SqueezeNet 1.1, 224x224 (concatenations, "
                     "ceil_mode max pools)",
    "googlenet": "torchvision GoogLeNet, 224x224 (Inception concatenations)",
    "densenet121": "torchvision DenseNet-121, 224x224 (dense concatenations, "
                   "Pad nodes)",
    "resnext50_32x4d": "torchvision ResNeXt-50 32x4d, 224x224 (grouped "
                       "convolutions, 4 to 32 channels per group)",
    "regnet_y_400mf": "torchvision RegNetY-400MF, 224x224 (grouped "
                      "convolutions of 8 channels, squeeze-excite)",
    "shufflenet_v2_x1_0": "torchvision ShuffleNetV2 x1.0, 224x224 (channel "
                          "split and shuffle, 116-channel layers)",
    "mnasnet1_0": "torchvision MNASNet 1.0, 224x224",
    "inception_v3": "torchvision Inception v3, 299x299 (asymmetric 1x7 and "
                    "7x1 kernels, rows of 71 and 35)",
    "mobilenet_v3_large": "torchvision MobileNetV3-Large, 224x224 "
                          "(hardswish, hardsigmoid squeeze-excite)",
    "convnext_tiny": "torchvision ConvNeXt-T, 224x224 (7x7 depthwise, "
                     "LayerNorm over channels, GELU)",
    "regnet_x_1_6gf": "torchvision RegNetX-1.6GF, 224x224 (grouped "
                      "convolutions of 24 channels, which fit no blocks)",
    "swin_t": "torchvision Swin-T, 224x224 (shifted-window attention; "
              "window shapes computed from the input's, static once "
              "folded)",
    "vit_b_16": "torchvision ViT-B/16, 224x224 (a stride-16 patch "
                "convolution, 12 encoder layers of 197 tokens)",
    "deeplabv3_mobilenet_v3_large": "torchvision DeepLabV3 on MobileNetV3-"
                                    "Large, 224x224 (atrous rates 12 to 36 "
                                    "on 14x14, bilinear upsampling)",
    "lraspp_mobilenet_v3_large": "torchvision LR-ASPP on MobileNetV3-Large, "
                                 "224x224 (dilated depthwise layers, "
                                 "upsampling)",
    "fcn_resnet50": "torchvision FCN on a dilated ResNet-50, 224x224 (a "
                    "28x28 layer4, a 3x3 classifier on 2048 channels)",
}


def model_names(spec):
    """The model names of a --models value: names of MODELS or ZOO, and
    `zoo` for all of ZOO."""
    names = []
    for name in spec.split(","):
        names.extend(ZOO if name == "zoo" else [name])
    return names


def input_path(out_dir, name, input_name):
    return os.path.join(out_dir, "%s.%s.npy" % (name, input_name))


def check(path):
    import onnx
    onnx.checker.check_model(path)  # by path: works for files over 2 GB too
    model = onnx.load(path, load_external_data=False)
    return [i.name for i in model.graph.input
            if i.name not in {t.name for t in model.graph.initializer}]


def make_matmul(path):
    import onnx
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper
    rng = np.random.default_rng(SEED)
    n = 1024
    weight = rng.standard_normal((n, n), dtype=np.float32) / math.sqrt(n)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["input", "B"], ["output"])], "matmul",
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, [n, n])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [n, n])],
        [numpy_helper.from_array(weight, "B")])
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="ov-mlir bench")
    model.ir_version = 8
    onnx.save(model, path)
    return {"input": rng.standard_normal((n, n), dtype=np.float32)}


def calibrate_batchnorm(torch, model, shape):
    """Gives the BatchNorm layers the statistics of random images.

    With weights=None the running statistics are mean 0 and variance 1,
    which lets activations grow or vanish through a deep net. One forward
    pass in training mode with a cumulative average (momentum None) makes
    them the batch's statistics, so the activations stay normalized as in
    a trained model and the output comparison is meaningful.
    """
    for module in model.modules():
        if isinstance(module, torch.nn.modules.batchnorm._BatchNorm):
            module.reset_running_stats()
            module.momentum = None
    model.train()
    with torch.no_grad():
        model(torch.randn(*shape))
    model.eval()


def make_torchvision(arch, size=224, prepare=None, segmentation=False,
                     **options):
    """A builder of torchvision's `arch` on size x size images; `prepare`,
    when given, is called with torch and the model before the export
    (after the BatchNorm calibration), which then keeps each module's
    training mode. A `segmentation` model (torchvision.models.segmentation,
    its backbone random too) is exported with its "out" map as the
    output."""
    def build(path):
        import numpy as np
        import torch
        import torchvision
        torch.manual_seed(SEED)
        if segmentation:
            model = SegmentationOutput(torch)(
                getattr(torchvision.models.segmentation, arch)(
                    weights=None, weights_backbone=None, **options))
        else:
            model = getattr(torchvision.models, arch)(weights=None, **options)
        calibrate_batchnorm(torch, model, (4, 3, size, size))
        if prepare:
            prepare(torch, model)
        rng = np.random.default_rng(SEED)
        image = rng.standard_normal((1, 3, size, size), dtype=np.float32)
        export(torch, model, torch.from_numpy(image), path,
               keep_modes=prepare is not None)
        return {"input": image}
    return build


def SegmentationOutput(torch):
    """A module class returning the "out" entry of a torchvision
    segmentation model's dictionary of outputs."""
    class Output(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, x):
            return self.model(x)["out"]
    return Output


def make_bert(path):
    import numpy as np
    import torch
    from torch import nn

    hidden, heads, ffn, layers, seq = 768, 12, 3072, 12, 128

    class Layer(nn.Module):
        """One post-LayerNorm BERT encoder layer, written op by op."""

        def __init__(self):
            super().__init__()
            self.query = nn.Linear(hidden, hidden)
            self.key = nn.Linear(hidden, hidden)
            self.value = nn.Linear(hidden, hidden)
            self.attention_out = nn.Linear(hidden, hidden)
            self.attention_norm = nn.LayerNorm(hidden, eps=1e-12)
            self.intermediate = nn.Linear(hidden, ffn)
            self.gelu = nn.GELU()
            self.ffn_out = nn.Linear(ffn, hidden)
            self.ffn_norm = nn.LayerNorm(hidden, eps=1e-12)

        def heads(self, x):  # [1, seq, hidden] -> [1, heads, seq, 64]
            return x.reshape(1, seq, heads, hidden // heads).transpose(1, 2)

        def forward(self, x):
            q = self.heads(self.query(x))
            k = self.heads(self.key(x))
            v = self.heads(self.value(x))
            scores = torch.matmul(q, k.transpose(2, 3)) * (
                1.0 / math.sqrt(hidden // heads))
            context = torch.matmul(torch.softmax(scores, dim=-1), v)
            context = context.transpose(1, 2).reshape(1, seq, hidden)
            x = self.attention_norm(x + self.attention_out(context))
            y = self.ffn_out(self.gelu(self.intermediate(x)))
            return self.ffn_norm(x + y)

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList(Layer() for _ in range(layers))

        def forward(self, x):
            for layer in self.layers:
                x = layer(x)
            return x

    torch.manual_seed(SEED)
    model = Encoder()
    # BERT's initialization: normal(0, 0.02) weights; small random biases
    # and LayerNorm parameters so that no term is trivially zero or one.
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "norm" in name:
                param.copy_((1.0 if name.endswith("weight") else 0.0) +
                            0.1 * torch.randn_like(param))
            else:
                param.normal_(0.0, 0.02)
    model.eval()
    rng = np.random.default_rng(SEED)
    states = rng.standard_normal((1, seq, hidden), dtype=np.float32)
    export(torch, model, torch.from_numpy(states), path)
    return {"input": states}


def export(torch, model, example, path, keep_modes=False):
    """Exports `model` in eval mode, or with each module's own training
    mode when `keep_modes`."""
    mode = (torch.onnx.TrainingMode.PRESERVE if keep_modes else
            torch.onnx.TrainingMode.EVAL)
    with torch.no_grad():
        torch.onnx.export(model, (example,), path, opset_version=OPSET,
                          input_names=["input"], output_names=["output"],
                          do_constant_folding=True, training=mode)


BUILDERS = {
    "matmul": make_matmul,
    "mobilenet_v2": make_torchvision("mobilenet_v2"),
    "efficientnet_b0": make_torchvision("efficientnet_b0"),
    "resnet50": make_torchvision("resnet50"),
    "bert": make_bert,
}
BUILDERS.update({name: make_torchvision(name) for name in ZOO})
# Without the auxiliary classifiers (not in the exported graph anyway).
BUILDERS["googlenet"] = make_torchvision("googlenet", aux_logits=False,
                                         init_weights=True)
BUILDERS["inception_v3"] = make_torchvision("inception_v3", size=299,
                                            aux_logits=False,
                                            init_weights=True)


def prepare_vit(torch, model):
    """torchvision initializes ViT's classifier to zeros, which makes every
    output 0 whatever the layers before compute: normal(0, 0.02) weights
    and biases instead, so that the output comparison checks them. Its
    attention layers go to training mode (kept by the export), the same
    computation with dropout 0: in eval mode torch 1.13 runs them as one
    fused op that the ONNX export does not know
    (aten::_native_multi_head_attention)."""
    with torch.no_grad():
        for param in model.heads.parameters():
            param.normal_(0.0, 0.02)
    for module in model.modules():
        if isinstance(module, torch.nn.MultiheadAttention):
            assert module.dropout == 0.0
            module.train()


BUILDERS["vit_b_16"] = make_torchvision("vit_b_16", prepare=prepare_vit)
for name in ("deeplabv3_mobilenet_v3_large", "lraspp_mobilenet_v3_large",
             "fcn_resnet50"):
    BUILDERS[name] = make_torchvision(name, segmentation=True)


def ensure_model(name, out_dir, force=False, log=print):
    """Writes NAME's files unless they exist; returns (onnx path, inputs)

    where inputs maps each graph input name to its .npy file."""
    path = os.path.join(out_dir, name + ".onnx")
    if not force and os.path.exists(path):
        import onnx
        model = onnx.load(path, load_external_data=False)
        initializers = {t.name for t in model.graph.initializer}
        names = [i.name for i in model.graph.input
                 if i.name not in initializers]
        inputs = {n: input_path(out_dir, name, n) for n in names}
        if all(os.path.exists(p) for p in inputs.values()):
            return path, inputs
    import numpy as np
    os.makedirs(out_dir, exist_ok=True)
    start = time.time()
    arrays = BUILDERS[name](path)
    names = check(path)
    if sorted(names) != sorted(arrays):
        sys.exit("%s: graph inputs %s but seeded inputs %s" %
                 (name, names, sorted(arrays)))
    inputs = {}
    for input_name, array in arrays.items():
        inputs[input_name] = input_path(out_dir, name, input_name)
        np.save(inputs[input_name], array)
    log("made %s (%.0f MB) in %.1f s" %
        (path, os.path.getsize(path) / 2**20, time.time() - start))
    return path, inputs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default=",".join(MODELS),
                        help="comma-separated subset of: " + ", ".join(MODELS))
    parser.add_argument("--out", default=os.path.join(here, "models"))
    parser.add_argument("--force", action="store_true",
                        help="rebuild even if the files exist")
    parser.add_argument("--list", action="store_true",
                        help="list the models and exit")
    args = parser.parse_args()
    if args.list:
        for name, description in list(MODELS.items()) + list(ZOO.items()):
            print("%-18s %s" % (name, description))
        return
    for name in model_names(args.models):
        if name not in BUILDERS:
            sys.exit("unknown model '%s' (known: %s, or zoo: %s)" %
                     (name, ", ".join(MODELS), ", ".join(ZOO)))
        path, inputs = ensure_model(name, args.out, args.force)
        print("%s: %s %s" % (name, path, " ".join(
            "%s=%s" % item for item in sorted(inputs.items()))))


if __name__ == "__main__":
    main()
