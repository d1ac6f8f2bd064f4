#!/usr/bin/env python3
"""Synthetic .bin files for OpenVINO IR samples published without weights.

A Const's bytes are zeros unless a consumer needs more:
  * string Consts hold valid packed strings;
  * integer and boolean Consts that feed a shape-like input (a Transpose
    order, Reshape pattern, Squeeze/Unsqueeze/Reduce/Split/Gather axes, Slice
    and StridedSlice bounds, Range bounds, a Loop trip count, ...) hold values
    that reproduce the dims the XML declares on the consumer's ports;
  * float Consts stay zero.
Each consumer input proposes values. Consts may share their bytes (OpenVINO's
serializer writes equal Consts once), so the proposals for one byte range are
candidates, and a small search picks, per group of ranges read by the same
layers, one candidate each such that every layer whose output dims can be
derived gets its declared dims (the others get the values they proposed). A
consumer for which no value fits (declared dims that contradict each other,
a Const whose shape or size does not fit) is left out and its Const stays
zero; make_bin() returns a note for each such case.

Usage: synth_weights.py --check SAMPLES_DIR
  synthesizes the .bin of every sample that has none, re-derives the output
  dims of each layer fed by shape Consts from the bytes written and prints
  the layers whose dims do not fit the declared ones, and the notes.
"""
import itertools
import os
import struct
import sys
import tempfile
import xml.etree.ElementTree as ET

# Packing (little-endian) of the element types whose values we choose.
FORMATS = {"boolean": "?", "u8": "B", "i8": "b", "u16": "H", "i16": "h",
           "u32": "I", "i32": "i", "u64": "Q", "i64": "q"}
BODY_TAGS = ("body", "then_body", "else_body")
# A Slice/StridedSlice end past any dim that still fits an i32.
TO_END = 2 ** 31 - 1


class Unresolved(Exception):
    """No value of the Const fits what its consumers declare."""


# ---------------------------------------------------------------- the graph

def layer_type(layer):
    """The layer's type, lower case."""
    return layer.get("type", "").lower()


def ports(layer, kind):
    """The <port>s of the layer's <input> or <output>, in order."""
    node = layer.find(kind)
    return node.findall("port") if node is not None else []


def port_dims(port):
    """Declared dims of a <port>: ints, -1 for a dynamic one."""
    dims = []
    for dim in port.findall("dim"):
        text = (dim.text or "").strip()
        dims.append(int(text) if text.isdigit() else -1)
    return dims


def in_dims(layer, index):
    """Declared dims of the layer's input `index`."""
    return port_dims(ports(layer, "input")[index])


def out_dims(layer, index=0):
    """Declared dims of the layer's output `index`."""
    return port_dims(ports(layer, "output")[index])


def int_list(text):
    """'1, 0,1' -> [1, 0, 1]; '' -> []."""
    return [int(t) for t in (text or "").replace(" ", "").split(",") if t]


def attr(layer, name, default=""):
    """An attribute of the layer's <data>."""
    data = layer.find("data")
    return data.get(name, default) if data is not None else default


def product(dims):
    """The product of the dims (1 for none)."""
    result = 1
    for dim in dims:
        result *= dim
    return result


def shape_count(shape):
    """Element count of a Const's shape attribute ('' is a scalar)."""
    return product(int_list(shape))


class Net:
    """The layers of a <net> or body, with its edges indexed both ways."""

    def __init__(self, node):
        self.layers = node.find("layers").findall("layer")
        by_id = {l.get("id"): l for l in self.layers}
        self.producer = {}    # (layer, input index) -> producing layer
        self.consumers = {}   # (layer, output index) -> [(layer, input index)]
        for edge in node.find("edges").findall("edge"):
            src, dst = by_id[edge.get("from-layer")], by_id[edge.get("to-layer")]
            out = [p.get("id") for p in ports(src, "output")].index(edge.get("from-port"))
            inp = [p.get("id") for p in ports(dst, "input")].index(edge.get("to-port"))
            self.producer[(dst, inp)] = src
            self.consumers.setdefault((src, out), []).append((dst, inp))

    def input_const(self, layer, index):
        """The Const feeding the layer's input `index`, or None."""
        src = self.producer.get((layer, index))
        return src if src is not None and layer_type(src) == "const" else None


def nets(node):
    """The net of `node` and, recursively, of every Loop/If body in it."""
    net = Net(node)
    yield net
    for layer in net.layers:
        for tag in BODY_TAGS:
            body = layer.find(tag)
            if body is not None:
                yield from nets(body)


