// SPDX-License-Identifier: Apache-2.0
// Compiles Solidity standard JSON (stdin) with the solc-js module in argv[2]
// and writes the result to the file argv[3]. solcjs itself prints to a pipe
// and exits, which can cut large output short on a busy machine; writing a
// file synchronously cannot.
'use strict';
const fs = require('fs');
const path = require('path');
const [moduleDir, outFile] = process.argv.slice(2);
const solc = require(path.resolve(moduleDir));
fs.writeFileSync(outFile, solc.compile(fs.readFileSync(0, 'utf8')));
