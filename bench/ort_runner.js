#!/usr/bin/env node
// Runs an ONNX model with onnxruntime-node's CPU execution provider and
// times it: the ONNX Runtime side of bench/run.py.
//
//   node ort_runner.js --model M.onnx --input NAME=file.npy [...]
//       [--threads T] [--warmup W] [--runs N] [--output-dir DIR]
//   node ort_runner.js --version
//
// One session with intraOpNumThreads T, interOpNumThreads 1 and the
// sequential execution mode; W untimed runs, then N timed ones. Prints one
// JSON object on stdout (times in ms, their median and p90, the output
// files) and writes every output as DIR/<name>.npy. Inputs and outputs are
// .npy files of float32, float64, int32 or int64 (little endian, C order),
// read and written by the few lines below.
'use strict';

const fs = require('fs');
const path = require('path');

// Installed by bench/run.py into bench/node_modules; NODE_PATH also works.
function loadOrt() {
  try {
    return require(path.join(__dirname, 'node_modules', 'onnxruntime-node'));
  } catch (e) {
    if (e.code !== 'MODULE_NOT_FOUND') throw e;
    return require('onnxruntime-node');
  }
}

// .npy type strings <-> ONNX Runtime tensor types and typed arrays.
const NPY_TYPES = {
  '<f4': { type: 'float32', array: Float32Array },
  '<f8': { type: 'float64', array: Float64Array },
  '<i4': { type: 'int32', array: Int32Array },
  '<i8': { type: 'int64', array: BigInt64Array },
};

function readNpy(file) {
  const buffer = fs.readFileSync(file);
  if (buffer.toString('latin1', 0, 6) !== '\x93NUMPY')
    throw new Error(`${file}: not a .npy file`);
  const major = buffer[6];
  const headerLength = major === 1 ? buffer.readUInt16LE(8)
                                   : buffer.readUInt32LE(8);
  const dataOffset = (major === 1 ? 10 : 12) + headerLength;
  const header = buffer.toString('latin1', major === 1 ? 10 : 12, dataOffset);
  const descr = /'descr':\s*'([^']*)'/.exec(header);
  const fortran = /'fortran_order':\s*(True|False)/.exec(header);
  const shape = /'shape':\s*\(([^)]*)\)/.exec(header);
  if (!descr || !fortran || !shape)
    throw new Error(`${file}: cannot parse the header ${header}`);
  const kind = NPY_TYPES[descr[1].replace('|', '<')];
  if (!kind)
    throw new Error(`${file}: element type ${descr[1]} is not supported`);
  if (fortran[1] === 'True')
    throw new Error(`${file}: Fortran order is not supported`);
  const dims = shape[1].split(',').map(s => s.trim()).filter(s => s)
                   .map(Number);
  const count = dims.reduce((a, b) => a * b, 1);
  // Copy into a fresh, aligned buffer: the file's data offset need not be a
  // multiple of the element size.
  const bytes = count * kind.array.BYTES_PER_ELEMENT;
  const data = new kind.array(count);
  buffer.copy(Buffer.from(data.buffer), 0, dataOffset, dataOffset + bytes);
  return { type: kind.type, dims, data };
}

function writeNpy(file, tensor) {
  const descr = Object.keys(NPY_TYPES).find(
      k => NPY_TYPES[k].type === tensor.type);
  if (!descr)
    throw new Error(`${file}: element type ${tensor.type} is not supported`);
  const shape = tensor.dims.length === 1 ? `${tensor.dims[0]},`
                                         : tensor.dims.join(', ');
  let header =
      `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape}), }`;
  // Version 1.0: magic, version, 2-byte length, header padded with spaces
  // and ended by a newline so that the data starts at a multiple of 64.
  const unpadded = 10 + header.length + 1;
  header += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const prefix = Buffer.alloc(10);
  prefix.write('\x93NUMPY', 0, 'latin1');
  prefix[6] = 1;
  prefix[7] = 0;
  prefix.writeUInt16LE(header.length, 8);
  const data = tensor.data;
  fs.writeFileSync(file, Buffer.concat([
    prefix, Buffer.from(header, 'latin1'),
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  ]));
}

function parseArgs(argv) {
  const args = { inputs: {}, threads: 1, warmup: 1, runs: 10, outputDir: '' };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--model') args.model = value();
    else if (arg === '--input') {
      const spec = value();
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new Error(`--input ${spec}: expected NAME=FILE.npy`);
      args.inputs[spec.slice(0, eq)] = spec.slice(eq + 1);
    } else if (arg === '--threads') args.threads = Number(value());
    else if (arg === '--warmup') args.warmup = Number(value());
    else if (arg === '--runs') args.runs = Number(value());
    else if (arg === '--output-dir') args.outputDir = value();
    else if (arg === '--version') args.version = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const ort = loadOrt();
  const version = ort.env.versions ? ort.env.versions.node : 'unknown';
  if (args.version) {
    console.log(JSON.stringify({ onnxruntime_node: version }));
    return;
  }
  if (!args.model) throw new Error('--model is required');

  const session = await ort.InferenceSession.create(args.model, {
    executionProviders: ['cpu'],
    intraOpNumThreads: args.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
  const feeds = {};
  for (const name of session.inputNames) {
    if (!(name in args.inputs))
      throw new Error(`no --input for the model's input '${name}'`);
    const npy = readNpy(args.inputs[name]);
    feeds[name] = new ort.Tensor(npy.type, npy.data, npy.dims);
  }

  let results;
  for (let i = 0; i < args.warmup; ++i) results = await session.run(feeds);
  const times = [];
  for (let i = 0; i < args.runs; ++i) {
    const begin = process.hrtime.bigint();
    results = await session.run(feeds);
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  if (!results) results = await session.run(feeds);

  const outputs = {};
  if (args.outputDir) {
    fs.mkdirSync(args.outputDir, { recursive: true });
    for (const name of session.outputNames) {
      const file = path.join(args.outputDir,
                             name.replace(/[/\\:]/g, '_') + '.npy');
      writeNpy(file, results[name]);
      outputs[name] = file;
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(JSON.stringify({
    onnxruntime_node: version,
    threads: args.threads,
    warmup: args.warmup,
    runs: args.runs,
    median_ms: sorted.length ? percentile(sorted, 0.5) : null,
    p90_ms: sorted.length ? percentile(sorted, 0.9) : null,
    times_ms: times,
    outputs,
  }));
}

main().catch(e => {
  console.error(`ort_runner: error: ${e.message || e}`);
  process.exit(1);
});