def const_values(layer, blob):
    """The integer values a Const holds in `blob`, or None (other types)."""
    data = layer.find("data")
    fmt = FORMATS.get(data.get("element_type"))
    count = shape_count(data.get("shape"))
    offset, size = int(data.get("offset")), int(data.get("size"))
    if fmt is None or count * struct.calcsize(fmt) != size or offset + size > len(blob):
        return None
    return [int(v) for v in struct.unpack_from("<%d%s" % (count, fmt), blob, offset)]


# ------------------------------------------- output dims from input values
# The *_dims functions raise ValueError for values the op rejects.

def fit(dims, declared):
    """How many dims equal the declared ones; None if they cannot be them."""
    if dims is None or len(dims) != len(declared):
        return None
    if any(a != b and a >= 0 and b >= 0 for a, b in zip(dims, declared)):
        return None
    return sum(a == b for a, b in zip(dims, declared))


def normalized(axes, rank):
    """Axes made non-negative; ValueError if one is out of range or repeated."""
    out = [a + rank if a < 0 else a for a in axes]
    if any(not 0 <= a < rank for a in out) or len(set(out)) != len(out):
        raise ValueError("axes %s do not fit rank %d" % (axes, rank))
    return out


def transpose_dims(data, order):
    """Transpose of dims `data` by `order`."""
    if sorted(order) != list(range(len(data))):
        raise ValueError("order %s is not a permutation" % order)
    return [data[i] for i in order]


def reshape_dims(data, pattern, special_zero):
    """Reshape of dims `data` to `pattern` (0 copies with special_zero, one -1)."""
    if pattern.count(-1) > 1 or any(v < -1 for v in pattern):
        raise ValueError("pattern %s is invalid" % pattern)
    if special_zero and any(v == 0 and i >= len(data) for i, v in enumerate(pattern)):
        raise ValueError("a 0 in %s copies no dim of %s" % (pattern, data))
    dims = [data[i] if v == 0 and special_zero else v for i, v in enumerate(pattern)]
    if -1 in pattern:
        i = pattern.index(-1)
        known = dims[:i] + dims[i + 1:]
        if min(data + known, default=0) >= 0:
            if product(known) == 0 or product(data) % product(known):
                raise ValueError("-1 in %s cannot be inferred from %s" % (pattern, data))
            dims[i] = product(data) // product(known)
    return dims


def squeeze_dims(data, axes):
    """Squeeze of `axes` (all 1s when none) from dims `data`."""
    if not axes:
        return [d for d in data if d != 1]
    axes = normalized(axes, len(data))
    if any(data[a] not in (1, -1) for a in axes):
        raise ValueError("axes %s of %s are not 1" % (axes, data))
    return [d for i, d in enumerate(data) if i not in axes]


def unsqueeze_dims(data, axes):
    """Unsqueeze of dims `data` at the output `axes`."""
    rank = len(data) + len(axes)
    axes = normalized(axes, rank)
    rest = iter(data)
    return [1 if i in axes else next(rest) for i in range(rank)]


def reduce_dims(data, axes, keep_dims):
    """Reduction of dims `data` over `axes`."""
    axes = normalized(axes, len(data))
    if keep_dims:
        return [1 if i in axes else d for i, d in enumerate(data)]
    return [d for i, d in enumerate(data) if i not in axes]


def gather_dims(data, indices, axis, batch_dims):
    """Gather from dims `data` with indices dims `indices` along `axis`."""
    axis = normalized([axis], len(data))[0]
    if batch_dims < 0:
        batch_dims += len(indices)
    return data[:axis] + indices[batch_dims:] + data[axis + 1:]


def sliced(dim, start, stop, step):
    """Length of dim[start:stop:step] (None bounds: the default); -1 if dynamic."""
    if step == 0:
        raise ValueError("step 0")
    return -1 if dim < 0 else len(range(*slice(start, stop, step).indices(dim)))


def slice_dims(data, starts, stops, steps, axes):
    """Slice (opset8) of dims `data`."""
    dims = list(data)
    for axis, start, stop, step in zip(normalized(axes, len(data)), starts, stops, steps):
        dims[axis] = sliced(data[axis], start, stop, step)
    return dims


