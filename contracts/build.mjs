// Compiles contracts/src/*.sol with the pinned solc-js (standard JSON,
// evmVersion shanghai, optimizer on) and writes, per deployable contract,
// out/<Name>.abi (JSON) and out/<Name>.bin (creation bytecode, hex).
//
//   node build.mjs [outDir]      (default: ./out)
//
// Imports resolve against node_modules (OpenZeppelin). The output is
// deterministic: same sources + same solc => same bytes, which the check mode
// of build.sh relies on.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(here, "src");
const outDir = path.resolve(process.argv[2] ?? path.join(here, "out"));

// The contracts that get bindings; abstract bases and libraries are compiled
// as part of them.
export const DEPLOYABLE = ["Token", "Ledger", "Disputes"];

const sources = {};
for (const f of fs.readdirSync(srcDir).sort()) {
  if (f.endsWith(".sol")) {
    sources[`src/${f}`] = { content: fs.readFileSync(path.join(srcDir, f), "utf8") };
  }
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: "shanghai",
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    metadata: { bytecodeHash: "none" },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

function findImports(p) {
  for (const base of [path.join(here, "node_modules"), here]) {
    const full = path.join(base, p);
    if (fs.existsSync(full)) return { contents: fs.readFileSync(full, "utf8") };
  }
  return { error: `build.mjs: import ${p} not found (run npm ci in contracts/)` };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors ?? []) {
  if (e.severity === "error") failed = true;
  process.stderr.write(e.formattedMessage + "\n");
}
if (failed) {
  process.stderr.write("build.mjs: solc reported errors\n");
  process.exit(1);
}

fs.mkdirSync(outDir, { recursive: true });
const found = new Set();
for (const [file, contracts] of Object.entries(output.contracts)) {
  if (!file.startsWith("src/")) continue;
  for (const [name, c] of Object.entries(contracts)) {
    if (!DEPLOYABLE.includes(name)) continue;
    if (found.has(name)) {
      process.stderr.write(`build.mjs: contract ${name} defined twice\n`);
      process.exit(1);
    }
    found.add(name);
    const code = c.evm.deployedBytecode.object;
    const size = code.length / 2;
    if (size > 24576) {
      process.stderr.write(`build.mjs: ${name} runtime is ${size} bytes, over the EIP-170 limit 24576\n`);
      process.exit(1);
    }
    fs.writeFileSync(path.join(outDir, `${name}.abi`), JSON.stringify(c.abi, null, 1) + "\n");
    fs.writeFileSync(path.join(outDir, `${name}.bin`), c.evm.bytecode.object + "\n");
    process.stdout.write(`build.mjs: ${name} (runtime ${size} bytes)\n`);
  }
}
const missing = DEPLOYABLE.filter((n) => !found.has(n));
if (missing.length > 0) {
  process.stderr.write(`build.mjs: missing contracts: ${missing.join(", ")}\n`);
  process.exit(1);
}
process.stdout.write(`build.mjs: solc ${solc.version()} -> ${outDir}\n`);