def strided_slice_dims(data, begin, end, stride, begin_mask, end_mask):
    """StridedSlice of dims `data` (a mask bit 1 ignores that bound)."""
    if len(begin) > len(data):
        raise ValueError("%d bounds for rank %d" % (len(begin), len(data)))
    dims = list(data)
    for i, (b, e, s) in enumerate(zip(begin, end, stride)):
        b = None if i < len(begin_mask) and begin_mask[i] else b
        e = None if i < len(end_mask) and end_mask[i] else e
        dims[i] = sliced(data[i], b, e, s)
    return dims


def has_axis_masks(layer):
    """Whether a StridedSlice adds, removes or elides axes (not simple)."""
    return any(any(int_list(attr(layer, m))) for m in
               ("new_axis_mask", "shrink_axis_mask", "ellipsis_mask"))


def range_dims(start, stop, step):
    """Dims of Range(start, stop, step); a missing bound makes them dynamic."""
    if step == 0:
        raise ValueError("step 0")
    if start is None or stop is None:
        return [-1]
    return [len(range(start[0], stop[0], step))]


# The inputs whose Const values derive_dims needs, by layer type.
DERIVED_FROM = {"transpose": (1,), "reshape": (1,), "squeeze": (1,),
                "unsqueeze": (1,), "slice": (1, 2, 3), "stridedslice": (1, 2, 3),
                "gather": (2,), "range": (2,)}


def derive_dims(net, layer, blob):
    """Output dims of `layer` computed from its declared input dims and the
    values its integer Consts hold in `blob`; None if not derivable.
    ValueError if the values are invalid for the layer."""
    kind = layer_type(layer)
    needed = DERIVED_FROM.get(kind, (1,) if kind.startswith("reduce") else None)
    count = len(ports(layer, "input"))
    if needed is None or count <= max(needed):
        return None
    values = [const_values(c, blob) if c is not None else None
              for c in (net.input_const(layer, i) for i in range(count))]
    if any(values[i] is None for i in needed):
        return None
    data = in_dims(layer, 0)
    if kind == "transpose":
        return transpose_dims(data, values[1])
    if kind == "reshape":
        return reshape_dims(data, values[1], attr(layer, "special_zero") == "true")
    if kind == "squeeze":
        return squeeze_dims(data, values[1])
    if kind == "unsqueeze":
        return unsqueeze_dims(data, values[1])
    if kind == "slice":
        axes = values[4] if count > 4 else list(range(len(values[1])))
        return None if axes is None else slice_dims(data, *values[1:4], axes)
    if kind == "stridedslice":
        if has_axis_masks(layer):
            return None
        return strided_slice_dims(data, *values[1:4],
                                  int_list(attr(layer, "begin_mask")),
                                  int_list(attr(layer, "end_mask")))
    if kind == "gather":
        return gather_dims(data, in_dims(layer, 1), values[2][0],
                           int(attr(layer, "batch_dims", "0")))
    if kind == "range":
        return range_dims(values[0], values[1], values[2][0])
    return reduce_dims(data, values[1], attr(layer, "keep_dims") == "true")


# ------------------------------------------- values consumers need (rules)

class Site:
    """One input (`index`) of a consumer layer, fed by `count` values."""

    def __init__(self, net, layer, index, count, blob):
        self.net, self.layer, self.index = net, layer, index
        self.count, self.blob = count, blob

    def inp(self, index=0):
        """Declared dims of the consumer's input `index`."""
        return in_dims(self.layer, index)

    def out(self):
        """Declared dims of the consumer's first output."""
        return out_dims(self.layer)

    def has_input(self, index):
        """Whether the consumer has an input `index`."""
        return len(ports(self.layer, "input")) > index


def pick(candidates, declared, what):
    """The value of the (value, dims) candidate whose dims fit `declared`
    best (the first among equals)."""
    best, best_score = None, -1
    for value, dims in candidates:
        score = fit(dims, declared)
        if score is not None and score > best_score:
            best, best_score = value, score
    if best is None:
        raise Unresolved("no %s gives the declared dims %s" % (what, declared))
    return best


def lazy(fn, *args):
    """fn(*args), or None when the arguments are invalid (for pick)."""
    try:
        return fn(*args)
    except ValueError:
        return None


def choose_axes(data, out, count, filler):
    """`count` sorted axes: those where data and out dims differ, completed
    from `filler` (a preference order of the other axes)."""
    differ = [a for a in range(len(data)) if a >= len(out) or data[a] != out[a]]
    if len(differ) > count:
        raise Unresolved("%d axes differ between %s and %s, the Const holds %d"
                         % (len(differ), data, out, count))
    rest = [a for a in filler if a not in differ]
    return sorted(differ + rest[:count - len(differ)])


def dim_or(dim, dynamic):
    """The dim, or `dynamic` in place of a dynamic one."""
    return dim if dim >= 0 else dynamic


def ones(site):
    """A step or condition: 1 (true)."""
    return [1] * site.count


def divisor(site):
    """A divisor: 1 (any value without a 0 will do)."""
    return [1] * site.count


def zeros(site):
    """An index or start: 0."""
    return [0] * site.count


def transpose_order(site):
    """The permutation taking the data dims to the output dims (the identity
    order among equal dims)."""
    data = site.inp()
    return pick(((list(p), transpose_dims(data, list(p)))
                 for p in itertools.permutations(range(len(data)))),
                site.out(), "order")


def reshape_pattern(site):
    """The output dims: 0 copies an equal input dim (special_zero), -1 for
    the one dynamic dim left."""
    data, out = site.inp(), site.out()
    special_zero = attr(site.layer, "special_zero") == "true"
    pattern = []
    for i, dim in enumerate(out):
        if special_zero and i < len(data) and data[i] == dim and dim <= 0:
            pattern.append(0)
        elif dim != 0 or not special_zero:
            pattern.append(dim)
        else:
            raise Unresolved("a 0 dim at %d cannot be written with special_zero" % i)
    if pattern.count(-1) > 1:
        raise Unresolved("output %s has more than one dynamic dim" % out)
    return pattern


def axes_combinations(rank, count):
    """All sorted choices of `count` axes out of `rank`."""
    return (list(axes) for axes in itertools.combinations(range(rank), count))


def squeeze_axes(site):
    """The axes of 1s whose removal gives the output dims."""
    data = site.inp()
    return pick(((axes, lazy(squeeze_dims, data, axes))
                 for axes in axes_combinations(len(data), site.count)),
                site.out(), "axes")


def unsqueeze_axes(site):
    """The output axes whose insertion into the input gives the output."""
    data, out = site.inp(), site.out()
    return pick(((axes, lazy(unsqueeze_dims, data, axes))
                 for axes in axes_combinations(len(out), site.count)),
                out, "axes")


def reduce_axes(site):
    """The axes whose reduction (with keep_dims) gives the output dims."""
    data, keep = site.inp(), attr(site.layer, "keep_dims") == "true"
    return pick(((axes, reduce_dims(data, axes, keep))
                 for axes in axes_combinations(len(data), site.count)),
                site.out(), "axes")


def split_parts(layer, axis):
    """The sizes of the parts a Split/VariadicSplit cuts along `axis`, or
    None if its outputs cannot be such parts."""
    data = in_dims(layer, 0)
    outs = [port_dims(p) for p in ports(layer, "output")]
    if any(len(o) != len(data) for o in outs):
        return None
    if layer_type(layer) == "split":
        if data[axis] >= 0 and data[axis] % len(outs):
            return None
        return [data[axis] // len(outs) if data[axis] >= 0 else -1] * len(outs)
    parts = [o[axis] for o in outs]
    known = sum(p for p in parts if p >= 0)
    if parts.count(-1) > 1 or data[axis] >= 0 and (
            known > data[axis] or -1 not in parts and known != data[axis]):
        return None
    return parts


def split_axis_of(layer):
    """The axis along which the outputs of a Split/VariadicSplit are parts
    of its input."""
    data = in_dims(layer, 0)
    declared = [d for p in ports(layer, "output") for d in port_dims(p)]

    def candidate(axis):
        parts = split_parts(layer, axis)
        if parts is None:
            return [axis], None
        return [axis], [d for p in parts for d in data[:axis] + [p] + data[axis + 1:]]
    return pick((candidate(a) for a in range(len(data))), declared, "split axis")[0]


def split_axis(site):
    """The Split/VariadicSplit axis."""
    return [split_axis_of(site.layer)]


def split_lengths(site):
    """The VariadicSplit lengths: the outputs' dims along the axis."""
    return split_parts(site.layer, split_axis_of(site.layer))


def slice_plan(site):
    """(starts, stops, steps, axes) of a Slice, shared by its four Consts:
    axes where input and output differ (else the leading ones), start 0,
    stop = output dim, step 1."""
    data, out = site.inp(), site.out()
    if site.has_input(4):
        axes = choose_axes(data, out, site.count, range(len(data)))
    else:
        axes = list(range(site.count))
    stops = [dim_or(out[a], TO_END) for a in axes]
    plan = ([0] * len(axes), stops, [1] * len(axes), axes)
    if fit(lazy(slice_dims, data, *plan), out) is None:
        raise Unresolved("no slice of %s gives %s" % (data, out))
    return plan


def slice_input(site):
    """A start, stop, step or axes input of a Slice."""
    return slice_plan(site)[site.index - 1]


def strided_slice_plan(site):
    """(begin, end, stride) of a StridedSlice keeping the first out[i]
    elements of axis i (the last ones where end_mask ignores the end)."""
    data, out = site.inp(), site.out()
    if has_axis_masks(site.layer):
        raise Unresolved("new_axis/shrink_axis/ellipsis masks are not handled")
    if site.count > len(data):
        raise Unresolved("%d bounds for rank %d" % (site.count, len(data)))
    begin_mask = int_list(attr(site.layer, "begin_mask"))
    end_mask = int_list(attr(site.layer, "end_mask"))
    begin, end = [0] * site.count, []
    for i in range(site.count):
        keeps_end = i < len(end_mask) and end_mask[i]
        if keeps_end and data[i] >= 0 and out[i] >= 0:
            begin[i] = data[i] - out[i]
        end.append(0 if keeps_end else dim_or(out[i], TO_END))
    plan = (begin, end, [1] * site.count)
    if fit(lazy(strided_slice_dims, data, *plan, begin_mask, end_mask), out) is None:
        raise Unresolved("no strided slice of %s gives %s" % (data, out))
    return plan


def strided_slice_input(site):
    """A begin, end or stride input of a StridedSlice."""
    return strided_slice_plan(site)[site.index - 1]


def gather_axis(site):
    """The axis at which the indices' dims replace the data's in the output."""
    data, indices = site.inp(0), site.inp(1)
    batch_dims = int(attr(site.layer, "batch_dims", "0"))
    return pick((([a], lazy(gather_dims, data, indices, a, batch_dims))
                 for a in range(len(data))), site.out(), "axis")


def range_stop(site):
    """The output length (start 0, step 1); 1 when it is dynamic."""
    return [dim_or(site.out()[0], 1)]


def nms_max_boxes(site):
    """max_output_boxes_per_class giving the declared number of selected
    boxes (batches x classes x boxes); 1 when it cannot."""
    batches, boxes = site.inp(0)[0], site.inp(0)[1]
    classes, selected = site.inp(1)[1], site.out()[0]
    per_class = batches * classes
    if min(batches, boxes, classes, selected) < 0 or per_class == 0 \
            or selected % per_class or selected // per_class > boxes:
        return [1]
    return [selected // per_class]


def body_result_dims(body, result, blob):
    """The dims a body Result receives: derived from the producer's Consts
    when possible, else as declared."""
    producer = body.producer[(result, 0)]
    try:
        derived = derive_dims(body, producer, blob)
    except ValueError:
        derived = None
    return derived if derived is not None else in_dims(result, 0)


def loop_trip_count(site):
    """The count making a concatenated output (port map with an axis) as
    long as declared: output dim / per-iteration dim; else 1."""
    loop = site.layer
    body = Net(loop.find("body"))
    by_id = {l.get("id"): l for l in body.layers}
    out_ports = {p.get("id"): port_dims(p) for p in ports(loop, "output")}
    for entry in loop.find("port_map").findall("output"):
        dims = out_ports.get(entry.get("external_port_id"))
        if entry.get("axis") is None or dims is None:
            continue
        axis = int(entry.get("axis")) % len(dims)
        per = body_result_dims(body, by_id[entry.get("internal_layer_id")], site.blob)
        if dims[axis] < 0 or len(per) != len(dims) or per[axis] < 0:
            continue
        if per[axis] == 0 or dims[axis] % per[axis]:
            raise Unresolved("output dim %d is no multiple of the body's %d"
                             % (dims[axis], per[axis]))
        return [dims[axis] // per[axis]]
    return [1]


def broadcast_shape(site):
    """The output dims, 1 for a dynamic one (taken from the input)."""
    out = site.out()
    if attr(site.layer, "mode") == "explicit" and -1 in out:
        raise Unresolved("explicit broadcast to dynamic dims %s" % out)
    return [dim_or(d, 1) for d in out]


def tile_repeats(site):
    """output dim / input dim per axis (1 where dynamic)."""
    out = site.out()
    data = [1] * (len(out) - len(site.inp())) + site.inp()
    repeats = []
    for d, o in zip(data, out):
        if d > 0 and o >= 0 and o % d:
            raise Unresolved("tile of %s cannot give %s" % (data, out))
        repeats.append(o // d if d > 0 and o >= 0 else 1)
    lead = len(repeats) - site.count
    if lead < 0 or any(r != 1 for r in repeats[:lead]):
        raise Unresolved("%d repeats cannot tile %s to %s" % (site.count, data, out))
    return repeats[lead:]


# Input index of the sizes and of the axes of Interpolate, by version.
INTERPOLATE_INPUTS = {"opset1": {1: "sizes"},
                      "opset4": {1: "sizes", 3: "axes"},
                      "opset11": {1: "sizes", 2: "axes"}}


def interpolate_axes(site):
    """The attribute axes (v1), all axes when the axes input is absent, else
    the axes whose dims change completed with the trailing (spatial) ones."""
    data, out = site.inp(), site.out()
    version = site.layer.get("version")
    if version == "opset1":
        return int_list(attr(site.layer, "axes"))
    axes_index = {"opset4": 3, "opset11": 2}[version]
    if not site.has_input(axes_index):
        return list(range(len(data)))
    return choose_axes(data, out, site.count, reversed(range(len(data))))


def interpolate_input(site):
    """Sizes (output dims of the interpolated axes) or those axes."""
    role = INTERPOLATE_INPUTS.get(site.layer.get("version"), {}).get(site.index)
    if role is None:
        return None
    axes = interpolate_axes(site)
    if role == "axes":
        return axes
    sizes = [site.out()[a] for a in axes]
    if -1 in sizes:
        raise Unresolved("sizes of dynamic dims %s" % site.out())
    return sizes


def concat_piece(site):
    """A piece of a 1-D Concat whose result must hold given values: its
    slice of them."""
    out = site.out()
    if len(out) != 1 or out[0] < 0:
        return None
    wanted = wanted_values(site.net, site.layer, out[0], site.blob)
    if wanted is None:
        return None
    before = [in_dims(site.layer, i) for i in range(site.index)]
    if any(len(d) != 1 or d[0] < 0 for d in before):
        raise Unresolved("the Concat pieces before this one are not static")
    offset = sum(d[0] for d in before)
    return wanted[offset:offset + site.count]


def converted(site):
    """The values the Convert's result must hold."""
    return wanted_values(site.net, site.layer, site.count, site.blob)


RULES = {
    ("transpose", 1): transpose_order,
    ("reshape", 1): reshape_pattern,
    ("squeeze", 1): squeeze_axes,
    ("unsqueeze", 1): unsqueeze_axes,
    ("split", 1): split_axis,
    ("variadicsplit", 1): split_axis,
    ("variadicsplit", 2): split_lengths,
    ("slice", 1): slice_input, ("slice", 2): slice_input,
    ("slice", 3): slice_input, ("slice", 4): slice_input,
    ("stridedslice", 1): strided_slice_input,
    ("stridedslice", 2): strided_slice_input,
    ("stridedslice", 3): strided_slice_input,
    ("gather", 1): zeros,
    ("gather", 2): gather_axis,
    ("mod", 1): divisor, ("floormod", 1): divisor, ("divide", 1): divisor,
    ("range", 0): zeros, ("range", 1): range_stop, ("range", 2): ones,
    ("nonmaxsuppression", 2): nms_max_boxes,
    ("loop", 0): loop_trip_count,
    ("loop", 1): ones,
    ("broadcast", 1): broadcast_shape,
    ("tile", 1): tile_repeats,
    ("interpolate", 1): interpolate_input,
    ("interpolate", 2): interpolate_input,
    ("interpolate", 3): interpolate_input,
    ("convert", 0): converted,
}


def find_rule(layer, index):
    """The rule giving the values input `index` of the layer needs, or None."""
    kind = layer_type(layer)
    if kind == "concat":
        return concat_piece
    if kind.startswith("reduce") and index == 1:
        return reduce_axes
    return RULES.get((kind, index))


def wanted_values(net, layer, count, blob):
    """The `count` values the consumers of `layer`'s first output need, or
    None if any value will do."""
    found = None
    for consumer, index in net.consumers.get((layer, 0), ()):
        rule = find_rule(consumer, index)
        value = rule(Site(net, consumer, index, count, blob)) if rule else None
        if value is None:
            continue
        where = "%s %r input %d" % (consumer.get("type"), consumer.get("name"), index)
        if len(value) != count:
            raise Unresolved("%s needs %d values, %d are given"
                             % (where, len(value), count))
        if found is not None and value != found:
            raise Unresolved("%s needs %s, another consumer %s" % (where, value, found))
        found = value
    return found


# ------------------------------------------------------------ the weights

def pack_strings(count, size):
    """A packed string tensor of `count` strings filling `size` bytes."""
    chars = size - 4 * (count + 2)
    lengths = [chars // count] * count
    lengths[-1] += chars - sum(lengths)
    packed = struct.pack("<i", count) + struct.pack("<i", 0)
    acc = 0
    for n in lengths:
        acc += n
        packed += struct.pack("<i", acc)
    return packed + b"a" * chars


def pack(values, element_type, count, size):
    """`count` values of `element_type` in `size` bytes, little-endian."""
    fmt = FORMATS[element_type]
    if len(values) != count:
        raise Unresolved("needs %d values, the Const holds %d" % (len(values), count))
    if count * struct.calcsize(fmt) != size:
        raise Unresolved("size %d is not %d x %s" % (size, count, element_type))
    try:
        return struct.pack("<%d%s" % (count, fmt), *values)
    except struct.error as e:
        raise Unresolved("%s does not fit %s: %s" % (values, element_type, e))


def region(const):
    """The (offset, size) of a Const's bytes; Consts with equal bytes may
    share one (OpenVINO's serializer writes them once)."""
    data = const.find("data")
    return int(data.get("offset")), int(data.get("size"))


def write(blob, where, packed):
    """Puts bytes at the (offset, size) region `where`."""
    blob[where[0]:where[0] + where[1]] = packed


class Choices:
    """What the consumers of a net's integer/boolean Consts want: candidate bytes
    per region, the values each consumer input prefers, and the consumers
    for which no value was found (they are not checked)."""

    def __init__(self, net, blob, notes):
        self.candidates, self.wanted, self.broken = {}, {}, set()
        for const in net.layers:
            data = const.find("data")
            if layer_type(const) != "const" or data.get("element_type") not in FORMATS:
                continue
            for consumer, index in net.consumers.get((const, 0), ()):
                try:
                    self.add(net, const, consumer, index, blob)
                except (Unresolved, IndexError) as e:
                    reason = e if isinstance(e, Unresolved) else "unexpected ranks"
                    notes.append("Const %r -> %s %r input %d: %s" % (
                        const.get("name"), consumer.get("type"),
                        consumer.get("name"), index, reason))
                    self.broken.add(consumer)

    def add(self, net, const, consumer, index, blob):
        """Records what one consumer input wants of the Const."""
        rule = find_rule(consumer, index)
        data = const.find("data")
        count = shape_count(data.get("shape"))
        value = rule(Site(net, consumer, index, count, blob)) if rule else None
        if value is None:
            return
        packed = pack(value, data.get("element_type"), count, region(const)[1])
        self.wanted[(consumer, index)] = value
        options = self.candidates.setdefault(region(const), [])
        if packed not in options:
            options.append(packed)


def indices_in_range(net, layer, blob):
    """Whether a Gather's Const indices lie within the gathered dim."""
    indices, axis = net.input_const(layer, 1), net.input_const(layer, 2)
    data = in_dims(layer, 0)
    if indices is None or axis is None:
        return True
    dim = data[normalized(const_values(axis, blob), len(data))[0]]
    return dim < 0 or all(-dim <= i < dim for i in const_values(indices, blob))


def satisfied(net, layer, blob, wanted):
    """Whether the Consts `layer` reads give its declared output dims (when
    derivable), else hold the values its inputs prefer."""
    try:
        dims = derive_dims(net, layer, blob)
    except ValueError:
        return False
    if dims is not None:
        return fit(dims, out_dims(layer)) is not None and (
            layer_type(layer) != "gather" or indices_in_range(net, layer, blob))
    return all(accepted(l, i, const_values(net.input_const(l, i), blob), value)
               for (l, i), value in wanted.items() if l is layer)


def accepted(layer, index, held, value):
    """Whether Const values `held` serve where `value` is preferred."""
    if find_rule(layer, index) is divisor:
        return held is not None and len(held) == len(value) and 0 not in held
    return held == value


def components(links):
    """Splits the layers of `links` (layer -> regions it reads) into groups
    sharing no region; yields (sorted regions, layers) per group."""
    parent = {}

    def root(r):
        while parent.setdefault(r, r) != r:
            r = parent[r]
        return r
    for regions in links.values():
        first, *rest = regions
        for r in rest:
            parent[root(r)] = root(first)
    groups = {}
    for layer, regions in links.items():
        layers, members = groups.setdefault(root(next(iter(regions))), ([], set()))
        layers.append(layer)
        members.update(regions)
    for layers, members in groups.values():
        yield sorted(members), layers


def search(regions, options, checks, passes, blob):
    """Writes one option per region so that `passes(layer)` holds for every
    layer of checks[k] once regions[:k + 1] are written."""
    def place(k):
        if k == len(regions):
            return True
        for packed in options[regions[k]]:
            write(blob, regions[k], packed)
            if all(passes(layer) for layer in checks[k]) and place(k + 1):
                return True
        return False
    return place(0)


def chosen_regions(net, layer, options):
    """The regions with options among those of the Consts the layer reads."""
    consts = (net.input_const(layer, i) for i in range(len(ports(layer, "input"))))
    return {region(c) for c in consts if c is not None and region(c) in options}


def solve_net(node, blob, fixed, notes):
    """Writes the Consts of a net, its bodies first (a Loop's trip count
    depends on what its body computes). `fixed` maps the regions written so
    far to their bytes."""
    net = Net(node)
    for layer in net.layers:
        for tag in BODY_TAGS:
            if layer.find(tag) is not None:
                solve_net(layer.find(tag), blob, fixed, notes)
    for const in net.layers:
        data = const.find("data")
        if layer_type(const) == "const" and data.get("element_type") == "string":
            write(blob, region(const), pack_strings(shape_count(data.get("shape")),
                                                    region(const)[1]))
    choices = Choices(net, blob, notes)
    options = {r: [fixed[r]] if r in fixed else c for r, c in choices.candidates.items()}
    links = {consumer: chosen_regions(net, consumer, options)
             for consumer, _ in choices.wanted if consumer not in choices.broken}

    def passes(layer):
        return satisfied(net, layer, blob, choices.wanted)
    for regions, layers in components(links):
        checks = [[] for _ in regions]
        for layer in layers:
            checks[max(regions.index(r) for r in links[layer])].append(layer)
        if not search(regions, options, checks, passes, blob):
            for r in regions:
                write(blob, r, options[r][0])
            notes.extend("%s %r: no values of its shared Consts fit" % (
                l.get("type"), l.get("name")) for l in layers if not passes(l))
        fixed.update((r, bytes(blob[r[0]:r[0] + r[1]])) for r in regions)


def weights_end(root):
    """The highest offset + size over all Consts, bodies included."""
    return max((sum(region(l)) for l in root.iter("layer")
                if layer_type(l) == "const"), default=0)


def make_bin(xml_path, bin_path, shrink=False):
    """Writes a .bin for `xml_path` (one byte short with `shrink`); returns
    notes on the consumers no Const values could satisfy."""
    root = ET.parse(xml_path).getroot()
    blob = bytearray(weights_end(root))
    notes = []
    solve_net(root, blob, {}, notes)
    if shrink:
        blob = blob[:max(0, len(blob) - 1)]
    with open(bin_path, "wb") as f:
        f.write(blob)
    return notes


# ------------------------------------------------------------- self-check

def check_sample(xml_path, bin_path):
    """(number of layers checked, problems) for one synthesized sample."""
    notes = make_bin(xml_path, bin_path)
    with open(bin_path, "rb") as f:
        blob = f.read()
    checked, problems = 0, list(notes)
    for net in nets(ET.parse(xml_path).getroot()):
        for layer in net.layers:
            try:
                dims = derive_dims(net, layer, blob)
            except ValueError as e:
                problems.append("%s %r: invalid values: %s" % (
                    layer.get("type"), layer.get("name"), e))
                continue
            if dims is None:
                continue
            checked += 1
            if fit(dims, out_dims(layer)) is None:
                problems.append("%s %r: values give %s, declared %s" % (
                    layer.get("type"), layer.get("name"), dims, out_dims(layer)))
    return checked, problems


def check(samples):
    """Prints the problems of every sample without a .bin; 1 if any."""
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted(os.listdir(samples)):
            stem = name[:-4]
            if not name.endswith(".xml") or os.path.exists(
                    os.path.join(samples, stem + ".bin")):
                continue
            checked, problems = check_sample(os.path.join(samples, name),
                                             os.path.join(scratch, stem + ".bin"))
            print("%s: %d layers checked, %d problems" % (name, checked, len(problems)))
            for problem in problems:
                print("  " + problem)
            failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--check":
        sys.exit(__doc__)
    sys.exit(check(sys.argv[2]))
